/**
 * The context every detector reads: the analysed text as the parser saw it, its tokens, sentences
 * and paragraphs, its quoted stretches, and the way back to the caller's original text. Built once
 * by `analyze.ts`.
 */
import type { Token } from '../nlp/wink.js';
import type { QuotedStretch } from './quote-marks.js';
import type { ParagraphRole, Span } from '../types.js';

/** A sentence as token indices (inclusive) and offsets in the analysed text. */
export interface SentenceRange {
  index: number;
  first: number;
  last: number;
  start: number;
  end: number;
  paragraph: number;
}

/** A paragraph of the analysed text. */
export interface ParagraphRange {
  index: number;
  start: number;
  end: number;
  role: ParagraphRole;
}

export interface ArticleContext {
  /** The analysed text (headline, standfirst, body; paragraphs separated by blank lines). */
  text: string;
  tokens: Token[];
  sentences: SentenceRange[];
  paragraphs: ParagraphRange[];
  /** Index of the sentence holding each token. */
  sentenceOf: Int32Array;
  /** The stretches inside quote marks, in text order. */
  stretches: QuotedStretch[];
  /** Index in `stretches` of the stretch holding each token, or -1: the token is in the outlet's own words. */
  quotedIn: Int32Array;
  /** The original-text span behind `[start, end)` of the analysed text. */
  span(start: number, end: number): Span;
}

/** Index of the first token that starts at or after `offset` (`tokens.length` when none does). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token whose characters include `offset`, if any. */
export function tokenContaining(tokens: readonly Token[], offset: number): Token | undefined {
  const token = tokens[firstTokenAtOrAfter(tokens, offset + 1) - 1];
  return token !== undefined && token.end > offset ? token : undefined;
}
