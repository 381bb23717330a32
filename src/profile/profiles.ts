/**
 * Per-source framing profiles: many `ArticleAnalysis` in, one `SourceProfile` per outlet out.
 *
 * A profile keeps additive `counts` (integer sums over its articles) and derives its `figures`
 * (shares and rates) from them, so profiles built on separate shards merge into exactly what one pass over all
 * the articles gives: `mergeProfiles` adds the counts and derives the figures again. Every figure
 * names the evidence behind it in `evidence`: article ids and spans.
 *
 *   1. count      each analysis adds to its outlet's counts and evidence
 *   2. derive     shares and rates per 1,000 words from the counts
 *   3. merge      counts add, evidence concatenates, figures are derived again
 */
import { checkKeys, fail, isPlainObject } from '../errors.js';
import { record, smallRecord, toPlain, toRecords } from '../records.js';
import { countWords } from '../text/words.js';
import type { ArticleAnalysis, EvidenceRef, Span, VoiceType, WordingVoice } from '../types.js';

export type { EvidenceRef };

/** Words of a voice's quotes, and how many quotes. */
export interface QuoteTally {
  /** How many attributions. */
  quotes: number;
  /** Words of their content. */
  words: number;
}

/** Additive counts: sums over a profile's articles. */
export interface ProfileCounts {
  /** Articles of the outlet. */
  articles: number;
  /** Words of their analysed paragraphs. */
  words: number;
  /** Words in the outlet's own voice and inside quote marks. */
  voiceWords: Record<WordingVoice, number>;
  /** Attributions given to speakers (scare quotes, which no one is said to have said, left out). */
  quotes: number;
  /** Direct and mixed attributions. */
  direct: number;
  /** Indirect attributions. */
  indirect: number;
  /** Quote words given to speakers (the denominator of word shares). */
  quotedWords: number;
  /** Attributions and their words by the speaker's voice type (`unknown` when unresolved). */
  byType: Record<string, QuoteTally>;
  /** Attributions and their words by the speaker's side (`unassigned` when none). */
  bySide: Record<string, QuoteTally>;
  /** Attributions to anonymous voices, and their words. */
  anonymous: QuoteTally;
  /** Quotes of voices the article relays through media (`told Reuters`). */
  relayed: number;
  /** Attributions whose cue is `according to`. */
  accordingTo: number;
  /** Articles whose first attribution is given to this side. */
  firstSide: Record<string, number>;
  /** Articles whose last attribution is given to this side. */
  lastSide: Record<string, number>;
  /** Cues by class (`neutral`, `distancing`, …). */
  cueClasses: Record<string, number>;
  /** Cues by the speaker's side, then by class. */
  cueClassesBySide: Record<string, Record<string, number>>;
  /** Findings not negated, by voice and category; `loaded` counts loaded findings. */
  wording: Record<WordingVoice, Record<string, number>>;
  /** AFINN score sums by voice. */
  sentiment: Record<WordingVoice, number>;
  /** Label texts (lower-cased) by target: `armed-group` → `iran-backed militias` → 3. */
  labels: Record<string, Record<string, number>>;
  /** Summed weights of each frame's cue words. */
  frames: Record<string, number>;
  /** Speakers by `name | type | side`: quotes and words. */
  voices: Record<
    string,
    QuoteTally & {
      /** The speaker's name. */
      name: string;
      /** Its voice type. */
      type: string;
      /** Its side. */
      side: string;
    }
  >;
}

/** Figures derived from the counts: shares (0–1) and rates per 1,000 words. */
export interface ProfileFigures {
  /** Attributions per 1,000 words. */
  quotesPer1000Words: number;
  /** Share of attributions that are direct or mixed. */
  directShare: number;
  /** Share of attributions that are indirect. */
  indirectShare: number;
  /** Share of attributions given to anonymous voices. */
  anonymousShare: number;
  /** Share of attributions to voices relayed through media. */
  relayedShare: number;
  /** `according to` attributions per 1,000 words. */
  accordingToPer1000Words: number;
  /** Share of quoted words by voice type. */
  wordShareByType: Record<string, number>;
  /** Share of quoted words by side. */
  wordShareBySide: Record<string, number>;
  /** Share of attributions by voice type. */
  quoteShareByType: Record<string, number>;
  /** Share of attributions by side. */
  quoteShareBySide: Record<string, number>;
  /** Share of articles whose first attribution goes to each side. */
  firstSideShare: Record<string, number>;
  /** Share of articles whose last attribution goes to each side. */
  lastSideShare: Record<string, number>;
  /** Share of cues in each class: does the outlet often write `claimed`? */
  cueClassShare: Record<string, number>;
  /** Share of cues in each class, by side: does the outlet write `claimed` for one side only? */
  cueClassShareBySide: Record<string, Record<string, number>>;
  /** Findings per 1,000 words of each voice, by category and `loaded`. */
  wordingRates: Record<WordingVoice, Record<string, number>>;
  /** AFINN score per word of each voice. */
  sentiment: Record<WordingVoice, number>;
  /** Each frame's cue weight per 1,000 words over all the outlet's words. */
  frames: Record<string, number>;
  /** The most-quoted voices by quoted words: name, type, side, quotes, words. */
  topVoices: Array<
    QuoteTally & {
      /** The speaker's name. */
      name: string;
      /** Its voice type. */
      type: string;
      /** Its side. */
      side: string;
    }
  >;
}

