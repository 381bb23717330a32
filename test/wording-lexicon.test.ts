/** The wording lexicons: hygiene of the data, and how a few kinds of term match in text. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { INTENSIFIERS, BOOSTERS, LOADED_CATEGORIES, WORDING_LEXICONS, type WordingCategory } from '../src/lexicons/wording.js';

const all = WORDING_LEXICONS.flatMap((lexicon) => Object.entries(lexicon.terms).map(([term, value]) => ({ category: lexicon.category, term, ...value })));

describe('the wording lexicons', () => {
  it('are nine, one per category, four of them loaded', () => {
    const categories = WORDING_LEXICONS.map((l) => l.category);
    expect(categories).toHaveLength(9);
    expect(new Set(categories).size).toBe(9);
    expect([...LOADED_CATEGORIES].sort()).toEqual<WordingCategory[]>(['dysphemism', 'emotive', 'euphemism', 'evaluative']);
  });

  it('say where every list comes from', () => {
    for (const lexicon of WORDING_LEXICONS) {
      expect(lexicon.source).toMatch(/^written for slant/);
      expect(Object.keys(lexicon.terms).length).toBeGreaterThan(10);
    }
  });

  it('write terms as lower-case words, single spaces, only hyphens and apostrophes inside words', () => {
    const bad = all.filter(({ term }) => !/^[a-z0-9]+(?:['-][a-z0-9]+)*(?: [a-z0-9]+(?:['-][a-z0-9]+)*)*$/.test(term));
    expect(bad.map((t) => t.term)).toEqual([]);
  });

  it('give each term to one list only (the matcher gives a term one category)', () => {
    const seen = new Map<string, WordingCategory>();
    const dups: string[] = [];
    for (const { term, category } of all) {
      const before = seen.get(term);
      if (before !== undefined) dups.push(`${term}: ${before} and ${category}`);
      seen.set(term, category);
    }
    expect(dups).toEqual([]);
  });

  it('weigh 1 to 3 and lean within −1 … +1', () => {
    for (const t of all) {
      expect([1, 2, 3], t.term).toContain(t.weight);
      if (t.lean !== undefined) {
        expect(t.lean, t.term).toBeGreaterThanOrEqual(-1);
        expect(t.lean, t.term).toBeLessThanOrEqual(1);
      }
    }
  });

  it('give a lean to judging words only: none in hedges, boosters, factives, assertives, intensifiers', () => {
    const leaning = all.filter((t) => !LOADED_CATEGORIES.has(t.category) && t.lean !== undefined);
    expect(leaning.map((t) => t.term)).toEqual([]);
  });

  it('leave out words too common or too ambiguous to count', () => {
    // `so`, `too` are mostly not amplifiers (`so that`, `me too`); `very` swamps the rate;
    // `always`, `never` state frequency, not certainty.
    for (const word of ['so', 'too', 'very']) expect(INTENSIFIERS.terms[word], word).toBeUndefined();
    for (const word of ['always', 'never']) expect(BOOSTERS.terms[word], word).toBeUndefined();
    // words that name a status, an event or an emotion in reported fact are not loaded on their own
    const loaded = new Set(all.filter((t) => LOADED_CATEGORIES.has(t.category)).map((t) => t.term));
    for (const word of ['illegal', 'failed', 'controversial', 'tragedy', 'fear', 'anger', 'threaten', 'eliminate']) expect(loaded.has(word), word).toBe(false);
  });
});

describe('matching wording terms in text', () => {
  const loaded = (text: string) => analyzeArticle(text).wording.findings.filter((f) => f.loaded).map((f) => [f.term, f.span.text]);

  it.each([
    // verbs as lemmas
    ['The senator slammed the plan on Tuesday.', [['slam', 'slammed']]],
    // the tagger's lemma of `lambasted` is `lambast`: both spellings are listed
    ['Critics lambasted the bill.', [['lambast', 'lambasted']]],
    // an -ing form the tagger leaves unlemmatised is listed as such
    ['He kept bragging about the polls.', [['bragging', 'bragging']]],
    // multi-word and hyphenated terms
    ['The senator lashed out at reporters.', [['lash out', 'lashed out']]],
    ['The so-called reform passed.', [['so-called', 'so-called']]],
    // manner adverbs that judge
    ['She angrily denied it.', [['angrily', 'angrily']]],
  ])('%s', (text, expected) => {
    expect(loaded(text)).toEqual(expected);
  });

  it('does not count hedges, boosters or intensifiers as loaded', () => {
    expect(loaded('The plan was reportedly delayed and clearly extremely costly.')).toEqual([]);
  });
});

describe('BASIL scoring (scripts/eval-basil.ts)', () => {
  it('counts a finding right when it shares a word with a gold span, and a gold span found likewise', async () => {
    const { scoreArticle, prf } = await import('../scripts/eval-basil.js');
    const text = 'He slammed the deeply flawed plan, then left.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    // gold: `slammed`, `deeply flawed plan`; findings: `slammed`, `flawed`, `left`
    const s = scoreArticle(text, [at('slammed'), at('deeply flawed plan')], [at('slammed'), at('flawed'), at('left')]);
    expect([s.pred, s.matched.size, s.gold, s.recalled.size]).toEqual([3, 2, 2, 2]);
    const m = prf(s.matched.size, s.pred, s.recalled.size, s.gold);
    expect(m.p).toBeCloseTo(2 / 3);
    expect(m.r).toBe(1);
    // a finding touching only the space or punctuation next to a gold span shares no word
    expect(scoreArticle(text, [at('left')], [at(', ')]).matched.size).toBe(0);
  });

  it('ranks with ties averaged for Spearman', async () => {
    const { spearman } = await import('../scripts/eval-basil.js');
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([0, 0, 1, 2], [0, 0, 5, 9])).toBeCloseTo(1);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBe(0);
  });

  it('locates BASIL spans whose end is exclusive, inclusive, or off', async () => {
    const { locate } = await import('../scripts/read-basil.js');
    const sentence = 'We are not raiding Medicare.';
    expect(locate(sentence, { start: 11, end: 18, text: 'raiding' })).toEqual({ start: 11, end: 18, how: 'exclusive' });
    expect(locate(sentence, { start: 11, end: 17, text: 'raiding' })).toEqual({ start: 11, end: 18, how: 'inclusive' });
    expect(locate(sentence, { start: 3, end: 9, text: 'raiding' })).toEqual({ start: 11, end: 18, how: 'searched' });
  });
});
