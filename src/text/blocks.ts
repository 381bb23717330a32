/**
 * Paragraphs from lines. Blank lines always separate paragraphs; a single line break separates
 * them too unless the text is hard-wrapped (lines of similar length broken at any word) or the
 * line plainly runs on into the next. Works in the coordinates of the page text.
 */

/** A paragraph of the page text: its range and its lines (ranges, trimmed). */
export interface Block {
  start: number;
  end: number;
  lines: Array<[number, number]>;
  /** The paragraph's text on one line: wrapped lines joined with single spaces. */
  text: string;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u000b\u000c\u0085]/g;
const BLANK = /^[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]*$/;
/** Characters that end a sentence at the end of a line (closing quotes and brackets may follow). */
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*$/;
const STARTS_LOWER = /^["'“‘(\[]*[a-z0-9]/;

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /[\s\u00a0\ufeff\u200b]/.test(c);
}

/** Splits `text` into trimmed lines, with `null` for blank lines. */
function lines(text: string): Array<[number, number] | null> {
  const out: Array<[number, number] | null> = [];
  let from = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const match = LINE_BREAK.exec(text);
    const to = match === null ? text.length : match.index;
    let s = from;
    let e = to;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    out.push(s < e && !BLANK.test(text.slice(s, e)) ? [s, e] : null);
    if (match === null) break;
    from = match.index + match[0].length;
  }
  return out;
}

/**
 * Hard-wrapped text (an e-mail, a wire feed, a PDF copy) has lines of near-equal length broken at
 * any word. Recognised on a run of at least three lines whose lines (but the last) are long and
 * close to the longest.
 */
function isHardWrapped(run: Array<[number, number]>): boolean {
  if (run.length < 3) return false;
  const widths = run.slice(0, -1).map(([s, e]) => e - s);
  const widest = widths.reduce((m, w) => Math.max(m, w), 0);
  if (widest < 40 || widest > 200) return false;
  const full = widths.filter((w) => w >= 0.7 * widest).length;
  return full >= 0.75 * widths.length;
}

/** Groups the page text into paragraphs. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const push = (run: Array<[number, number]>): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) return;
    const joined = run.map(([s, e]) => text.slice(s, e)).join(' ');
    blocks.push({ start: first[0], end: last[1], lines: run, text: joined });
  };
  let run: Array<[number, number]> = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const wrapped = isHardWrapped(run);
    // reduce, not Math.max(...): a run may hold more lines than the call stack has room for.
    const widest = run.reduce((m, [s, e]) => Math.max(m, e - s), 0);
    let paragraph: Array<[number, number]> = [];
    for (let k = 0; k < run.length; k++) {
      const line = run[k] as [number, number];
      paragraph.push(line);
      const next = run[k + 1];
      if (next === undefined) break;
      const lineText = text.slice(line[0], line[1]);
      const nextText = text.slice(next[0], next[1]);
      const ended = ENDS_SENTENCE.test(lineText);
      const continues = wrapped
        ? !(ended && line[1] - line[0] < 0.7 * widest)
        : !ended && STARTS_LOWER.test(nextText) && line[1] - line[0] >= 25;
      if (!continues) {
        push(paragraph);
        paragraph = [];
      }
    }
    push(paragraph);
    run = [];
  };
  for (const line of lines(text)) {
    if (line === null) flush();
    else run.push(line);
  }
  flush();
  return blocks;
}
