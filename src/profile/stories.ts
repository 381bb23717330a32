/**
 * Stories: which articles report the same event. Articles are compared by the content words
 * they use (tf-idf vectors, cosine similarity) and by date, and grouped by average-link
 * clustering: two groups join when their articles are, on average, similar enough, and no two of
 * their dates lie further apart than `maxDays`.
 *
 *   1. vectors     tf-idf over each article's content words (`terms.ts`)
 *   2. pairs       cosine similarity of every pair of articles close enough in date
 *   3. cluster     average link, best pair first, until no pair reaches `threshold`
 *   4. describe    id, dates and the words the story's articles share
 */
import { checkKeys, fail, isPlainObject } from '../errors.js';
import type { ArticleAnalysis, Story } from '../types.js';
import { sentenceTerms } from './terms.js';

/** Options of `groupStories`. */
export interface StoryOptions {
  /**
   * Least average cosine similarity (0–1) of the articles of two groups for them to join.
   * Default 0.2: the best of 0.1–0.4 on half of BASIL's same-event triplets (`npx tsx scripts/eval-stories.ts --grid`).
   */
  threshold?: number;
  /** Most days between two dated articles of one story (default 4). Undated articles join on content alone. */
  maxDays?: number;
}

const DAY = 86_400_000;

/** Sparse tf-idf vector, unit length. */
type Vector = Map<string, number>;

interface Doc {
  id: string;
  source: string | null;
  date: number | null;
  iso: string | null;
  counts: Map<string, number>;
  /** The most common written form of each stem, for naming the story. */
  words: Map<string, string>;
  vector: Vector;
}

