/**
 * The context every detector reads: the analysed text as the parser saw it, its tokens, sentences
 * and paragraphs, and the way back to the caller's original text. Built once by `analyze.ts`.
 */
import type { Token } from '../nlp/wink.js';
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
  /** The original-text span behind `[start, end)` of the analysed text. */
  span(start: number, end: number): Span;
}
