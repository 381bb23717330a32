/**
 * AFINN sentiment of a sentence, scored as the `sentiment` package scores it (its English word
 * list and its negation rule, read from the package), with the offsets of every scored word.
 * The package lower-cases the text, turns line feeds and `. , / # ! ? $ % ^ & * ; : { } = _ ` " ~ ( )`
 * into spaces, collapses every run of two or more white-space characters (of any kind) into one
 * space, trims, and splits at spaces: a lone tab or no-break space between two letters stays inside
 * its word. A word scores when the list has it; the word after a negator (`not`, `don't`, ...)
 * scores the opposite. Doing the same walk here in one pass costs a fraction of the package's
 * regular-expression passes and copies, and gives the offsets the package does not report.
 */
// Loading the package's main module merges its emoji scores into the English list (its
// lib/language-processor.js), as every `analyze` call sees it.
import 'sentiment';
import english from 'sentiment/languages/en/index.js';
import { isSpace, lowerCase } from './words.js';

/** One scored word: its offsets in the scored text and its score (negation applied). */
export interface ScoredWord {
  start: number;
  end: number;
  score: number;
}

/** 0: part of a word; 1: a space, or a character the package makes one (`\n` and the separators); 2: other white space. */
type Kind = 0 | 1 | 2;

/** The kinds of the ASCII characters. */
const ASCII_KIND = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_KIND[c] = '\n.,/#!?$%^&*;:{}=_`"~() '.includes(String.fromCharCode(c)) ? 1 : isSpace(c) ? 2 : 0;

function kind(c: number): Kind {
  if (c < 0x80) return ASCII_KIND[c] as Kind;
  return isSpace(c) ? 2 : 0;
}

/**
 * The package's English word list (emoji included) as a map, copied on first use. Looking a word
 * sliced out of the text up in the package's object made V8 search its table of interned strings
 * first, each word: the map costs about half as much (a sentence's AFINN walk about 20–40 % less).
 * A copy, so a table later changed through the package's `extras` (which changes it for the whole
 * process) no longer changes slant's scores.
 */
let labels: Map<string, number> | undefined;

/** The scored words of `text`, first to last, and their sum: the package's `score`. */
export function afinn(text: string): { score: number; words: ScoredWord[] } {
  const { scoringStrategy } = english;
  labels ??= new Map(Object.entries(english.labels));
  const words: ScoredWord[] = [];
  let score = 0;
  let previous: string | undefined;
  const n = text.length;
  let i = 0;
  // Leading white space is trimmed.
  while (i < n && kind(text.charCodeAt(i)) !== 0) i++;
  while (i < n) {
    // A word runs to a space, to a run of two white-space characters, or to trailing white space.
    const start = i;
    let end = i;
    while (i < n) {
      const k = kind(text.charCodeAt(i));
      if (k === 0) {
        end = ++i;
        continue;
      }
      if (k === 1 || i + 1 >= n || kind(text.charCodeAt(i + 1)) !== 0) break;
      i++; // a lone tab or no-break space inside the word
    }
    while (i < n && kind(text.charCodeAt(i)) !== 0) i++;
    const word = lowerCase(text.slice(start, end));
    const label = labels.get(word);
    if (label !== undefined) {
      const value = scoringStrategy.apply(previous === undefined ? [word] : [previous, word], previous === undefined ? 0 : 1, label);
      words.push({ start, end, score: value });
      score += value;
    }
    previous = word;
  }
  return { score, words };
}
