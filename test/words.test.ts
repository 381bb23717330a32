/** The word and character scanners find exactly what the regular expressions they stand for find. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLetters, countWords, isSpace, lowerCase, NAME_JOINERS, scanWords, WORD, wordsOf } from '../src/text/words.js';
import { anyString, newsLike } from './arbitraries.js';

/** Letters, digits, joiners, spaces, astral letters, lone surrogates, marks: the edges of the patterns. */
const EDGES = ['a', 'Z', '9', "'", '’', '.', ',', '-', ' ', '\n', 'é', 'İ', '٣', '中', '\u{1D400}', '\u{1F600}', '\uD800', '\uDC00', 'ª', '²', 'Ⅻ', '\u0301', '_', '\u00a0'];
const edgy = fc.array(fc.constantFrom(...EDGES), { maxLength: 30 }).map((parts) => parts.join(''));
const texts = fc.oneof(anyString, newsLike, edgy);

describe('scanWords', () => {
  it('finds the matches of WORD', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordsOf(text)).toEqual(text.match(WORD) ?? []);
        expect(countWords(text)).toBe(text.match(WORD)?.length ?? 0);
      }),
    );
  });

  it('with other joiners, finds the matches of the same pattern with those joiners', () => {
    const NAME_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordsOf(text, NAME_JOINERS)).toEqual(text.match(NAME_WORD) ?? []);
      }),
    );
  });

  it('gives each word its offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found: Array<[number, number]> = [];
        scanWords(text, (start, end) => found.push([start, end]));
        expect(found).toEqual([...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]));
      }),
    );
  });
});

describe('countLetters and isSpace', () => {
  it('count the code points of \\p{L} and of \\p{Script=Latin}', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(countLetters(text)).toEqual({ letters: text.match(/\p{L}/gu)?.length ?? 0, latin: text.match(/\p{Script=Latin}/gu)?.length ?? 0 });
      }),
    );
  });

  it('say which UTF-16 code units are \\s, for every one', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('lowerCase', () => {
  it('is toLowerCase', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.constantFrom('', 'said', 'Said', 'U.S.', 'ÉTÉ', 'İstanbul', 'ΟΔΟΣ', '—')), (text) => {
        expect(lowerCase(text)).toBe(text.toLowerCase());
      }),
    );
  });
});
