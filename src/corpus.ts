/**
 * `analyzeCorpus` and `profileCorpus` (`slant/node`): a stream of articles analysed on worker threads
 * (piscina), with a bounded number of articles in flight, so that a corpus of any size runs in flat
 * memory on every core. `analyzeCorpus` yields each analysis, in input order; `profileCorpus` has each
 * worker fold batches of articles into profiles and merges the batches' profiles in input order, so
 * that only small profiles cross between threads.
 */
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { Piscina } from 'piscina';
import type { AnalyzeOptions, ProfileOptions, SourceProfile } from './index.js';
import { checkKeys, fail, isPlainObject } from './errors.js';
import { OPTION_KEYS } from './analyze.js';
import type { ArticleRecord, InputError } from './node.js';
import { profileSerialisedBatch, readBatchProfiles, type BatchItem, type BatchProfiles } from './profile/batch.js';
import { ProfileBuilder } from './profile/profiles.js';
import { ProfileStream } from './profile/stream.js';
import type { ArticleAnalysis, ArticleInput } from './types.js';

/** Options of {@link analyzeCorpus}: `concurrency`, and `analyzeArticle`'s options, passed through. */
export interface CorpusOptions extends AnalyzeOptions {
  /**
   * How many articles are analysed at once, each on its own worker thread. `1` analyses them one
   * after the other on the calling thread, without workers. Default: `os.availableParallelism()`.
   * Example: `{ concurrency: 4 }`.
   */
  concurrency?: number;
  /**
   * How far each worker thread's heap (V8's old generation) may grow, in MB. Left alone, V8 lets a
   * busy thread's heap grow far past what it holds alive (an analysing thread holds about 50 MB alive
   * besides wink's model, yet its heap grew to 200 MB and more between collections); capped, it
   * collects sooner, at no measurable cost in speed. An article (or a `profileCorpus` batch) whose
   * analysis does not fit is analysed again on the calling thread, so the cap never loses an
   * article. Not used when `concurrency` is 1. Default: `192`.
   * Example: `{ workerHeapMb: 512 }` for articles of many megabytes.
   */
  workerHeapMb?: number;
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

/**
 * Options of {@link profileCorpus}: those of {@link analyzeCorpus} (`concurrency`, `workerHeapMb`, `maxLength`,
 * `sides`) and of `buildProfiles` (`evidence`, `topVoices`).
 */
export interface ProfileCorpusOptions extends CorpusOptions, ProfileOptions {}

/** What {@link profileCorpus} gives: the profiles, and the inputs that have no analysis. */
export interface CorpusProfiles {
  /** One profile per outlet, by outlet name: what `buildProfiles` gives over all the analyses, in input order. */
  profiles: SourceProfile[];
  /** How many inputs were analysed and profiled; `analysed + errors.length` is the number of inputs. */
  analysed: number;
  /** The inputs with no analysis, in input order, each naming its input and why. */
  errors: InputError[];
}

/** How many inputs (or batches, for profileCorpus) are read ahead per worker: enough to keep every worker busy, few enough to stay small. */
const READ_AHEAD = 4;

/**
 * The largest batch of `profileCorpus`: big enough that a batch's profiles are much smaller than its
 * analyses, small enough (about half a second on a worker) that no worker waits long at the end.
 * The first batches are smaller (1, 2, 4, …) so that a short corpus is spread over the workers too.
 */
const MAX_BATCH = 32;

let main: Promise<typeof import('./index.js')> | undefined;

/**
 * slant's main entry (`analyzeArticle`), loaded when this thread first analyses an article itself:
 * at concurrency 1, or an article no worker can take. With workers doing all the analysis, this
 * thread never loads wink's model and the analysis code (measured: about 12 MB of this thread's
 * heap, which V8 lets its old generation grow to a multiple of, and 39 MB of RSS).
 */
const slant = (): Promise<typeof import('./index.js')> => (main ??= import('./index.js'));

/** Analyses an article on this thread (`analyzeArticle`, loaded on first use). */
const analyzeHere = async (article: unknown, options: AnalyzeOptions): Promise<ArticleAnalysis> => (await slant()).analyzeArticle(article as ArticleInput, options);

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
  /**
   * Analyses a batch (each item serialised) and folds it into profiles where the articles are
   * analysed; gives them back serialised (see `profileSerialisedBatch`).
   */
  profile(batch: Batch['items']): Promise<Uint8Array>;
  /** Rejects with `analyzeArticle`'s own error when the options are wrong. */
  checkOptions(): Promise<void>;
  close(): Promise<void>;
}

