/**
 * English function words for telling whether a text is English: the commonest words of English
 * prose that are not also common words of the other languages news is written in (so no `a`, `do`, `her`,
 * `in`, `an`, `on`, `die`, `was`, `will`, `also`, `so`, `am`, `no`, `he`, `i`, `me`, `is`, `to`).
 * In English news they make up about a third of the words; in French, German, Spanish or Italian
 * prose, a few in a hundred (names, quotations).
 *
 * Source: written for slant from the most frequent words of English (pronouns, determiners,
 * auxiliaries, prepositions, conjunctions) and the reporting verb every article uses (`said`).
 * License: MIT, as slant. Keys are lower-case words without punctuation.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'that', 'for', 'it', 'with', 'as', 'at', 'by', 'from', 'this', 'are', 'be', 'have', 'has',
  'had', 'not', 'but', 'his', 'she', 'they', 'their', 'them', 'we', 'our', 'you', 'your', 'who', 'which',
  'what', 'when', 'where', 'would', 'could', 'should', 'were', 'been', 'its', 'or', 'there', 'than', 'about',
  'after', 'into', 'over', 'because', 'if', 'more', 'said', 'says', 'can', 'these', 'those', 'him', 'all', 'out',
  'up', 'does', 'did', 'just', 'only', 'some', 'any', 'other', 'while', 'being', 'between', 'against',
]);

/**
 * Common function words of the other languages of European news (French, German, Spanish, Italian,
 * Portuguese, Dutch) that are not English words and do not stand in names or abbreviations (no
 * `de`, `la`, `le`, `el`, `los`, `las`, `van`, `von`, `da`, `di`, `del`, `do`; no `mit`, `est`,
 * `dem`, `met`, `hat`, `per`): a text with more of these than of the English list is not English,
 * however many English names and quotations it holds.
 *
 * Source: written for slant from the most frequent words of those languages. License: MIT, as slant.
 */
export const OTHER_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // French
  'les', 'des', 'du', 'et', 'une', 'dans', 'pour', 'qui', 'que', 'sur', 'avec', 'pas', 'par', 'au', 'aux',
  'cette', 'sont', 'ont', 'été', 'mais', 'leur', 'nous', 'vous', 'elle', 'ils', 'selon', 'où',
  // German
  'der', 'und', 'ist', 'nicht', 'ein', 'eine', 'einer', 'sich', 'auf', 'für', 'zu', 'auch', 'wird',
  'werden', 'sind', 'dass', 'bei', 'nach', 'wie', 'oder', 'aus', 'sagte', 'haben',
  // Spanish
  'y', 'es', 'por', 'con', 'para', 'una', 'se', 'lo', 'su', 'sus', 'más', 'pero', 'como', 'fue', 'está', 'dijo',
  // Italian
  'il', 'che', 'è', 'non', 'della', 'delle', 'degli', 'gli', 'nel', 'alla', 'sono', 'anche',
  // Portuguese
  'os', 'dos', 'em', 'não', 'um', 'uma', 'com', 'mais', 'foi',
  // Dutch
  'het', 'een', 'en', 'niet', 'zijn', 'voor', 'op', 'ook', 'dat', 'aan', 'wordt',
]);
