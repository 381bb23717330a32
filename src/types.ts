/** Public data types: what goes into slant and what comes out. Plain, JSON-serialisable objects. */

/**
 * A stretch of the caller's original text. `start` and `end` are UTF-16 offsets into the string
 * the caller passed in, so `input.slice(start, end) === text` always holds, whatever cleaning
 * happened on the way (HTML markup, entities, wrapped lines, curly quotes).
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One article as the caller gives it. Only `text` is required. */
export interface ArticleInput {
  /** The raw article: plain text or an article page's HTML. */
  text: string;
  /** A stable id for the article. Default: a hash of the text. */
  id?: string;
  /** The outlet that published it, e.g. `"The Independent"`. Default: `null`. */
  source?: string;
  /** The headline, when known. Default: found in the text. */
  title?: string;
  /** The author(s), when known. Default: found in the text. */
  byline?: string;
  /** Publication date, ISO `YYYY-MM-DD` or any string `Date` parses. Default: found in the text. */
  date?: string;
  /** Where the article came from. */
  url?: string;
}

/**
 * A piece of metadata and where it came from: the caller's input, the words of the text (with
 * their span), or the page's markup (`<meta>`, `<title>`).
 */
export interface Metadatum<T> {
  value: T;
  from: 'input' | 'text' | 'markup';
  /** The words it was read from, when it was read from the text. */
  span?: Span;
  /** Every span, when it was read from several places (a byline naming several authors). */
  spans?: Span[];
}

/** What a paragraph is: the headline, the standfirst under it, a subheading, or running text. */
export type ParagraphRole = 'headline' | 'standfirst' | 'subheading' | 'body';

/** A paragraph of the analysed text. */
export interface Paragraph extends Span {
  role: ParagraphRole;
}

/** A sentence of the analysed text, with the index of the paragraph it belongs to. */
export interface Sentence extends Span {
  paragraph: number;
}

/**
 * A part of the input that slant took out of the analysis, and why: boilerplate (pleas, promos,
 * navigation, captions, teasers) or metadata lines (byline, dateline) that are read but are not
 * the article's words.
 */
export interface Removal {
  /** Stable kebab-case id of the rule that removed it, e.g. `donation-plea`. */
  ruleId: string;
  /** `boilerplate`, `metadata` or `markup`. */
  category: 'boilerplate' | 'metadata' | 'markup';
  /** Why, in words. */
  reason: string;
  span: Span;
}

/** Everything slant finds in one article. */
export interface ArticleAnalysis {
  id: string;
  /** The outlet, from the input. */
  source: string | null;
  url: string | null;
  title: Metadatum<string> | null;
  /** The author names. */
  byline: Metadatum<string[]> | null;
  /** Publication date as ISO `YYYY-MM-DD`. */
  date: Metadatum<string> | null;
  /** `html` when the input was an article page's markup. */
  format: 'text' | 'html';
  /** The analysed paragraphs, in order: headline, standfirst, body. */
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Words in the analysed paragraphs (runs of letters or digits, `Iran-backed` and `don’t` count once). */
  words: number;
  /** What was taken out of the analysis, in text order. */
  removed: Removal[];
  /** Things the caller should know, e.g. an input date that could not be read. */
  warnings: string[];
}