/** The default of {@link CorpusOptions.workerHeapMb}. */
const WORKER_HEAP_MB = 192;

/**
 * Node options of this process that are not the workers': V8's heap and stack sizes, which a worker
 * refuses (`ERR_WORKER_INVALID_EXEC_ARGV`; its heap is set by `workerHeapMb`), and the script given
 * on the command line (`node -e`, `--input-type`), which would break the loading of the worker's own.
 */
const PROCESS_ONLY = /^(--max[-_]old[-_]space[-_]size|--max[-_]semi[-_]space[-_]size|--max[-_]young[-_]generation[-_]size|--stack[-_]size|--title|--input[-_]type|-e|--eval|-p|--print)(=|$)/;

/** Those of them whose value may follow as the next argument. */
const TAKES_VALUE = /^(--title|-e|--eval|-p|--print)$/;

/** A module hook this process loads (`--import tsx`, `--require …/tsx/dist/preflight.cjs`): its option, and its value when it follows. */
const HOOK = /^(--import|--require|-r|--loader|--experimental-loader)(=(.*))?$/;

/** Is this hook tsx, which a worker that is JavaScript has no use for (it costs each worker about 25 MB)? */
const isTsx = (module: string): boolean => module === 'tsx' || /[\\/]tsx[\\/]/.test(module);

/**
 * This process's Node options for the workers: without the ones that are not theirs; with tsx when
 * the worker is TypeScript (from the sources, under tsx or vitest), without it when it is JavaScript.
 */
function workerExecArgv(filename: string): string[] {
  const typescript = filename.endsWith('.ts');
  const argv: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i] as string;
    const hook = HOOK.exec(arg);
    if (PROCESS_ONLY.test(arg)) {
      if (TAKES_VALUE.test(arg)) i++;
    } else if (hook !== null && !typescript) {
      const module = hook[3] ?? process.execArgv[i + 1] ?? '';
      if (hook[3] === undefined) i++;
      if (!isTsx(module)) argv.push(...(hook[3] === undefined ? [arg, module] : [arg]));
    } else argv.push(arg);
  }
  if (typescript && !argv.includes('tsx')) argv.push('--import', 'tsx');
  return argv;
}

/** Did a worker die because its heap was full? */
const outOfMemory = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * A pool of `concurrency` workers, each analysing with `options`; or this thread when concurrency is
 * 1. A task (an article, or a batch) whose worker runs out of heap is done again on this thread.
 */
