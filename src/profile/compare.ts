/**
 * Story comparison: how the outlets covering one event told it.
 *
 *   1. stories      group the articles into stories (`groupStories`), or take the caller's
 *   2. profiles     one profile per outlet on its articles of the story
 *   3. figures      the profile figures side by side, with the spread between outlets
 *   4. wording      distinctive words per outlet (`distinctive.ts`)
 *   5. labels       the labels each outlet chose for each actor and event
 *   6. voices       each outlet's quoted words by side, and Jensen–Shannon divergences
 *   7. omissions    facts some articles report and others leave out (`omissions.ts`)
 */
import { checkKeys, fail, isPlainObject } from '../errors.js';
import { foldName } from '../text/names.js';
import type {
  ArticleAnalysis,
  Comparison,
  FigureRow,
  LabelChoice,
  LabelDivergence,
  Story,
  StoryComparison,
  VoiceBalance,
} from '../types.js';
import { countTerms, distinctiveTerms, type TermCounts } from './distinctive.js';
import { findOmissions } from './omissions.js';
import { buildProfiles, type SourceProfile } from './profiles.js';
import { checkStoryOptions, describeStory, groupStories, type StoryOptions } from './stories.js';

/** Options of `compareSources`. */
export interface CompareOptions {
  /**
   * The stories, when the caller knows them (a manifest's `story` field): each an id and its
   * article ids. Articles in no listed story are left out. Default: found by `groupStories`.
   */
  stories?: Array<{
    /** The story's id. */
    id: string;
    /** The ids of its articles. */
    articleIds: string[];
  }>;
  /** Options of `groupStories` when the stories are found (threshold, maxDays). */
  grouping?: StoryOptions;
  /** Least z-score of a distinctive term (default 1.96). */
  minZ?: number;
  /** Most distinctive terms per outlet (default 15). */
  distinctiveTerms?: number;
  /** α₀ of the Fightin' Words prior, its total count (default 100): larger shrinks rare terms more towards the background. */
  prior?: number;
}

const UNKNOWN = '(unknown)';

// ---------------------------------------------------------------------------------------------
// 3. Figures side by side

/** The scalar figures of a profile by path: `directShare`, `wordingRates.own.loaded`. */
function flatten(value: unknown, path: string, into: Map<string, number>): void {
  if (typeof value === 'number') into.set(path, value);
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) flatten(v, path === '' ? k : `${path}.${k}`, into);
}

/** The key of a figure's spans in `SourceProfile.evidence`. */
function evidenceKey(figure: string): string | undefined {
  const [head, ...rest] = figure.split('.');
  const tail = rest.join('.');
  switch (head) {
    case 'wordShareBySide':
    case 'quoteShareBySide':
      return `quotes.side.${tail}`;
    case 'wordShareByType':
    case 'quoteShareByType':
      return `quotes.type.${tail}`;
    case 'anonymousShare':
      return 'quotes.anonymous';
    case 'relayedShare':
      return 'quotes.relayed';
    case 'cueClassShare':
      return `cue.${tail}`;
    case 'cueClassShareBySide':
      return `cue.${rest.slice(1).join('.')}`;
    case 'wordingRates':
      return `wording.${tail}`;
    case 'frames':
      return `frames.${tail}`;
    default:
      return undefined;
  }
}