/** 1. Each article's content-word counts, and the tf-idf vectors over the whole set. */
function documents(analyses: readonly ArticleAnalysis[]): Doc[] {
  const docs: Doc[] = analyses.map((a) => {
    const counts = new Map<string, number>();
    const forms = new Map<string, Map<string, number>>();
    for (const terms of sentenceTerms(a)) {
      for (const t of terms) {
        counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
        const f = forms.get(t.stem) ?? new Map<string, number>();
        f.set(t.span.text, (f.get(t.span.text) ?? 0) + 1);
        forms.set(t.stem, f);
      }
    }
    const words = new Map([...forms].map(([stem, f]) => [stem, [...f].sort((x, y) => y[1] - x[1])[0]?.[0] ?? stem]));
    const iso = a.date?.value ?? null;
    const time = iso === null ? NaN : Date.parse(iso);
    return { id: a.id, source: a.source, date: Number.isNaN(time) ? null : time, iso, counts, words, vector: new Map() };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const stem of d.counts.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = docs.length;
  for (const d of docs) {
    let norm = 0;
    for (const [stem, tf] of d.counts) {
      // Smoothed idf (never 0): a word every article uses still counts a little.
      const w = (1 + Math.log(tf)) * (Math.log((n + 1) / ((df.get(stem) ?? 0) + 1)) + 1);
      d.vector.set(stem, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [stem, w] of d.vector) d.vector.set(stem, w / norm);
  }
  return docs;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) dot += w * (large.get(k) ?? 0);
  return dot;
}

/** 2. Similar pairs (i < j) among articles whose dates are close enough, or unknown. */
function similarPairs(docs: readonly Doc[], maxDays: number): Map<number, Map<number, number>> {
  const sims = new Map<number, Map<number, number>>();
  const order = docs.map((_, i) => i).sort((x, y) => ((docs[x] as Doc).date ?? -Infinity) - ((docs[y] as Doc).date ?? -Infinity));
  const undated = order.filter((i) => (docs[i] as Doc).date === null);
  const dated = order.filter((i) => (docs[i] as Doc).date !== null);
  const link = (i: number, j: number): void => {
    const s = cosine((docs[i] as Doc).vector, (docs[j] as Doc).vector);
    if (s <= 0) return;
    const [a, b] = i < j ? [i, j] : [j, i];
    const row = sims.get(a) ?? new Map<number, number>();
    row.set(b, s);
    sims.set(a, row);
  };
  // Dated articles meet only those within the window: sorted by date, this stays near-linear for a long span of news.
  for (let x = 0; x < dated.length; x++) {
    const i = dated[x] as number;
    for (let y = x + 1; y < dated.length; y++) {
      const j = dated[y] as number;
      if (((docs[j] as Doc).date as number) - ((docs[i] as Doc).date as number) > maxDays * DAY) break;
      link(i, j);
    }
  }
  const isUndated = new Set(undated);
  for (const i of undated) for (let j = 0; j < docs.length; j++) if (j !== i && !(isUndated.has(j) && j < i)) link(i, j);
  return sims;
}

interface Cluster {
  members: number[];
  first: number | null;
  last: number | null;
  version: number;
}

/** 3. Average-link clustering over the similar pairs (missing pairs count as 0). */
function cluster(docs: readonly Doc[], threshold: number, maxDays: number): number[][] {
  const clusters = new Map<number, Cluster>(docs.map((d, i) => [i, { members: [i], first: d.date, last: d.date, version: 0 }]));
  // Summed similarity between clusters: links.get(a).get(b), kept for both orders.
  const links = new Map<number, Map<number, number>>();
  const addLink = (a: number, b: number, s: number): void => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const row = links.get(x) ?? new Map<number, number>();
      row.set(y, (row.get(y) ?? 0) + s);
      links.set(x, row);
    }
  };
  for (const [i, row] of similarPairs(docs, maxDays)) for (const [j, s] of row) addLink(i, j, s);

  const heap: Array<[number, number, number, number, number]> = []; // [average, a, b, version a, version b]
  const push = (a: number, b: number): void => {
    const ca = clusters.get(a) as Cluster;
    const cb = clusters.get(b) as Cluster;
    const average = (links.get(a)?.get(b) ?? 0) / (ca.members.length * cb.members.length);
    if (average >= threshold) heapPush(heap, [average, a, b, ca.version, cb.version]);
  };
  for (const [a, row] of links) for (const b of row.keys()) if (a < b) push(a, b);

  while (heap.length > 0) {
    const [, a, b, va, vb] = heapPop(heap);
    const ca = clusters.get(a);
    const cb = clusters.get(b);
    if (ca === undefined || cb === undefined || ca.version !== va || cb.version !== vb) continue;
    const first = minDate(ca.first, cb.first, Math.min);
    const last = minDate(ca.last, cb.last, Math.max);
    if (first !== null && last !== null && last - first > maxDays * DAY) continue;
    // b joins a.
    ca.members.push(...cb.members);
    ca.first = first;
    ca.last = last;
    ca.version++;
    clusters.delete(b);
    const rowB = links.get(b) ?? new Map<number, number>();
    links.delete(b);
    for (const [c, s] of rowB) {
      links.get(c)?.delete(b);
      if (c !== a) addLink(a, c, s);
    }
    links.get(a)?.delete(b);
    for (const c of links.get(a)?.keys() ?? []) if (clusters.has(c)) push(Math.min(a, c), Math.max(a, c));
  }
  return [...clusters.values()].map((c) => c.members.sort((x, y) => x - y)).sort((x, y) => (x[0] as number) - (y[0] as number));
}

function minDate(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return pick(a, b);
}

function heapPush<T extends [number, ...number[]]>(heap: T[], item: T): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((heap[parent] as T)[0] >= item[0]) break;
    heap[i] = heap[parent] as T;
    i = parent;
  }
  heap[i] = item;
}

