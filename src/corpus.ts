/**
 * `analyzeCorpus` (`slant/node`): analyses a stream of articles on worker threads (piscina) and
 * yields the results in input order, with a bounded number of articles in flight, so that a corpus
 * of any size runs in flat memory on every core.
 */
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { analyzeArticle, type AnalyzeOptions } from './index.js';
import { checkKeys, fail, isPlainObject } from './errors.js';
import { OPTION_KEYS } from './analyze.js';
import type { ArticleRecord, InputError } from './node.js';
import type { ArticleAnalysis, ArticleInput } from './types.js';

/** Options of {@link analyzeCorpus}: `concurrency`, and `analyzeArticle`'s options, passed through. */
export interface CorpusOptions extends AnalyzeOptions {
  /**
   * How many articles are analysed at once, each on its own worker thread. `1` analyses them one
   * after the other on the calling thread, without workers. Default: `os.availableParallelism()`.
   * Example: `{ concurrency: 4 }`.
   */
  concurrency?: number;
}

/**
 * One result of {@link analyzeCorpus}: the analysis of an input, or why it has none. `input` names
 * the input: a {@link ArticleRecord}'s `input` (`data.jsonl:17`, `corpus/a.txt`), else the
 * article's `id`, else its position in the inputs (`inputs[3]`).
 */
export type CorpusResult =
  | {
      /** Which input it is. */
      input: string;
      /** Its analysis. */
      analysis: ArticleAnalysis;
    }
  | {
      /** Which input it is. */
      input: string;
      /** Why it has no analysis. */
      error: InputError;
    };

/** What `analyzeCorpus` accepts: articles, raw texts, and the records `readArticles` yields. */
export type CorpusInput = ArticleInput | string | ArticleRecord;

/** How many inputs are read ahead per worker: enough to keep every worker busy, few enough to stay small. */
const READ_AHEAD = 4;

/** The worker file next to this module: dist/worker.js or .cjs when built, src/worker.ts under tsx or vitest. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const ext = extname(here);
  return join(dirname(here), `worker${ext === '.cjs' || ext === '.ts' ? ext : '.js'}`);
}

/** Where the articles are analysed: on worker threads, or on this thread. */
interface Analyzer {
  /** Analyses one article (a string, or an object whose fields are all strings: it is cloned to a worker). */
  analyze(article: string | ArticleInput): Promise<ArticleAnalysis>;
  /** Rejects with `analyzeArticle`'s own error when the options are wrong. */
  checkOptions(): Promise<void>;
  close(): Promise<void>;
}

/** A pool of `concurrency` workers, each analysing with `options`; or this thread when concurrency is 1. */
function startAnalyzer(concurrency: number, options: AnalyzeOptions): Analyzer {
  if (concurrency === 1) {
    return {
      analyze: async (article) => analyzeArticle(article, options),
      checkOptions: async () => void analyzeArticle('', options),
      close: async () => {},
    };
  }
  const filename = workerFile();
  // From the sources (tsx, vitest) the worker is TypeScript: load tsx in the workers too.
  const execArgv = filename.endsWith('.ts') && !process.execArgv.includes('tsx') ? [...process.execArgv, '--import', 'tsx'] : process.execArgv;
  const pool = new Piscina({ filename, minThreads: concurrency, maxThreads: concurrency, workerData: { options }, execArgv });
  return {
    analyze: (article) => pool.run(article) as Promise<ArticleAnalysis>,
    // analyzeArticle checks its options before anything else: one empty article in a worker says
    // whether they are right, with analyzeArticle's own message, and warms that worker up.
    checkOptions: async () => void (await pool.run('')),
    close: () => pool.destroy(),
  };
}

/** The iterator of an iterable or async iterable (the async one when it is both); not of a string. */
function iteratorOf(value: unknown): Iterator<unknown> | AsyncIterator<unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const iterable = value as Partial<Iterable<unknown> & AsyncIterable<unknown>>;
  const asyncIterator = iterable[Symbol.asyncIterator];
  if (typeof asyncIterator === 'function') return asyncIterator.call(iterable);
  const syncIterator = iterable[Symbol.iterator];
  return typeof syncIterator === 'function' ? syncIterator.call(iterable) : undefined;
}

/** Checks `analyzeCorpus`'s arguments; returns the concurrency and the options for `analyzeArticle`. */
function checkArguments(inputs: unknown, options: unknown): { iterator: Iterator<unknown> | AsyncIterator<unknown>; concurrency: number; analyzeOptions: AnalyzeOptions } {
  const iterator = iteratorOf(inputs);
  if (iterator === undefined) fail('analyzeCorpus(inputs)', 'an iterable or async iterable of articles (e.g. an array, or readArticles(paths))', inputs);
  if (!isPlainObject(options)) fail('analyzeCorpus(inputs, options)', 'an object', options);
  // The other options are analyzeArticle's: it checks their values (see Analyzer.checkOptions).
  checkKeys('analyzeCorpus option', options, ['concurrency', ...OPTION_KEYS]);
  const { concurrency = availableParallelism(), ...analyzeOptions } = options as CorpusOptions;
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1) fail('options.concurrency', 'a positive integer', concurrency);
  return { iterator, concurrency, analyzeOptions };
}