/** How one outlet tells its stories: counts, figures, and the evidence behind them. */
export interface SourceProfile {
  /** The outlet (`analysis.source`, or `(unknown)`). */
  source: string;
  /** Ids of its articles, sorted. */
  articles: string[];
  /** First and last publication date (ISO), when known. */
  dates: {
    /** Earliest date of its articles. */
    first: string | null;
    /** Latest date of its articles. */
    last: string | null;
  };
  /** Additive counts over its articles: what `mergeProfiles` adds. */
  counts: ProfileCounts;
  /** Shares and rates derived from the counts. */
  figures: ProfileFigures;
  /**
   * The spans behind the figures, by key: `quotes.side.<side>`, `quotes.type.<type>`,
   * `quotes.anonymous`, `quotes.relayed`, `cue.<class>`, `wording.<voice>.<category>`,
   * `labels.<target>`, `frames.<frame>`. Sorted by article, then offset.
   */
  evidence: Record<string, EvidenceRef[]>;
}

/** Options of `buildProfiles`. */
export interface ProfileOptions {
  /** Keep the evidence spans (default `true`). Turn off for very large runs to save memory. */
  evidence?: boolean;
  /** How many top voices `figures.topVoices` lists (default 10). */
  topVoices?: number;
}

const UNKNOWN_SOURCE = '(unknown)';

/**
 * Counts being built. Records keyed by names from the text (sides, types, label targets, voices)
 * have no prototype while counting, so a side or a label named `__proto__` or `constructor` counts
 * like any other; `finish` turns them into ordinary objects.
 */
function emptyCounts(): ProfileCounts {
  return {
    articles: 0, words: 0, voiceWords: { own: 0, quoted: 0 }, quotes: 0, direct: 0, indirect: 0, quotedWords: 0,
    byType: record(), bySide: record(), anonymous: { quotes: 0, words: 0 }, relayed: 0, accordingTo: 0, firstSide: record(), lastSide: record(),
    cueClasses: record(), cueClassesBySide: record(), wording: { own: record(), quoted: record() }, sentiment: { own: 0, quoted: 0 },
    labels: record(), frames: record(), voices: record(),
  };
}

/**
 * A copy of `text` that holds its own characters. A name read from an article is often a slice of
 * the article's text, and JavaScript engines (V8) keep the whole text alive as long as a slice of it
 * is: a profile, which outlives its analyses, would hold every article it has seen. (Property keys
 * are copied by the engine already.)
 */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

const add = (counts: Record<string, number>, key: string, n = 1): void => {
  counts[key] = (counts[key] ?? 0) + n;
};
const tally = (tallies: Record<string, QuoteTally>, key: string, words: number): void => {
  const t = (tallies[key] ??= { quotes: 0, words: 0 });
  t.quotes++;
  t.words += words;
};

/** Checks the options of `buildProfiles` and `mergeProfiles`. */
function checkOptions(options: unknown): ProfileOptions {
  if (options === undefined) return {};
  if (!isPlainObject(options)) fail('options', 'an object', options);
  checkKeys('option', options, ['evidence', 'topVoices']);
  if (options['evidence'] !== undefined && typeof options['evidence'] !== 'boolean') fail('options.evidence', 'a boolean', options['evidence']);
  const top = options['topVoices'];
  if (top !== undefined && (typeof top !== 'number' || !Number.isInteger(top) || top < 0)) fail('options.topVoices', 'a non-negative integer', top);
  return options as ProfileOptions;
}

