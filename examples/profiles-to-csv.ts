/**
 * Build per-outlet profiles over a corpus of any size and write them as CSV for R or pandas.
 * Reads JSONL (one article a line: {"text", "outlet" or "source", "date", "id", ...}, gzipped or
 * not), folders and manifests; analyses on every core; shows progress on standard error; keeps
 * memory flat by merging profiles batch by batch instead of holding every analysis.
 *
 *   npx tsx examples/profiles-to-csv.ts articles.jsonl.gz --out profiles.csv
 *   npx tsx examples/profiles-to-csv.ts                      (the bundled corpus/)
 *
 * The CSV is long ("tidy"): one row per outlet and figure. Read it with
 *   pandas: pd.read_csv('profiles.csv').pivot(index='outlet', columns='figure', values='value')
 *   R:      tidyr::pivot_wider(read.csv('profiles.csv'), names_from = figure, values_from = value)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildProfiles, mergeProfiles, type ArticleAnalysis, type SourceProfile } from 'slant';
import { analyzeCorpus, countArticles, readArticles } from 'slant/node';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'profiles.csv' } } });
const inputs = positionals.length > 0 ? positionals : [fileURLToPath(new URL('../corpus', import.meta.url))];

// How many articles there are (JSONL is read through once to count lines): for the progress line.
const total = await countArticles(inputs);
let done = 0;
let errors = 0;
const progress = (): void => {
  const of = total === undefined ? '' : ` of ${total} (${Math.round((100 * done) / total)} %)`;
  // On a terminal, one line that updates itself; in a log, a line every 500 articles and at the end.
  if (process.stderr.isTTY) process.stderr.write(`\r${done} articles${of}, ${errors} errors `);
  else if (done % 500 === 0 || done === total) process.stderr.write(`${done} articles${of}, ${errors} errors\n`);
};

// readArticles streams the inputs one article at a time; analyzeCorpus analyses them on worker
// threads (one per core) and yields results in input order. A bad line is an error record, not a crash.
let profiles: SourceProfile[] = [];
let batch: ArticleAnalysis[] = [];
const flush = (): void => {
  // Profiles add up: merging batch profiles gives exactly the profiles of one pass over everything.
  profiles = mergeProfiles(profiles, buildProfiles(batch, { evidence: false }), { evidence: false });
  batch = [];
};
for await (const result of analyzeCorpus(readArticles(inputs))) {
  if ('error' in result) {
    errors++;
    // (On a terminal, first end the progress line.)
    console.error(`${process.stderr.isTTY ? '\n' : ''}skipped ${result.error.input}: ${result.error.reason}`);
  } else {
    batch.push(result.analysis);
    if (batch.length === 200) flush();
  }
  done++;
  progress();
}
flush();
if (process.stderr.isTTY) process.stderr.write('\n');

// Every number in `figures` becomes one row: directShare, wordShareBySide.Iraq,
// wordingRates.own.loaded, frames.security-defense, ... (topVoices is a list, not a figure).
function* flatten(value: unknown, path: string): Generator<[string, number]> {
  if (typeof value === 'number') yield [path, value];
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) yield* flatten(inner, path === '' ? key : `${path}.${key}`);
  }
}
const csv = (cell: string | number): string => (/[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell));

const rows = [['outlet', 'articles', 'words', 'figure', 'value'].join(',')];
for (const p of profiles) {
  for (const [figure, value] of flatten(p.figures, '')) {
    rows.push([p.source, p.counts.articles, p.counts.words, figure, value].map(csv).join(','));
  }
}
writeFileSync(values.out, `${rows.join('\n')}\n`);
console.log(`${done} inputs, ${done - errors} analysed, ${errors} errors: ${profiles.length} outlets, ${rows.length - 1} rows written to ${values.out}`);

// A taste of the result: the largest outlets' quotes per 1,000 words and share of direct quotes.
const largest = [...profiles].sort((a, b) => b.counts.articles - a.counts.articles);
if (largest.length > 10) console.log(`the 10 outlets with most articles (of ${largest.length}):`);
for (const p of largest.slice(0, 10)) {
  console.log(`  ${p.source.padEnd(28)} ${String(p.counts.articles).padStart(5)} articles  ${p.figures.quotesPer1000Words.toFixed(1).padStart(5)} quotes / 1,000 words  ${Math.round(100 * p.figures.directShare)} % direct`);
}
