/**
 * Speed (`npm run bench`): slant against its floor, wink-nlp's own parse, on the same texts.
 *
 *   npx tsx scripts/bench.mts [--articles N] [--json FILE] [--corpus-only | --skip-corpus]
 *
 * Texts: the first N (default 2,000) articles of the AllSides sample in ../shared/datasets, or the
 * bundled corpus repeated to N when the sample is absent. Prints, from one run:
 *
 *   1. baseline     wink `readDoc` with POS, reading every token's POS, each round on a new wink instance
 *                   warmed up on 200 other articles (one pass, as over a corpus): tokens/s, articles/s
 *   2. slant        `analyzeArticle` with everything on: tokens/s, articles/s, ratio to the baseline
 *                   (1. and 2. each in a process of its own: see `part`)
 *   3. stages       the share of slant's time in each stage (clean, parse, quotes, wording, labels, frames)
 *   4. length       time per KB for articles of 1 KB, 10 KB, 100 KB and 1 MB (linear cost is flat)
 *   5. corpus       outlet profiles of 1,000 and 12,000 AllSides articles by analyzeCorpus (profiles
 *                   built on the main thread) and by profileCorpus (built on the workers),
 *                   concurrency 1 and the default: wall time, articles/s, speed-up, peak RSS, load
 *                   (scripts/bench-corpus.mts).
 *                   --corpus-only runs this section alone, --skip-corpus leaves it out
 *
 * Timings are medians of several rounds after a warm-up; the machine's cores, Node version and
 * date are printed with them. Nothing here asserts a speed: these are figures for the README.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeInStages, type StageMark } from '../src/analyze.js';
import { corpusBench } from './bench-corpus.mjs';
import { allSidesPath, readAllSides } from './datasets.js';
import { writeOutput } from './eval-floors.js';

/**
 * analyzeArticle as users run it: the built package (`npm run bench` builds it first), else the
 * sources. The stages (3.) are always timed on the sources (analyzeInStages is internal), under
 * tsx, which keeps function names: every closure made in a hot path costs a little more there.
 */
const DIST = join(import.meta.dirname, '..', 'dist', 'index.js');
const fromDist = existsSync(DIST);
const { analyzeArticle } = (await import(fromDist ? pathToFileURL(DIST).href : '../src/index.js')) as typeof import('../src/index.js');

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const N = Number(flag('--articles') ?? 2000);
const jsonPath = flag('--json');
if (args.includes('--corpus-only')) {
  console.log(`slant bench, corpus only, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`);
  await corpusBench();
  process.exit(0);
}

/** How many articles warm up the JIT and each baseline instance: the ones after the sample. */
const WARM_UP = 200;