/**
 * Builds one profile per outlet (`analysis.source`, or `(unknown)`), in order of outlet name.
 *
 * @param analyses results of `analyzeArticle`, from any number of outlets
 * @example
 * ```ts
 * const profiles = buildProfiles(articles.map((a) => analyzeArticle(a)));
 * profiles.map((p) => [p.source, p.figures.cueClassShareBySide]);
 * ```
 */
export function buildProfiles(analyses: readonly ArticleAnalysis[], options?: ProfileOptions): SourceProfile[] {
  if (!Array.isArray(analyses)) fail('buildProfiles(analyses)', 'an array of analyses from analyzeArticle', analyses);
  const builder = new ProfileBuilder(options);
  analyses.forEach((a: unknown, i) => checkAnalysis(`analyses[${i}]`, a));
  for (const a of analyses) builder.add(a);
  return builder.profiles();
}

/** Throws `buildProfiles`' TypeError, naming `what`, when `a` is not an analysis. */
export function checkAnalysis(what: string, a: unknown): asserts a is ArticleAnalysis {
  if (!isPlainObject(a) || !isPlainObject(a['wording']) || !Array.isArray(a['quotes'])) fail(what, 'an analysis from analyzeArticle', a);
}

/**
 * Profiles being counted one analysis at a time: `buildProfiles` without the list, for callers that
 * stream analyses (`ProfileStream`, `profileCorpus`'s workers). Adding an analysis adds to its
 * outlet's counts in place, so nothing is copied until `profiles()`.
 */
export class ProfileBuilder {
  private readonly bySource = new Map<string, SourceProfile>();
  private readonly options: ProfileOptions;
  private readonly keepEvidence: boolean;

  /** @param options `buildProfiles`' options; throws its TypeError when they are wrong */
  constructor(options: ProfileOptions | undefined) {
    this.options = checkOptions(options);
    this.keepEvidence = this.options.evidence ?? true;
  }

  /** Adds an analysis (checked by the caller with {@link checkAnalysis}). */
  add(a: ArticleAnalysis): void {
    const source = a.source ?? UNKNOWN_SOURCE;
    let p = this.bySource.get(source);
    if (p === undefined) {
      p = { source, articles: [], dates: { first: null, last: null }, counts: emptyCounts(), figures: {} as ProfileFigures, evidence: record() };
      this.bySource.set(source, p);
    }
    addArticle(p, a, this.keepEvidence);
  }

  /**
   * Adds a profile of other analyses (from `buildProfiles`, a worker, or JSON read back), as
   * `mergeProfiles` does: its counts add, its articles and evidence join (checked by the caller).
   */
  merge(profile: SourceProfile): void {
    const into = this.bySource.get(profile.source);
    if (into === undefined) {
      // A copy whose records have no prototype: profiles read back from JSON may hold `"__proto__"` keys.
      this.bySource.set(profile.source, toRecords(profile));
      return;
    }
    // Into a profile already here, nothing is copied whole: `addCounts` copies what it adds into
    // records of its own, and only the evidence is copied. (profileCorpus merges every batch's
    // profiles on the calling thread, where a whole copy of each was most of that thread's work:
    // 2026-12-07, 1,500 AllSides articles on two workers.)
    into.articles.push(...profile.articles);
    for (const end of ['first', 'last'] as const) {
      const d = profile.dates[end];
      const current = into.dates[end];
      if (d !== null && (current === null || (end === 'first' ? d < current : d > current))) into.dates[end] = d;
    }
    addCounts(into.counts as unknown as Record<string, unknown>, profile.counts as unknown as Record<string, unknown>);
    for (const [key, refs] of Object.entries(profile.evidence)) (into.evidence[key] ??= []).push(...toRecords(refs));
  }

  /** The profiles of everything added so far, one per outlet, by outlet name; the builder can go on. */
  profiles(): SourceProfile[] {
    return [...this.bySource.values()].sort((x, y) => (x.source < y.source ? -1 : 1)).map((p) => finish(p, this.options));
  }
}

