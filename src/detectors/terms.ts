/**
 * Lexicon terms matched against tokens: the one matcher behind wording, labels and frames.
 * A term is lower-case words separated by spaces (`appear to`, `so-called`); each word matches a
 * token whose lower-cased form or lemma equals it, so `slam` matches `slammed` (and a capitalised
 * plural the parser left as it is, `Democrats`, matches `democrat`). At each token the
 * longest term wins, and matches never overlap. Linear in the tokens (terms are a few words long).
 * Several lexicons (the wording one and each frame's: `lexicon-terms.ts`) are matched in one pass
 * over the tokens, each on its own as if it were matched alone: a match in one never hides a match
 * in another.
 */
import type { Token } from '../nlp/wink.js';

/** A compiled term with the payload the caller attached to it. */
interface Compiled<T> {
  term: string;
  words: string[];
  value: T;
  /** The lexicon it belongs to. */
  group: number;
}

/** A match: tokens `first..last` (inclusive) and the term's payload. */
export interface TermMatch<T> {
  first: number;
  last: number;
  term: string;
  value: T;
}

/**
 * The word sequences a term can take in the tokens. wink splits some hyphenated compounds
 * (`so - called`, `self - defense`) and keeps others whole (`de-escalation`), so a term with a
 * hyphen gets both shapes.
 */
function termShapes(term: string): string[][] {
  const whole = term.split(' ');
  const split = whole.flatMap((word) => word.split(/(-)/).filter((w) => w !== ''));
  return split.length === whole.length ? [whole] : [split, whole];
}

/** A capitalised plural the parser left unlemmatised (`Democrats`): a proper noun ending in one `s` (`/[^s]s$/`). */
function pluralName(token: Token): boolean {
  const lower = token.lower;
  const n = lower.length;
  return token.pos === 'PROPN' && n >= 2 && lower.charCodeAt(n - 1) === 115 && lower.charCodeAt(n - 2) !== 115;
}

/**
 * Matches the terms of several lexicons at once, each lexicon on its own (longest first, no
 * overlaps within it). Build one per set of lexicons and reuse it (compiling costs a little).
 */
export class TermMatchers<T> {
  private readonly byFirst = new Map<string, Array<Compiled<T>>>();
  private readonly groups: number;

  constructor(lexicons: Iterable<Iterable<readonly [string, T]>>) {
    let group = 0;
    for (const entries of lexicons) {
      for (const [term, value] of entries) {
        for (const words of termShapes(term)) {
          const first = words[0];
          if (first === undefined) continue;
          const list = this.byFirst.get(first) ?? [];
          list.push({ term, words, value, group });
          this.byFirst.set(first, list);
        }
      }
      group++;
    }
    this.groups = group;
    // Longest first, so the first match found at a token is the longest (the sort is stable: equal
    // lengths keep the lexicon's order).
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The term matches of each lexicon in `tokens`, in text order. */
  match(tokens: readonly Token[]): Array<Array<TermMatch<T>>> {
    const out: Array<Array<TermMatch<T>>> = Array.from({ length: this.groups }, () => []);
    // The first token each lexicon may match at (after its last match), and the token at which it
    // was last given a match (so that, at one token, only its first and longest counts).
    const free = new Int32Array(this.groups);
    const taken = new Int32Array(this.groups).fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      // A term's first word matches the lower-cased form, else the lemma, else (wink leaves
      // capitalised plurals unlemmatised: `Democrats`, `Lawmakers` opening a sentence) the form
      // without its `s`: the three are tried in this order for each lexicon.
      const byLower = this.byFirst.get(token.lower);
      const byLemma = token.lemma !== token.lower ? this.byFirst.get(token.lemma) : undefined;
      const bySingular = pluralName(token) ? this.byFirst.get(token.lower.slice(0, -1)) : undefined;
      if (byLower === undefined && byLemma === undefined && bySingular === undefined) continue;
      for (const list of [byLower, byLemma, bySingular]) {
        if (list === undefined) continue;
        for (const entry of list) {
          const g = entry.group;
          if (taken[g] === i || (free[g] as number) > i || !fits(tokens, i, entry.words)) continue;
          taken[g] = i;
          const last = i + entry.words.length - 1;
          free[g] = last + 1;
          (out[g] as Array<TermMatch<T>>).push({ first: i, last, term: entry.term, value: entry.value });
        }
      }
    }
    return out;
  }
}

/** Do the words after the first match the tokens from `i` on? */
function fits(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 1; k < words.length; k++) {
    const token = tokens[i + k] as Token;
    const word = words[k];
    // A hyphen inside a compound is glued to its neighbours: `so - called` is not `so-called`.
    if ((word === '-' || words[k - 1] === '-') && token.spaceBefore) return false;
    if (token.lower !== word && token.lemma !== word) return false;
  }
  return true;
}
