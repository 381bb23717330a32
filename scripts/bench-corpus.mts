/**
 * The corpus section of `npm run bench`: the outlet profiles of the first 1,000 and all 12,000
 * AllSides articles (evidence off), with concurrency 1 (no workers) and the default (one worker a
 * core), two ways:
 *
 *   analyzeCorpus   every analysis comes back to the main thread, which builds the profiles as the
 *                   results stream past (ProfileStream)
 *   profileCorpus   each worker folds batches of articles into profiles; only those come back
 *
 * Each configuration runs in its own child process, so that its peak RSS
 * (`process.resourceUsage().maxRSS`, which counts the worker threads too) is its own.
 *
 *   npx tsx scripts/bench-corpus.mts --child <articles> <concurrency> <analyzeCorpus|profileCorpus>
 *
 * Uses the built package (dist/node.js) when there is one, as users run it (`npm run build`
 * first): the child is then this file bundled by esbuild (with the AllSides reader and, for
 * analyzeCorpus, ProfileStream from the sources; slant itself imported from dist/) and run by plain
 * node, as a user's script would be. Under tsx the child's peak RSS held tsx too (about 40 MB: its
 * loader thread and the compiled sources). Without dist/, the child runs the sources under tsx, whose
 * workers then load tsx too.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProfileStream } from '../src/profile/stream.js';
import type { analyzeCorpus as AnalyzeCorpus, profileCorpus as ProfileCorpus } from '../src/node.js';
import { allSidesPath, DATASETS, readAllSides, type AllSidesArticle } from './datasets.js';

const ROOT = join(import.meta.dirname, '..');
/** The built package; the bundled child is told where it is (its own folder is a temporary one). */
const DIST = process.env['SLANT_BENCH_DIST'] ?? join(ROOT, 'dist', 'node.js');

/** How the profiles are built: from analyses streamed to the main thread, or on the workers. */
export type CorpusPath = 'analyzeCorpus' | 'profileCorpus';

/** What one run measured. */
export interface CorpusRun {
  path: CorpusPath;
  articles: number;
  concurrency: number;
  analysed: number;
  errors: number;
  outlets: number;
  ms: number;
  maxRssMb: number;
  load: [before: number, after: number];
}

async function* firstN(path: string, n: number): AsyncGenerator<AllSidesArticle> {
  let i = 0;
  for await (const article of readAllSides(path)) {
    if (i++ >= n) return;
    yield article;
  }
}

/** One run in this process: prints its figures as one JSON line. */
async function child(articles: number, concurrency: number, how: CorpusPath): Promise<void> {
  const path = allSidesPath();
  if (path === null) throw new Error('the AllSides sample is absent');
  // A URL either way: esbuild would bundle a copy of the sources for a literal path.
  const { analyzeCorpus, profileCorpus } = (await import(existsSync(DIST) ? pathToFileURL(DIST).href : new URL('../src/node.js', import.meta.url).href)) as {
    analyzeCorpus: typeof AnalyzeCorpus;
    profileCorpus: typeof ProfileCorpus;
  };
  const before = loadavg()[0]!;
  const start = performance.now();
  let analysed = 0;
  let errors = 0;
  let outlets: number;
  if (how === 'profileCorpus') {
    const result = await profileCorpus(firstN(path, articles), { concurrency, evidence: false });
    analysed = result.analysed;
    errors = result.errors.length;
    outlets = result.profiles.length;
  } else {
    const profiles = new ProfileStream({ evidence: false });
    for await (const result of analyzeCorpus(firstN(path, articles), { concurrency })) {
      if ('error' in result) errors++;
      else {
        analysed++;
        profiles.add(result.analysis);
      }
    }
    outlets = profiles.profiles().length;
  }
  const ms = performance.now() - start;
  const run: CorpusRun = { path: how, articles, concurrency, analysed, errors, outlets, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), load: [before, loadavg()[0]!] };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

let bundled: Promise<string> | undefined;

/** This file bundled into one plain JavaScript module (slant itself left to be imported from dist/), built once. */
function bundle(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const outfile = join(mkdtempSync(join(tmpdir(), 'slant-bench-')), 'bench-corpus-child.mjs');
    await build({ entryPoints: [join(import.meta.dirname, 'bench-corpus.mts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
    return outfile;
  })();
  return bundled;
}

async function runChild(articles: number, concurrency: number, how: CorpusPath): Promise<CorpusRun> {
  const child = existsSync(DIST) ? [await bundle()] : ['--import', 'tsx', join(import.meta.dirname, 'bench-corpus.mts')];
  return new Promise((resolve, reject) => {
    const env = { ...process.env, SLANT_DATASETS: DATASETS, SLANT_BENCH_DIST: DIST };
    const proc = spawn(process.execPath, [...child, '--child', String(articles), String(concurrency), how], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as CorpusRun) : reject(new Error(`bench child exited with ${code}`))));
  });
}

/** Runs every configuration, one child process each, and prints the table. */
export async function corpusBench(sizes: readonly number[] = [1000, 12000]): Promise<CorpusRun[]> {
  console.log(`\n  5. corpus: the outlet profiles of AllSides articles, evidence off: analyzeCorpus with profiles built on the main thread as the analyses stream in, and profileCorpus, profiles built on the workers (slant from ${existsSync(DIST) ? 'dist/ (npm run build first), each run a plain node process' : 'the sources, each run under tsx'})`);
  if (allSidesPath() === null) {
    console.log('     skipped: the AllSides sample is absent');
    return [];
  }
  const cores = availableParallelism();
  console.log(`     ${cores} cores available; load average (1 min) before and after each run shows what else the machine was doing`);
  console.log('     path            articles  concurrency   wall s   articles/s   speed-up   peak RSS MB   load before/after   errors');
  const runs: CorpusRun[] = [];
  try {
    await runAll(sizes, cores, runs);
  } finally {
    // The bundled child lives in a temporary folder of its own: remove it.
    if (bundled !== undefined) rmSync(dirname(await bundled), { recursive: true, force: true });
    bundled = undefined;
  }
  console.log('     speed-up: against the same path at concurrency 1');
  console.log('     peak RSS is the whole process: the main thread, the worker threads (one wink model each) and the profiles');
  return runs;
}

/** Each path, size and concurrency in turn, one child process each; prints a row for each run. */
async function runAll(sizes: readonly number[], cores: number, runs: CorpusRun[]): Promise<void> {
  for (const how of ['analyzeCorpus', 'profileCorpus'] as const) {
    for (const articles of sizes) {
      let single: CorpusRun | undefined;
      for (const concurrency of [...new Set([1, cores])]) {
        const run = await runChild(articles, concurrency, how);
        runs.push(run);
        if (concurrency === 1) single = run;
        const speedUp = single === undefined ? '' : (single.ms / run.ms).toFixed(2);
        console.log(
          `     ${how.padEnd(14)}  ${String(run.analysed + run.errors).padStart(8)}  ${String(concurrency).padStart(11)}   ${(run.ms / 1000).toFixed(1).padStart(6)}   ${((run.analysed * 1000) / run.ms).toFixed(1).padStart(10)}   ${speedUp.padStart(8)}   ${String(run.maxRssMb).padStart(11)}   ${`${run.load[0].toFixed(1)} / ${run.load[1].toFixed(1)}`.padStart(17)}   ${String(run.errors).padStart(6)}`,
        );
      }
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--child');
  if (i !== -1) await child(Number(process.argv[i + 1]), Number(process.argv[i + 2]), process.argv[i + 3] === 'profileCorpus' ? 'profileCorpus' : 'analyzeCorpus');
  else await corpusBench();
}
