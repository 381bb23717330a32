/**
 * Writes test/fixtures/comparison.json: a hand-made `Comparison` of the bundled corpus for the
 * report tests, made before `compareSources` existed. Profiles are real (`buildProfiles`); the
 * figures, distinctive words, labels, voice balance and omissions are computed here with simple
 * stand-ins for the real methods, so the numbers are plausible, not `compareSources`' own.
 *
 *   npx tsx scripts/report-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle, buildProfiles } from '../src/index.js';
import type { ArticleAnalysis, SourceProfile } from '../src/index.js';
import type { Comparison, DistinctiveTerm, EvidenceRef, FigureRow, LabelChoice, LabelDivergence, Omission, StoryComparison, VoiceBalance } from '../src/types.js';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'corpus', 'manifest.json'), 'utf8')) as {
  articles: Array<{ id: string; file: string; outlet: string; date: string; story: string }>;
};
const texts = new Map(manifest.articles.map((a) => [a.id, readFileSync(path.join(root, 'corpus', a.file), 'utf8')]));
const analyses = manifest.articles.map((a) => analyzeArticle({ text: texts.get(a.id) ?? '', id: a.id, source: a.outlet, date: a.date }));
const storyOf = new Map(manifest.articles.map((a) => [a.id, a.story]));

/** Profiles with at most one evidence span per key, to keep the fixture small. */
function profilesOf(list: ArticleAnalysis[]): SourceProfile[] {
  return buildProfiles(list).map((p) => ({ ...p, evidence: Object.fromEntries(Object.entries(p.evidence).map(([k, refs]) => [k, refs.slice(0, 1)])) }));
}

/** Scalar figures of a profile by path (`wordShareBySide.Iraq`, `cueClassShareBySide.Iraq.neutral`). */
function flatten(value: unknown, prefix: string, out: Map<string, number>): Map<string, number> {
  if (typeof value === 'number') out.set(prefix, value);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  }
  return out;
}

function evidenceKey(figure: string): string | undefined {
  const [head, ...rest] = figure.split('.');
  const key = rest.join('.');
  if (head === 'wordShareBySide' || head === 'quoteShareBySide') return `quotes.side.${key}`;
  if (head === 'wordShareByType' || head === 'quoteShareByType') return `quotes.type.${key}`;
  if (head === 'cueClassShare') return `cue.${key}`;
  if (head === 'wordingRates') return `wording.${key}`;
  if (head === 'frames') return `frames.${key}`;
  if (head === 'anonymousShare') return 'quotes.anonymous';
  return undefined;
}

function figureRows(profiles: SourceProfile[]): FigureRow[] {
  const flat = profiles.map((p) => flatten({ ...p.figures, topVoices: undefined }, '', new Map()));
  const names = [...new Set(flat.flatMap((m) => [...m.keys()]))].sort();
  return names
    .map((figure) => {
      const values = flat.map((m) => m.get(figure) ?? 0);
      const row: FigureRow = { figure, values, spread: Math.max(...values) - Math.min(...values) };
      const key = evidenceKey(figure);
      if (key !== undefined && profiles.some((p) => Object.hasOwn(p.evidence, key))) row.evidence = key;
      return row;
    })
    .sort((a, b) => b.spread - a.spread);
}

const STOP = new Set(
  'a an the and or but of to in on at for by with from as is are was were be been has have had it its this that these those he she they we i you his her their our said says not no than then there which who whom what when where while also after before into over about more most other some such can could would will may might one two three four five us mr ms'.split(' '),
);

/** Word occurrences of an article's analysed sentences: lower-cased word → spans. */
function wordsOf(a: ArticleAnalysis): Map<string, EvidenceRef[]> {
  const out = new Map<string, EvidenceRef[]>();
  for (const s of a.sentences) {
    for (const m of s.text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
      const w = m[0].toLowerCase();
      if (w.length < 3 || STOP.has(w)) continue;
      const start = s.start + (m.index ?? 0);
      const list = out.get(w) ?? [];
      list.push({ article: a.id, span: { start, end: start + m[0].length, text: m[0] } });
      out.set(w, list);
    }
  }
  return out;
}

/** Log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), prior = the story's pooled counts. */
function distinctive(bySource: Map<string, EvidenceRef[]>[], minZ = 1.5, top = 8): DistinctiveTerm[][] {
  if (bySource.length < 2) return bySource.map(() => []);
  const pooled = new Map<string, number>();
  for (const m of bySource) for (const [w, refs] of m) pooled.set(w, (pooled.get(w) ?? 0) + refs.length);
  const total = [...pooled.values()].reduce((s, n) => s + n, 0);
  const a0 = 500;
  return bySource.map((mine) => {
    const n = [...mine.values()].reduce((s, r) => s + r.length, 0);
    const rest = total - n;
    const terms: DistinctiveTerm[] = [];
    for (const [w, refs] of mine) {
      const y = refs.length;
      const others = (pooled.get(w) ?? 0) - y;
      const aw = (a0 * (pooled.get(w) ?? 0)) / total;
      const logOdds = Math.log((y + aw) / (n + a0 - y - aw)) - Math.log((others + aw) / (rest + a0 - others - aw));
      const z = logOdds / Math.sqrt(1 / (y + aw) + 1 / (others + aw));
      if (z >= minZ) terms.push({ term: w, count: y, others, logOdds, z, evidence: refs.slice(0, 5) });
    }
    return terms.sort((x, y) => y.z - x.z || (x.term < y.term ? -1 : 1)).slice(0, top);
  });
}

