/**
 * Timings of adversarial inputs at growing sizes, to see that analysis time grows in proportion to
 * the length (test/robustness.test.ts only asserts that they finish). For each input: the time at
 * each size, milliseconds per 100 kB, and the ratio of the last two times (2 for linear growth
 * when the size doubles). `npx tsx scripts/bench-adversarial.ts [--max-mb 10] [--only 'quoted sentences']`
 * (default 4 MB). Quoted sentences grow quadratically until attributions.ts's `shape` stops scanning
 * every quoted stretch for each attribution.
 */
import { analyzeArticle } from '../src/index.js';
import { corpus } from '../test/helpers.js';

const at = process.argv.indexOf('--max-mb');
const maxMb = at >= 0 ? Number(process.argv[at + 1]) : 4;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const corpusText = `${corpus().map((a) => a.text).join('\n\n')}\n\n`;

/**
 * Inputs of about `n` characters, and the largest size each is run at. Inputs made of one-character
 * tokens cost about half a gigabyte of memory per megabyte (wink's token objects), so they stop at
 * 2 MB: 10 MB of quote marks exceeds Node's default 4 GB heap (use `maxLength`).
 */
const INPUTS: Record<string, { make: (n: number) => string; maxMb?: number }> = {
  'realistic articles': { make: (n) => corpusText.repeat(Math.ceil(n / corpusText.length)) },
  'quoted sentences': { make: (n) => 'The Pentagon said the strikes were “defensive”. '.repeat(Math.ceil(n / 49)) },
  'no spaces': { make: (n) => 'x'.repeat(n) },
  'no punctuation': { make: (n) => 'the militia fighters attacked the base again '.repeat(Math.ceil(n / 45)) },
  'one reporting verb': { make: (n) => 'said '.repeat(Math.ceil(n / 5)) },
  'capitalised names': { make: (n) => 'Popular Mobilisation Forces '.repeat(Math.ceil(n / 28)) },
  'curly quote marks': { make: (n) => '“'.repeat(n), maxMb: 2 },
  'straight quote marks': { make: (n) => '"'.repeat(n), maxMb: 2 },
  'nested quotes': { make: (n) => '“‘«„'.repeat(Math.ceil(n / 8)) + '“’»”'.repeat(Math.ceil(n / 8)), maxMb: 2 },
  'short lines': { make: (n) => 'a line\n'.repeat(Math.ceil(n / 7)), maxMb: 2 },
  emoji: { make: (n) => '😡'.repeat(Math.ceil(n / 2)), maxMb: 2 },
};

analyzeArticle('Warm-up: the model loads on first use.');
function sizesUpTo(mb: number): number[] {
  const sizes: number[] = [];
  for (let m = 0.25; m <= mb + 1e-9; m *= 2) sizes.push(Math.round(m * 1_000_000));
  if (sizes.at(-1) !== Math.round(mb * 1_000_000)) sizes.push(Math.round(mb * 1_000_000));
  return sizes;
}

for (const [name, { make, maxMb: cap }] of Object.entries(INPUTS)) {
  if (only !== undefined && name !== only) continue;
  const sizes = sizesUpTo(Math.min(maxMb, cap ?? Infinity));
  const row: string[] = [];
  const times: number[] = [];
  for (const size of sizes) {
    const text = make(size);
    const started = performance.now();
    analyzeArticle(text);
    const ms = performance.now() - started;
    times.push(ms);
    row.push(`${(text.length / 1e6).toFixed(2)} MB ${(ms / 1000).toFixed(1)} s (${((ms * 100_000) / text.length).toFixed(0)} ms/100 kB)`);
  }
  const [a, b] = times.slice(-2);
  const growth = sizes.length > 1 ? (sizes.at(-1) as number) / (sizes.at(-2) as number) : 1;
  const ratio = a !== undefined && b !== undefined ? (b / a).toFixed(1) : '-';
  console.log(`${name.padEnd(22)} ${row.join(' · ')} · last ratio ${ratio} for ×${growth.toFixed(1)} size`);
}
