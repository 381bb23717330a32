/**
 * fast-check arbitraries for "any string is accepted": arbitrary Unicode, texts built from news-like
 * fragments (quote marks, cues, names, markup, scripts, line ends), and corpus articles mutated by
 * insertions, deletions, duplications and replacements. Shared by test/robustness.test.ts and
 * `npm run fuzz` (scripts/fuzz.ts).
 */
import fc from 'fast-check';
import { corpus } from './helpers.js';

/** Pieces of news text and of what breaks it. */
export const FRAGMENTS: readonly string[] = [
  'The ', 'Pentagon', ' said', ' told reporters', ' according to', ' claimed', ' “', '”', '‘', '’', '"', "'", '«', '»', '„',
  '.', ',', ':', ' —', '–', '…', '?', '!', ' Maj.-Gen.', ' U.S.', ' Kata’ib Hezbollah', ' Iran-backed militias', ' (PMF)',
  '\n', '\n\n', '\r\n', '\r', '\t', '  ', '<p>', '</p>', '<h1>', '<meta name="author" content="X">', '<script>', '&amp;',
  '&rdquo;', '&#x1F600;', '&constructor;', '🇮🇶', '😡', '𝐏𝐌𝐅', '\u200d', '\u200f', '\u202e', 'e\u0301', '\u0000', '\u0007',
  '\ufeff', '\ud800', '\udc00', 'Itâ€™s', 'Ã©tÃ©', ' Related Articles', 'By Jane Doe', 'June 28, 2021', '2021-06-28', '|',
  'he added', ' spokesman John Kirby', ' __proto__', ' constructor', ' toString', ' hasOwnProperty', ' Constructor militia',
  'قال المتحدث', 'אמר הדובר', '发言人说', ' Le ministre a déclaré', ' sagte der Minister',
];

/** Any string of code points (graphemes, or any code unit including lone surrogates). */
export const anyString = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

/** News-like text: fragments in any order. */
export const newsLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));

/** One edit of a text, at positions given as fractions of its length. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 20 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(400) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(400) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'duplicate':
      return text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length);
    case 'replace':
      return text.slice(0, at) + e.char + text.slice(at + 1);
  }
}

/** A corpus article with up to 12 edits. */
export function mutatedArticles(): fc.Arbitrary<string> {
  const texts = corpus().map((a) => a.text);
  return fc.tuple(fc.constantFrom(...texts), fc.array(edit, { maxLength: 12 })).map(([text, edits]) => edits.reduce(apply, text));
}
