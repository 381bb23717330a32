/**
 * How far two threads of one process scale on their own, without slant's pool: W bare worker threads
 * each analyse the same first N AllSides articles with the built package (`npm run build` first),
 * and the process's threads' CPU is read from /proc (Linux) as they finish. W = 0 analyses on the
 * main thread. Compare `W = 1` with `W = 2`: throughput is W × N / wall time.
 *
 *   node scripts/bench-threads.mjs W N
 *
 * Prints one JSON line (wall s, process CPU s) and the CPU seconds of each of the process's threads
 * (the workers', and V8's platform threads that collect garbage and compile for all of them).
 */
import { existsSync, readdirSync, readFileSync, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const SAMPLE = join(ROOT, '..', 'shared', 'datasets', 'allsides', 'articles-12k.jsonl.gz');

async function texts(n) {
  const out = [];
  for await (const line of createInterface({ input: createReadStream(SAMPLE).pipe(createGunzip()) })) {
    if (line.trim() === '') continue;
    out.push(JSON.parse(line).text);
    if (out.length >= n) break;
  }
  return out;
}

/** CPU seconds of each thread of this process, from /proc/self/task/<tid>/stat (utime + stime). */
function threadCpu() {
  if (!existsSync('/proc/self/task')) return '(no /proc)';
  const rows = [];
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      rows.push(((Number(fields[11]) + Number(fields[12])) / 100).toFixed(1));
    } catch {
      // The thread ended while being read.
    }
  }
  return rows.join(' ');
}

const analyse = async (n) => {
  const { analyzeArticle } = await import(join(ROOT, 'dist', 'index.js'));
  for (const text of await texts(n)) analyzeArticle(text);
};

if (isMainThread) {
  const [w, n] = [Number(process.argv[2] ?? 2), Number(process.argv[3] ?? 1500)];
  if (!existsSync(SAMPLE)) {
    console.log(`bench-threads: ${SAMPLE} not found, skipped`);
    process.exit(0);
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let threads = '';
  if (w === 0) {
    await analyse(n);
    threads = threadCpu();
  } else {
    await Promise.all(
      Array.from({ length: w }, (_, i) => new Promise((done) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { n, first: i === 0 } });
        // The first worker says when it is done, while every thread is still alive to be read.
        worker.on('message', () => (threads = threadCpu()));
        worker.on('exit', done);
      })),
    );
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  console.log(JSON.stringify({ workers: w, articles: n, wallS: +(ms / 1000).toFixed(1), cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(1) }));
  console.log(`threads' CPU s: ${threads}`);
} else {
  await analyse(workerData.n);
  if (workerData.first) parentPort.postMessage('done');
  // Stay alive a moment so that the main thread reads every thread's CPU.
  await new Promise((r) => setTimeout(r, 300));
}
