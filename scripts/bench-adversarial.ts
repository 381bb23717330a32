/**
 * Timings of adversarial inputs at growing sizes, to see that analysis time grows in proportion to
 * the length (test/robustness.test.ts only asserts that they finish). For each input: the time at
 * each size, milliseconds per 100 kB, and the ratio of the last two times (2 for linear growth
 * when the size doubles). `npx tsx scripts/bench-adversarial.ts [--max-mb 10] [--only name]`
 */
import { analyzeArticle } from '../src/index.js';
import { corpus } from '../test/helpers.js';

const at = process.argv.indexOf('--max-mb');
const maxMb = at >= 0 ? Number(process.argv[at + 1]) : 4;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const corpusText = `${corpus().map((a) => a.text).join('\n\n')}\n\n`;

/** Inputs of about `n` characters. */
const INPUTS: Record<string, (n: number) => string> = {
  'realistic articles': (n) => corpusText.repeat(Math.ceil(n / corpusText.length)),
  'no spaces': (n) => 'x'.repeat(n),
  'no punctuation': (n) => 'the militia fighters attacked the base again '.repeat(Math.ceil(n / 45)),
  'one reporting verb': (n) => 'said '.repeat(Math.ceil(n / 5)),
  'curly quote marks': (n) => '“'.repeat(n),
  'straight quote marks': (n) => '"'.repeat(n),
  'nested quotes': (n) => '“‘«„'.repeat(Math.ceil(n / 8)) + '“’»”'.repeat(Math.ceil(n / 8)),
  'capitalised names': (n) => 'Popular Mobilisation Forces '.repeat(Math.ceil(n / 28)),
  'short lines': (n) => 'a line\n'.repeat(Math.ceil(n / 7)),
  emoji: (n) => '😡'.repeat(Math.ceil(n / 2)),
};

analyzeArticle('Warm-up: the model loads on first use.');
const sizes: number[] = [];
for (let mb = 0.25; mb <= maxMb + 1e-9; mb *= 2) sizes.push(Math.round(mb * 1_000_000));
if (sizes.at(-1) !== maxMb * 1_000_000) sizes.push(maxMb * 1_000_000);

for (const [name, make] of Object.entries(INPUTS)) {
  if (only !== undefined && name !== only) continue;
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
  const ratio = a !== undefined && b !== undefined ? (b / a).toFixed(1) : '-';
  console.log(`${name.padEnd(22)} ${row.join(' · ')} · last ratio ${ratio} for ×${(sizes.at(-1)! / sizes.at(-2)!).toFixed(1)} size`);
}
