/**
 * How the not-English flag (`ArticleAnalysis.language`) behaves on English news: every PolNeAR text
 * and every AllSides article goes through `analyzeArticle`; none should be flagged. Prints the
 * counts, the lowest function-word shares and any flagged article.
 * Run once after changing `src/text/language.ts` or its word list: `npx tsx scripts/language-check.ts [--limit N]`.
 */
import { analyzeArticle } from '../src/index.js';
import { allSidesPath, readAllSides, readPolnearTexts } from './datasets.js';

const at = process.argv.indexOf('--limit');
const limit = at >= 0 ? Number(process.argv[at + 1]) : Infinity;

interface Tally {
  texts: number;
  english: number;
  notEnglish: string[];
  unknown: number;
  scores: number[];
}

function tally(): Tally {
  return { texts: 0, english: 0, notEnglish: [], unknown: 0, scores: [] };
}

function count(t: Tally, id: string, text: string): void {
  const { language } = analyzeArticle(text);
  t.texts++;
  if (language.english === true) t.english++;
  else if (language.english === false) t.notEnglish.push(`${id} (score ${language.score.toFixed(3)}, ${language.words} words)`);
  else t.unknown++;
  if (language.english !== null) t.scores.push(language.score);
}

function report(name: string, t: Tally, seconds: number): void {
  const sorted = [...t.scores].sort((a, b) => a - b);
  const pct = (p: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(3);
  console.log(`${name}: ${t.texts} texts, ${t.english} English, ${t.notEnglish.length} flagged not English, ${t.unknown} too short to tell (${seconds.toFixed(0)} s)`);
  console.log(`  function-word share: min ${pct(0)}, 1st percentile ${pct(0.01)}, median ${pct(0.5)}, max ${pct(1)}`);
  for (const id of t.notEnglish) console.log(`  flagged: ${id}`);
}

let start = Date.now();
const polnear = tally();
for (const split of ['train', 'dev'] as const) {
  for (const { name, text } of readPolnearTexts(split) ?? []) if (polnear.texts < limit) count(polnear, `polnear/${split}/${name}`, text);
}
if (polnear.texts === 0) console.log('PolNeAR: not found, skipped');
else report('PolNeAR', polnear, (Date.now() - start) / 1000);

start = Date.now();
const path = allSidesPath();
if (path === null) console.log('AllSides: not found, skipped');
else {
  const allsides = tally();
  for await (const a of readAllSides(path)) {
    if (allsides.texts >= limit) break;
    count(allsides, `allsides/${a.id} ${a.source}`, a.text);
  }
  report('AllSides', allsides, (Date.now() - start) / 1000);
}
