/** Stories and story comparison: grouping, side-by-side figures, distinctive wording, labels, voice balance, omissions. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, compareSources, groupStories, type ArticleAnalysis, type StoryComparison } from '../src/index.js';
import { jensenShannon } from '../src/profile/compare.js';
import { countTerms, distinctiveTerms } from '../src/profile/distinctive.js';
import { contentTerms, foldWord } from '../src/profile/terms.js';
import { allSpans, corpus } from './helpers.js';

const texts = new Map<string, string>();
let analyses: ArticleAnalysis[] = [];
let june: StoryComparison;
beforeAll(() => {
  analyses = corpus().map((a) => {
    texts.set(a.id, a.text);
    return analyzeArticle({ text: a.text, id: a.id, source: a.outlet, date: a.date });
  });
  june = compareSources(analyses).stories.find((s) => s.sources.length > 1) as StoryComparison;
});

describe('content terms', () => {
  it.each([
    ['killed', 'kill'],
    ['killing', 'kill'],
    ['strikes', 'strike'],
    ['militias', 'militia'],
    ['targeted', 'target'],
    ['stopped', 'stop'],
    ['press', 'press'],
  ])('folds %s to %s', (word, stem) => expect(foldWord(word)).toBe(stem));

  it('drops function words, maps countries and number words, keeps spans', () => {
    const text = 'The U.S. said four Syrian fighters and a child were killed in the United States strikes.';
    const terms = contentTerms(text, 100);
    expect(terms.map((t) => t.stem)).toEqual(['united-states', '4', 'syria', 'fighter', 'child', 'kill', 'united-states', 'strike']);
    for (const t of terms) expect(text.slice(t.span.start - 100, t.span.end - 100)).toBe(t.span.text);
    expect(terms.find((t) => t.word === 'united states')?.span.text).toBe('United States');
  });
});

describe('groupStories', () => {
  it('puts the four June 2021 reports together and the December 2019 article apart', () => {
    const stories = groupStories(analyses);
    expect(stories.map((s) => s.articleIds.length).sort()).toEqual([1, 4]);
    const lone = stories.find((s) => s.articleIds.length === 1);
    expect(lone?.articleIds).toEqual(['independent-2019-12-30']);
    expect(lone?.dates).toEqual({ first: '2019-12-30', last: '2019-12-30' });
    const june2021 = stories.find((s) => s.articleIds.length === 4);
    expect(june2021?.id).toMatch(/^2021-06-28-/);
    expect(june2021?.sources).toEqual(['American Military News', 'BBC News', 'The Jerusalem Post', 'The National']);
  });

  it('keeps apart articles further apart in date than maxDays, whatever their words', () => {
    const a = analyses[0] as ArticleAnalysis;
    const copy = (id: string, date: string): ArticleAnalysis => ({ ...a, id, date: { value: date, from: 'input' } });
    const stories = groupStories([copy('x', '2021-01-01'), copy('y', '2021-01-03'), copy('z', '2021-02-01')]);
    expect(stories.map((s) => s.articleIds)).toEqual([['x', 'y'], ['z']]);
    expect(groupStories([copy('x', '2021-01-01'), copy('z', '2021-02-01')], { maxDays: 60 })).toHaveLength(1);
  });

  it('gives every article exactly one story, and unique ids', () => {
    const stories = groupStories(analyses, { threshold: 0.9 });
    expect(stories.flatMap((s) => s.articleIds).sort()).toEqual(analyses.map((a) => a.id).sort());
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
  });

  it.each([
    [{ threshold: 0 }, /threshold/],
    [{ maxDays: -1 }, /maxDays/],
    [{ days: 3 }, /unknown groupStories option/],
  ])('refuses bad options %j', (options, message) => {
    expect(() => groupStories(analyses, options as never)).toThrow(message);
  });
});

describe('compareSources', () => {
  it('compares the outlets of each story side by side', () => {
    expect(june.sources).toHaveLength(4);
    const direct = june.figures.find((r) => r.figure === 'directShare');
    expect(direct?.values).toEqual(june.profiles.map((p) => p.figures.directShare));
    expect(direct?.spread).toBeCloseTo(Math.max(...(direct?.values ?? [])) - Math.min(...(direct?.values ?? [])));
    const loaded = june.figures.find((r) => r.figure === 'wordingRates.own.loaded');
    expect(loaded?.evidence).toBe('wording.own.loaded');
  });

  it('names the child killed (per Syrian state media) as left out by American Military News', () => {
    const child = june.omissions.find((o) => o.terms.includes('child'));
    expect(child?.missingSources).toEqual(['American Military News']);
    expect(child?.missingFrom).toEqual(['american-military-news-2021-06-28']);
    expect(child?.reportedBy.map((r) => r.source).sort()).toEqual(['BBC News', 'The Jerusalem Post', 'The National']);
    for (const r of child?.reportedBy ?? []) expect(r.sentence.text).toMatch(/child/);
  });

  it('lists, for each actor, the labels each outlet chose', () => {
    const groups = june.labels.find((l) => l.target === 'armed-group');
    expect(groups?.outlets).toBe(4);
    const jpost = groups?.bySource[june.sources.indexOf('The Jerusalem Post')] ?? [];
    expect(jpost.map((c) => c.text)).toContain('iran-backed militias');
    expect(groups?.distinct).toBe(new Set(groups?.bySource.flat().map((c) => c.text)).size);
  });

  it('gives each outlet its mix of quoted words by side, and divergences between 0 and 1', () => {
    const { sides, shares, pairs, fromStory } = june.voiceBalance;
    expect(sides).toContain('United States');
    for (const row of shares) expect(row.reduce((s, n) => s + n, 0)).toBeCloseTo(1);
    expect(pairs).toHaveLength(6);
    for (const d of [...pairs.map((p) => p.divergence), ...fromStory]) expect(d).toBeGreaterThanOrEqual(0), expect(d).toBeLessThanOrEqual(1);
  });

  it('ties every span of the comparison to its article text', () => {
    const comparison = compareSources(analyses);
    for (const story of comparison.stories) {
      for (const o of story.omissions) for (const r of o.reportedBy) expect(texts.get(r.article)?.slice(r.sentence.start, r.sentence.end)).toBe(r.sentence.text);
      for (const list of story.distinctive) for (const t of list) for (const e of t.evidence) expect(texts.get(e.article)?.slice(e.span.start, e.span.end)).toBe(e.span.text);
      for (const l of story.labels) for (const list of l.bySource) for (const c of list) for (const e of c.evidence) expect(texts.get(e.article)?.slice(e.span.start, e.span.end)).toBe(e.span.text);
    }
    expect(allSpans(comparison).length).toBeGreaterThan(100);
  });

  it('takes the stories from the caller when given, and refuses unknown articles', () => {
    const ids = analyses.map((a) => a.id);
    const one = compareSources(analyses, { stories: [{ id: 'everything', articleIds: ids }] });
    expect(one.stories).toHaveLength(1);
    expect(one.stories[0]?.story.id).toBe('everything');
    expect(one.stories[0]?.sources).toHaveLength(5);
    expect(() => compareSources(analyses, { stories: [{ id: 's', articleIds: ['nope'] }] })).toThrow(/"nope"/);
    expect(() => compareSources(analyses, { minZ: '2' } as never)).toThrow(/^slant: options.minZ/);
  });

  it('is the same whatever the order of the analyses', () => {
    const forwards = compareSources(analyses);
    const backwards = compareSources([...analyses].reverse());
    const key = (c: typeof forwards): unknown => c.stories.map((s) => [[...s.story.articleIds].sort(), s.figures, s.distinctive, s.voiceBalance]).sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
    expect(key(backwards)).toEqual(key(forwards));
  });
});

describe("Fightin' Words and Jensen–Shannon", () => {
  it('finds the word one outlet repeats and the other never uses', () => {
    const make = (id: string, source: string, text: string): ArticleAnalysis => analyzeArticle({ text, id, source });
    const a = make('a', 'A', 'The regime bombed the town. The regime denied it. The regime blamed rebels. Officials met in the town.');
    const b = make('b', 'B', 'The government bombed the town. The government denied it. The government blamed rebels. Officials met in the town.');
    const counts = [countTerms([a]), countTerms([b])];
    const [forA, forB] = distinctiveTerms(counts, countTerms([a, b]), { minZ: 1, limit: 5, prior: 10 });
    expect(forA?.[0]?.term).toBe('regime');
    expect(forB?.[0]?.term).toBe('government');
    expect(forA?.some((t) => t.term === 'town')).toBe(false);
    expect(forA?.[0]?.z).toBeGreaterThan(1);
  });

  it.each([
    [[1, 0], [1, 0], 0],
    [[1, 0], [0, 1], 1],
    [[0.5, 0.5], [1, 0], 0.311],
  ])('JS(%j, %j) = %d bits', (p, q, d) => expect(jensenShannon(p, q)).toBeCloseTo(d, 3));

  it('agrees with the textbook formula (Math.log2) to 1e-14 over random distributions, tiny shares included', () => {
    let seed = 11;
    const r = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const textbook = (p: number[], q: number[]): number =>
      p.reduce((d, pi, k) => {
        const qi = q[k] as number;
        const m = (pi + qi) / 2;
        return d + (pi > 0 ? 0.5 * pi * Math.log2(pi / m) : 0) + (qi > 0 ? 0.5 * qi * Math.log2(qi / m) : 0);
      }, 0);
    for (let n = 0; n < 500; n++) {
      const k = 2 + (n % 7);
      const raw = [Array.from({ length: k }, () => r() ** 6), Array.from({ length: k }, () => (r() < 0.2 ? 0 : r()))];
      const [p, q] = raw.map((xs) => xs.map((x) => x / (xs.reduce((s, v) => s + v, 0) || 1))) as [number[], number[]];
      expect(Math.abs(jensenShannon(p, q) - Math.max(0, Math.min(1, textbook(p, q))))).toBeLessThan(1e-14);
    }
  });
});
