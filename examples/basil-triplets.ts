/**
 * Compare Fox News, The New York Times and HuffPost on BASIL (Fan et al. 2019): 100 events, each
 * reported by all three, with annotators' bias spans. BASIL is a research dataset, not part of
 * slant: download it yourself and pass its folder (the one with 0_fox.json, 0_nyt.json, ...).
 *
 *   npx tsx examples/basil-triplets.ts [path/to/basil]    (default: ../shared/datasets/basil)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProfiles, compareSources, type ArticleAnalysis, type ArticleInput } from 'slant';
import { analyzeCorpus } from 'slant/node';

const dir = process.argv[2] ?? fileURLToPath(new URL('../../shared/datasets/basil', import.meta.url));
if (!existsSync(join(dir, '0_fox.json'))) {
  console.log(`BASIL not found at ${dir}: skipped. Pass the folder of BASIL's <event>_<outlet>.json files.`);
  process.exit(0);
}

// 1. Read the triplets. Each file is one article as a list of sentences; its annotations mark
// lexical bias (loaded words) and informational bias. We keep the text and count lexical spans.
const OUTLETS: Record<string, string> = { fox: 'Fox News', nyt: 'The New York Times', hpo: 'HuffPost' };
interface BasilFile {
  title?: string;
  date?: string;
  body: Array<{ sentence: string; annotations?: Array<{ bias: string }> }>;
}
const articles: ArticleInput[] = [];
const lexicalSpans = new Map<string, number>(); // outlet -> annotators' lexical-bias spans
for (const file of readdirSync(dir).filter((f) => /^\d+_(fox|nyt|hpo)\.json$/i.test(f))) {
  const [event, outlet] = file.replace('.json', '').toLowerCase().split('_') as [string, string];
  const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as BasilFile;
  const source = OUTLETS[outlet] ?? outlet;
  articles.push({ id: `${event}_${outlet}`, source, text: raw.body.map((s) => s.sentence).join(' '), ...(raw.title ? { title: raw.title } : {}), ...(raw.date ? { date: raw.date } : {}) });
  const lexical = raw.body.flatMap((s) => s.annotations ?? []).filter((a) => a.bias === 'Lexical').length;
  lexicalSpans.set(source, (lexicalSpans.get(source) ?? 0) + lexical);
}
console.log(`BASIL: ${articles.length} articles from ${dir}`);

// 2. Analyse on every core. BASIL is US politics, where a voice's country says little: give
// slant the two parties as sides (a voice whose name, role or affiliation holds a term is on it).
const sides = {
  Democrats: ['Democrat', 'Democrats', 'Democratic', 'Obama', 'Clinton', 'Pelosi', 'Reid', 'Schumer', 'Biden'],
  Republicans: ['Republican', 'Republicans', 'GOP', 'Romney', 'Ryan', 'Boehner', 'McConnell', 'Trump', 'Cruz', 'Pence'],
};
const analyses: ArticleAnalysis[] = [];
for await (const result of analyzeCorpus(articles, { sides })) {
  if ('analysis' in result) analyses.push(result.analysis);
  else console.error(`${result.input}: ${result.error.reason}`);
}

// 3. One profile per outlet over its 100 articles, with the annotators' lexical-bias rate beside
// slant's loaded-word rate (both per 1,000 words: word lists find some loaded words, not all).
const pct = (x: number | undefined): string => `${Math.round(100 * (x ?? 0))} %`;
console.log(`\n${'outlet'.padEnd(20)} quotes/1k  direct  anonymous  Dem. words  Rep. words  loaded/1k (slant)  lexical bias/1k (BASIL)`);
for (const p of buildProfiles(analyses, { evidence: false })) {
  const gold = (1000 * (lexicalSpans.get(p.source) ?? 0)) / p.counts.words;
  console.log(
    `${p.source.padEnd(20)} ${p.figures.quotesPer1000Words.toFixed(1).padStart(9)}  ${pct(p.figures.directShare).padStart(6)}  ${pct(p.figures.anonymousShare).padStart(9)}` +
      `  ${pct(p.figures.wordShareBySide['Democrats']).padStart(10)}  ${pct(p.figures.wordShareBySide['Republicans']).padStart(10)}` +
      `  ${(p.figures.wordingRates.own['loaded'] ?? 0).toFixed(1).padStart(17)}  ${gold.toFixed(1).padStart(23)}`,
  );
}

// 4. Compare the outlets inside each event (BASIL's triplets are the stories). Voice balance's
// Jensen–Shannon divergence says how differently two outlets split their quoted words by side.
const stories = [...new Set(articles.map((a) => a.id!.split('_')[0]!))].map((event) => ({
  id: `event-${event}`,
  articleIds: ['fox', 'nyt', 'hpo'].map((o) => `${event}_${o}`),
}));
const comparison = compareSources(analyses, { stories });
const pairs = new Map<string, number[]>();
for (const story of comparison.stories) {
  for (const { a, b, divergence } of story.voiceBalance.pairs) {
    const key = `${a} vs ${b}`;
    pairs.set(key, [...(pairs.get(key) ?? []), divergence]);
  }
}
console.log(`\nVoice balance, mean divergence over the events where both outlets quote someone (0 = same mix, 1 = none in common):`);
for (const [pair, values] of pairs) {
  console.log(`  ${pair.padEnd(38)} ${(values.reduce((s, x) => s + x, 0) / values.length).toFixed(2)}  (${values.length} events)`);
}

// The event where the three differ most in whom they quote, with each outlet's split.
const widest = [...comparison.stories].sort((x, y) => Math.max(0, ...y.voiceBalance.fromStory.map((d) => d ?? 0)) - Math.max(0, ...x.voiceBalance.fromStory.map((d) => d ?? 0)))[0];
if (widest !== undefined) {
  const titles = widest.profiles.map((p) => analyses.find((a) => a.id === p.articles[0])?.title?.value ?? '');
  console.log(`\nWidest split: ${widest.story.id} ("${titles[0]}")`);
  widest.sources.forEach((source, i) => {
    const mix = widest.voiceBalance.sides.map((side, k) => `${side} ${pct(widest.voiceBalance.shares[i]?.[k])}`).join(', ');
    console.log(`  ${source.padEnd(20)} ${mix}`);
  });
}
