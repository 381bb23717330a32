/**
 * How much text ingestion removes, and what: on the bundled corpus and on samples of the AllSides
 * and PolNeAR datasets (skipped when ../shared/datasets is absent). Prints characters removed per
 * dataset and per rule, and, with `--show`, every removed span, to check by eye that none is
 * article text. Spans that look like sentences are listed always, as the ones to check first.
 *
 *   npm run boilerplate-report [-- --show] [-- --sample N]
 */
import { analyzeArticle, type ArticleAnalysis } from '../src/index.js';
import { loadCorpus } from '../src/node.js';
import { allSidesPath, readAllSides, readPolnearTexts } from './datasets.js';

const args = process.argv.slice(2);
const show = args.includes('--show');
const sampleIndex = args.indexOf('--sample');
const sample = sampleIndex >= 0 ? Number(args[sampleIndex + 1]) : 400;

interface Tally {
  articles: number;
  chars: number;
  removed: number;
  byRule: Map<string, { spans: number; chars: number; examples: string[] }>;
  suspicious: string[];
}

function tally(name: string, analyses: Iterable<[string, ArticleAnalysis, string]>): Tally {
  const t: Tally = { articles: 0, chars: 0, removed: 0, byRule: new Map(), suspicious: [] };
  for (const [id, analysis, text] of analyses) {
    t.articles++;
    t.chars += text.trim().length;
    for (const r of analysis.removed) {
      const length = r.span.text.length;
      t.removed += length;
      const entry = t.byRule.get(r.ruleId) ?? { spans: 0, chars: 0, examples: [] };
      entry.spans++;
      entry.chars += length;
      if (entry.examples.length < 3 || show) entry.examples.push(`${id}: ${JSON.stringify(r.span.text.slice(0, 160))}`);
      t.byRule.set(r.ruleId, entry);
      const words = r.span.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      if (words >= 12 && /[.!?]["”’]?$/.test(r.span.text.trim())) t.suspicious.push(`${id} [${r.ruleId}]: ${JSON.stringify(r.span.text.slice(0, 200))}`);
    }
  }
  console.log(`\n== ${name}: ${t.articles} articles, ${t.chars.toLocaleString('en')} characters, ${t.removed.toLocaleString('en')} removed (${((100 * t.removed) / Math.max(1, t.chars)).toFixed(2)} %)`);
  const rules = [...t.byRule.entries()].sort((a, b) => b[1].chars - a[1].chars);
  for (const [rule, { spans, chars, examples }] of rules) {
    console.log(`  ${rule.padEnd(18)} ${String(spans).padStart(5)} spans ${String(chars).padStart(8)} chars`);
    for (const e of examples) console.log(`      ${e}`);
  }
  console.log(`  sentence-like removals to check by eye: ${t.suspicious.length}`);
  for (const s of t.suspicious) console.log(`      ${s}`);
  return t;
}

async function main(): Promise<void> {
  const corpus = await loadCorpus('corpus');
  tally('bundled corpus', corpus.map((a) => [a.id, analyzeArticle(a), a.text] as [string, ArticleAnalysis, string]));

  const polnear = readPolnearTexts('dev');
  if (polnear === null) console.log('\nPolNeAR: ../shared/datasets/polnear not found, skipped');
  else tally('PolNeAR dev', polnear.map((a) => [a.name, analyzeArticle(a.text), a.text] as [string, ArticleAnalysis, string]));

  const path = allSidesPath();
  if (path === null) {
    console.log('\nAllSides: ../shared/datasets/allsides not found, skipped');
    return;
  }
  // A fixed, spread-out sample: every 12000/sample-th record.
  const step = Math.max(1, Math.floor(12000 / sample));
  const picked: Array<[string, ArticleAnalysis, string]> = [];
  let i = 0;
  for await (const record of readAllSides(path)) {
    if (i++ % step === 0) picked.push([`${record.source}/${record.id}`, analyzeArticle({ text: record.text, id: record.id, source: record.source, title: record.title }), record.text]);
  }
  tally(`AllSides sample (every ${step}th)`, picked);
}

await main();
