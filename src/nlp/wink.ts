/**
 * The only file that touches wink-nlp. Parses a text into slant's own tokens (offsets, POS,
 * lemma, negation), so no wink type leaks into the rest of slant or its public types.
 * The model is built on first use (about 0.1–0.2 s), never at import, and a caller may supply it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { lowerCase } from '../text/words.js';

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

/** wink's table of known words: each word's index, and the words by index. */
interface Lexemes {
  /** A word's index; `undefined` (a word slant took back) reads as unknown, as wink checks. */
  hash: Record<string, number | undefined>;
  list: string[];
}

/** One of the tables in the model's core that wink adds to while reading: words, their prefixes, suffixes, shapes. */
interface Feature extends Lexemes {
  /** Entries the model shipped with (wink's name). */
  intrinsicSize?: number;
  /** The next entry's index: the list's length. */
  index: number;
}

/** The model's core, as wink reads it; only its feature tables are changed by reading. */
interface Core {
  features: Record<string, Feature>;
}

interface Parser {
  wink: Wink;
  /** The live word table inside wink's cache. */
  lexemes: Lexemes;
  /** Words the model shipped with; the rest were added while reading. */
  shipped: number;
}

/**
 * wink adds every word it has not seen to its word table, and its tokenizer splits a token with
 * punctuation attached (`Hezbollah.”`) differently once the word is in the table. Left alone, an
 * article's tokens would depend on what the process read before it, and the table would grow with
 * every new word of a long run. So after each text slant takes back the words it added (they stay
 * in wink's list, where the parsed tokens point, but no later text can look them up), and rebuilds
 * the parser once that list holds this many added words. A word taken back is added again by the
 * next text that has it, so the list grows by about 100 words an article (AllSides news): 100,000
 * is a rebuild every 1,000 or so articles, about 0.05 s of CPU each (the model's core is decoded
 * only once: see `decodedCore`), for word tables that stay small (250,000 words held about 12 MB of
 * each analysing thread's heap, which V8 lets grow to a multiple of what it holds).
 */
const REBUILD_AFTER = 100_000;

let shared: Parser | undefined;
/** The model's CER loader re-encodes its data on every call, so it is called once per process. */
let cerMeta: unknown;
/**
 * The model's core, decoded once per process. Decoding it (a deep copy of the model's JSON, base64,
 * a hash of ~90,000 words) was almost all of a rebuild's cost, 0.13–0.17 of 0.14–0.18 s: about 2 %
 * of the time the articles between two rebuilds take. Each rebuild gets the same core back, its
 * tables as shipped again (see `restoreShipped`).
 */
let decodedCore: Core | undefined;

/**
 * Takes every entry wink added while reading out of the core's tables, leaving them as the model
 * shipped them: the state a newly decoded core starts in. wink changes nothing else of the core
 * (its only writes are the additions to a feature's `hash` and `list`, and `index`, in its cache),
 * and the wink instance that read with these tables is dropped before the next one is built.
 */
function restoreShipped(core: Core): void {
  for (const feature of Object.values(core.features)) {
    const shipped = feature.intrinsicSize;
    if (shipped === undefined) continue;
    const { hash, list } = feature;
    for (let k = shipped; k < list.length; k++) delete hash[list[k] as string];
    list.length = shipped;
    feature.index = shipped;
  }
}

/** The wink instance, built on first use (and again after REBUILD_AFTER added words). */
function parser(): Parser {
  if (shared === undefined) {
    let lexemes: Lexemes | undefined;
    // Keep a handle on the word table wink builds from the model's core.
    const withTable = {
      ...model,
      core() {
        if (decodedCore === undefined) decodedCore = (model as unknown as { core(): Core }).core();
        else restoreShipped(decodedCore);
        lexemes = decodedCore.features['lexeme'];
        return decodedCore;
      },
      metaCER() {
        cerMeta ??= (model as unknown as { metaCER(): unknown }).metaCER();
        return cerMeta;
      },
    } as typeof model;
    const wink = winkNLP(withTable, ['sbd', 'negation', 'pos']);
    if (lexemes === undefined) throw new Error('slant: wink-eng-lite-web-model has no word table (an unsupported model version?)');
    shared = { wink, lexemes, shipped: lexemes.list.length };
  }
  return shared;
}

