/**
 * `npm run fuzz [-- --cases N] [-- --seed S]`: long runs of the "any string is accepted" properties
 * of test/robustness.test.ts. analyzeArticle must never throw on a string, and every span of its
 * output must slice back to its own text from the input. Cases are shared out among arbitrary
 * Unicode, news-like fragments and mutated corpus articles (test/arbitraries.ts), run in batches
 * with progress; a failure prints fast-check's shrunk counterexample and how to replay it, and the
 * exit status is 1. Default: 100,000 cases, seed from the clock (printed).
 */
import fc from 'fast-check';
import { analyzeArticle } from '../src/index.js';
import { anyString, mutatedArticles, newsLike } from '../test/arbitraries.js';
import { badSpans } from '../test/helpers.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a non-negative integer, got ${process.argv[at + 1]}`);
    process.exit(2);
  }
  return value;
}

const cases = option('cases', 100_000);
const seed = option('seed', Date.now() % 2 ** 31);
const BATCH = 1_000;

/** The property: no throw, and no span that fails to slice back. */
const property = (text: string): void => {
  const bad = badSpans(text, analyzeArticle(text));
  if (bad.length > 0) throw new Error(`${bad.length} spans do not slice back, first ${JSON.stringify(bad[0])}`);
};

// Mutated articles cost about ten times a short string: they get a tenth of the cases.
const kinds: Array<[string, fc.Arbitrary<string>, number]> = [
  ['arbitrary Unicode', anyString, 0.45],
  ['news-like fragments', newsLike, 0.45],
  ['mutated corpus articles', mutatedArticles(), 0.1],
];

console.log(`fuzz: ${cases} cases, seed ${seed}`);
const started = Date.now();
let run = 0;
let failures = 0;
for (const [k, [name, arbitrary, part]] of kinds.entries()) {
  const total = k === kinds.length - 1 ? cases - run : Math.round(cases * part);
  for (let done = 0, batch = 0; done < total; batch++) {
    const numRuns = Math.min(BATCH, total - done);
    const batchSeed = (seed + k * 1_000_003 + batch * 7919) % 2 ** 31;
    const result = fc.check(fc.property(arbitrary, property), { numRuns, seed: batchSeed });
    done += result.numRuns;
    run += result.numRuns;
    if (result.failed) {
      failures++;
      console.log(`\nFAILED (${name}) after ${result.numRuns} runs of batch seed ${batchSeed}; shrunk ${result.numShrinks} times`);
      const example = JSON.stringify(result.counterexample?.[0]) ?? '';
      console.log(`  counterexample (${example.length} characters as JSON): ${example.length > 4000 ? `${example.slice(0, 4000)}…` : example}`);
      console.log(`  error: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
      console.log(`  replay: fc.assert(property, { seed: ${batchSeed}, path: ${JSON.stringify(result.counterexamplePath)} })`);
      done += numRuns - result.numRuns;
    }
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`\r${name}: ${done}/${total}; all kinds ${run}/${cases} cases, ${failures} failures, ${seconds.toFixed(0)} s   `);
  }
  process.stdout.write('\n');
}
const seconds = (Date.now() - started) / 1000;
console.log(`${run} cases run in ${seconds.toFixed(0)} s (${((seconds * 1000) / Math.max(1, run)).toFixed(1)} ms per case), ${failures} failures`);
process.exit(failures > 0 ? 1 : 0);
