/**
 * Omissions: facts that some articles of a story report and others leave out, found by aligning
 * sentences across articles.
 *
 *   1. weigh      every sentence becomes a set of content words, weighted by their rarity among
 *                 the story's sentences (idf), so `child` and `Albu Kamal` count more than `strike`
 *   2. align      two sentences of different articles say the same thing when each is the other's
 *                 most similar sentence in its article (cosine ≥ `align`)
 *   3. facts      aligned sentences, linked across articles, make one fact
 *   4. missing    a fact's words are those its sentences share; an article reports it when one of
 *                 its sentences holds most of them (`contained`), so a loose paraphrase inside a
 *                 longer sentence still counts, and misses it otherwise
 */
import type { ArticleAnalysis, Omission, Span } from '../types.js';
import { sentenceTerms, type ContentTerm } from './terms.js';

/** Thresholds of the alignment (cosine similarity of idf-weighted word sets, 0–1). */
export interface OmissionOptions {
  /** Least similarity for two sentences to report the same fact (default 0.3). */
  align: number;
  /** An article reports a fact when one of its sentences holds this share of the fact's words, by weight (default 0.4). */
  contained: number;
  /** Least number of words a fact's sentences share for it to count as a fact (default 3). */
  minWords: number;
}

interface Unit {
  article: number;
  sentence: Span;
  /** Stem → idf weight. */
  weights: Map<string, number>;
  norm: number;
  /** Stem → written form, for naming the fact. */
  words: Map<string, string>;
}

function similarity(a: Unit, b: Unit): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size < b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [stem, w] of small.weights) if (large.weights.has(stem)) dot += w * w;
  return dot / (a.norm * b.norm);
}

/** 1. The sentences of the story's articles as weighted word sets. */
function units(analyses: readonly ArticleAnalysis[]): Unit[][] {
  const stemsOf = (terms: readonly ContentTerm[]): Map<string, string> => {
    const words = new Map<string, string>();
    for (const t of terms) {
      words.set(t.stem, t.span.text);
      // `state-run` also says `state`: compounds count as their parts too.
      if (/[‐-]/.test(t.span.text)) for (const part of t.stem.split('-')) if (part.length > 2) words.set(part, part);
    }
    return words;
  };
  const raw = analyses.map((a, article) => {
    const terms = sentenceTerms(a);
    return a.sentences.map((sentence, k) => ({ article, sentence, words: stemsOf(terms[k] ?? []) }));
  });
  const df = new Map<string, number>();
  let n = 0;
  for (const list of raw) {
    for (const u of list) {
      n++;
      for (const stem of u.words.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
    }
  }
  return raw.map((list) =>
    list.map((u) => {
      const weights = new Map([...u.words.keys()].map((stem) => [stem, Math.log((n + 1) / ((df.get(stem) ?? 0) + 0.5))]));
      let norm = 0;
      for (const w of weights.values()) norm += w * w;
      return { ...u, weights, norm: Math.sqrt(norm) };
    }),
  );
}

/** The most similar sentence of `list` to `u`, and how similar. */
function best(u: Unit, list: readonly Unit[]): [number, number] {
  let at = -1;
  let top = 0;
  list.forEach((v, k) => {
    const s = similarity(u, v);
    if (s > top) [at, top] = [k, s];
  });
  return [at, top];
}

/**
 * The facts of a story reported by at least two of its articles and missing from at least one,
 * the most widely reported first.
 */
export function findOmissions(analyses: readonly ArticleAnalysis[], options: OmissionOptions): Omission[] {
  if (analyses.length < 3) return [];
  const sentences = units(analyses);
  // 2–3. Mutual best matches between articles, joined into facts (union-find over sentence keys).
  const key = (article: number, k: number): string => `${article}:${k}`;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  for (let a = 0; a < sentences.length; a++) {
    for (let b = a + 1; b < sentences.length; b++) {
      const A = sentences[a] as Unit[];
      const B = sentences[b] as Unit[];
      A.forEach((u, i) => {
        const [j, s] = best(u, B);
        if (j === -1 || s < options.align) return;
        if (best(B[j] as Unit, A)[0] !== i) return;
        parent.set(find(key(a, i)), find(key(b, j)));
      });
    }
  }
  const groups = new Map<string, Array<[number, number]>>();
  for (const x of parent.keys()) {
    const [article, k] = x.split(':').map(Number) as [number, number];
    const root = find(x);
    groups.set(root, [...(groups.get(root) ?? []), [article, k]]);
  }

  const omissions: Array<Omission & { weight: number }> = [];
  for (const members of groups.values()) {
    const articles = new Set(members.map(([article]) => article));
    if (articles.size < 2) continue;
    const facts = members.map(([article, k]) => (sentences[article] as Unit[])[k] as Unit);
    // What the fact is: the words at least two of its sentences share, rarest first.
    const shared = new Map<string, { n: number; weight: number; word: string }>();
    for (const f of facts) {
      for (const [stem, weight] of f.weights) {
        const e = shared.get(stem) ?? { n: 0, weight, word: f.words.get(stem) ?? stem };
        e.n++;
        shared.set(stem, e);
      }
    }
    const signature = [...shared].filter(([, e]) => e.n >= 2).sort((x, y) => y[1].weight - x[1].weight || (x[1].word < y[1].word ? -1 : 1));
    const total = signature.reduce((s, [, e]) => s + e.weight, 0);
    if (signature.length < options.minWords) continue;
    // 4. The other articles: one sentence holding most of those words reports it too.
    const reporting = new Map<number, Unit>();
    for (const f of facts.sort((x, y) => x.article - y.article || x.sentence.start - y.sentence.start)) if (!reporting.has(f.article)) reporting.set(f.article, f);
    const missing: number[] = [];
    analyses.forEach((_, article) => {
      if (reporting.has(article)) return;
      let top: Unit | undefined;
      let most = 0;
      for (const u of sentences[article] as Unit[]) {
        let held = 0;
        for (const [stem, e] of signature) if (u.weights.has(stem)) held += e.weight;
        if (held > most) [top, most] = [u, held];
      }
      if (top !== undefined && most / total >= options.contained) reporting.set(article, top);
      else missing.push(article);
    });
    if (missing.length === 0) continue;
    omissions.push({
      terms: signature.slice(0, 8).map(([, e]) => e.word),
      reportedBy: [...reporting.values()]
        .sort((x, y) => x.article - y.article)
        .map((f) => ({ article: (analyses[f.article] as ArticleAnalysis).id, source: (analyses[f.article] as ArticleAnalysis).source ?? '(unknown)', sentence: f.sentence })),
      missingFrom: missing.map((article) => (analyses[article] as ArticleAnalysis).id),
      missingSources: [...new Set(missing.map((article) => (analyses[article] as ArticleAnalysis).source ?? '(unknown)'))].sort(),
      weight: total,
    });
  }
  return omissions
    .sort((x, y) => y.reportedBy.length - x.reportedBy.length || y.weight - x.weight)
    .map(({ weight: _, ...omission }) => omission);
}
