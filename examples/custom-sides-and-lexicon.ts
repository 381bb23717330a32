/**
 * Your own sides, and your own word list.
 *
 * Sides are an option of analyzeArticle: name the sides of your conflict and the names,
 * organisations and words that put a voice on each. Word lists are not: slant's lexicons are
 * built in (src/lexicons/ in the repository; analyzeArticle takes only `sides` and `maxLength`).
 * What you can do instead is shown at the end: select from slant's findings by ruleId, category
 * or term, and run a list of your own over the sentences slant found, with spans into the same text.
 *
 *   npx tsx examples/custom-sides-and-lexicon.ts     (The National's report in corpus/)
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle, type Span } from 'slant';

const text = readFileSync(new URL('../corpus/000_c6aca0b8f72340ec.txt', import.meta.url), 'utf8');
const article = { text, source: 'The National' };

// 1. Sides. By default a voice's side is the country the article ties it to, else `unassigned`.
// With `sides`, a voice whose name, role, affiliation or mentions contain one of a side's terms
// (whole words, any case or accents; the longest match wins) is on that side.
const sides = {
  'US government': ['Pentagon', 'White House', 'Biden', 'US forces'],
  'Iran-aligned militias': ['militia', 'PMF', 'Popular Mobilisation Forces', 'Kataib Hezbollah', 'Kataib Sayyid al-Shuhada'],
  'Syrian government': ['Sana', 'Syrian state media'],
};
const byCountry = analyzeArticle(article);
const bySides = analyzeArticle(article, { sides });

console.log('voice'.padEnd(36), 'default side'.padEnd(16), 'with your sides');
for (const voice of bySides.voices) {
  const before = byCountry.voices.find((v) => v.id === voice.id)?.side ?? '?';
  console.log(voice.name.slice(0, 35).padEnd(36), before.padEnd(16), voice.side);
}

// The share of quoted words by side follows: here summed from the voices (buildProfiles and
// compareSources do the same over many articles).
const share = new Map<string, number>();
for (const voice of bySides.voices) share.set(voice.side, (share.get(voice.side) ?? 0) + voice.share);
console.log(`\nquoted words by side: ${[...share].map(([side, s]) => `${side} ${Math.round(100 * s)} %`).join(', ')}`);

// 2a. slant's own word lists: every finding names its rule, category and term, and says whose
// words they are (`own`: the outlet's narration; `quoted`: inside quote marks). Select what you need.
console.log('\nslant\'s loaded words in this article:');
for (const f of bySides.wording.findings.filter((f) => f.loaded)) {
  console.log(`  ${f.ruleId.padEnd(26)} ${f.category.padEnd(11)} "${f.span.text}" (${f.voice})`);
}

// 2b. A word list of your own, run over the sentences slant kept (boilerplate is already out),
// giving findings in slant's shape: a ruleId, a category, and a span with offsets into `text`.
// Here: how the article names the strikes, justified or condemned (written for this example).
const lexicon: Record<string, 'justifying' | 'condemning'> = {
  defensive: 'justifying', precision: 'justifying', proportional: 'justifying',
  aggression: 'condemning', perfidious: 'condemning', violation: 'condemning', revenge: 'condemning',
};
const pattern = new RegExp(`\\b(${Object.keys(lexicon).join('|')})\\b`, 'giu');
const attributed: Span[] = bySides.quotes.map((q) => q.content);
console.log('\nyour own list:');
for (const sentence of bySides.sentences) {
  for (const match of sentence.text.matchAll(pattern)) {
    const start = sentence.start + (match.index ?? 0);
    const span = { start, end: start + match[0].length, text: match[0] };
    const term = match[0].toLowerCase();
    // Whose words: inside what a source is reported to have said, or the outlet's narration.
    const voice = attributed.some((q) => q.start <= span.start && span.end <= q.end) ? 'attributed' : 'narration';
    console.log(`  my-${term}`.padEnd(20), `${lexicon[term]}`.padEnd(11), `"${text.slice(span.start, span.end)}" at ${span.start}-${span.end} (${voice})`);
  }
}
