/**
 * Analyse one article and print the voices it quotes: who speaks, on which side, and how much of
 * the quoted words each gets.
 *
 *   npx tsx examples/analyze-article.ts                      the BBC report in corpus/
 *   npx tsx examples/analyze-article.ts article.txt "Outlet" any text or HTML file of your own
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from 'slant';

const [file, outlet] = process.argv.slice(2);
const text = readFileSync(file ?? new URL('../corpus/001_b4632861125e4f6b.txt', import.meta.url), 'utf8');

// One call does everything: cleaning, sentences, quotes, speakers, voices, wording, labels, frames.
// `source` is the outlet; without it slant still works, the outlet is just unknown (null).
const analysis = analyzeArticle({ text, source: outlet ?? (file === undefined ? 'BBC News' : 'unknown outlet') });

console.log(`${analysis.source}: "${analysis.title?.value ?? '(no headline found)'}"`);
console.log(`${analysis.words} words, ${analysis.quotes.length} attributions, ${analysis.voices.length} voices\n`);

// A voice is one speaker, with every attribution the article gives it. `share` is its part of
// all the words the article attributes to someone; `side` is the country the article ties it to
// (or a side of your own: see custom-sides-and-lexicon.ts).
const pct = (x: number): string => `${Math.round(x * 100)} %`;
const voices = [...analysis.voices].sort((a, b) => b.words - a.words);
console.log(['share', 'quotes', 'direct', 'side'.padEnd(14), 'voice [type], role'].join('  '));
for (const v of voices) {
  const who = `${v.name} [${v.type}]${v.role === undefined ? '' : `, ${v.role}`}`;
  console.log([pct(v.share).padStart(5), String(v.quotes).padStart(6), String(v.direct).padStart(6), v.side.padEnd(14), who].join('  '));
}

// Every figure goes back to the words: here, the first thing the most-quoted voice is reported to
// have said, with its reporting verb (cue) and the class of that verb. Spans are offsets into
// `text`, so text.slice(start, end) is always the span's own text.
const top = voices[0];
const quote = top === undefined ? undefined : analysis.quotes[top.firstQuote];
if (top !== undefined && quote !== undefined) {
  const sentence = analysis.sentences[quote.sentence];
  console.log(`\nFirst attribution to ${top.name}: cue "${quote.cue?.text ?? '(none)'}" (${quote.cueClass ?? 'no class'}), in:`);
  console.log(`  ${sentence === undefined ? quote.content.text : text.slice(sentence.start, sentence.end)}`);
}
