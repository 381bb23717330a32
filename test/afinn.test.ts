/** afinn() scores a text exactly as the `sentiment` package does, and says where each scored word is. */
import fc from 'fast-check';
import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { afinn } from '../src/text/afinn.js';
import { anyString, newsLike } from './arbitraries.js';
import { corpus } from './helpers.js';

const sentiment = new Sentiment();

/** Scored words, separators, every kind of white space, negators, emoji, case: the edges of the package's splitting. */
const EDGES = [
  'good', 'bad', 'Good', 'not', "don't", 'dont', 'cant', 'killed', 'hope', 'war', 'constructor', '😷', '😀', 'İ', 'é', 'a',
  ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\r\n', '.', ',', '/', '#', '!', '?', '$', '%', '^', '&', '*', ';', ':', '{', '}', '=', '_', '`', '"', '~', '(', ')', "'", '-', '@',
];
const edgy = fc.array(fc.constantFrom(...EDGES), { maxLength: 40 }).map((parts) => parts.join(''));

/** What the package says, and what afinn() says in the package's terms: its words (lower-cased, last first) and their scores. */
function both(text: string): [unknown, unknown] {
  const theirs = sentiment.analyze(text);
  const ours = afinn(text);
  return [
    { score: theirs.score, words: theirs.words, scores: theirs.calculation.map((c) => Object.values(c)[0]) },
    { score: ours.score, words: ours.words.map((w) => text.slice(w.start, w.end).toLowerCase()).reverse(), scores: ours.words.map((w) => w.score).reverse() },
  ];
}

describe('afinn', () => {
  it('gives the package its score and words on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, newsLike, edgy), (text) => {
        const [theirs, ours] = both(text);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the package its score and words on every sentence of the corpus', () => {
    for (const { text } of corpus()) {
      for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
        const [theirs, ours] = both(sentence);
        expect(ours).toEqual(theirs);
      }
    }
  });

  it('scores emoji, negation and words with a lone no-break space as the package does', () => {
    expect(afinn('Wong 😷 (@x)')).toEqual({ score: -1, words: [{ start: 5, end: 7, score: -1 }] });
    expect(afinn("It's not good, don't hope.")).toEqual({ score: -5, words: [{ start: 9, end: 13, score: -3 }, { start: 21, end: 25, score: -2 }] });
    // A lone no-break space stays inside a word (`a\u00a0good` is no AFINN word); two split.
    expect(afinn('a\u00a0good').words).toEqual([]);
    expect(afinn('a\u00a0 good').words).toEqual([{ start: 3, end: 7, score: 3 }]);
  });
});