/**
 * Makes the words added since the table had `from` entries unknown again. wink takes a word whose
 * entry is `undefined` for an unknown one, as it takes a missing one; setting the entry keeps the
 * key, so a word that comes back reuses its slot instead of a key of a hash of ~90,000 being
 * inserted and deleted again (measured against `delete`: the same speed within noise).
 */
function forgetWords(p: Parser, from: number): void {
  const { hash, list } = p.lexemes;
  for (let k = from; k < list.length; k++) hash[list[k] as string] = undefined;
  if (list.length - p.shipped > REBUILD_AFTER) shared = undefined;
}

/** Builds the parser now (for callers who want to pay the start-up cost up front). */
export function warmUp(): void {
  parser();
}

/**
 * Parses `text` into tokens. The token values and the whitespace before them add up to `text`
 * exactly (wink keeps both), which gives every token its offsets.
 */
export function tokenize(text: string): Token[] {
  const p = parser();
  const known = p.lexemes.list.length;
  try {
    return readTokens(p.wink, text);
  } finally {
    forgetWords(p, known);
  }
}

function readTokens(winkNlp: Wink, text: string): Token[] {
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
    const lower = lowerCase(value);
    tokens[i] = {
      i,
      start,
      end,
      value,
      lower,
      // wink tags the horizontal bar of datelines (`PHILADELPHIA ― …`) a proper noun.
      pos: value === '―' ? 'PUNCT' : (pos[i] ?? 'X'),
      lemma: lemmas[i] ?? lower,
      type: types[i] ?? 'word',
      negated: negations[i] === true,
      abbrev: abbrevs[i] === true,
      spaceBefore: space.length > 0,
    };
    at = end;
  }
  nameVerbs(tokens);
  // `Trump shot back that …`: wink tags `shot` a noun before `back`.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lower === 'shot' && t.pos === 'NOUN' && (tokens[i + 1] as Token).lower === 'back' && ((tokens[i - 1] as Token).pos === 'PROPN' || (tokens[i - 1] as Token).pos === 'PRON')) {
      t.pos = 'VERB';
      t.lemma = 'shoot';
    }
  }
  return tokens;
}

/** Tokens after which a capital letter says nothing (a sentence or a quote may start there). */
const OPENERS = new Set(['.', '!', '?', '…', ':', ';', '“', '"', '‘', "'", '(', '[', '—', '–', '-']);

/** First names that are also verbs or auxiliaries, as wink tags them. */
const NAME_VERBS = new Set(['josh', 'ted', 'will', 'rob', 'don', 'grant', 'sue', 'pat', 'mark', 'bill', 'chase', 'drew', 'jack', 'hope', 'rush', 'lance', 'buck', 'chip', 'dash', 'nick', 'wade', 'ward', 'skip', 'sandy', 'rusty', 'bob']);

/**
 * wink tags first names that are also verbs as verbs (`Josh Earnest`, `Grant Smith`, `Rep. Will
 * Hurd`), which breaks the name apart. A capitalised verb inside a sentence, right before a proper
 * noun, is the first word of that name.
 */
function nameVerbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const next = tokens[i + 1] as Token;
    const previous = tokens[i - 1] as Token;
    // The last word of a name before its verb or a comma: `Judicial Watch said`, `Mr. Hedge said`, `Merrick Garland, a judge`,
    // `Loretta Lynch’s`.
    const ends = ((next.pos === 'VERB' || next.pos === 'AUX') && /^\p{Ll}/u.test(next.value)) || next.value === ',' || next.value === '’s' || next.value === "'s";
    if (t.pos === 'VERB' && previous.pos === 'PROPN' && /^\p{Lu}/u.test(previous.value) && /^\p{Lu}\p{Ll}+$/u.test(t.value) && ends && t.spaceBefore && i >= 2 && !OPENERS.has((tokens[i - 2] as Token).value) && (tokens[i - 2] as Token).type !== 'tabCRLF') {
      t.pos = 'PROPN';
      t.lemma = t.lower;
      continue;
    }
    if (next.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.value) || !/^\p{Lu}/u.test(next.value) || !next.spaceBefore) continue;
    if (OPENERS.has(previous.value) || previous.type === 'tabCRLF' || !t.spaceBefore) continue;
    // A headline's verbs are capitalised too (`Trump Slams Clinton`, `Will Obama Act`): only these names.
    if (!NAME_VERBS.has(t.lower)) continue;
    t.pos = 'PROPN';
    t.lemma = t.lower;
  }
}