async function texts(): Promise<{ from: string; texts: string[]; warmUp: string[] }> {
  const path = allSidesPath();
  if (path !== null) {
    const out: string[] = [];
    for await (const a of readAllSides(path)) {
      out.push(a.text);
      if (out.length >= N + WARM_UP) break;
    }
    const sample = out.slice(0, N);
    return { from: `AllSides sample, first ${sample.length} articles`, texts: sample, warmUp: out.slice(N) };
  }
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'corpus', 'manifest.json'), 'utf8')) as { articles: Array<{ file: string }> };
  const corpus = manifest.articles.map((a) => readFileSync(join(import.meta.dirname, '..', 'corpus', a.file), 'utf8'));
  const repeated = (n: number): string[] => Array.from({ length: n }, (_, i) => corpus[i % corpus.length] as string);
  return { from: `bundled corpus repeated (${corpus.length} articles; AllSides sample absent)`, texts: repeated(N), warmUp: repeated(WARM_UP) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
function time(rounds: number, run: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return median(times);
}

const { from, texts: sample, warmUp } = await texts();
const bytes = sample.reduce((s, t) => s + Buffer.byteLength(t), 0);
const rounds = 3;

/**
 * 1. and 2. each run in a process of their own (`--part baseline`, `--part slant`), which prints
 * `{ ms, tokens }` (ms: the median round): sharing a process, each slowed the other through
 * wink-nlp's shared code and the heap (2026-12-06: the baseline read 392 articles/s beside slant's
 * sources under tsx and 550-610 alone, while slant's speed did not change), so earlier ratios were
 * too kind to slant.
 *
 * The baseline reads the texts once per round with a wink instance of its own, warmed up on other
 * articles first: an instance in the middle of one pass over a corpus. wink adds every word it has
 * not seen to its table (about 90 words of an AllSides article are new to the model) and reads a
 * word faster once it is there, so an instance warmed by earlier rounds over the same texts would
 * know every word of them, which no pass over a corpus does. (Figures up to 2026-11-22 used one such
 * warm instance for every round: a baseline about 1.7 times faster.)
 */
function part(name: 'baseline' | 'slant'): { ms: number; tokens: number } {
  if (name === 'baseline') {
    const times: number[] = [];
    let tokens = 0;
    for (let r = 0; r < rounds; r++) {
      const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
      for (const text of warmUp) nlp.readDoc(text).tokens().out(nlp.its.pos);
      times.push(
        time(1, () => {
          tokens = 0;
          for (const text of sample) tokens += (nlp.readDoc(text).tokens().out(nlp.its.pos) as string[]).length;
        }),
      );
    }
    return { ms: median(times), tokens };
  }
  // Warm-up: the model, the JIT, the lexicon matchers.
  for (const text of warmUp) analyzeArticle(text);
  return {
    ms: time(rounds, () => {
      for (const text of sample) analyzeArticle(text);
    }),
    tokens: 0,
  };
}

const partName = flag('--part');
if (partName === 'baseline' || partName === 'slant') {
  process.stdout.write(JSON.stringify(part(partName)));
  process.exit(0);
}

/** Runs `--part name` in a new process (the same texts: the same flags). */
function runPart(name: 'baseline' | 'slant'): { ms: number; tokens: number } {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--articles', String(N), '--part', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out) as { ms: number; tokens: number };
}
/** Each part runs in this many processes, alternating; the figures are the medians over them (speed varies from process to process by up to a third). */
const PROCESSES = 3;
const baseRuns: Array<{ ms: number; tokens: number }> = [];
const slantRuns: number[] = [];
for (let k = 0; k < PROCESSES; k++) {
  baseRuns.push(runPart('baseline'));
  slantRuns.push(runPart('slant').ms);
}
const baseMs = median(baseRuns.map((r) => r.ms));
const tokenCount = baseRuns[0]?.tokens ?? 0;
const slantMs = median(slantRuns);
const range = (runs: number[]): string => `${Math.round((sample.length * 1000) / Math.max(...runs))}–${Math.round((sample.length * 1000) / Math.min(...runs))}`;
// Warm-up for the stages and lengths below (this process).
for (const text of warmUp) analyzeArticle(text);
const perSec = (n: number, ms: number): string => Math.round((n * 1000) / ms).toLocaleString('en-US');

// Stages
const stageMs = new Map<string, number>();
for (const text of sample) {
  let last = performance.now();
  const mark: StageMark = (stage) => {
    const now = performance.now();
    stageMs.set(stage, (stageMs.get(stage) ?? 0) + now - last);
    last = now;
  };
  analyzeInStages(text, undefined, mark);
}
const stageTotal = [...stageMs.values()].reduce((s, n) => s + n, 0);

// Length: articles built from the sample's paragraphs, cut at a paragraph end near the size.
const paragraphs = sample.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim().length > 0);
function articleOf(size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${paragraphs[i % paragraphs.length] as string}\n\n`;
  return out;
}
const lengths: Array<{ kb: number; msPerKb: number }> = [];
for (const kb of [1, 10, 100, 1000]) {
  const text = articleOf(kb * 1024);
  const repeats = kb >= 1000 ? 1 : kb >= 100 ? 3 : kb >= 10 ? 20 : 100;
  const ms = time(3, () => {
    for (let r = 0; r < repeats; r++) analyzeArticle(text);
  });
  lengths.push({ kb, msPerKb: ms / repeats / (text.length / 1024) });
}

const date = new Date().toISOString().slice(0, 10);
console.log(`slant bench, ${date}: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`);
console.log(`slant: ${fromDist ? 'the built package (dist/index.js)' : 'the sources (src/, under tsx: no dist/index.js)'}`);
console.log(`texts: ${from}: ${sample.length} articles, ${(bytes / 1e6).toFixed(1)} MB, ${tokenCount.toLocaleString('en-US')} tokens; median of ${rounds} rounds after a warm-up; 1. and 2.: medians over ${PROCESSES} processes each\n`);
console.log('                                         tokens/s    articles/s');
console.log(`  1. baseline: wink readDoc + POS     ${perSec(tokenCount, baseMs).padStart(10)}    ${perSec(sample.length, baseMs).padStart(10)}`);
console.log(`  2. slant analyzeArticle, single      ${perSec(tokenCount, slantMs).padStart(10)}    ${perSec(sample.length, slantMs).padStart(10)}`);
console.log(`     articles/s in each of ${PROCESSES} processes: baseline ${range(baseRuns.map((r) => r.ms))}, slant ${range(slantRuns)}`);
console.log(`     ratio slant / baseline: ${(baseMs / slantMs).toFixed(2)} (target ≥ 0.5)\n`);
console.log('  3. stages (share of slant time):');
for (const [stage, ms] of stageMs) console.log(`     ${stage.padEnd(10)} ${((100 * ms) / stageTotal).toFixed(1).padStart(5)} %   ${(ms / sample.length).toFixed(2).padStart(6)} ms/article`);
console.log('\n  4. length (one article of each size):');
for (const { kb, msPerKb } of lengths) console.log(`     ${`${kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`}`.padEnd(8)} ${msPerKb.toFixed(3)} ms/KB`);
const at = (kb: number): number => lengths.find((l) => l.kb === kb)?.msPerKb ?? NaN;
console.log(`     1 MB / 10 KB time per KB: ${(at(1000) / at(10)).toFixed(2)} (target ≤ 1.5)`);
console.log(`\n  peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
const corpusRuns = args.includes('--skip-corpus') ? [] : await corpusBench();

if (jsonPath !== undefined) {
  writeOutput(
    jsonPath,
    `${JSON.stringify(
      {
        date,
        cores: cpus().length,
        node: process.version,
        texts: from,
        slantFrom: fromDist ? 'dist' : 'src',
        articles: sample.length,
        tokens: tokenCount,
        baseline: { tokensPerSecond: (tokenCount * 1000) / baseMs, articlesPerSecond: (sample.length * 1000) / baseMs },
        slant: { tokensPerSecond: (tokenCount * 1000) / slantMs, articlesPerSecond: (sample.length * 1000) / slantMs },
        ratio: baseMs / slantMs,
        processes: { baselineMs: baseRuns.map((r) => r.ms), slantMs: slantRuns },
        stages: Object.fromEntries([...stageMs].map(([k, ms]) => [k, ms / stageTotal])),
        lengths,
        corpus: corpusRuns,
      },
      null,
      2,
    )}\n`,
  );
}