function labelDivergence(stories: ArticleAnalysis[][]): LabelDivergence[] {
  const targets = new Map<string, 'actor' | 'event'>();
  for (const list of stories) for (const a of list) for (const l of a.labels) targets.set(l.target, l.kind);
  const out: LabelDivergence[] = [];
  for (const [target, kind] of targets) {
    const bySource = stories.map((list) => {
      const choices = new Map<string, LabelChoice & { leanSum: number }>();
      for (const a of list) {
        for (const l of a.labels) {
          if (l.target !== target) continue;
          const text = l.span.text.toLowerCase();
          const c = choices.get(text) ?? { text, count: 0, lean: 0, leanSum: 0, evidence: [] };
          c.count++;
          c.leanSum += l.lean;
          if (c.evidence.length < 3) c.evidence.push({ article: a.id, span: l.span });
          choices.set(text, c);
        }
      }
      return [...choices.values()]
        .map(({ leanSum, ...c }) => ({ ...c, lean: Math.round((leanSum / c.count) * 100) / 100 }))
        .sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : 1));
    });
    const outlets = bySource.filter((l) => l.length > 0).length;
    if (outlets < 2) continue;
    const distinct = new Set(bySource.flatMap((l) => l.map((c) => c.text))).size;
    out.push({ target, kind, bySource, outlets, distinct });
  }
  return out.sort((x, y) => y.distinct / y.outlets - x.distinct / x.outlets || (x.target < y.target ? -1 : 1));
}

const entropy = (p: number[]): number => -p.reduce((s, x) => (x > 0 ? s + x * Math.log2(x) : s), 0);
const jsd = (p: number[], q: number[]): number => {
  const m = p.map((x, i) => (x + (q[i] ?? 0)) / 2);
  return Math.max(0, entropy(m) - (entropy(p) + entropy(q)) / 2);
};

function voiceBalance(profiles: SourceProfile[]): VoiceBalance {
  const sides = [...new Set(profiles.flatMap((p) => Object.keys(p.counts.bySide)))].sort();
  const shares = profiles.map((p) => sides.map((s) => p.figures.wordShareBySide[s] ?? 0));
  const pooledWords = sides.map((s) => profiles.reduce((n, p) => n + (p.counts.bySide[s]?.words ?? 0), 0));
  const total = pooledWords.reduce((s, n) => s + n, 0);
  const story = pooledWords.map((n) => (total > 0 ? n / total : 0));
  const quotes = (i: number): boolean => profiles[i]!.counts.quotedWords > 0;
  const pairs: VoiceBalance['pairs'] = [];
  profiles.forEach((a, i) =>
    profiles.forEach((b, j) => {
      if (j > i && quotes(i) && quotes(j)) pairs.push({ a: a.source, b: b.source, divergence: jsd(shares[i]!, shares[j]!) });
    }),
  );
  return { sides, shares, pairs, fromStory: profiles.map((_, i) => (quotes(i) ? jsd(shares[i]!, story) : null)) };
}

/** Facts: sentences naming all of a fact's words; kept when at least two articles report it and one does not. */
const FACTS = [['child'], ['soleimani'], ['kirby'], ['biden'], ['kataib', 'sayyid'], ['drone'], ['syrian', 'state', 'media'], ['four', 'fighters']];

function omissions(list: ArticleAnalysis[]): Omission[] {
  const out: Omission[] = [];
  for (const terms of FACTS) {
    const reportedBy: Omission['reportedBy'] = [];
    for (const a of list) {
      const s = a.sentences.find((x) => terms.every((t) => new RegExp(`\\b${t}`, 'i').test(x.text)));
      if (s !== undefined) reportedBy.push({ article: a.id, source: a.source ?? '', sentence: { start: s.start, end: s.end, text: s.text } });
    }
    const missing = list.filter((a) => !reportedBy.some((r) => r.article === a.id));
    if (reportedBy.length >= 2 && missing.length >= 1) {
      out.push({ terms, reportedBy, missingFrom: missing.map((a) => a.id), missingSources: missing.map((a) => a.source ?? '') });
    }
  }
  return out;
}

function compareStory(id: string, list: ArticleAnalysis[]): StoryComparison {
  const profiles = profilesOf(list);
  const sources = profiles.map((p) => p.source);
  const bySource = sources.map((s) => list.filter((a) => a.source === s));
  const dates = list.map((a) => a.date?.value).filter((d): d is string => d !== undefined).sort();
  const pooled = new Map<string, number>();
  for (const a of list) for (const [w, refs] of wordsOf(a)) pooled.set(w, (pooled.get(w) ?? 0) + refs.length);
  return {
    story: {
      id,
      articleIds: list.map((a) => a.id),
      sources,
      dates: { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null },
      terms: [...pooled].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 6).map(([w]) => w),
    },
    sources,
    profiles,
    figures: figureRows(profiles),
    distinctive: distinctive(
      bySource.map((as) => {
        const m = new Map<string, EvidenceRef[]>();
        for (const a of as) for (const [w, refs] of wordsOf(a)) m.set(w, [...(m.get(w) ?? []), ...refs]);
        return m;
      }),
    ),
    labels: labelDivergence(bySource),
    voiceBalance: voiceBalance(profiles),
    omissions: omissions(list),
  };
}

const storyIds = [...new Set(manifest.articles.map((a) => a.story))];
const comparison: Comparison = {
  stories: storyIds.map((id) => compareStory(id, analyses.filter((a) => storyOf.get(a.id) === id))),
  profiles: profilesOf(analyses),
};
const out = path.join(root, 'test', 'fixtures', 'comparison.json');
writeFileSync(out, `${JSON.stringify(comparison)}\n`);
console.log(`wrote ${path.relative(root, out)}: ${comparison.stories.length} stories, ${comparison.profiles.length} outlets`);
