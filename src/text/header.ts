/**
 * The page header: the headline, the standfirst, the byline and the dateline at the top of an
 * article, and the short page furniture around them (links, widgets, video captions). Finds where
 * the body starts and says what every block before it is.
 */
import type { Block } from './blocks.js';
import { readDateline, type FoundDate } from './dates.js';
import { countWords, wordsOf } from './words.js';

/** What a header block is. */
export type HeaderRole = 'headline' | 'standfirst' | 'byline' | 'byline-role' | 'dateline' | 'chrome';

/** The reading of a page's header. */
export interface Header {
  /** Role of each block before the body, by block index. */
  roles: Map<number, HeaderRole>;
  /** Index of the first body block. */
  bodyStart: number;
  headline?: number;
  /** Author names from byline blocks, with the block each came from. */
  authors: Array<{ name: string; block: number; start: number; end: number }>;
  date?: { block: number; found: FoundDate };
}

const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$/;
const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|writer|columnist|contributor|staff|bureau|chief|producer|analyst|journalist|author|fellow|intern|anchor|host|critic|photographer|commentator)s?\b/i;
/** Particles that may stand lowercase inside a name: `Abu Mahdi al-Muhandis`, `Ursula von der Leyen`. */
const NAME_PARTICLES = new Set(['al', 'al-', 'el', 'bin', 'ibn', 'de', 'da', 'di', 'del', 'der', 'van', 'von', 'la', 'le', 'du', 'dos', 'y']);
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'as', 'from', 'into', 'vs', 'via', 'over', 'after', 'amid']);

const words = wordsOf;

/** Headline capitalisation: most words longer than three letters start with a capital. */
export function isTitleCase(text: string): boolean {
  const long = words(text).filter((w) => w.length > 3 && /\p{L}/u.test(w));
  if (long.length < 4) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}

/** Reads like running text: ends a sentence (and is not a capitalised headline), or is long. */
export function isProse(text: string): boolean {
  const count = countWords(text);
  if (count >= 30) return true;
  if (count >= 12 && text.endsWith(':')) return true;
  return ENDS_SENTENCE.test(text) && !(isTitleCase(text) && count <= 25);
}

/** A headline: a few words up to a long line, not a sentence of running text. */
function isHeadlineLike(text: string): boolean {
  const count = countWords(text);
  if (count < 3 || count > 30 || text.length > 250) return false;
  return !ENDS_SENTENCE.test(text) || isTitleCase(text);
}

/** The names in a byline (`By Jane Doe and John Roe`, `Borzou Daragahi`), or null when it is not one. */
export function readByline(text: string): Array<{ name: string; start: number; end: number }> | null {
  if (text.length > 120) return null;
  const by = /^by[\s:]+/i.exec(text);
  const body = by === null ? text : text.slice(by[0].length);
  const offset = by === null ? 0 : by[0].length;
  // Drop a trailing role: "Jane Doe, International Correspondent".
  const comma = body.search(/\s*[,|–—]\s*/);
  const namesPart = comma >= 0 && ROLE_WORDS.test(body.slice(comma)) ? body.slice(0, comma) : body;
  const names: Array<{ name: string; start: number; end: number }> = [];
  const separator = /\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)/g;
  let from = 0;
  for (;;) {
    const m = separator.exec(namesPart);
    const to = m === null ? namesPart.length : m.index;
    const name = namesPart.slice(from, to).trim();
    if (name !== '') names.push({ name, start: offset + from, end: offset + from + name.length });
    if (m === null) break;
    from = m.index + m[0].length;
  }
  if (names.length === 0 || names.length > 6) return null;
  for (const { name } of names) {
    const parts = name.split(/\s+/);
    if (parts.length < 2 || parts.length > 5) return null;
    const capitalised = parts.every((p) => /^\p{Lu}[\p{L}.'’-]*$/u.test(p) || NAME_PARTICLES.has(p.toLowerCase()));
    if (!capitalised || parts.some((p) => SMALL_WORDS.has(p.toLowerCase())) || ROLE_WORDS.test(name)) return null;
  }
  // Without "By", a bare name line must look like nothing else: two to four words, no digits,
  // no full stop or possessive, not all capitals (`USA TODAY` is an outlet).
  if (by === null) {
    if (names.length > 3 || /\d|[.!?]$|['’]s\b/.test(text)) return null;
    if (names.some(({ name }) => name.split(/\s+/).length > 4 || name === name.toUpperCase())) return null;
  }
  return names;
}

function isBylineRole(text: string): boolean {
  return text.length <= 60 && countWords(text) <= 6 && ROLE_WORDS.test(text) && !ENDS_SENTENCE.test(text);
}

/** How far into a page the header may reach, in blocks. */
const HEADER_MAX_BLOCKS = 25;
/** Furniture in the header is short; anything longer is kept as text. */
const CHROME_MAX_WORDS = 12;

/**
 * Reads the header of `blocks`. `title` is the caller's headline, when given: the block that says
 * it becomes the headline, and no other block is taken for one.
 */
export function readHeader(blocks: readonly Block[], title?: string): Header {
  const roles = new Map<number, HeaderRole>();
  const authors: Header['authors'] = [];
  const limit = Math.min(blocks.length, HEADER_MAX_BLOCKS);
  let bodyStart = blocks.findIndex((b, i) => i < limit && isProse(b.text) && readDateline(b.text) === null);
  if (bodyStart < 0) bodyStart = Math.min(blocks.length, limit === blocks.length ? 0 : limit);
  const header: Header = { roles, bodyStart, authors };

  let headline = -1;
  for (let i = 0; i < bodyStart; i++) {
    const text = (blocks[i] as Block).text;
    if (title !== undefined ? sameHeadline(text, title) : isHeadlineLike(text) && readByline(text) === null && readDateline(text) === null) {
      headline = i;
      break;
    }
  }
  // With no header at all, a capitalised first line before the body is still the headline.
  if (headline < 0 && title === undefined && bodyStart === 0 && blocks.length > 1) {
    const first = (blocks[0] as Block).text;
    if (isTitleCase(first) && countWords(first) <= 30 && isProse((blocks[1] as Block).text)) {
      headline = 0;
      header.bodyStart = 1;
    }
  }
  if (headline >= 0) {
    roles.set(headline, 'headline');
    header.headline = headline;
  }

  let afterByline = false;
  for (let i = 0; i < header.bodyStart; i++) {
    if (i === headline) continue;
    const block = blocks[i] as Block;
    const text = block.text;
    const dateline = readDateline(text);
    const byline = dateline === null ? readByline(text) : null;
    if (dateline !== null) {
      roles.set(i, 'dateline');
      if (header.date === undefined) header.date = { block: i, found: dateline };
    } else if (byline !== null && i > headline) {
      roles.set(i, 'byline');
      for (const name of byline) authors.push({ ...name, block: i });
      afterByline = true;
      continue;
    } else if (afterByline && isBylineRole(text)) {
      roles.set(i, 'byline-role');
    } else if (i === headline + 1 && countWords(text) >= 6) {
      roles.set(i, 'standfirst');
    } else if (countWords(text) <= CHROME_MAX_WORDS && !ENDS_SENTENCE.test(text)) {
      roles.set(i, 'chrome');
    }
    afterByline = false;
  }
  return header;
}

/** Is `text` the caller's headline, allowing for small edits (punctuation, a word or two)? */
function sameHeadline(text: string, title: string): boolean {
  const a = new Set(words(text.toLowerCase()));
  const b = new Set(words(title.toLowerCase()));
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared) >= 0.7;
}
