/** Wording and labels: findings pinned on corpus sentences and on our own, in the outlet's voice and in quotes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import type { ArticleAnalysis, Finding } from '../src/types.js';

const brief = (f: Finding) => [f.ruleId, f.span.text, f.voice, f.loaded, f.negated === true];
const findings = (text: string) => analyzeArticle(text).wording.findings.map(brief);

describe('wording findings', () => {
  it.each([
    // own voice vs quoted voice: the same kind of word, two voices
    ['Pentagon spokesman John Kirby said the strikes were a “cowardly attack”.', [['evaluative-cowardly', 'cowardly', 'quoted', true, false]]],
    ['The militias launched a cowardly attack on the base.', [['evaluative-cowardly', 'cowardly', 'own', true, false]]],
    // negation: kept as evidence, not loaded
    ['The minister said it was not a terrorist group.', [['dysphemism-terrorist', 'terrorist', 'own', false, true]]],
    ['They weren’t terrorists, the spokesman said.', [['dysphemism-terrorist', 'terrorists', 'own', false, true]]],
    // hedges and boosters are findings but not loaded language
    ['The strike reportedly killed four fighters.', [['hedge-reportedly', 'reportedly', 'own', false, false]]],
    ['The attack was clearly planned.', [
      ['agentless-passive', 'was clearly planned', 'own', false, false],
      ['booster-clearly', 'clearly', 'own', false, false],
    ]],
    // multi-word and hyphenated terms
    ['The group appears to have moved.', [['hedge-appear-to', 'appears to', 'own', false, false]]],
    // an agentless passive in the narration; none when the agent is named
    ['A child was killed in the strike.', [['agentless-passive', 'was killed', 'own', false, false]]],
    ['The base was hit by rockets.', []],
  ])('%s', (text, expected) => {
    expect(findings(text).filter((f) => !String(f[0]).startsWith('frame-'))).toEqual(expected);
  });

  it('marks a short unattributed quoted fragment as a scare quote in the outlet’s voice', () => {
    const a = analyzeArticle('At least four were killed in “defensive precision airstrikes” on Sunday night.');
    const scare = a.wording.findings.filter((f) => f.category === 'scare-quote');
    expect(scare.map((f) => [f.span.text, f.voice])).toEqual([['“defensive precision airstrikes”', 'own']]);
  });

  it('gives rates per 1,000 words of each voice, leaving negated findings out', () => {
    const text = 'The outrageous attack was not a terrorist act. “It was cowardly,” he said.';
    const { rates } = analyzeArticle(text).wording;
    expect(rates.quoted.words).toBe(3);
    expect(rates.own.words).toBe(10);
    expect(rates.own.loaded).toBeCloseTo(1000 / 10);
    expect(rates.quoted.loaded).toBeCloseTo(1000 / 3);
    expect(rates.own.dysphemism).toBe(0);
  });

  it('scores AFINN sentiment per sentence and voice, reading curly apostrophes and quote marks', () => {
    const a = analyzeArticle('We don’t like it. “Terrible,” he said.');
    const [first, second] = a.wording.sentiment.sentences;
    expect(first?.words.map((w) => [w.span.text, w.score])).toEqual([['like', -2]]);
    expect(second?.words.map((w) => [w.span.text, w.score, w.voice])).toEqual([['Terrible', -3, 'quoted']]);
    expect(a.wording.sentiment.own.score).toBe(-2);
    expect(a.wording.sentiment.quoted.score).toBe(-3);
  });

  it('ties every finding and sentiment word to the caller’s text', () => {
    const text = '<p>The so-called &ldquo;peace&rdquo; deal was clearly a disaster.</p><p>A child was killed, officials said.</p>';
    const a = analyzeArticle(text);
    expect(a.wording.findings.length).toBeGreaterThan(2);
    for (const f of a.wording.findings) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
    for (const s of a.wording.sentiment.sentences) for (const w of s.words) expect(text.slice(w.span.start, w.span.end)).toBe(w.span.text);
  });
});

describe('wording on the corpus', () => {
  it.each([
    ['000_c6aca0b8f72340ec.txt', 'evaluative-perfidious', 'perfidious', 'quoted'],
    ['000_c6aca0b8f72340ec.txt', 'dysphemism-aggression', 'aggression', 'quoted'],
    ['000_c6aca0b8f72340ec.txt', 'evaluative-hardline', 'hardline', 'own'],
    ['001_b4632861125e4f6b.txt', 'evaluative-sinful', 'sinful', 'quoted'],
    ['004_623f335c708518a5.txt', 'scare-quote', '“defensive precision airstrikes”', 'own'],
    ['004_623f335c708518a5.txt', 'agentless-passive', 'were killed', 'own'],
  ])('%s: %s on “%s” (%s voice)', (file, ruleId, text, voice) => {
    const { wording } = corpus(file);
    expect(wording.findings.filter((f) => f.ruleId === ruleId && f.span.text === text).map((f) => f.voice)).toContain(voice);
  });
});

const corpus = (file: string) => analyzeArticle(readFileSync(new URL(`../corpus/${file}`, import.meta.url), 'utf8'));
const labelsOf = (a: ArticleAnalysis) => a.labels.map((l) => [l.span.text, l.target, l.voice]);

describe('labels for actors and events', () => {
  it('records head, modifiers, target, lean and voice on the corpus', () => {
    const national = corpus('000_c6aca0b8f72340ec.txt');
    const pentagon = national.labels.find((l) => l.span.text === 'defensive precision air strikes');
    expect(pentagon).toMatchObject({ head: 'strikes', modifiers: ['defensive', 'precision', 'air'], target: 'military-action', kind: 'event', voice: 'quoted' });
    expect(pentagon?.lean).toBeGreaterThan(0);
    const aggression = national.labels.find((l) => l.span.text === 'perfidious aggression');
    expect(aggression?.lean).toBe(-1);
    expect(labelsOf(national)).toContainEqual(['Iran-backed militias', 'armed-group', 'own']);
    expect(labelsOf(national)).toContainEqual(['US forces', 'armed-forces (United States)', 'own']);
  });

  it.each([
    ['The Iran-backed Kata’ib Hezbollah fired rockets. Later the Iran-backed Kataib Hezbollah denied it.', 'Kataib Hezbollah', 'Kata’ib Hezbollah'],
    ['Fighters of the Popular Mobilisation Forces groups were hit. The Iran-backed PMF said it would respond.', 'PMF', 'Popular Mobilisation Forces'],
  ])('groups spellings and acronyms of one name: %s', (text, mention, target) => {
    const label = analyzeArticle(text).labels.find((l) => l.span.text.endsWith(mention));
    expect(label?.target).toBe(target);
  });

  it('keeps a denied label as evidence, with no lean', () => {
    const [label] = analyzeArticle('The militias are not a terrorist group, one lawmaker insisted.').labels.filter((l) => l.head === 'group');
    expect(label).toMatchObject({ span: { text: 'terrorist group' }, modifiers: ['terrorist'], negated: true, lean: 0 });
  });

  it('leaves a general head without a modifier alone', () => {
    expect(analyzeArticle('The group met on Monday.').labels).toEqual([]);
  });
});

describe('frames', () => {
  it('scores each frame with the cue words behind it, shares summing to 1 per family', () => {
    const text = readFileSync(new URL('../corpus/001_b4632861125e4f6b.txt', import.meta.url), 'utf8');
    const { frames, words } = analyzeArticle(text);
    const top = Object.entries(frames).sort((a, b) => b[1].score - a[1].score)[0];
    expect(top?.[0]).toBe('security-defense');
    for (const family of ['generic', 'policy']) {
      const shares = Object.values(frames).filter((f) => f.family === family).map((f) => f.share);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    }
    for (const frame of Object.values(frames)) {
      expect(frame.score).toBeCloseTo((frame.findings.reduce((sum, f) => sum + f.weight, 0) * 1000) / words);
      for (const f of frame.findings) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
    }
    expect(frames['legality']?.findings.map((f) => f.term)).toContain('sovereignty');
  });

  it('scores nothing on a text with no cue words', () => {
    const { frames } = analyzeArticle('The cat sat on the mat.');
    expect(Object.values(frames).every((f) => f.score === 0 && f.share === 0)).toBe(true);
  });
});