/** 1. Adds one analysis to a profile's counts and evidence. */
function addArticle(p: SourceProfile, a: ArticleAnalysis, keepEvidence: boolean): void {
  const c = p.counts;
  const cite = (key: string, span: Span | undefined): void => {
    if (!keepEvidence || span === undefined) return;
    (p.evidence[key] ??= []).push({ article: a.id, span: { ...span, text: ownCopy(span.text) } });
  };
  p.articles.push(a.id);
  const date = a.date?.value ?? null;
  if (date !== null) {
    if (p.dates.first === null || date < p.dates.first) p.dates.first = date;
    if (p.dates.last === null || date > p.dates.last) p.dates.last = date;
  }
  c.articles++;
  c.words += a.words;
  c.voiceWords.own += a.wording.rates.own.words;
  c.voiceWords.quoted += a.wording.rates.quoted.words;

  // voices and attribution
  const voiceById = new Map(a.voices.map((v) => [v.id, v]));
  const sideOfQuote: string[] = [];
  for (const q of a.quotes) {
    if (q.unattributed === true) continue;
    const v = q.speaker === undefined ? undefined : voiceById.get(q.speaker.voiceId);
    const side = v?.side ?? 'unassigned';
    const type: VoiceType | 'unknown' = v?.type ?? 'unknown';
    const words = countWords(q.parts.map((part) => part.text).join(' '));
    sideOfQuote.push(side);
    c.quotes++;
    if (q.kind === 'indirect') c.indirect++;
    else c.direct++;
    c.quotedWords += words;
    tally(c.byType, type, words);
    tally(c.bySide, side, words);
    cite(`quotes.side.${side}`, q.content);
    cite(`quotes.type.${type}`, q.content);
    if (v?.anonymous === true) {
      c.anonymous.quotes++;
      c.anonymous.words += words;
      cite('quotes.anonymous', q.source ?? q.content);
    }
    if (v !== undefined && v.relayedBy.length > 0) {
      c.relayed++;
      cite('quotes.relayed', q.source ?? q.content);
    }
    if (q.cueLemma === 'according to') c.accordingTo++;
    if (q.cueClass !== undefined) {
      add(c.cueClasses, q.cueClass);
      add((c.cueClassesBySide[side] ??= record()), q.cueClass);
      cite(`cue.${q.cueClass}`, q.cue);
    }
    if (v !== undefined) {
      // One entry per name, type and side: the same name can be a different voice in another article.
      const t = (c.voices[`${v.name} | ${v.type} | ${v.side}`] ??= { name: ownCopy(v.name), quotes: 0, words: 0, type: ownCopy(v.type), side: ownCopy(v.side) });
      t.quotes++;
      t.words += words;
    }
  }
  const first = sideOfQuote[0];
  const last = sideOfQuote[sideOfQuote.length - 1];
  if (first !== undefined) add(c.firstSide, first);
  if (last !== undefined) add(c.lastSide, last);

  // wording, in each voice
  for (const f of a.wording.findings) {
    if (f.negated === true) continue;
    add(c.wording[f.voice], f.category);
    cite(`wording.${f.voice}.${f.category}`, f.span);
    if (f.loaded) {
      add(c.wording[f.voice], 'loaded');
      cite(`wording.${f.voice}.loaded`, f.span);
    }
  }
  c.sentiment.own += a.wording.sentiment.own.score;
  c.sentiment.quoted += a.wording.sentiment.quoted.score;

  // labels and frames
  for (const l of a.labels) {
    if (l.negated === true) continue;
    add((c.labels[l.target] ??= record()), l.span.text.toLowerCase().replace(/\s+/g, ' '));
    cite(`labels.${l.target}`, l.span);
  }
  for (const [name, frame] of Object.entries(a.frames)) {
    for (const f of frame.findings) {
      add(c.frames, name, f.weight);
      cite(`frames.${name}`, f.span);
    }
  }
}

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
const shares = (counts: Record<string, number>, whole: number): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, n]) => [k, share(n, whole)]));
const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((s, n) => s + n, 0);

/**
 * 2. The finished copy of a profile being built: its lists sorted, its figures derived from the
 * counts, its records ordinary objects again. `p` is left as it is (its builder can go on), and is
 * copied once.
 */