function figureRows(profiles: readonly SourceProfile[]): FigureRow[] {
  const flat = profiles.map((p) => {
    const m = new Map<string, number>();
    const { topVoices: _, ...figures } = p.figures;
    flatten(figures, '', m);
    return m;
  });
  const paths: string[] = [];
  const seen = new Set<string>();
  for (const m of flat) for (const path of m.keys()) if (!seen.has(path)) seen.add(path), paths.push(path);
  const rows: FigureRow[] = [];
  for (const figure of paths) {
    const values = flat.map((m) => m.get(figure) ?? 0);
    if (values.every((v) => v === 0)) continue;
    const row: FigureRow = { figure, values, spread: Math.max(...values) - Math.min(...values) };
    const key = evidenceKey(figure);
    if (key !== undefined && profiles.some((p) => Object.hasOwn(p.evidence, key))) row.evidence = key;
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 5. Labels

function labelDivergence(analyses: readonly ArticleAnalysis[], sources: readonly string[]): LabelDivergence[] {
  const at = new Map(sources.map((s, i) => [s, i]));
  const byTarget = new Map<string, { names: Map<string, number>; kind: 'actor' | 'event'; bySource: Array<Map<string, LabelChoice & { leanSum: number }>> }>();
  for (const a of analyses) {
    const i = at.get(a.source ?? UNKNOWN) as number;
    for (const l of a.labels) {
      if (l.negated === true) continue;
      const key = foldName(l.target);
      let t = byTarget.get(key);
      if (t === undefined) {
        t = { names: new Map(), kind: l.kind, bySource: sources.map(() => new Map()) };
        byTarget.set(key, t);
      }
      t.names.set(l.target, (t.names.get(l.target) ?? 0) + 1);
      const text = l.span.text.toLowerCase().replace(/\s+/g, ' ');
      const choices = t.bySource[i] as Map<string, LabelChoice & { leanSum: number }>;
      const c = choices.get(text) ?? { text, count: 0, lean: 0, leanSum: 0, evidence: [] };
      c.count++;
      c.leanSum += l.lean;
      c.evidence.push({ article: a.id, span: l.span });
      choices.set(text, c);
    }
  }
  const result: LabelDivergence[] = [];
  for (const t of byTarget.values()) {
    const outlets = t.bySource.filter((m) => m.size > 0).length;
    if (outlets < 2) continue;
    const bySource = t.bySource.map((m) =>
      [...m.values()]
        .map(({ leanSum, ...c }) => ({ ...c, lean: leanSum / c.count }))
        .sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : 1)),
    );
    const distinct = new Set(bySource.flatMap((list) => list.map((c) => c.text))).size;
    const target = [...t.names].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] as string;
    result.push({ target, kind: t.kind, bySource, outlets, distinct });
  }
  const mentions = (d: LabelDivergence): number => d.bySource.reduce((s, list) => s + list.reduce((n, c) => n + c.count, 0), 0);
  return result.sort((x, y) => y.distinct - x.distinct || mentions(y) - mentions(x) || (x.target < y.target ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// 6. Voice balance

/** Jensen–Shannon divergence in bits (0–1) of two distributions over the same outcomes. */
export function jensenShannon(p: readonly number[], q: readonly number[]): number {
  let d = 0;
  p.forEach((pi, k) => {
    const qi = q[k] ?? 0;
    const m = (pi + qi) / 2;
    if (pi > 0) d += 0.5 * pi * log2(pi / m);
    if (qi > 0) d += 0.5 * qi * log2(qi / m);
  });
  return Math.max(0, Math.min(1, d));
}

/**
 * log2 in additions, multiplications and divisions only, which IEEE 754 rounds the same on every
 * engine. Math.log2 and Math.log differ in the last bit between Node 20's V8 and Chromium's for
 * some arguments (a voice balance of the corpus came out 0.03279760374702173 in Node, …0172 in
 * Chromium), and slant must give the same figures everywhere. x = m · 2^e with m in [√½, √2],
 * ln m = 2 atanh z with z = (m − 1) / (m + 1), |z| ≤ 0.172: 14 terms of the series; within 2e-15 of
 * Math.log2 over (0, 2], where the divergence takes it.
 */
function log2(x: number): number {
  let m = x;
  let e = 0;
  while (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  while (m < Math.SQRT1_2) {
    m *= 2;
    e--;
  }
  const z = (m - 1) / (m + 1);
  const z2 = z * z;
  let term = z;
  let sum = 0;
  for (let k = 1; k <= 27; k += 2) {
    sum += term / k;
    term *= z2;
  }
  return e + (2 * sum) / Math.LN2;
}

function voiceBalance(profiles: readonly SourceProfile[]): VoiceBalance {
  const sides = [...new Set(profiles.flatMap((p) => Object.keys(p.counts.bySide)))].sort();
  const words = profiles.map((p) => sides.map((side) => (Object.hasOwn(p.counts.bySide, side) ? (p.counts.bySide[side]?.words ?? 0) : 0)));
  const normalise = (row: readonly number[]): number[] => {
    const total = row.reduce((s, n) => s + n, 0);
    return row.map((n) => (total > 0 ? n / total : 0));
  };
  const shares = words.map(normalise);
  const pooled = normalise(sides.map((_, k) => words.reduce((s, row) => s + (row[k] ?? 0), 0)));
  const quotes = (i: number): boolean => (words[i] ?? []).some((n) => n > 0);
  const pairs: VoiceBalance['pairs'] = [];
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      if (!quotes(i) || !quotes(j)) continue;
      pairs.push({ a: (profiles[i] as SourceProfile).source, b: (profiles[j] as SourceProfile).source, divergence: jensenShannon(shares[i] as number[], shares[j] as number[]) });
    }
  }
  return { sides, shares, pairs, fromStory: shares.map((row, i) => (quotes(i) ? jensenShannon(row, pooled) : null)) };
}

// ---------------------------------------------------------------------------------------------

function checkOptions(options: unknown): CompareOptions {
  if (options === undefined) return {};
  if (!isPlainObject(options)) fail('compareSources options', 'an object', options);
  checkKeys('compareSources option', options, ['stories', 'grouping', 'minZ', 'distinctiveTerms', 'prior']);
  const { stories, grouping, minZ, distinctiveTerms: limit, prior } = options as CompareOptions;
  checkStoryOptions(grouping, 'options.grouping');
  if (stories !== undefined) {
    if (!Array.isArray(stories)) fail('options.stories', 'an array of { id, articleIds }', stories);
    stories.forEach((s: unknown, i) => {
      if (!isPlainObject(s) || typeof s['id'] !== 'string' || !Array.isArray(s['articleIds']) || !s['articleIds'].every((x) => typeof x === 'string')) {
        fail(`options.stories[${i}]`, 'an object { id: string, articleIds: string[] }', s);
      }
    });
  }
  if (minZ !== undefined && (typeof minZ !== 'number' || Number.isNaN(minZ))) fail('options.minZ', 'a number', minZ);
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) fail('options.distinctiveTerms', 'a non-negative integer', limit);
  if (prior !== undefined && (typeof prior !== 'number' || !(prior > 0))) fail('options.prior', 'a positive number', prior);
  return options as CompareOptions;
}

