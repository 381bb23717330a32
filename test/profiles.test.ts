/** Source profiles: counts and figures from analyses, evidence behind them, and merging shards. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, buildProfiles, mergeProfiles } from '../src/index.js';
import { loadCorpus } from '../src/node.js';
import type { ArticleAnalysis } from '../src/types.js';

let analyses: ArticleAnalysis[] = [];
beforeAll(async () => {
  const articles = await loadCorpus(new URL('../corpus', import.meta.url).pathname);
  analyses = articles.map((a) => analyzeArticle(a));
});

describe('buildProfiles', () => {
  it('builds one profile per outlet with counts that add up', () => {
    const profiles = buildProfiles(analyses);
    expect(profiles.map((p) => p.source)).toEqual([...analyses.map((a) => a.source ?? '')].sort());
    for (const p of profiles) {
      const a = analyses.find((x) => x.source === p.source) as ArticleAnalysis;
      expect(p.articles).toEqual([a.id]);
      expect(p.counts.words).toBe(a.words);
      const attributed = a.quotes.filter((q) => q.unattributed !== true).length;
      expect(p.counts.quotes).toBe(attributed);
      expect(p.counts.direct + p.counts.indirect).toBe(attributed);
      expect(Object.values(p.figures.quoteShareBySide).reduce((s, n) => s + n, 0)).toBeCloseTo(attributed > 0 ? 1 : 0);
      expect(p.counts.wording.own['loaded'] ?? 0).toBe(a.wording.findings.filter((f) => f.loaded && f.voice === 'own').length);
    }
  });

  it('ties figures to their evidence: every span slices out of its article', () => {
    const texts = new Map<string, string>();
    return loadCorpus(new URL('../corpus', import.meta.url).pathname).then((articles) => {
      for (const a of articles) texts.set(a.id as string, a.text);
      const [p] = buildProfiles(analyses.filter((a) => a.source === 'BBC News'));
      expect(p?.evidence['quotes.side.United States']?.length).toBe(p?.counts.bySide['United States']?.quotes);
      for (const refs of Object.values(p?.evidence ?? {})) {
        for (const { article, span } of refs) expect(texts.get(article)?.slice(span.start, span.end)).toBe(span.text);
      }
    });
  });

  it('drops the evidence on request and rejects bad arguments', () => {
    expect(buildProfiles(analyses, { evidence: false }).every((p) => Object.keys(p.evidence).length === 0)).toBe(true);
    expect(() => buildProfiles('x' as never)).toThrow(/^slant: buildProfiles\(analyses\) must be an array/);
    expect(() => buildProfiles([{}] as never)).toThrow(/^slant: analyses\[0\] must be an analysis from analyzeArticle/);
    expect(() => buildProfiles(analyses, { evidnce: false } as never)).toThrow(/unknown option "evidnce"/);
  });
});

describe('mergeProfiles', () => {
  it('gives exactly what one pass over all the articles gives, for any split into two shards', () => {
    // Two outlets over the five corpus articles, so shards share outlets.
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (outlet, shard) => {
        const relabelled = analyses.map((a, i) => ({ ...a, source: outlet[i] === true ? 'Outlet A' : 'Outlet B' }));
        const left = relabelled.filter((_, i) => shard[i] === true);
        const right = relabelled.filter((_, i) => shard[i] !== true);
        expect(mergeProfiles(buildProfiles(left), buildProfiles(right))).toEqual(buildProfiles(relabelled));
      }),
      { numRuns: 40 },
    );
  });

  it('merges profiles read back from JSON whose keys are "__proto__" into ones it already has, as one pass', () => {
    const sides = { ['__proto__']: ['militia'], constructor: ['Pentagon'] };
    const texts = ['“We will fight,” a militia spokesman said.', 'The Pentagon said the strikes were defensive. A militia leader denied it.'];
    const [first, second] = texts.map((text, i) => analyzeArticle({ text, source: 'S', id: `a${i}` }, { sides })) as [ArticleAnalysis, ArticleAnalysis];
    const shard = (a: ArticleAnalysis) => JSON.parse(JSON.stringify(buildProfiles([a]))) as ReturnType<typeof buildProfiles>;
    expect(JSON.stringify(shard(first))).toContain('"__proto__":{');
    const merged = mergeProfiles(mergeProfiles(shard(first), []), shard(second));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(buildProfiles([first, second])));
    expect(Object.keys(merged[0]?.counts.bySide ?? {})).toContain('__proto__');
    expect(({} as Record<string, unknown>)['quotes']).toBeUndefined();
  });

  it('leaves its inputs unchanged', () => {
    const a = buildProfiles(analyses.slice(0, 2).map((x) => ({ ...x, source: 'S' })));
    const before = structuredClone(a);
    mergeProfiles(a, a);
    expect(a).toEqual(before);
  });
});
