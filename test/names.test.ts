import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { foldName } from '../src/text/names.js';

describe('foldName: one key for the spellings of one name', () => {
  it.each([
    ['U.S.', 'US'],
    ['the Pentagon', 'Pentagon'],
    ['Kata’ib Hezbollah', 'Kataib Hezbollah'],
    ["Kata'ib Hezbollah", 'KATAIB HEZBOLLAH'],
    ['Mr. Kirby', 'Mr Kirby'],
    ['al-Ḥashd al-Shaʿbi', 'al Hashd al Shabi'],
    ['Iran-backed  militias', 'Iran–backed militias'],
  ])('%s and %s meet', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it('keeps different names apart and keeps inner articles', () => {
    expect(foldName('The U.S.-led Coalition')).toBe('us led coalition');
    expect(foldName('Kirby')).not.toBe(foldName('Kirk'));
    expect(foldName('Department of the Treasury')).toBe('department of the treasury');
    expect(foldName('Theresa May')).toBe('theresa may');
  });

  it('gives one voice to a speaker spelt U.S. and US in one article', () => {
    const a = analyzeArticle('U.S. officials said the strikes hit weapons depots. The strikes were defensive, US officials added on Monday.');
    expect(a.quotes.map((q) => q.source?.text)).toEqual(['U.S. officials', 'US officials']);
    expect(a.quotes.map((q) => q.speaker?.voiceId)).toEqual(['us-officials', 'us-officials']);
    expect(a.voices).toHaveLength(1);
  });
});