function heapPop<T extends [number, ...number[]]>(heap: T[]): T {
  const top = heap[0] as T;
  const last = heap.pop() as T;
  if (heap.length > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      const value = (k: number): number => (k === i ? last[0] : (heap[k] as T)[0]);
      if (l < heap.length && value(l) > value(best)) best = l;
      if (r < heap.length && value(r) > value(best)) best = r;
      if (best === i) break;
      heap[i] = heap[best] as T;
      i = best;
    }
    heap[i] = last;
  }
  return top;
}

/** 4. The story's id, dates, outlets and shared words. */
function describe(docs: readonly Doc[], members: readonly number[], taken: Set<string>): Story {
  const group = members.map((i) => docs[i] as Doc);
  // A word counts for the story by how many of its articles use it, then by its weight in them.
  const weight = new Map<string, number>();
  for (const d of group) for (const [stem, w] of d.vector) weight.set(stem, (weight.get(stem) ?? 0) + 1 + w);
  const terms = [...weight]
    .filter(([stem]) => !/^\d+$/.test(stem))
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 8)
    .map(([stem]) => group.find((d) => d.words.has(stem))?.words.get(stem) ?? stem);
  const dates = group.map((d) => d.iso).filter((d): d is string => d !== null).sort();
  const first = dates[0] ?? null;
  const slug = terms.slice(0, 3).map((t) => t.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')).filter(Boolean).join('-');
  let id = [first, slug || 'story'].filter(Boolean).join('-');
  for (let n = 2; taken.has(id); n++) id = `${[first, slug || 'story'].filter(Boolean).join('-')}-${n}`;
  taken.add(id);
  return {
    id,
    articleIds: group.map((d) => d.id),
    sources: [...new Set(group.map((d) => d.source ?? '(unknown)'))].sort(),
    dates: { first, last: dates[dates.length - 1] ?? null },
    terms,
  };
}

/** Checks `groupStories` options; `name` is what errors call them (`options.grouping` in compareSources). */
export function checkStoryOptions(options: unknown, name = 'options'): Required<StoryOptions> {
  if (options === undefined) return { threshold: 0.2, maxDays: 4 };
  if (!isPlainObject(options)) fail(name === 'options' ? 'groupStories options' : name, 'an object', options);
  checkKeys(name === 'options' ? 'groupStories option' : `${name} key`, options, ['threshold', 'maxDays']);
  const { threshold = 0.2, maxDays = 4 } = options as StoryOptions;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) fail(`${name}.threshold`, 'a number in (0, 1]', threshold);
  if (typeof maxDays !== 'number' || !(maxDays >= 0)) fail(`${name}.maxDays`, 'a number of days ≥ 0', maxDays);
  return { threshold, maxDays };
}

/** Describes a given set of articles as one story (id from `id`, or from its date and words). */
export function describeStory(analyses: readonly ArticleAnalysis[], id?: string): Story {
  const docs = documents(analyses);
  const story = describe(docs, docs.map((_, i) => i), new Set());
  return id === undefined ? story : { ...story, id };
}

/**
 * Groups articles into stories: articles that report the same event, by their content words and
 * dates. Every article is in exactly one story; stories come in the order of their first article.
 *
 * @example
 * ```ts
 * const stories = groupStories(articles.map((a) => analyzeArticle(a)));
 * // [{ id: '2021-06-28-strikes-militia-syria', articleIds: [...], sources: [...], ... }, ...]
 * ```
 */
export function groupStories(analyses: readonly ArticleAnalysis[], options?: StoryOptions): Story[] {
  if (!Array.isArray(analyses)) fail('groupStories(analyses)', 'an array of analyses from analyzeArticle', analyses);
  analyses.forEach((a: unknown, i) => {
    if (!isPlainObject(a) || !Array.isArray(a['sentences']) || typeof a['id'] !== 'string') fail(`analyses[${i}]`, 'an analysis from analyzeArticle', a);
  });
  const { threshold, maxDays } = checkStoryOptions(options);
  const docs = documents(analyses);
  const taken = new Set<string>();
  return cluster(docs, threshold, maxDays).map((members) => describe(docs, members, taken));
}
