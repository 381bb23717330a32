/**
 * What slant counts as a word: a run of letters or digits; `Iran-backed`, `don’t`, `U.S.` and
 * `2,500` count once. The scanners below find exactly the matches of the regular expressions they
 * name, in one pass and without building a match per word (a regex over every word of every
 * article was a tenth of the analysis time).
 */

/** Words: `[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*` (what {@link countWords} counts). */
export const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** Code point classes, as bits. */
const LETTER = 1;
const DIGIT = 2;
const LATIN = 4;

const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_LATIN = /^\p{Script=Latin}$/u;

/** The classes of the BMP code points met so far, plus 8 once known (filled on first sight). */
const KNOWN = 8;
const bmp = new Uint8Array(0x10000);

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  return (IS_LETTER.test(c) ? LETTER : 0) | (IS_DIGIT.test(c) ? DIGIT : 0) | (IS_LATIN.test(c) ? LATIN : 0);
}

/** `\p{L}` → LETTER, `\p{N}` → DIGIT, `\p{Script=Latin}` → LATIN, for one code point. */
function classOf(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x30 && cp <= 0x39) return DIGIT;
    const lower = cp | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? LETTER | LATIN : 0;
  }
  if (cp > 0xffff) return classify(cp);
  let c = bmp[cp] as number;
  if (c === 0) bmp[cp] = c = classify(cp) | KNOWN;
  return c & ~KNOWN;
}

/** The code point at `i` (a lone surrogate is its own code point, as in a `u` regex). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

/** How many code points of `text` are letters (`\p{L}`), and how many are in the Latin script (`\p{Script=Latin}`). */
export function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    const c = classOf(cp);
    if ((c & LETTER) !== 0) letters++;
    if ((c & LATIN) !== 0) latin++;
    i += cp > 0xffff ? 2 : 1;
  }
  return { letters, latin };
}

/** ASCII letters and digits. */
const ASCII_ALNUM = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_ALNUM[c] = (classOf(c) & (LETTER | DIGIT)) !== 0 ? 1 : 0;

/** The length (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none. */
function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_ALNUM[c] as number;
  const cp = codePointAt(text, i);
  const size = cp > 0xffff ? 2 : 1;
  return (classOf(cp) & (LETTER | DIGIT)) !== 0 ? size : -size;
}

/** Characters that join two runs of letters or digits into one word. */
const JOINERS = "'’.,-";
/** The same without the comma (`[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`: names, where `A, B` is two). */
/** The days of the week, lower-cased: capitalised, yet no names of actors. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The months, lower-cased and written out. */
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export const NAME_JOINERS = "'’.-";

/**
 * Calls `found(start, end)` for every match of `[\p{L}\p{N}]+(?:[J][\p{L}\p{N}]+)*` in `text`, J
 * being `joiners`, in order, and returns how many there were.
 */
export function scanWords(text: string, found?: (start: number, end: number) => void, joiners: string = JOINERS): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // alnumAt: > 0 a letter or digit of that length, else minus the length of something else (0: ASCII).
    let size = alnumAt(text, i);
    if (size <= 0) {
      i += size < 0 ? -size : 1;
      continue;
    }
    const start = i;
    // A run, then as long as a joiner is followed by another run, that joiner and run.
    for (;;) {
      while (size > 0) {
        i += size;
        size = i < n ? alnumAt(text, i) : 0;
      }
      if (i + 1 < n && joiners.includes(text.charAt(i)) && (size = alnumAt(text, i + 1)) > 0) i++;
      else break;
    }
    count++;
    found?.(start, i);
  }
  return count;
}

/** The number of words in `text` (matches of {@link WORD}). */
export function countWords(text: string): number {
  return scanWords(text);
}

/** The words of `text` (the matches of {@link WORD}, or with `joiners` of the same pattern with those joiners). */
export function wordsOf(text: string, joiners: string = JOINERS): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => out.push(text.slice(start, end)), joiners);
  return out;
}

/**
 * `text.toLowerCase()`, without the copy V8 makes of a text already in lower case: it writes its
 * result into a new string before it knows whether anything changed, and returns the original if
 * nothing did. Most words and tokens are lower-case ASCII, and were copied for nothing (about a
 * token's worth of bytes for each token of an article). A text of ASCII characters none of which is
 * a capital letter is its own lower case; any other text is lower-cased as before.
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return text.toLowerCase();
  }
  return text;
}

/** Which UTF-16 code units are white space (`\s`), filled in as they are met: 1 no, 2 yes. */
const SPACE = new Uint8Array(0x10000);

/** Is the UTF-16 code unit `c` white space (`\s`, as in a regular expression)? */
export function isSpace(c: number): boolean {
  let known = SPACE[c] as number;
  if (known === 0) SPACE[c] = known = /\s/.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}