function startAnalyzer(concurrency: number, heapMb: number, options: AnalyzeOptions, profileOptions: ProfileOptions = {}): Analyzer {
  const here = {
    analyze: (article: string | ArticleInput) => analyzeHere(article, options),
    profile: async (batch: Batch['items']) => {
      const { analyzeArticle } = await slant();
      return profileSerialisedBatch(batch, (article) => analyzeArticle(article, options), profileOptions);
    },
  };
  if (concurrency === 1) return { ...here, checkOptions: async () => void (await analyzeHere('', options)), close: async () => {} };
  const filename = workerFile();
  const pool = new Piscina({
    filename,
    minThreads: concurrency,
    maxThreads: concurrency,
    workerData: { options, profileOptions },
    execArgv: workerExecArgv(filename),
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  // A worker that dies while busy fails its task, which is retried; piscina reports on the pool only
  // a worker that dies idle, which loses nothing (it is replaced).
  pool.on('error', () => {});
  // A task whose worker ran out of heap is done again on this thread, which has no cap of slant's.
  const again = <T>(task: Promise<T>, onThisThread: () => Promise<T>): Promise<T> =>
    task.catch((error: unknown) => {
      if (outOfMemory(error)) return onThisThread();
      throw error;
    });
  return {
    analyze: (article) => again(pool.run(article) as Promise<ArticleAnalysis>, () => here.analyze(article)),
    // The batch waits for its worker, and is kept until it is done (to be done again here if its
    // worker runs out of heap), serialised: as objects, its articles would outlive several of this
    // thread's young-generation collections and be moved to the old generation, which V8 then lets
    // grow to a multiple of what it holds alive (measured over 12,000 AllSides articles on two
    // workers: over 400 MB promoted, an old generation of up to 300 MB for 72 MB alive). Serialised,
    // the objects die young and the bytes are outside the heap (3,000 articles: 254 MB promoted
    // before, 160 MB after). The profiles come back serialised for the same reason.
    profile: (batch) => again(pool.run(batch, { name: 'profile' }) as Promise<Uint8Array>, () => here.profile(batch)),
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

/** The options of `buildProfiles`, which `profileCorpus` takes too. */
const PROFILE_KEYS = ['evidence', 'topVoices'] as const;

/**
 * Checks the arguments of `analyzeCorpus` or `profileCorpus` (`name`); returns the concurrency, the
 * options for `analyzeArticle` and those for `buildProfiles` (empty for `analyzeCorpus`).
 */
function checkArguments(
  name: 'analyzeCorpus' | 'profileCorpus',
  inputs: unknown,
  options: unknown,
): { iterator: Iterator<unknown> | AsyncIterator<unknown>; concurrency: number; workerHeapMb: number; analyzeOptions: AnalyzeOptions; profileOptions: ProfileOptions } {
  const iterator = iteratorOf(inputs);
  if (iterator === undefined) fail(`${name}(inputs)`, 'an iterable or async iterable of articles (e.g. an array, or readArticles(paths))', inputs);
  if (!isPlainObject(options)) fail(`${name}(inputs, options)`, 'an object', options);
  // The other options are analyzeArticle's: it checks their values (see Analyzer.checkOptions).
  checkKeys(`${name} option`, options, ['concurrency', 'workerHeapMb', ...OPTION_KEYS, ...(name === 'profileCorpus' ? PROFILE_KEYS : [])]);
  const { concurrency = availableParallelism(), workerHeapMb = WORKER_HEAP_MB, evidence, topVoices, ...analyzeOptions } = options as ProfileCorpusOptions;
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1) fail('options.concurrency', 'a positive integer', concurrency);
  if (typeof workerHeapMb !== 'number' || !Number.isInteger(workerHeapMb) || workerHeapMb < 1) fail('options.workerHeapMb', 'a positive integer (MB)', workerHeapMb);
  const profileOptions: ProfileOptions = {};
  if (evidence !== undefined) profileOptions.evidence = evidence;
  if (topVoices !== undefined) profileOptions.topVoices = topVoices;
  // buildProfiles' own check of its options, with its messages (options.evidence …).
  new ProfileBuilder(profileOptions);
  return { iterator, concurrency, workerHeapMb, analyzeOptions, profileOptions };
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

/** The error of an input `analyzeArticle` refused (or whose worker failed), with its message. */
const inputError = (input: string, error: unknown): InputError => {
  const message = error instanceof Error ? error.message : String(error);
  return { input, reason: `analysis failed: ${message.replace(/^slant: /, '')}` };
};
const failure = (input: string, error: unknown): CorpusResult => ({ input, error: inputError(input, error) });

/**
 * An input's name, and its article or the error `readArticles` gave it. The name is a record's
 * `input`, else the article's `id`, else its position (`inputs[3]`).
 */
function unwrap(value: unknown, index: number): { input: string; article?: unknown; error?: InputError } {
  if (isRecord(value)) return 'error' in value ? { input: value.input, error: value.error } : { input: value.input, article: value.article };
  return { input: isPlainObject(value) && typeof value['id'] === 'string' && value['id'] !== '' ? value['id'] : `inputs[${index}]`, article: value };
}

/** Rejects with `analyzeArticle`'s TypeError when the options are wrong (checked on a worker when there are workers). */
async function checkOptions(analyzer: Analyzer): Promise<void> {
  try {
    await analyzer.checkOptions();
  } catch (error) {
    // From a worker the TypeError arrives as a plain Error: give it its type back.
    if (error instanceof Error && !(error instanceof TypeError) && error.message.startsWith('slant: ')) throw new TypeError(error.message);
    throw error;
  }
}

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
 * @param options see {@link CorpusOptions}: `concurrency`, `workerHeapMb`, `maxLength`, `sides`
 * @throws TypeError `slant: …` (from the first `next()`) when `inputs` is not iterable or an option
 *   is unknown or of the wrong type
 * @example
 * ```ts
 * import { analyzeCorpus, readArticles } from 'slant/node';
 *
 * for await (const result of analyzeCorpus(readArticles(['articles.jsonl.gz']), { concurrency: 4 })) {
 *   if ('error' in result) console.error(`${result.input}: ${result.error.reason}`);
 *   else console.log(result.input, result.analysis.quotes.length, result.analysis.voices.map((v) => v.name));
 * }
 * ```
 * For the outlets' profiles alone, {@link profileCorpus} is faster and smaller: the analyses never
 * leave the workers. (Merging each analysis's `buildProfiles` into a running `mergeProfiles` would
 * copy the whole running set for every article.)
 */
export async function* analyzeCorpus(
  inputs: Iterable<CorpusInput> | AsyncIterable<CorpusInput>,
  options: CorpusOptions = {},
): AsyncGenerator<CorpusResult, void, undefined> {
  const { iterator, concurrency, workerHeapMb, analyzeOptions } = checkArguments('analyzeCorpus', inputs, options);
  const analyzer = startAnalyzer(concurrency, workerHeapMb, analyzeOptions);
  // Results in input order; each promise resolves (never rejects) once its article is done.
  const pending: Array<Promise<CorpusResult>> = [];
  const window = concurrency === 1 ? 1 : concurrency * READ_AHEAD;
  let position = 0;
  let exhausted = false;

  const start = (value: unknown, index: number): Promise<CorpusResult> => {
    const { input, article: inputArticle, error } = unwrap(value, index);
    if (error !== undefined) return Promise.resolve({ input, error });
    value = inputArticle;
    const article = sendable(value);
    let analysis: Promise<ArticleAnalysis>;
    try {
      analysis = article === undefined ? analyzeHere(value, analyzeOptions) : analyzer.analyze(article);
    } catch (error) {
      return Promise.resolve(failure(input, error));
    }
    return analysis.then(
      (analysis): CorpusResult => ({ input, analysis }),
      (error: unknown) => failure(input, error),
    );
  };

  try {
    await checkOptions(analyzer);
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

/** A batch of `profileCorpus`'s inputs: what goes to a worker, and each input's name and place. */
interface Batch {
  /** Every input of the batch, in order: its name, and its error or its place in `items`. */
  entries: Array<{ input: string; error?: InputError; item?: number }>;
  /**
   * What is analysed and folded: for a worker, each item serialised as soon as it is read; on this
   * thread (concurrency 1), the items themselves.
   */
  items: Array<Uint8Array | BatchItem>;
}

/**
 * A batch done, waiting for its turn to be merged: its inputs, how many items it had, and its
 * profiles, serialised (see `profileSerialisedBatch`), or why the whole batch failed (none when it
 * had no items).
 */
interface DoneBatch {
  entries: Batch['entries'];
  size: number;
  done?: Uint8Array | { failure: string };
}

/**
 * Profiles the outlets of many articles on worker threads: each worker analyses batches of articles
 * and folds each batch into profiles itself, and only those profiles (not the analyses) come back, to
 * be merged in input order. The result equals `buildProfiles` over the analyses of every input, in
 * input order, with the same options, to the byte of its JSON; with many workers it is faster and
 * smaller than `analyzeCorpus` followed by `buildProfiles`, because the analyses never cross threads
 * and the calling thread has almost nothing to do.
 *
 * Like {@link analyzeCorpus}, it reads the inputs as the workers need them (a few batches per worker
 * ahead), so a stream of any length runs in flat memory apart from the profiles; and one bad input
 * never stops the run: it becomes an error naming the input, so `analysed + errors.length` = inputs.
 * `evidence` defaults to `true`, as in `buildProfiles`: turn it off for a large corpus, or the
 * profiles (and the batches' profiles that workers send back) grow with it.
 *
 * @param inputs an iterable or async iterable of articles (`{ text, id?, source?, … }`), raw texts,
 *   or the records of `readArticles` (its errors are passed through into `errors`)
 * @param options see {@link ProfileCorpusOptions}: `concurrency`, `workerHeapMb`, `maxLength`, `sides`, `evidence`,
 *   `topVoices`
 * @returns the profiles, how many inputs they hold, and the errors (see {@link CorpusProfiles})
 * @throws TypeError `slant: …` (the promise rejects) when `inputs` is not iterable or an option is
 *   unknown or of the wrong type
 * @example
 * ```ts
 * import { profileCorpus, readArticles } from 'slant/node';
 *
 * const { profiles, analysed, errors } = await profileCorpus(readArticles(['articles.jsonl.gz']), { evidence: false });
 * for (const error of errors) console.error(`${error.input}: ${error.reason}`);
 * console.log(`${analysed} articles, ${profiles.length} outlets`);
 * ```
 */
export async function profileCorpus(
  inputs: Iterable<CorpusInput> | AsyncIterable<CorpusInput>,
  options: ProfileCorpusOptions = {},
): Promise<CorpusProfiles> {
  const { iterator, concurrency, workerHeapMb, analyzeOptions, profileOptions } = checkArguments('profileCorpus', inputs, options);
  const analyzer = startAnalyzer(concurrency, workerHeapMb, analyzeOptions, profileOptions);
  const stream = new ProfileStream({ ...profileOptions, evidence: profileOptions.evidence ?? true });
  const result: CorpusProfiles = { profiles: [], analysed: 0, errors: [] };
  // Batches in input order; each promise resolves (never rejects) once its batch is done.
  const pending: Array<Promise<DoneBatch>> = [];
  const window = concurrency === 1 ? 1 : concurrency * READ_AHEAD;
  let size = 1;
  let position = 0;
  let exhausted = false;
  let closed = false;

  /** The next batch: up to `size` articles, and the inputs with errors among them. */
  const read = async (): Promise<Batch> => {
    const batch: Batch = { entries: [], items: [] };
    while (batch.items.length < size) {
      const next = await iterator.next();
      if (next.done === true) {
        exhausted = true;
        break;
      }
      const { input, article, error } = unwrap(next.value, position++);
      if (error !== undefined) {
        batch.entries.push({ input, error });
        continue;
      }
      const sent = sendable(article);
      let item: BatchItem;
      if (sent !== undefined) item = { article: sent };
      else {
        // Not an article a worker can take: analyzeArticle says why here, or (an article it accepts
        // anyway) its analysis goes to the worker to be folded in at its place.
        try {
          item = { analysis: await analyzeHere(article, analyzeOptions) };
        } catch (error) {
          batch.entries.push({ input, error: inputError(input, error) });
          continue;
        }
      }
      batch.entries.push({ input, item: batch.items.length });
      batch.items.push(concurrency === 1 ? item : serialize(item));
    }
    size = Math.min(size * 2, MAX_BATCH);
    return batch;
  };

  const start = async (batch: Batch): Promise<DoneBatch> => {
    const { entries } = batch;
    const size = batch.items.length;
    try {
      if (size === 0) return { entries, size };
      const profiling = analyzer.profile(batch.items);
      // The analyzer has the articles now: nothing here holds them any more.
      batch.items = [];
      return { entries, size, done: await profiling };
    } catch (error) {
      return { entries, size, done: { failure: error instanceof Error ? error.message : String(error) } };
    }
  };

  /** Merges a done batch into the profiles, in its turn; adds its count and errors to the result. */
  const merge = ({ entries, size, done }: DoneBatch): void => {
    let { profiles, failures }: BatchProfiles = { profiles: [], failures: [] };
    if (done instanceof Uint8Array) ({ profiles, failures } = readBatchProfiles(done));
    // The whole batch failed (a worker ran out of memory, say): each of its articles is an error.
    else if (done !== undefined) failures = Array.from({ length: size }, (_, index) => ({ index, message: done.failure }));
    const failed = new Map(failures.map((f) => [f.index, f.message]));
    for (const { input, error, item } of entries) {
      const message = item === undefined ? undefined : failed.get(item);
      if (error !== undefined) result.errors.push(error);
      else if (message !== undefined) result.errors.push(inputError(input, message));
    }
    if (size > failed.size) stream.addProfiles(profiles);
    result.analysed += size - failed.size;
  };

  try {
    await checkOptions(analyzer);
    for (;;) {
      while (!exhausted && pending.length < window) {
        const batch = await read();
        if (batch.entries.length > 0) pending.push(start(batch));
      }
      const first = pending.shift();
      if (first === undefined) break;
      merge(await first);
    }
    // The workers go before the profiles are finished (a copy of them all): their heaps and this
    // copy never coexist (measured over 12,000 articles: peak RSS otherwise came at this point).
    closed = true;
    await analyzer.close();
    result.profiles = stream.profiles();
    return result;
  } finally {
    if (!exhausted) await iterator.return?.();
    if (!closed) await analyzer.close();
  }
}