/** Is this one of `readArticles`' records rather than an article? */
function isRecord(value: unknown): value is ArticleRecord {
  return isPlainObject(value) && typeof value['input'] === 'string' && !('text' in value) && ('article' in value || 'error' in value);
}

const ARTICLE_FIELDS = ['text', 'id', 'source', 'title', 'byline', 'date', 'url'] as const;

/**
 * The article to send to a worker: a string, or the fields `analyzeArticle` reads when they all
 * have the types it accepts (so that the copy to the worker cannot fail and nothing else is copied).
 * `undefined` for anything else, which is analysed on this thread: `analyzeArticle` rejects it
 * before any work, and says why.
 */
function sendable(value: unknown): string | ArticleInput | undefined {
  if (typeof value === 'string') return value;
  if (!isPlainObject(value) || typeof value['text'] !== 'string') return undefined;
  const article: Record<string, string> = {};
  for (const key of ARTICLE_FIELDS) {
    const field = value[key];
    if (typeof field === 'string') article[key] = field;
    else if (field !== undefined) return undefined;
  }
  return article as unknown as ArticleInput;
}

const failure = (input: string, error: unknown): CorpusResult => {
  const message = error instanceof Error ? error.message : String(error);
  return { input, error: { input, reason: `analysis failed: ${message.replace(/^slant: /, '')}` } };
};

/**
 * Analyses many articles at once, on worker threads, and yields each result as it is ready, in
 * input order. One bad article never stops the run: it yields `{ input, error }` and the rest goes
 * on, so results = analyses + errors = inputs.
 *
 * Inputs are read as the workers need them (a few per worker ahead), so a stream of any length
 * (a JSONL file through `readArticles`, a database cursor) runs in flat memory. The workers are
 * started on the first `next()` and closed when the iteration ends, including when the caller
 * stops early (`break`, `return()`).
 *
 * @param inputs an iterable or async iterable of articles (`{ text, id?, source?, … }`), raw texts,
 *   or the records of `readArticles` (its errors are passed through as results)
 * @param options see {@link CorpusOptions}: `concurrency`, `maxLength`, `sides`
 * @throws TypeError `slant: …` (from the first `next()`) when `inputs` is not iterable or an option
 *   is unknown or of the wrong type
 * @example
 * ```ts
 * import { buildProfiles, mergeProfiles, type SourceProfile } from 'slant';
 * import { analyzeCorpus, readArticles } from 'slant/node';
 *
 * let profiles: SourceProfile[] = [];
 * for await (const result of analyzeCorpus(readArticles(['articles.jsonl.gz']), { concurrency: 4 })) {
 *   if ('error' in result) console.error(`${result.input}: ${result.error.reason}`);
 *   else profiles = mergeProfiles(profiles, buildProfiles([result.analysis], { evidence: false }), { evidence: false });
 * }
 * ```
 */
export async function* analyzeCorpus(
  inputs: Iterable<CorpusInput> | AsyncIterable<CorpusInput>,
  options: CorpusOptions = {},
): AsyncGenerator<CorpusResult, void, undefined> {
  const { iterator, concurrency, analyzeOptions } = checkArguments(inputs, options);
  const analyzer = startAnalyzer(concurrency, analyzeOptions);
  // Results in input order; each promise resolves (never rejects) once its article is done.
  const pending: Array<Promise<CorpusResult>> = [];
  const window = concurrency === 1 ? 1 : concurrency * READ_AHEAD;
  let position = 0;
  let exhausted = false;

  const start = (value: unknown, index: number): Promise<CorpusResult> => {
    let input: string;
    if (isRecord(value)) {
      if ('error' in value) return Promise.resolve({ input: value.input, error: value.error });
      input = value.input;
      value = value.article;
    } else {
      input = isPlainObject(value) && typeof value['id'] === 'string' && value['id'] !== '' ? value['id'] : `inputs[${index}]`;
    }
    const article = sendable(value);
    let analysis: Promise<ArticleAnalysis>;
    try {
      analysis = article === undefined ? Promise.resolve(analyzeArticle(value as ArticleInput, analyzeOptions)) : analyzer.analyze(article);
    } catch (error) {
      return Promise.resolve(failure(input, error));
    }
    return analysis.then(
      (analysis): CorpusResult => ({ input, analysis }),
      (error: unknown) => failure(input, error),
    );
  };

  try {
    try {
      await analyzer.checkOptions();
    } catch (error) {
      // From a worker the TypeError arrives as a plain Error: give it its type back.
      if (error instanceof Error && !(error instanceof TypeError) && error.message.startsWith('slant: ')) throw new TypeError(error.message);
      throw error;
    }
    for (;;) {
      while (!exhausted && pending.length < window) {
        const next = await iterator.next();
        if (next.done === true) exhausted = true;
        else {
          pending.push(start(next.value, position));
          position++;
        }
      }
      const first = pending.shift();
      if (first === undefined) return;
      yield await first;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
    await analyzer.close();
  }
}
