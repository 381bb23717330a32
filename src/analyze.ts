/**
 * The orchestrator: raw article in, `ArticleAnalysis` out. Read it top to bottom:
 *
 *   1. check the input          (string or {text, id, source, title, byline, date, url})
 *   2. read the page            (HTML markup → text; plain text as it is), mapped to the input
 *   3. split paragraphs         (blank lines, single line breaks, hard-wrapped lines)
 *   4. remove boilerplate       (pleas, promos, navigation, captions, page tails)
 *   5. read the header          (headline, standfirst, byline, dateline, page chrome)
 *   6. parse the analysed text  (tokens, POS, lemmas) and split sentences
 *   7. detect                   (attributions: quotes, cues, sources; voices; wording; labels; frames;
 *                               whether the text reads as English)
 *   8. assemble the analysis    (every span points into the caller's original text)
 */
import { checkKeys, fail, isPlainObject, optionalString } from './errors.js';
import type { ArticleContext, SentenceRange } from './detectors/context.js';
import { detectAttributions } from './detectors/attributions.js';
import { readQuotes } from './detectors/quotes.js';
import { resolveVoices, type Sides } from './detectors/voices.js';
import { detectWording } from './detectors/wording.js';
import { detectLabels } from './detectors/labels.js';
import { detectFrames } from './detectors/frames.js';
import { matchLexicons } from './detectors/lexicon-terms.js';
import { findQuotedStretches, quotedTokenMap } from './detectors/quote-marks.js';
import { tokenize } from './nlp/wink.js';
import { splitBlocks, type Block } from './text/blocks.js';
import { removeBoilerplate } from './text/boilerplate.js';
import { normalizeDate } from './text/dates.js';
import { isProse, readHeader, type HeaderRole } from './text/header.js';
import { looksLikeHtml, readHtml, type PageMetadata } from './text/html.js';
import { guessEnglish } from './text/language.js';
import { MappedText } from './text/mapped.js';
import { splitSentences } from './text/sentences.js';
import { countWords } from './text/words.js';
import type { ArticleAnalysis, ArticleInput, Metadatum, Paragraph, ParagraphRole, Removal, Sentence, Span } from './types.js';

/** Options of `analyzeArticle`. */
export interface AnalyzeOptions {
  /**
   * Refuse texts longer than this many UTF-16 code units with a `RangeError` instead of analysing
   * them. Default: no limit. Example: `{ maxLength: 1_000_000 }`.
   */
  maxLength?: number;
  /**
   * Sides for the voices: side name → names, organisations and affiliation words that put a voice
   * on that side (matched whole-word, case- and accent-insensitively against the voice's name,
   * role, affiliation and mentions; the longest matching term wins). Default: each voice's side is
   * the country the article ties it to, or `unassigned`.
   * Example: `{ 'US government': ['Pentagon', 'White House', 'Biden'], 'Iran-aligned militias': ['PMF', 'Kataib Hezbollah'] }`.
   */
  sides?: Readonly<Record<string, readonly string[]>>;
}

/** The names of analyzeArticle's options (analyzeCorpus adds its own). */
export const OPTION_KEYS = ['maxLength', 'sides'] as const;

/** The checked input, with every field present. */
interface Article {
  text: string;
  id: string | undefined;
  source: string | undefined;
  title: string | undefined;
  byline: string | undefined;
  date: string | undefined;
  url: string | undefined;
}

