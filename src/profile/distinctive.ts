/**
 * Distinctive wording: the words and two-word phrases one outlet uses markedly more than the
 * others, by the log-odds ratio with an informative Dirichlet prior ("Fightin' Words": Monroe,
 * Colaresi & Quinn 2008, Political Analysis 16(4), section 3.5.3).
 *
 * For a term w, outlet i against all the other outlets j of the story, with prior counts
 * α_w = α₀ · (background frequency of w) and α₀ = Σ α_w:
 *
 *   δ_w = log((y_wi + α_w) / (n_i + α₀ − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α₀ − y_wj − α_w))
 *   σ²(δ_w) ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w),      z = δ_w / σ
 *
 * The prior shrinks rare terms towards the background, so one outlet's single odd word does not
 * top the list, and the z-score says how sure the difference is.
 */
import type { ArticleAnalysis, DistinctiveTerm, EvidenceRef } from '../types.js';
import { COUNTRY_STEMS, sentenceTerms, type ContentTerm } from './terms.js';

/** Term counts and where each term is, over a set of articles. */
export interface TermCounts {
  counts: Map<string, number>;
  total: number;
  places: Map<string, EvidenceRef[]>;
}

const MAX_EVIDENCE = 5;

/** A term as counted: its lower-cased word, but one name for a country however it is spelled (`US`, `U.S.` → `united states`). */
function termOf(t: ContentTerm): string {
  return /^[a-z]+(?:-[a-z]+)*$/.test(t.stem) && COUNTRY_STEMS.has(t.stem) ? t.stem.replace(/-/g, ' ') : t.word;
}

/** Counts the content words and the two-word phrases of adjacent content words of `analyses`. */
export function countTerms(analyses: readonly ArticleAnalysis[], keepPlaces = true): TermCounts {
  const counts = new Map<string, number>();
  const places = new Map<string, EvidenceRef[]>();
  let total = 0;
  const add = (term: string, ref: EvidenceRef): void => {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    total++;
    if (!keepPlaces) return;
    const list = places.get(term) ?? [];
    if (list.length < MAX_EVIDENCE) list.push(ref);
    places.set(term, list);
  };
  for (const a of analyses) {
    const bySentence = sentenceTerms(a);
    a.sentences.forEach((s, i) => {
      const terms = bySentence[i] ?? [];
      terms.forEach((t, k) => {
        if (/^\d+$/.test(t.word)) return;
        add(termOf(t), { article: a.id, span: t.span });
        const previous = terms[k - 1];
        if (t.joined && previous !== undefined && !/^\d+$/.test(previous.word)) {
          const start = previous.span.start - s.start;
          const end = t.span.end - s.start;
          add(`${termOf(previous)} ${termOf(t)}`, { article: a.id, span: { start: previous.span.start, end: t.span.end, text: s.text.slice(start, end) } });
        }
      });
    });
  }
  return { counts, total, places };
}

/** Options of `distinctiveTerms`. */
export interface DistinctiveOptions {
  /** Least z-score for a term to be listed (default 1.96: 95 % two-sided). */
  minZ: number;
  /** Most terms listed per outlet (default 15). */
  limit: number;
  /** α₀, the prior's total count (default 100): larger shrinks more. */
  prior: number;
}

/**
 * For each outlet (in order), the terms it uses markedly more than all the other outlets
 * together, strongest first. `background` gives the prior's term frequencies (for instance every
 * article of the comparison); terms it lacks get the smallest background frequency.
 */
export function distinctiveTerms(byOutlet: readonly TermCounts[], background: TermCounts, options: DistinctiveOptions): DistinctiveTerm[][] {
  if (byOutlet.length < 2) return byOutlet.map(() => []);
  const all = new Map<string, number>();
  for (const o of byOutlet) for (const [term, n] of o.counts) all.set(term, (all.get(term) ?? 0) + n);
  const total = byOutlet.reduce((s, o) => s + o.total, 0);
  const floor = 0.5 / Math.max(1, background.total);
  const alpha = (term: string): number => options.prior * Math.max(floor, (background.counts.get(term) ?? 0) / Math.max(1, background.total));
  return byOutlet.map((mine) => {
    const list: DistinctiveTerm[] = [];
    const ni = mine.total;
    const nj = total - ni;
    for (const [term, yi] of mine.counts) {
      if (yi < 2) continue;
      const yj = (all.get(term) ?? 0) - yi;
      const a = alpha(term);
      const delta = Math.log((yi + a) / (ni + options.prior - yi - a)) - Math.log((yj + a) / (nj + options.prior - yj - a));
      const z = delta / Math.sqrt(1 / (yi + a) + 1 / (yj + a));
      if (z >= options.minZ) list.push({ term, count: yi, others: yj, logOdds: delta, z, evidence: mine.places.get(term) ?? [] });
    }
    return list.sort((x, y) => y.z - x.z || (x.term < y.term ? -1 : 1)).slice(0, options.limit);
  });
}
