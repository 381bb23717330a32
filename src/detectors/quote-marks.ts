/**
 * Quotation marks: pairs curly and straight double quotes (and single curly quotes outside double
 * ones) into quoted stretches, following news conventions: a paragraph that opens a quote and does
 * not close it continues in the next paragraph when that one opens with a quote mark; otherwise
 * the quote ends with its paragraph. Stray closing marks are ignored. One pass, linear.
 */
import type { Token } from '../nlp/wink.js';
import { firstTokenAtOrAfter, type ParagraphRange } from './context.js';

/** A quoted stretch: the marks' positions and the content between them, in analysed-text offsets. */
export interface QuotedStretch {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the paragraph when unclosed). */
  close: number;
  /** The words between the marks, per paragraph (a quote running over paragraphs has several). */
  pieces: Array<[number, number]>;
  /** Closed by a mark (false: ran to the end of its paragraph). */
  closed: boolean;
  /** Paragraph index where it opens. */
  paragraph: number;
}

const LETTER = /[\p{L}\p{N}]/u;

function isOpeningStraight(text: string, i: number, from: number): boolean {
  const before = i > from ? text[i - 1] ?? ' ' : ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s([{\u2014\u2013\-/“‘]/.test(before) && !/\s/.test(after);
}

function isOpeningSingle(text: string, i: number, from: number): boolean {
  const before = i > from ? text[i - 1] ?? ' ' : ' ';
  // `in ‘08`, `the ‘90s`: a year's elided century, written with the opening mark.
  if (/^\d\d(?:s\b|(?!\d))/.test(text.slice(i + 1, i + 4))) return false;
  return /[\s([{\u2014\u2013\-“"]/.test(before) && LETTER.test(text[i + 1] ?? '');
}

/** Finds the quoted stretches of `text`, paragraph by paragraph. */
export function findQuotedStretches(text: string, paragraphs: readonly ParagraphRange[]): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  let current: QuotedStretch | null = null;
  let mark: 'double' | 'single' = 'double';
  let contentFrom = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as ParagraphRange;
    let i = para.start;
    if (current !== null) {
      // Continued from the previous paragraph: this one opens with the continuation mark.
      const width = text.startsWith("''", i) ? 2 : 1;
      contentFrom = i + width;
      i += width;
    }
    for (; i < para.end; i++) {
      const c = text[i];
      // Two apostrophes are a double quote mark (the New York Times' house style in some feeds).
      const doubled = c === "'" && text[i + 1] === "'";
      if (current === null) {
        if (doubled && !/\s/.test(text[i + 2] ?? ' ') && (i === para.start || /[\s([{\u2014\u2013\-/]/.test(text[i - 1] ?? ' '))) {
          current = { open: i, close: i, pieces: [], closed: false, paragraph: p };
          mark = 'double';
          contentFrom = i + 2;
          i++;
        } else if (c === '“' || (c === '"' && isOpeningStraight(text, i, para.start))) {
          current = { open: i, close: i, pieces: [], closed: false, paragraph: p };
          mark = 'double';
          contentFrom = i + 1;
        } else if (c === '‘' && isOpeningSingle(text, i, para.start)) {
          current = { open: i, close: i, pieces: [], closed: false, paragraph: p };
          mark = 'single';
          contentFrom = i + 1;
        }
        continue;
      }
      const closes =
        mark === 'double'
          ? c === '”' || (c === '"' && !isOpeningStraight(text, i, para.start)) || (doubled && !/\s/.test(text[i - 1] ?? ' '))
          : c === '’' && !LETTER.test(text[i + 1] ?? '');
      if (closes) {
        current.pieces.push([contentFrom, i]);
        current.close = doubled && mark === 'double' ? i + 2 : i + 1;
        if (doubled && mark === 'double') i++;
        current.closed = true;
        out.push(current);
        current = null;
      } else if (mark === 'double' && (c === '“' || c === '"')) {
        // An opening mark inside an open quote: the first one was never closed. End it here.
        current.pieces.push([contentFrom, i]);
        current.close = i;
        out.push(current);
        current = { open: i, close: i, pieces: [], closed: false, paragraph: p };
        contentFrom = i + 1;
      }
    }
    if (current !== null) {
      current.pieces.push([contentFrom, para.end]);
      current.close = para.end;
      const next = paragraphs[p + 1];
      const continues = next !== undefined && mark === 'double' && (text[next.start] === '“' || text[next.start] === '"' || text.startsWith("''", next.start));
      if (!continues) {
        out.push(current);
        current = null;
      }
    }
  }
  return out.filter((q) => q.pieces.some(([s, e]) => e > s));
}

/** Which stretch each token stands in (its index in `stretches`), or -1 for the outlet's own words. */
export function quotedTokenMap(tokens: readonly Token[], stretches: readonly QuotedStretch[]): Int32Array {
  const quotedIn = new Int32Array(tokens.length).fill(-1);
  stretches.forEach((q, k) => {
    for (const [s, e] of q.pieces) {
      for (let i = firstTokenAtOrAfter(tokens, s); i < tokens.length && (tokens[i] as Token).end <= e; i++) quotedIn[i] = k;
    }
  });
  return quotedIn;
}