/** 1. Checks the arguments and reads the input into one shape. */
function readInput(input: unknown, options: unknown): Article {
  if (options !== undefined) {
    if (!isPlainObject(options)) fail('options', 'an object', options);
    checkKeys('option', options, OPTION_KEYS);
    const { maxLength, sides } = options;
    if (maxLength !== undefined && (typeof maxLength !== 'number' || !(maxLength >= 0))) {
      fail('options.maxLength', 'a non-negative number', maxLength);
    }
    if (sides !== undefined) {
      if (!isPlainObject(sides)) fail('options.sides', 'an object { side: [names, organisations, words] }', sides);
      for (const [side, terms] of Object.entries(sides)) {
        if (!Array.isArray(terms) || terms.some((t) => typeof t !== 'string')) fail(`options.sides[${JSON.stringify(side)}]`, 'an array of strings', terms);
      }
    }
  }
  let article: Article;
  if (typeof input === 'string') {
    article = { text: input, id: undefined, source: undefined, title: undefined, byline: undefined, date: undefined, url: undefined };
  } else if (isPlainObject(input)) {
    // Other fields (a JSONL record's `bias`, a loader's `file`) are the caller's and are ignored.
    if (typeof input['text'] !== 'string') fail('article.text', 'a string', input['text']);
    article = {
      text: input['text'],
      id: optionalString('article.id', input['id']),
      source: optionalString('article.source', input['source']),
      title: optionalString('article.title', input['title']),
      byline: optionalString('article.byline', input['byline']),
      date: optionalString('article.date', input['date']),
      url: optionalString('article.url', input['url']),
    };
  } else {
    fail('the article', 'a string or an object { text, id?, source?, title?, byline?, date?, url? }', input);
  }
  const maxLength = (options as AnalyzeOptions | undefined)?.maxLength;
  if (maxLength !== undefined && article.text.length > maxLength) {
    throw new RangeError(`slant: the article is ${article.text.length} characters long, over options.maxLength (${maxLength})`);
  }
  return article;
}

/** A stable 64-bit id for a text (two FNV-1a hashes), used when the caller gives none. */
function textId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Runs of characters without white space longer than this are broken for the parser. */
const LONGEST_WORD = 256;

/** Removal reasons for the header blocks that are not analysed. */
const HEADER_REMOVALS: Partial<Record<HeaderRole, Omit<Removal, 'span'>>> = {
  byline: { ruleId: 'byline', category: 'metadata', reason: 'byline (read as metadata)' },
  'byline-role': { ruleId: 'byline-role', category: 'metadata', reason: "the author's job title under the byline" },
  dateline: { ruleId: 'dateline', category: 'metadata', reason: 'dateline (read as metadata)' },
  chrome: {
    ruleId: 'page-chrome',
    category: 'boilerplate',
    reason: 'short line in the page header that is not the headline, standfirst, byline or date (links, widgets, video captions)',
  },
};

