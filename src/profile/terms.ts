/**
 * The content words of a stretch of text, for comparing what articles say: function words out,
 * plurals and verb endings folded (`killed`, `killing` → `kill`), country words to their
 * country (`Syrian` → `syria`, `U.S.` → `united-states`), number words to digits.
 */
import { lookupTable } from '../records.js';
import { COUNTRY_WORDS } from '../lexicons/sources.js';
import { STOPWORDS } from '../lexicons/stopwords.js';
import type { ArticleAnalysis, Span } from '../types.js';

/** A content word: its folded form (`stem`), its lower-cased form, and where it is. */
export interface ContentTerm {
  stem: string;
  word: string;
  span: Span;
  /** The previous token of the text was a content word too (the two make a phrase). */
  joined: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[’'‐-][\p{L}\p{N}]+|\.\p{L}(?=\.))*\.?/gu;

const NUMBER_WORDS: Readonly<Record<string, string>> = lookupTable({
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', dozen: '12', twenty: '20', hundred: '100', thousand: '1000',
});

/** The stems `contentTerms` gives countries: `syria`, `united-states`. */
export const COUNTRY_STEMS: ReadonlySet<string> = new Set(Object.values(COUNTRY_WORDS).map((name) => name.toLowerCase().replace(/\s+/g, '-')));

/** `syria` for `Syrian`: country words that name the country itself or its people, not its capital or leaders. */
function country(lower: string): string | undefined {
  const name = COUNTRY_WORDS[lower];
  if (name === undefined) return undefined;
  const slug = name.toLowerCase().replace(/\s+/g, '-');
  const people = lower.slice(0, 4) === name.toLowerCase().slice(0, 4) || lower === 'american' || lower === 'british';
  return people && lower !== 'us' ? slug : undefined;
}

/** A light suffix folding, enough to match `strikes`/`strike` and `killed`/`killing` across articles. */
export function foldWord(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * The content terms of `text`, whose first character sits at `offset` in the caller's text.
 *
 * @example contentTerms('A child was killed in the strikes.') // stems: child, kill, strike
 */
export function contentTerms(text: string, offset = 0): ContentTerm[] {
  const terms: ContentTerm[] = [];
  let previousEnd = -2;
  let previousWasContent = false;
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.slice(0, -1);
    const start = m.index;
    const end = start + raw.length;
    const adjacent = /^[\s‐-]*$/.test(text.slice(previousEnd, start));
    const lower = raw.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
    let stem: string | undefined;
    if (/^U\.?S\.?(?:A\.?)?$/.test(raw) || lower === 'united states') stem = 'united-states';
    else if (STOPWORDS.has(lower) || (lower.length < 2 && !/\d/.test(lower))) stem = undefined;
    else stem = country(lower) ?? NUMBER_WORDS[lower] ?? foldWord(lower.replace(/\.$/, ''));
    const previous = terms[terms.length - 1];
    if (lower === 'states' && previousWasContent && adjacent && previous?.word === 'united') {
      // `United States` is one name: the term `united` becomes `united states`.
      previous.stem = 'united-states';
      previous.word = 'united states';
      previous.span = { start: previous.span.start, end: offset + end, text: text.slice(previous.span.start - offset, end) };
      previousEnd = end;
      continue;
    }
    if (stem !== undefined) {
      terms.push({ stem, word: lower, span: { start: offset + start, end: offset + end, text: raw }, joined: previousWasContent && adjacent });
    }
    previousWasContent = stem !== undefined;
    previousEnd = end;
  }
  return terms;
}

/**
 * The content terms of each sentence of an analysis, in sentence order. Kept per analysis object
 * (weakly, so nothing outlives the analysis): `compareSources` reads every article's terms for
 * grouping stories, distinctive wording and omissions, and they are worked out once.
 */
const termsByAnalysis = new WeakMap<ArticleAnalysis, ReadonlyArray<readonly ContentTerm[]>>();
export function sentenceTerms(a: ArticleAnalysis): ReadonlyArray<readonly ContentTerm[]> {
  let terms = termsByAnalysis.get(a);
  if (terms === undefined) {
    terms = a.sentences.map((s) => contentTerms(s.text, s.start));
    termsByAnalysis.set(a, terms);
  }
  return terms;
}
