/**
 * The only file that touches wink-nlp. Parses a text into slant's own tokens (offsets, POS,
 * lemma, negation), so no wink type leaks into the rest of slant or its public types.
 * The model is built on first use (about 0.1–0.2 s), never at import, and a caller may supply it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Universal POS tags, as wink's English model assigns them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON'
  | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One token of the parsed text. Offsets are into the parsed text. */
export interface Token {
  /** Position in the token list. */
  i: number;
  start: number;
  end: number;
  value: string;
  /** Lower-cased value. */
  lower: string;
  pos: Pos;
  lemma: string;
  /** wink's token type: `word`, `number`, `punctuation`, `tabCRLF` (a line break), `emoji`, ... */
  type: string;
  /** Inside the scope of a negation (`not`, `never`, `n't`). */
  negated: boolean;
  /** wink marks abbreviations such as `U.S.` and `Gen.`. */
  abbrev: boolean;
  /** Whitespace stands before this token. */
  spaceBefore: boolean;
}

type Wink = ReturnType<typeof winkNLP>;
let shared: Wink | undefined;

/** The wink instance, built on first use. */
function nlp(): Wink {
  shared ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return shared;
}

/** Builds the parser now (for callers who want to pay the start-up cost up front). */
export function warmUp(): void {
  nlp();
}

/**
 * Parses `text` into tokens. The token values and the whitespace before them add up to `text`
 * exactly (wink keeps both), which gives every token its offsets.
 */
export function tokenize(text: string): Token[] {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as Pos[];
  const types = all.out(its.type) as string[];
  // wink types `its.lemma` with an addon parameter its `out` signature does not admit; it works the same.
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  const abbrevs = all.out(its.abbrevFlag) as unknown as boolean[];
  const tokens: Token[] = new Array<Token>(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const space = spaces[i] ?? '';
    let start = at + space.length;
    // Guard against any normalisation by the tokenizer: find the value where it really is.
    if (text.startsWith(value, start) === false) {
      const found = text.indexOf(value, at);
      if (found >= 0) start = found;
    }
    const end = Math.min(text.length, start + value.length);
    tokens[i] = {
      i,
      start,
      end,
      value,
      lower: value.toLowerCase(),
      pos: pos[i] ?? 'X',
      lemma: lemmas[i] ?? value.toLowerCase(),
      type: types[i] ?? 'word',
      negated: negations[i] === true,
      abbrev: abbrevs[i] === true,
      spaceBefore: space.length > 0,
    };
    at = end;
  }
  return tokens;
}
