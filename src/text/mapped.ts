/**
 * Offset mapping: a cleaned text whose every character remembers where it came from in the
 * caller's original string, so any range of the cleaned text becomes a `Span` of the original.
 */
import type { Span } from '../types.js';
import { isSpace } from './words.js';

/** A text derived from `original`, with per-character origins. */
export class MappedText {
  /**
   * @param original the caller's string
   * @param text the derived text
   * @param starts original offset where each character of `text` begins (null: identity)
   * @param ends original offset where each character of `text` ends (null: identity)
   */
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly starts: Int32Array | null,
    private readonly ends: Int32Array | null,
  ) {
    if (starts !== null && (starts.length !== text.length || ends?.length !== text.length)) {
      throw new RangeError('slant: internal error: offset map and text differ in length');
    }
  }

  /** The original text itself, unchanged. */
  static identity(original: string): MappedText {
    return new MappedText(original, original, null, null);
  }

  /** Original offset where the derived character at `i` begins (or, at the end, where the text ends). */
  originalStart(i: number): number {
    if (this.starts === null) return i;
    if (i < this.text.length) return this.starts[i] ?? 0;
    return this.text.length === 0 ? 0 : (this.ends?.[this.text.length - 1] ?? 0);
  }

  /** Original offset where the derived character at `i` ends. */
  originalEnd(i: number): number {
    if (this.ends === null) return i + 1;
    return this.ends[i] ?? 0;
  }

  /** Writes `originalStart(i)` and `originalEnd(i)` for each `i` in `[from, to)` into `starts` and `ends` from `at` on. */
  writeOrigins(from: number, to: number, starts: Int32Array, ends: Int32Array, at: number): void {
    if (this.starts === null || this.ends === null) {
      for (let i = from; i < to; i++, at++) {
        starts[at] = i;
        ends[at] = i + 1;
      }
    } else if (to <= this.text.length) {
      starts.set(this.starts.subarray(from, to), at);
      ends.set(this.ends.subarray(from, to), at);
    } else {
      for (let i = from; i < to; i++, at++) {
        starts[at] = this.originalStart(i);
        ends[at] = this.originalEnd(i);
      }
    }
  }

  /** The original span behind the derived range `[start, end)`. */
  span(start: number, end: number): Span {
    const from = this.originalStart(start);
    const to = end > start ? Math.max(from, this.originalEnd(end - 1)) : from;
    return { start: from, end: to, text: this.original.slice(from, to) };
  }

  /**
   * The same text with a space put in place of one character every `max` characters of any run
   * without white space. No word is that long; a megabyte with no spaces is not prose, and the
   * parser's abbreviation test costs time quadratic in a token's length.
   */
  breakLongRuns(max: number): MappedText {
    // Every run of `\S` (one pass; `/\S{257,}/g` would retry from each character of every shorter run).
    const text = this.text;
    const runs: Array<[start: number, end: number]> = [];
    for (let i = 0; i < text.length; ) {
      if (isSpace(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
      if (i - start > max) runs.push([start, i]);
    }
    if (runs.length === 0) return this;
    const out = this.builder();
    let at = 0;
    for (const [start, stop] of runs) {
      out.copy(at, start);
      for (let i = start; i < stop; i += max) {
        const end = Math.min(i + max, stop);
        out.copy(i, end - 1);
        out.replace(end - 1, end, end === stop ? (text[end - 1] as string) : ' ');
      }
      at = stop;
    }
    out.copy(at, this.text.length);
    return out.build();
  }

  /** Starts a derived text built piece by piece from this one. */
  builder(): MappedTextBuilder {
    return new MappedTextBuilder(this);
  }
}

/** Characters the parser must not see as they are: line breaks, controls, invisibles. */
const SPECIAL_CHARS = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u2028\u2029\u200b\u2060\ufeff\ufffe]/g;
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u2060', '\ufeff', '\ufffe']);

/**
 * Builds a derived text from pieces of a source `MappedText`: copied ranges, replaced characters
 * and inserted separators, keeping every character's origin in the original string.
 */
export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(private readonly source: MappedText) {
    const size = Math.max(16, source.text.length + 16);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  private grow(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    const size = Math.max(need, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Copies `source.text[from, to)`, keeping each character's origin. */
  copy(from: number, to: number): this {
    if (to <= from) return this;
    this.grow(to - from);
    this.source.writeOrigins(from, to, this.starts, this.ends, this.length);
    this.length += to - from;
    this.parts.push(this.source.text.slice(from, to));
    return this;
  }

  /** Writes `text` in place of `source.text[from, to)`: every written character maps to that whole range. */
  replace(from: number, to: number, text: string): this {
    if (text.length === 0) return this;
    const start = this.source.originalStart(from);
    const end = to > from ? this.source.originalEnd(to - 1) : start;
    this.grow(text.length);
    for (let i = 0; i < text.length; i++) {
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
    this.parts.push(text);
    return this;
  }

  /**
   * Copies `source.text[from, to)` as plain running text for the parser: line breaks, tabs and
   * control characters become spaces, invisible characters (BOM, zero-width space, soft hyphen)
   * are dropped. Everything kept keeps its origin.
   */
  copyAsRunningText(from: number, to: number): this {
    const text = this.source.text;
    SPECIAL_CHARS.lastIndex = from;
    let at = from;
    for (let m = SPECIAL_CHARS.exec(text); m !== null && m.index < to; m = SPECIAL_CHARS.exec(text)) {
      this.copy(at, m.index);
      const c = m[0];
      if (c === '\r' && text[m.index + 1] === '\n' && m.index + 1 < to) {
        this.replace(m.index, m.index + 2, ' ');
        SPECIAL_CHARS.lastIndex = m.index + 2;
      } else if (!INVISIBLE.has(c)) {
        this.replace(m.index, m.index + 1, ' ');
      }
      at = SPECIAL_CHARS.lastIndex;
    }
    this.copy(at, to);
    return this;
  }

  /** Inserts `text` (a separator) that maps to the empty range at `source` offset `at`. */
  insert(at: number, text: string): this {
    return this.replace(at, at, text);
  }

  /** The derived text so far. */
  get size(): number {
    return this.length;
  }

  build(): MappedText {
    const text = this.parts.join('');
    return new MappedText(this.source.original, text, this.starts.slice(0, this.length), this.ends.slice(0, this.length));
  }
}
