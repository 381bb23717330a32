/**
 * Lexicon terms matched against tokens: the one matcher behind wording, labels and frames.
 * A term is lower-case words separated by spaces (`appear to`, `so-called`); each word matches a
 * token whose lower-cased form or lemma equals it, so `slam` matches `slammed` (and a capitalised
 * plural the parser left as it is, `Democrats`, matches `democrat`). At each token the
 * longest term wins, and matches never overlap. Linear in the tokens (terms are a few words long).
 */
import type { Token } from '../nlp/wink.js';

/** A compiled term with the payload the caller attached to it. */
interface Compiled<T> {
  term: string;
  words: string[];
  value: T;
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

/** Matches many terms at once. Build one per lexicon set and reuse it (compiling costs a little). */
export class TermMatcher<T> {
  private readonly byFirst = new Map<string, Array<Compiled<T>>>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [term, value] of entries) {
      for (const words of termShapes(term)) {
        const first = words[0];
        if (first === undefined) continue;
        const list = this.byFirst.get(first) ?? [];
        list.push({ term, words, value });
        this.byFirst.set(first, list);
      }
    }
    // Longest first, so the first match found at a token is the longest.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The term matches in `tokens[from..to]` (inclusive), in text order. `skip(i)` excludes a token. */
  match(tokens: readonly Token[], from = 0, to = tokens.length - 1, skip?: (token: Token) => boolean): Array<TermMatch<T>> {
    const out: Array<TermMatch<T>> = [];
    for (let i = from; i <= to; i++) {
      const token = tokens[i] as Token;
      if (skip?.(token) === true) continue;
      const found =
        this.at(tokens, i, to, token.lower) ??
        (token.lemma !== token.lower ? this.at(tokens, i, to, token.lemma) : undefined) ??
        // wink leaves capitalised plurals unlemmatised (`Democrats`, `Lawmakers` opening a sentence).
        (token.pos === 'PROPN' && /[^s]s$/.test(token.lower) ? this.at(tokens, i, to, token.lower.slice(0, -1)) : undefined);
      if (found === undefined) continue;
      out.push({ first: i, last: i + found.words.length - 1, term: found.term, value: found.value });
      i += found.words.length - 1;
    }
    return out;
  }

  private at(tokens: readonly Token[], i: number, to: number, first: string): Compiled<T> | undefined {
    const list = this.byFirst.get(first);
    if (list === undefined) return undefined;
    for (const entry of list) {
      const last = i + entry.words.length - 1;
      if (last > to) continue;
      let ok = true;
      for (let k = 1; k < entry.words.length && ok; k++) {
        const token = tokens[i + k] as Token;
        const word = entry.words[k];
        // A hyphen inside a compound is glued to its neighbours: `so - called` is not `so-called`.
        if (word === '-' || entry.words[k - 1] === '-') ok = !token.spaceBefore && (token.lower === word || token.lemma === word);
        else ok = token.lower === word || token.lemma === word;
      }
      if (ok) return entry;
    }
    return undefined;
  }
}