/**
 * Compares the outlets inside each story: their profile figures side by side, the words each
 * uses markedly more than the others, the labels each chose for each actor and event, whose words
 * each quotes, and the facts some report and others leave out. Every figure keeps its evidence.
 *
 * @param analyses results of `analyzeArticle`, with `source` set to the outlet
 * @example
 * ```ts
 * const comparison = compareSources(articles.map((a) => analyzeArticle(a)));
 * for (const story of comparison.stories) console.log(story.story.id, story.sources, story.omissions[0]);
 * ```
 */
export function compareSources(analyses: readonly ArticleAnalysis[], options?: CompareOptions): Comparison {
  if (!Array.isArray(analyses)) fail('compareSources(analyses)', 'an array of analyses from analyzeArticle', analyses);
  analyses.forEach((a: unknown, i) => {
    if (!isPlainObject(a) || !Array.isArray(a['sentences']) || typeof a['id'] !== 'string') fail(`analyses[${i}]`, 'an analysis from analyzeArticle', a);
  });
  const opts = checkOptions(options);
  const byId = new Map(analyses.map((a) => [a.id, a]));
  // 1. Stories
  let stories: Story[];
  if (opts.stories !== undefined) {
    stories = opts.stories.map((s) => {
      const members = s.articleIds.map((id) => {
        const a = byId.get(id);
        if (a === undefined) throw new RangeError(`slant: options.stories: story "${s.id}" names article "${id}", which is not among the analyses`);
        return a;
      });
      return describeStory(members, s.id);
    });
  } else {
    stories = groupStories(analyses, opts.grouping);
  }
  const background = countTerms(analyses, false);
  const distinctive = { minZ: opts.minZ ?? 1.96, limit: opts.distinctiveTerms ?? 15, prior: opts.prior ?? 100 };

  const compared = stories.map((story): StoryComparison => {
    const members = story.articleIds.map((id) => byId.get(id) as ArticleAnalysis);
    // 2. Profiles (one per outlet, sorted by outlet name)
    const profiles = buildProfiles(members);
    const sources = profiles.map((p) => p.source);
    const counts: TermCounts[] = sources.map((s) => countTerms(members.filter((a) => (a.source ?? UNKNOWN) === s)));
    return {
      story,
      sources,
      profiles,
      figures: figureRows(profiles),
      distinctive: distinctiveTerms(counts, background, distinctive),
      labels: labelDivergence(members, sources),
      voiceBalance: voiceBalance(profiles),
      omissions: findOmissions(members, { align: 0.3, contained: 0.4, minWords: 3 }),
    };
  });
  return { stories: compared, profiles: buildProfiles(analyses) };
}
