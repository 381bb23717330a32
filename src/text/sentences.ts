/**
 * Sentence boundaries for news text, from tokens: full stops after titles and ranks (`Maj.-Gen.`,
 * `Lt. Col.`, `Sen.`), initials and `U.S.` do not end a sentence; closing quotes after the stop
 * (`.”`) stay with the sentence; a line break always ends one, and so does the 400th token.
 */
import { AMBIGUOUS_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from '../lexicons/abbreviations.js';
import type { Token } from '../nlp/wink.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?', '!!', '??']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '‹']);
const DASHES = new Set(['—', '–', '-']);

/** Does the token start like a new sentence (a capital, a digit, an opening quote or bracket)? */
function startsSentence(token: Token | undefined): boolean {
  if (token === undefined) return true;
  if (token.type === 'tabCRLF') return true;
  if (OPENERS.has(token.value)) return true;
  if (DASHES.has(token.value)) return token.spaceBefore;
  return /^[\p{Lu}\p{N}]/u.test(token.value);
}

/** Is a full stop right after `word` part of an abbreviation that cannot end a sentence? */
function isTitleOrInitial(word: string, following: Token | undefined): boolean {
  const bare = word.replace(/\.$/, '');
  const key = bare.toLowerCase();
  // "No. 1" but "she said no."
  if (key === 'no' || key === 'nos') return following !== undefined && following.type === 'number';
  if (TITLE_ABBREVIATIONS.has(key) || /^\p{Lu}$/u.test(bare)) return true;
  return /^(?:\p{L}\.)+\p{L}?$/u.test(key) && !AMBIGUOUS_ABBREVIATIONS.has(key);
}

/** Does the sentence end at token `k` (a stop, or a word with a stop inside it such as `U.S.`)? */
function endsAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  const terminal = TERMINAL.has(token.value);
  // Only a stop, or a word with a stop inside it (`U.S.`), can end a sentence.
  if (!terminal && !(token.type === 'word' && token.value.length > 1 && token.value.endsWith('.'))) return false;
  let next = k + 1;
  while (next < tokens.length && CLOSERS.has((tokens[next] as Token).value) && !(tokens[next] as Token).spaceBefore) next++;
  const following = tokens[next];
  if (terminal) {
    const before = tokens[k - 1];
    if (token.value === '.' && before !== undefined && !token.spaceBefore && before.type === 'word') {
      const key = before.lower;
      if (isTitleOrInitial(before.value, following)) return false;
      if (AMBIGUOUS_ABBREVIATIONS.has(key)) return following === undefined || SENTENCE_OPENERS.has(following.lower);
    }
    // `“What could be in his taxes?” Priebus said.`: a quote's own stop does not end the sentence
    // when a short attribution follows it.
    if (next > k + 1 && attributionFollows(tokens, next)) return false;
    return startsSentence(following);
  }
  // A word with a stop inside it.
  const key = token.lower.slice(0, -1);
  if (isTitleOrInitial(token.value, following)) return false;
  if (AMBIGUOUS_ABBREVIATIONS.has(key)) {
    return following === undefined || following.type === 'tabCRLF' || (SENTENCE_OPENERS.has(following.lower) && /^\p{Lu}/u.test(following.value));
  }
  return startsSentence(following) && following !== undefined && following.spaceBefore;
}

/** Speech verbs that make `Name said.` after a quote part of the quote's sentence. */
const SPEECH_AFTER_QUOTE = /^(?:said|says|added|adds|asked|asks|told|tells|wrote|writes|continued|explained|noted|recalled|replied|insisted|argued|declared|warned|shouted|tweeted|stated|concluded)$/;

/** Do up to six words and a speech verb follow at `from`, then the end of a clause (`Priebus said.`, `Sen. Ted Cruz told reporters,`)? */
function attributionFollows(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from <= 7; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'tabCRLF') return false;
    if (SPEECH_AFTER_QUOTE.test(t.lower)) {
      const after = tokens[i + 1];
      return i > from && (after === undefined || after.type === 'tabCRLF' || /^[.,;:!?]$/.test(after.value) || after.pos === 'ADV' || after.pos === 'PROPN' || after.pos === 'ADP');
    }
    if (TERMINAL.has(t.value) || t.value === '“' || t.value === '"') return false;
  }
  return false;
}

/**
 * The most tokens in one sentence. News sentences run to a hundred or so; a text with no
 * punctuation (a megabyte of words) would otherwise be one sentence, and the detectors, whose
 * work per attribution grows with its sentence, would take time quadratic in its length.
 */
export const LONGEST_SENTENCE = 400;

/** Splits tokens into sentences: `[first, last]` token indices, inclusive, line breaks left out. */
export function splitSentences(tokens: readonly Token[]): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let first = -1;
  const close = (last: number): void => {
    if (first >= 0 && last >= first) sentences.push([first, last]);
    first = -1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.type === 'tabCRLF' || token.pos === 'SPACE') {
      close(k - 1);
      continue;
    }
    if (first < 0) first = k;
    if (k - first + 1 >= LONGEST_SENTENCE) {
      close(k);
      continue;
    }
    if (endsAt(tokens, k)) {
      let last = k;
      while (last + 1 < tokens.length && CLOSERS.has((tokens[last + 1] as Token).value) && !(tokens[last + 1] as Token).spaceBefore) last++;
      close(last);
      k = last;
    }
  }
  close(tokens.length - 1);
  return sentences;
}
