/** Evidence as the reader sees it: a span in its sentence, with the words that count marked. */
import type { EvidenceRef } from '../types.js';

/** A piece of text to show; `mark` pieces are the matched words (`<mark>` in HTML, bold in markdown). */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Finds an article's original text by its id, or `undefined`. */
export type TextLookup = (article: string) => string | undefined;

/** How far a context reaches either side of a span before it is cut with `…`. */
const REACH = 280;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * The stretches of `text` that match one of `terms`, whole words, case ignored, a plural or
 * possessive ending allowed (`militia` marks `militias`), a phrase's words joined by any space or
 * hyphen.
 */
export function findTerms(text: string, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const words = term.trim().split(/[\s-]+/).filter((w) => w !== '');
    if (words.length === 0) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[\\s\\-‐–]+')}(?:s|es|['’]s)?(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(pattern)) ranges.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    // Overlapping matches merge, and so do matches only white space or a hyphen apart (`four fighters`, `Maj-Gen`).
    if (last !== undefined && (r[0] <= last[1] || /^[\s\-‐–]+$/.test(text.slice(last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** `text` cut into segments, the stretches matching `terms` marked (nothing marked when none match). */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of findTerms(text, terms)) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
  return out;
}

// A sentence ends at . ! or ? (and any closing quote or bracket) before white space and a capital,
// a digit or an opening quote; a line break ends one too. `U.S. forces` does not end a sentence.
const ENDS_BEFORE = /(?:[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}]))|\n\s*/gu;
const ENDS_AFTER = /[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|[.!?]["'”’)\]]*\s*$|\n/u;

/**
 * A piece of evidence as segments. With the article's original text, the span is shown in its
 * sentence (cut with `…` beyond a few hundred characters), the span itself marked, or within it
 * the `terms` when given and found; white space runs become one space. Without the text, or when
 * the span does not slice out of it, the span's own `text` is shown, marked the same way.
 */
export function evidenceSegments(ref: EvidenceRef, texts: TextLookup, terms: readonly string[] = []): Segment[] {
  const { start, end, text: spanText } = ref.span;
  const inner = (s: string): Segment[] => {
    const marked = terms.length > 0 ? markTerms(s, terms) : [];
    return marked.some((x) => x.mark) ? marked : [{ text: s, mark: true }];
  };
  const text = texts(ref.article);
  if (text === undefined || !(start >= 0 && start <= end && end <= text.length) || text.slice(start, end) !== spanText) {
    return tidy(inner(spanText));
  }
  const left = Math.max(0, start - REACH);
  const before = text.slice(left, start);
  let from = -1;
  for (const m of before.matchAll(ENDS_BEFORE)) from = (m.index ?? 0) + m[0].length;
  let head: string;
  if (from >= 0) head = before.slice(from);
  else if (left === 0) head = before;
  else {
    const cut = before.indexOf(' ');
    head = `…${before.slice(cut >= 0 ? cut + 1 : 0)}`;
  }
  const after = text.slice(end, end + REACH);
  const m = ENDS_AFTER.exec(after);
  let tail: string;
  if (m !== null) tail = after.slice(0, m.index + (m[0] === '\n' ? 0 : m[0].trimEnd().length));
  else if (end + REACH >= text.length) tail = after;
  else {
    const cut = after.lastIndexOf(' ');
    tail = `${after.slice(0, cut > 0 ? cut : after.length)}…`;
  }
  return tidy([{ text: head, mark: false }, ...inner(spanText), { text: tail, mark: false }]);
}

/** Collapses white space runs to one space, trims the ends, and drops empty segments. */
export function tidy(segments: Segment[]): Segment[] {
  const out = segments.map((s) => ({ text: s.text.replace(/\s+/g, ' '), mark: s.mark }));
  const first = out[0];
  if (first !== undefined) first.text = first.text.trimStart();
  const last = out[out.length - 1];
  if (last !== undefined) last.text = last.text.trimEnd();
  return out.filter((s) => s.text !== '');
}
