/** `renderReport`: a `Comparison` as a markdown or a self-contained HTML report. Rendering only: no analysis happens here. */
import { checkKeys, fail, isPlainObject } from '../errors.js';
import type { Comparison } from '../types.js';
import type { TextLookup } from './evidence.js';
import { own } from './format.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

/** The report formats `renderReport` writes. */
export type ReportFormat = 'html' | 'html-fragment' | 'markdown';

/** Options of `renderReport`. */
export interface ReportOptions {
  /**
   * - `'html'` (default): one complete, self-contained HTML document: inline CSS and SVG charts, no
   *   scripts, no external resources (its Content-Security-Policy forbids loading any).
   * - `'html-fragment'`: the same report as one `<div class="slant-report">` carrying its own
   *   `<style>`, every rule scoped to that class: for a notebook cell or a page of your own.
   * - `'markdown'`: GitHub-flavoured markdown, tables without charts.
   */
  format?: ReportFormat;
  /** The report's heading, and the HTML document's `<title>`. Default: `How the outlets told each story`. */
  title?: string;
  /**
   * The original texts of the articles, by article id (a plain object or a `Map`). With them the
   * HTML report shows each piece of evidence in its sentence; without them, the span's own text.
   * E.g. `Object.fromEntries(articles.map((a) => [a.id, a.text]))`.
   */
  texts?: Record<string, string> | ReadonlyMap<string, string>;
}

const FORMATS: readonly ReportFormat[] = ['html', 'html-fragment', 'markdown'];

/** The title when the caller gives none. */
export const DEFAULT_TITLE = 'How the outlets told each story';

/**
 * Renders a comparison of outlets (what `compareSources` returns) as a report a person reads.
 * Per story: the profile figures side by side (shares as percentages, rates per 1,000 words with
 * one decimal), each outlet's distinctive words, the labels each outlet gives the same actor or
 * event, whose words each outlet quotes by side (with the Jensen–Shannon divergence from the
 * story's mix), and the facts some outlets report and others leave out, with the sentences that
 * report them. The HTML report adds charts drawn as inline SVG: voice balance, reporting verbs by
 * side, frames and distinctive words.
 *
 * Every string from the input (outlet names, story ids, terms, labels, sentences) is escaped, so
 * an article quoting `<script>` shows the words. Runs in browsers: it reads no files.
 *
 * @example
 * const html = renderReport(compareSources(analyses), { texts: Object.fromEntries(articles.map((a) => [a.id, a.text])) });
 * const md = renderReport(comparison, { format: 'markdown', title: 'US strikes, June 2021' });
 */
export function renderReport(comparison: Comparison, options?: ReportOptions): string {
  checkComparison(comparison);
  const { format, title, texts } = checkOptions(options);
  return format === 'markdown' ? renderMarkdown(comparison, title) : renderHtml(comparison, title, texts, format === 'html');
}

function checkOptions(options: unknown): { format: ReportFormat; title: string; texts: TextLookup } {
  if (options === undefined) return { format: 'html', title: DEFAULT_TITLE, texts: () => undefined };
  if (!isPlainObject(options)) fail('renderReport(comparison, options): options', 'an object', options);
  checkKeys('option', options, ['format', 'title', 'texts']);
  const format = options['format'] ?? 'html';
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) fail('options.format', `one of ${FORMATS.map((f) => `'${f}'`).join(', ')}`, format);
  const title = options['title'] ?? DEFAULT_TITLE;
  if (typeof title !== 'string') fail('options.title', 'a string', title);
  return { format: format as ReportFormat, title, texts: lookup(options['texts']) };
}

function lookup(texts: unknown): TextLookup {
  if (texts === undefined) return () => undefined;
  if (texts instanceof Map) {
    for (const [id, text] of texts) {
      if (typeof text !== 'string') fail(`options.texts.get(${JSON.stringify(id)})`, 'a string (the article text)', text);
    }
    const map = texts as ReadonlyMap<string, string>;
    return (id) => map.get(id);
  }
  if (!isPlainObject(texts)) fail('options.texts', 'an object or a Map of article id → original text', texts);
  for (const [id, text] of Object.entries(texts)) {
    if (typeof text !== 'string') fail(`options.texts[${JSON.stringify(id)}]`, 'a string (the article text)', text);
  }
  const record = texts as Record<string, string>;
  return (id) => own(record, id);
}

const A_COMPARISON = 'a comparison from compareSources ({ stories, profiles })';

/** Checks the shape the renderers rely on; the numbers inside are trusted. */
function checkComparison(c: unknown): asserts c is Comparison {
  if (!isPlainObject(c)) fail('renderReport(comparison): comparison', A_COMPARISON, c);
  if (!Array.isArray(c['stories'])) fail('comparison.stories', 'an array of story comparisons', c['stories']);
  if (!Array.isArray(c['profiles'])) fail('comparison.profiles', 'an array of source profiles', c['profiles']);
  c['stories'].forEach((s: unknown, i: number) => {
    const at = `comparison.stories[${i}]`;
    if (!isPlainObject(s)) fail(at, 'a story comparison', s);
    const story = s['story'];
    if (!isPlainObject(story) || typeof story['id'] !== 'string') fail(`${at}.story`, 'a story with a string id', story);
    const sources = s['sources'];
    if (!Array.isArray(sources) || !sources.every((x) => typeof x === 'string')) fail(`${at}.sources`, 'an array of outlet names', sources);
    for (const key of ['profiles', 'figures', 'distinctive', 'labels', 'omissions']) {
      if (!Array.isArray(s[key])) fail(`${at}.${key}`, 'an array', s[key]);
    }
    const vb = s['voiceBalance'];
    if (!isPlainObject(vb) || !Array.isArray(vb['sides']) || !Array.isArray(vb['shares'])) fail(`${at}.voiceBalance`, 'a voice balance ({ sides, shares, pairs, fromStory })', vb);
  });
}