/** Splits a caller's byline string into names: "Jane Doe and John Roe" → two names. */
function splitNames(byline: string): string[] {
  return byline
    .replace(/^by\s+/i, '')
    // Separators without white space around them, then trimmed: `\s*(?:…)\s*` costs cubic time on a run of spaces.
    .split(/,\s*and\s|,|\sand\s|&|;/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Is this body block a subheading (`How have the militias responded?`) rather than running text? */
function isSubheading(block: Block, words: number, next: Block | undefined): boolean {
  if (next === undefined) return false;
  return words > 0 && words <= 15 && !/[.!…:;,"”’]$/.test(block.text) && isProse(next.text);
}

/**
 * Analyses one news article.
 *
 * @param input the article's raw text (plain text or HTML), or `{ text, id?, source?, title?, byline?, date?, url? }`
 * @param options see {@link AnalyzeOptions}
 * @returns a plain, JSON-serialisable {@link ArticleAnalysis}; every span in it slices back out of
 *   the original text: `text.slice(span.start, span.end) === span.text`
 * @throws TypeError `slant: …` when the input or an option has the wrong type or an unknown name
 * @example
 * ```ts
 * const analysis = analyzeArticle({ text, source: 'The Independent' });
 * analysis.sentences.map((s) => s.text);
 * ```
 */
export function analyzeArticle(input: string | ArticleInput, options?: AnalyzeOptions): ArticleAnalysis {
  return analyzeInStages(input, options, noStages);
}

/** Called after each stage of `analyzeInStages` with the stage's name: how `npm run bench` times them. */
export type StageMark = (stage: 'clean' | 'parse' | 'quotes' | 'wording' | 'labels' | 'frames' | 'assemble') => void;
const noStages: StageMark = () => {};

/** `analyzeArticle`, calling `mark` as each stage ends (internal: not part of the public API). */
export function analyzeInStages(input: string | ArticleInput, options: AnalyzeOptions | undefined, mark: StageMark): ArticleAnalysis {
  // 1. check the input
  const article = readInput(input, options);
  const sides: Sides | undefined = options?.sides;
  const warnings: string[] = [];

  // 2. read the page
  const html = looksLikeHtml(article.text);
  const reading = html ? readHtml(article.text) : { page: MappedText.identity(article.text), removed: [], meta: {} as PageMetadata };
  const { page } = reading;

  // 3. split paragraphs
  const blocks = splitBlocks(page.text);

  // 4. remove boilerplate
  const { kept, removed: boilerplate } = removeBoilerplate(blocks);

  // 5. read the header
  const header = readHeader(kept, article.title);
  const removed: Removal[] = [...reading.removed];
  for (const { block, rule } of boilerplate) {
    removed.push({ ruleId: rule.id, category: 'boilerplate', reason: rule.reason, span: page.span(block.start, block.end) });
  }
  const analysed: Array<{ block: Block; role: ParagraphRole; words: number }> = [];
  kept.forEach((block, i) => {
    const role = header.roles.get(i);
    const removal = role === undefined ? undefined : HEADER_REMOVALS[role];
    if (removal !== undefined) {
      removed.push({ ...removal, span: page.span(block.start, block.end) });
      return;
    }
    const words = countWords(block.text);
    if (role === 'headline' || role === 'standfirst') analysed.push({ block, role, words });
    else analysed.push({ block, role: isSubheading(block, words, kept[i + 1]) ? 'subheading' : 'body', words });
  });
  removed.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  mark('clean');

  // 6. parse the analysed text: paragraphs as running text, separated by blank lines
  const builder = page.builder();
  const paragraphStarts: number[] = [];
  const paragraphEnds: number[] = [];
  for (const { block } of analysed) {
    if (builder.size > 0) builder.insert(block.start, '\n\n');
    paragraphStarts.push(builder.size);
    builder.copyAsRunningText(block.start, block.end);
    paragraphEnds.push(builder.size);
  }
  const body = builder.build().breakLongRuns(LONGEST_WORD);
  const tokens = tokenize(body.text);
  const ranges: SentenceRange[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  let paragraph = 0;
  for (const [first, last] of splitSentences(tokens)) {
    const start = tokens[first]?.start ?? 0;
    while (paragraph + 1 < paragraphStarts.length && (paragraphStarts[paragraph + 1] ?? Infinity) <= start) paragraph++;
    const index = ranges.length;
    ranges.push({ index, first, last, start, end: tokens[last]?.end ?? start, paragraph });
    sentenceOf.fill(index, first, last + 1);
  }
  const sentences: Sentence[] = ranges.map((r) => {
    const { start, end, text } = body.span(r.start, r.end);
    return { start, end, text, paragraph: r.paragraph };
  });
  const paragraphRanges = analysed.map(({ role }, index) => ({ index, start: paragraphStarts[index] ?? 0, end: paragraphEnds[index] ?? 0, role }));
  const stretches = findQuotedStretches(body.text, paragraphRanges);
  const context: ArticleContext = {
    text: body.text,
    tokens,
    sentences: ranges,
    sentenceOf,
    stretches,
    quotedIn: quotedTokenMap(tokens, stretches),
    paragraphs: paragraphRanges,
    span: (start, end) => body.span(start, end),
  };

  mark('parse');

  // 7. detect
  const attributions = detectAttributions(context);
  const quotes = readQuotes(context, attributions);
  const voices = resolveVoices(context, attributions, quotes, sides);
  mark('quotes');
  const words = analysed.reduce((sum, a) => sum + a.words, 0);
  // The wording and frame lexicons, matched in one pass over the tokens.
  const terms = matchLexicons(tokens);
  const wording = detectWording(context, quotes, words, terms.wording);
  mark('wording');
  const labels = detectLabels(context);
  mark('labels');
  const frames = detectFrames(context, words, terms.frames);
  mark('frames');
  const language = guessEnglish(body.text);
  if (language.english === false) {
    warnings.push(
      `the text does not look English (${Math.round(language.score * 100)}% of its words are common English function words; English news has 15–40%): ` +
        "slant's parser and lexicons are English, so its empty or low scores here do not mean neutral coverage",
    );
  }

  // 8. assemble
  const paragraphs: Paragraph[] = analysed.map(({ block, role }) => {
    const { start, end, text } = page.span(block.start, block.end);
    return { start, end, text, role };
  });
  const headline = header.headline === undefined ? undefined : kept[header.headline];
  const headlineSpan = headline === undefined ? undefined : page.span(headline.start, headline.end);
  const markupTitle = reading.meta.h1 ?? reading.meta.title;
  let title: Metadatum<string> | null = null;
  if (article.title !== undefined) title = withSpan({ value: article.title, from: 'input' }, headlineSpan);
  else if (headline !== undefined) title = withSpan({ value: headline.text, from: 'text' }, headlineSpan);
  else if (markupTitle !== undefined) title = { value: markupTitle, from: 'markup' };

  const authorSpans = header.authors.map(({ block, start, end }) => {
    const b = kept[block] as Block;
    return page.span(b.start + start, b.start + end);
  });
  let byline: Metadatum<string[]> | null = null;
  if (article.byline !== undefined) byline = { value: splitNames(article.byline), from: 'input' };
  else if (header.authors.length > 0) byline = { value: header.authors.map((a) => a.name), from: 'text' };
  else if (reading.meta.author !== undefined) byline = { value: splitNames(reading.meta.author), from: 'markup' };
  if (byline !== null && byline.from !== 'markup' && authorSpans.length > 0) {
    byline = withSpan(byline, authorSpans[0]);
    if (authorSpans.length > 1) byline.spans = authorSpans;
  }

  // The date: the caller's, else the page's markup, else the dateline. A dateline that agrees
  // with the caller's date is kept as its evidence; one that disagrees is reported.
  let datelineSpan: Span | undefined;
  if (header.date !== undefined) {
    const b = kept[header.date.block] as Block;
    const start = offsetInBlock(b, header.date.found.start);
    datelineSpan = page.span(start, offsetInBlock(b, header.date.found.end - 1) + 1);
  }
  const textDate = header.date?.found.iso;
  const inputDate = article.date === undefined ? null : normalizeDate(article.date);
  if (article.date !== undefined && inputDate === null) {
    warnings.push(`could not read the input date ${JSON.stringify(article.date)}; looked for one in the page instead`);
  }
  const markupDate = reading.meta.published === undefined ? null : normalizeDate(reading.meta.published);
  let date: Metadatum<string> | null = null;
  if (inputDate !== null) {
    date = withSpan({ value: inputDate, from: 'input' }, textDate === inputDate ? datelineSpan : undefined);
    if (textDate !== undefined && textDate !== inputDate) {
      warnings.push(`the input date ${inputDate} differs from the page's dateline "${datelineSpan?.text ?? textDate}"`);
    }
  } else if (markupDate !== null) date = { value: markupDate, from: 'markup' };
  else if (textDate !== undefined) date = withSpan({ value: textDate, from: 'text' }, datelineSpan);

  mark('assemble');
  return {
    id: article.id ?? textId(article.text),
    source: article.source ?? null,
    url: article.url ?? null,
    title,
    byline,
    date,
    format: html ? 'html' : 'text',
    paragraphs,
    sentences,
    words,
    language,
    removed,
    quotes,
    voices,
    wording,
    labels,
    frames,
    warnings,
  };
}

/** Maps an offset in a block's joined text (lines joined by single spaces) back to the page text. */
function offsetInBlock(block: Block, offset: number): number {
  let at = 0;
  for (const [s, e] of block.lines) {
    if (offset < at + (e - s)) return s + (offset - at);
    at += e - s + 1;
  }
  return block.end;
}

/** Adds the evidence span to a metadatum when there is one. */
function withSpan<T>(metadatum: Metadatum<T>, span: Span | undefined): Metadatum<T> {
  if (span !== undefined) metadatum.span = span;
  return metadatum;
}