function finish(p: SourceProfile, options: ProfileOptions): SourceProfile {
  const c = p.counts;
  const articles = [...p.articles].sort();
  const order = new Map(articles.map((id, i) => [id, i]));
  const evidence = Object.fromEntries(
    Object.entries(p.evidence)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([key, refs]) => [key, [...refs].sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.span.start - y.span.start || x.span.end - y.span.end)]),
  );
  const per1000 = (n: number, words: number): number => (words > 0 ? (n * 1000) / words : 0);
  const wordingRates = (voice: WordingVoice): Record<string, number> =>
    Object.fromEntries(Object.entries(c.wording[voice]).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, n]) => [k, per1000(n, c.voiceWords[voice])]));
  const topVoices = Object.values(c.voices)
    .sort((x, y) => y.words - x.words || y.quotes - x.quotes || (x.name < y.name ? -1 : 1))
    .slice(0, options.topVoices ?? 10);
  const quotesByType = Object.fromEntries(Object.entries(c.byType).map(([k, t]) => [k, t.quotes]));
  const wordsByType = Object.fromEntries(Object.entries(c.byType).map(([k, t]) => [k, t.words]));
  const quotesBySide = Object.fromEntries(Object.entries(c.bySide).map(([k, t]) => [k, t.quotes]));
  const wordsBySide = Object.fromEntries(Object.entries(c.bySide).map(([k, t]) => [k, t.words]));
  const figures: ProfileFigures = {
    quotesPer1000Words: per1000(c.quotes, c.words),
    directShare: share(c.direct, c.quotes),
    indirectShare: share(c.indirect, c.quotes),
    anonymousShare: share(c.anonymous.quotes, c.quotes),
    relayedShare: share(c.relayed, c.quotes),
    accordingToPer1000Words: per1000(c.accordingTo, c.words),
    wordShareByType: shares(wordsByType, c.quotedWords),
    wordShareBySide: shares(wordsBySide, c.quotedWords),
    quoteShareByType: shares(quotesByType, c.quotes),
    quoteShareBySide: shares(quotesBySide, c.quotes),
    firstSideShare: shares(c.firstSide, sum(c.firstSide)),
    lastSideShare: shares(c.lastSide, sum(c.lastSide)),
    cueClassShare: shares(c.cueClasses, sum(c.cueClasses)),
    cueClassShareBySide: Object.fromEntries(
      Object.entries(c.cueClassesBySide).sort(([x], [y]) => (x < y ? -1 : 1)).map(([side, classes]) => [side, shares(classes, sum(classes))]),
    ),
    wordingRates: { own: wordingRates('own'), quoted: wordingRates('quoted') },
    sentiment: { own: share(c.sentiment.own, c.voiceWords.own), quoted: share(c.sentiment.quoted, c.voiceWords.quoted) },
    frames: Object.fromEntries(Object.entries(c.frames).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, n]) => [k, per1000(n, c.words)])),
    topVoices,
  };
  return toPlain({ ...p, articles, evidence, figures });
}

/** Adds `b`'s counts into `a` (nested records of numbers; `a`'s records have no prototype). */
function addCounts(a: Record<string, unknown>, b: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(b)) {
    if (typeof value === 'number') a[key] = ((a[key] as number | undefined) ?? 0) + value;
    else if (typeof value === 'string') a[key] ??= value;
    else if (value !== null && typeof value === 'object') {
      const into = (a[key] ??= smallRecord()) as Record<string, unknown>;
      addCounts(into, value as Record<string, unknown>);
    }
  }
}

/** The counts every profile has, as numbers. */
const NUMBER_COUNTS = ['articles', 'words', 'quotes', 'direct', 'indirect', 'quotedWords', 'relayed', 'accordingTo'] as const;

/** Checks that `p` has the shape of a profile from `buildProfiles` (or one read back from its JSON). */
export function checkProfile(what: string, p: unknown): void {
  const expected = 'a profile from buildProfiles { source, articles, dates, counts, figures, evidence }';
  if (!isPlainObject(p) || typeof p['source'] !== 'string' || !Array.isArray(p['articles']) || !isPlainObject(p['dates']) || !isPlainObject(p['evidence'])) {
    fail(what, expected, p);
  }
  const counts = p['counts'];
  if (!isPlainObject(counts)) fail(`${what}.counts`, 'an object of counts', counts);
  for (const key of NUMBER_COUNTS) if (typeof counts[key] !== 'number') fail(`${what}.counts.${key}`, 'a number', counts[key]);
}

/**
 * 3. Merges the profiles of two shards (each a list, one profile per outlet) into the profiles one
 * pass over all the articles gives. Neither input is changed.
 */
export function mergeProfiles(a: readonly SourceProfile[], b: readonly SourceProfile[], options?: ProfileOptions): SourceProfile[] {
  for (const [name, list] of [['a', a], ['b', b]] as const) {
    if (!Array.isArray(list)) fail(`mergeProfiles(${name})`, 'an array of profiles from buildProfiles', list);
    list.forEach((p: unknown, i) => checkProfile(`mergeProfiles(${name})[${i}]`, p));
  }
  const builder = new ProfileBuilder(options);
  for (const p of [...a, ...b]) builder.merge(p);
  return builder.profiles();
}
