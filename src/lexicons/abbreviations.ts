/**
 * Abbreviations that end in a full stop without ending a sentence.
 *
 * Source: written for slant from news style guides' lists of titles, ranks and common
 * abbreviations (AP Stylebook conventions for titles and months). License: MIT, as slant.
 * Keys are lower-case, without the final full stop.
 */

/** Titles and ranks: always followed by a name, never the end of a sentence (`Maj. Gen. Yahya Rasool`). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'adm', 'amb', 'brig', 'capt', 'cdr', 'cmdr', 'col', 'cpl', 'cpt', 'det', 'dr', 'gen', 'gov', 'hon',
  'insp', 'lt', 'maj', 'messrs', 'mr', 'mrs', 'ms', 'mt', 'pfc', 'pres', 'prof', 'pvt', 'rep', 'reps',
  'rev', 'sen', 'sens', 'sgt', 'supt', 'esq', 'fr', 'sec', 'atty', 'gens', 'lieut', 'cmdt',
  'govs', 'drs', 'profs', 'cols', 'capts', 'lts', 'sgts', 'majs', 'adms', 'revs', 'attys', 'secs',
  'no', 'nos', 'vs', 'v', 'st', 'ft', 'approx', 'dept', 'fig', 'vol', 'ch',
]);

/** Abbreviations that may also end a sentence (`in the U.S. He said`): a boundary only before a typical sentence opener. */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'inc', 'corp', 'co', 'ltd', 'llc', 'jr', 'sr', 'etc', 'ave', 'blvd', 'bros',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'd.c', 'u.s.a',
  'e.g', 'i.e', 'al', 'ph.d', 'n.y', 'l.a',
]);

/** Words that typically open a sentence; after an ambiguous abbreviation they mark a boundary. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'he', 'her', 'his', 'i', 'in', 'it', 'its', 'many', 'meanwhile',
  'more', 'most', 'mr', 'mrs', 'ms', 'no', 'on', 'one', 'our', 'she', 'so', 'some', 'that', 'the',
  'their', 'there', 'these', 'they', 'this', 'those', 'we', 'what', 'when', 'while', 'yet', 'you',
  'however', 'after', 'before', 'since', 'still', 'officials', 'if', 'for', 'to', 'with',
]);
