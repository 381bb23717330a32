/**
 * From raw attributions (analysed-text offsets) to the public `Quote` objects: spans into the
 * caller's original text, trimmed of stray spaces and punctuation at their edges.
 */
import type { Quote, Span } from '../types.js';
import type { RawAttribution } from './attributions.js';
import type { ArticleContext } from './context.js';

/** Trims white space (and a leading comma) from the edges of `[start, end)` of `text`. */
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,]/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

function spanOf(ctx: ArticleContext, range: [number, number]): Span {
  const [s, e] = trim(ctx.text, range[0], range[1]);
  return ctx.span(s, e);
}

/** Turns raw attributions into public quotes. */
export function readQuotes(ctx: ArticleContext, raw: readonly RawAttribution[]): Quote[] {
  return raw.map((a) => {
    const quote: Quote = {
      kind: a.kind,
      content: spanOf(ctx, a.content),
      parts: a.parts.map((p) => spanOf(ctx, p)),
      paragraph: a.paragraph,
      sentence: a.sentence,
    };
    if (a.cue !== undefined) quote.cue = spanOf(ctx, a.cue);
    if (a.cueLemma !== undefined) quote.cueLemma = a.cueLemma;
    if (a.cueClass !== undefined) quote.cueClass = a.cueClass;
    if (a.source !== undefined) {
      const first = ctx.tokens[a.source[0]];
      const last = ctx.tokens[a.source[1]];
      if (first !== undefined && last !== undefined) quote.source = ctx.span(first.start, last.end);
    }
    if (a.floating === true) quote.floating = true;
    if (a.unattributed === true) quote.unattributed = true;
    return quote;
  });
}
