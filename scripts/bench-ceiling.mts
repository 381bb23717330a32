/**
 * What this machine's cores can give at best: the same single-thread analysis run by one process
 * alone, then by two processes at once (separate processes share nothing, so their combined
 * throughput is the most any worker pool could reach here). Prints each process's milliseconds an
 * article (wall and CPU) and the throughput of two against one.
 *
 *   npx tsx scripts/bench-ceiling.mts [--articles N] [--rounds R]
 *
 * Each process reads the first N + 200 AllSides articles (N = 1,500 by default), analyses the last
 * 200 to warm up, then times `analyzeArticle` over the first N, with slant from `dist/` (run
 * `npm run build` first). Needs a quiet machine: anything else running lowers the "two at once"
 * figures. No AllSides sample: one line, exit 0.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allSidesPath, readAllSides } from './datasets.js';

const DIST = join(import.meta.dirname, '..', 'dist', 'index.js');

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** One timed process's result. */
interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** The child: analyses the articles and prints its milliseconds an article as JSON. */
async function child(n: number): Promise<void> {
  const { analyzeArticle } = (await import(pathToFileURL(DIST).href)) as typeof import('../src/index.js');
  const texts: string[] = [];
  for await (const a of readAllSides(allSidesPath() as string)) {
    texts.push(a.text);
    if (texts.length >= n + 200) break;
  }
  for (const text of texts.slice(n)) analyzeArticle(text);
  const timed = texts.slice(0, n);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of timed) analyzeArticle(text);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const timing: Timing = { wallMs: wall / timed.length, cpuMs: (cpu.user + cpu.system) / 1000 / timed.length };
  process.stdout.write(JSON.stringify(timing) + '\n');
}

/** Runs one child process and returns what it measured. */
function run(n: number): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, import.meta.filename, '--child', String(n)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Timing) : reject(new Error(`bench-ceiling: child exited with ${code}`))));
  });
}

const fmt = (t: Timing): string => `${t.wallMs.toFixed(2)} ms wall, ${t.cpuMs.toFixed(2)} ms CPU`;

async function main(): Promise<void> {
  const n = Number(flag('--articles') ?? 1500);
  if (process.argv.includes('--child')) return child(Number(flag('--child')));
  if (allSidesPath() === null) {
    console.log('bench-ceiling: ../shared/datasets/allsides not found, skipped');
    return;
  }
  if (!existsSync(DIST)) {
    console.log('bench-ceiling: dist/index.js not found: run `npm run build` first');
    process.exit(2);
  }
  const rounds = Number(flag('--rounds') ?? 2);
  console.log(`bench-ceiling: analyzeArticle over ${n} AllSides articles a process (ms an article)`);
  for (let r = 1; r <= rounds; r++) {
    const alone = await run(n);
    const [a, b] = await Promise.all([run(n), run(n)]);
    const both = (a.wallMs + b.wallMs) / 2;
    console.log(`  round ${r}: alone ${fmt(alone)}; two at once ${fmt(a)} / ${fmt(b)}; two against one: ${((2 * alone.wallMs) / both).toFixed(2)}×`);
  }
}

await main();
