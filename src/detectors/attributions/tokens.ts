/** Word lists and token tests shared by the attribution rules: what counts as a name, a verb, a quote mark. */
import type { Token } from '../../nlp/wink.js';
import { lookupTable } from '../../records.js';
import { WEEKDAYS } from '../../text/words.js';

/** Non-speech uses to leave alone: `think tank`, `reported by` (a passive), `speaking on condition …`. */
export const NOT_A_CUE_AFTER: Readonly<Record<string, ReadonlySet<string>>> = lookupTable({
  think: new Set(['tank', 'tanks']),
  call: new Set(['center', 'centre']),
  know: new Set(['as']),
});

export const CLOSING_PUNCT = new Set(['.', '!', '?', '…']);
/** Longest walk over a noun phrase, and the window in which a clause's verb is looked for. */
export const WALK_MAX = 24;
export const CLAUSE_WINDOW = 40;
/** Time words that may stand between a cue and its content: `said last week that …`. */
export const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'last', 'this', 'next', 'earlier', 'later', 'recently', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', ...WEEKDAYS, 'weekend']);
export const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', "'"]);
export const DASHES = new Set(['–', '—', '―', '--']);
/** Words that open a subordinate clause (wink tags some of them ADV): `…, when Clinton blasted him`. */
export const SUBORDINATORS = new Set(['when', 'while', 'as', 'because', 'after', 'before', 'since', 'although', 'though', 'if', 'whereas', 'until']);
/** Words that open the question after `asked`. */
export const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'what', 'why', 'how', 'who', 'when', 'where', 'which', 'to', 'specifically']);
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'that']);

/** nyt writes a quote mark as two apostrophes (`''`), two tokens: are tokens `i` and `i + 1` such a pair? */
export function twoApostrophes(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.value === "'" && next !== undefined && next.value === "'" && !next.spaceBefore;
}

/** The first token inside the quote that the mark at token `at` opens. */
export function insideMark(tokens: readonly Token[], at: number): number {
  return twoApostrophes(tokens, at) ? at + 2 : at + 1;
}

/** The text of the first token of a non-empty list. */
export function t1(tokens: readonly Token[]): string {
  return (tokens[0] as Token).value;
}

export function isWordy(t: Token): boolean {
  return /[\p{L}\p{N}]/u.test(t.value);
}

/** Does the token count as part of a noun phrase (a source or an addressee)? */
export function isNominal(t: Token): boolean {
  switch (t.pos) {
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'NUM':
    case 'DET':
    case 'PRON':
      return true;
    case 'PART':
      return t.lower === "'s" || t.lower === '’s';
    case 'PUNCT':
      // Glued punctuation inside a name: `Mr.`, `O’Malley`, `Iran-backed`, `USA TODAY/Suffolk`.
      return (t.value === '-' || t.value === '.' || t.value === '’' || t.value === "'" || t.value === '/') && !t.spaceBefore;
    case 'SYM':
      // `USA TODAY/Suffolk`, `42%`.
      return (t.value === '/' || t.value === '%') && !t.spaceBefore;
    default:
      // A capitalised word inside a sentence is a name whatever its tag (`Sky News Arabia`: wink tags `Sky` VERB).
      return t.abbrev || (t.type === 'word' && /^\p{Lu}/u.test(t.value) && t.pos !== 'AUX' && t.spaceBefore);
  }
}

/** Is token `i` glued by a hyphen to its neighbour (`Iran-backed`)? */
export function inCompound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before !== undefined && before.value === '-' && !t.spaceBefore) || (t.value === '-' && after !== undefined && !after.spaceBefore && !t.spaceBefore) || (after !== undefined && after.value === '-' && !after.spaceBefore);
}

export function nominalAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  // A capitalised "auxiliary" after a noun is a name (`columnist Ai Jun`).
  const before = tokens[i - 1];
  if (t.pos === 'AUX' && /^\p{Lu}\p{Ll}/u.test(t.value) && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN')) return true;
  // … and so is a capitalised "verb" before a name at a paragraph's start (`Ted Cruz says`, `De Blasio said`).
  const after = tokens[i + 1];
  if ((t.pos === 'VERB' || t.pos === 'X') && /^\p{Lu}\p{Ll}/u.test(t.value) && after !== undefined && after.pos === 'PROPN' && after.spaceBefore) return true;
  return isNominal(t) || (inCompound(tokens, i) && t.pos !== 'PUNCT') || (t.value === '-' && inCompound(tokens, i));
}

/** Does any token in `[from, to]` look like a verb of a clause (outside quote marks)? */
export function hasVerb(tokens: readonly Token[], from: number, to: number, quotedIn: Int32Array, skipModifiers = false): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && quotedIn[i] === -1 && !inCompound(tokens, i) && !nounUse(tokens, i) && !(skipModifiers && modifierAt(tokens, i, to))) return true;
  }
  return false;
}

/** A capitalised "adverb" opening the sentence right before a verb is a name wink mistagged (`Jolly said …`). */
export function nameLike(tokens: readonly Token[], i: number, sentenceFirst: number): boolean {
  const t = tokens[i] as Token;
  return i === sentenceFirst && /^\p{Lu}\p{Ll}/u.test(t.value) && tokens[i + 1]?.pos === 'VERB' && !ADVERB_OPENERS.has(t.lower);
}

/** Adverbs that do open a sentence right before its verb (`Later said …` in a list of events). */
export const ADVERB_OPENERS = new Set(['also', 'later', 'then', 'again', 'still', 'once', 'previously', 'recently', 'repeatedly', 'even', 'never', 'often', 'already', 'just', 'first', 'now', 'only', 'soon']);

/** A participle between a determiner or adjective and a noun modifies it: `another unaligned Iowa strategist`. */
export function modifierAt(tokens: readonly Token[], i: number, limit: number): boolean {
  const before = tokens[i - 1];
  const t = tokens[i] as Token;
  if (t.pos !== 'VERB') return false;
  // A capitalised word inside a phrase is a name, whatever wink's tag (`the Concord area`).
  if (/^\p{Lu}/u.test(t.value) && before !== undefined && before.pos !== 'PUNCT') return true;
  if (!/(?:ed|ing|en)$/.test(t.lower) || before === undefined || i + 1 > limit) return false;
  // `another unaligned strategist`, `a customer based in Boston`, `the platform drafting committee`.
  const next = tokens[i + 1] as Token;
  return ((before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'ADV') && nominalAt(tokens, i + 1)) || (/(?:ed|en)$/.test(t.lower) && before.pos === 'NOUN' && next.pos === 'ADP') || (t.lower.endsWith('ing') && before.pos === 'NOUN' && next.pos === 'NOUN');
}

/** A verb-looking word used as a noun in a compound: `think tank`, `call center`. */
export function nounUse(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && NOT_A_CUE_AFTER[(tokens[i] as Token).lemma]?.has(next.lower) === true;
}

export function hasQuote(quotedIn: Int32Array, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (quotedIn[i] !== -1) return true;
  return false;
}

/** Verbs whose object noun carries the meaning: `take a shot at`, `issue a statement saying`. */
export const LIGHT_VERBS = new Set(['take', 'make', 'give', 'offer', 'issue', 'launch', 'post', 'release', 'publish', 'present', 'sound', 'deliver', 'raise', 'express', 'voice', 'draw', 'cast', 'strike', 'fire', 'lodge', 'file', 'send', 'level', 'throw', 'provide', 'pay', 'put', 'hold', 'lay', 'mount', 'wage']);
