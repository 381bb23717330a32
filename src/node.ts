/**
 * Node-only helpers (`slant/node`): read articles from disk or standard input into article
 * inputs: a folder, a corpus manifest, article files, JSONL files (gzipped too). Kept apart from
 * the main entry so that `slant` itself stays browser-safe.
 *
 * @module slant/node
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { checkKeys, describe, fail, isPlainObject } from './errors.js';
import { readLines } from './lines.js';
import type { ArticleInput } from './types.js';

/** One article of a corpus manifest (`corpus/manifest.json`). */
export interface ManifestArticle {
  /** Stable id of the article. */
  id: string;
  /** The article's file, relative to the manifest. */
  file: string;
  /** The outlet that published it. */
  outlet?: string;
  /** How the outlet was worked out from the text. */
  outletEvidence?: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  date?: string;
  /** How the date was determined. */
  dateEvidence?: string;
  /** Id of the story (event) it covers. */
  story?: string;
  /** The headline; wins over the one found in the text. */
  title?: string;
  /** The author(s). */
  byline?: string;
  /** Where the article was published. */
  url?: string;
  /** Other fields are kept as they are. */
  [more: string]: unknown;
}

/** A corpus manifest: the articles of a corpus and the stories they cover. */
export interface Manifest {
  /** The corpus's name. */
  name?: string;
  /** What the corpus is. */
  description?: string;
  /** The stories (events) its articles cover. */
  stories?: Array<{
    /** The story's id, as in `ManifestArticle.story`. */
    id: string;
    /** What happened. */
    description?: string;
  }>;
  /** Its articles, in order. */
  articles: ManifestArticle[];
}

/** An article input loaded from disk, with the file it came from and its manifest entry. */
export interface LoadedArticle extends ArticleInput {
  id: string;
  /** Absolute path of the file (of the JSONL file, for an article read from one); `-` for standard input. */
  file: string;
  /** The line of the JSONL file it was read from (1 for the first line). */
  line?: number;
  /** The story id from the manifest or the JSONL record, when there is one. */
  story?: string;
  /** The manifest entry, when the article came from a manifest. */
  manifest?: ManifestArticle;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm']);
/** JSONL files, one article a line: `.jsonl`, `.ndjson`, gzipped or not. */
const JSONL_FILE = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;
/** How standard input is named in `InputError.input` and in default ids. */
const STDIN = '<stdin>';

function checkManifest(value: unknown, path: string): Manifest {
  if (!isPlainObject(value) || !Array.isArray(value['articles'])) {
    fail(`the manifest ${path}`, 'an object with an "articles" array', value);
  }
  value['articles'].forEach((entry: unknown, i: number) => {
    if (!isPlainObject(entry)) fail(`${path}: articles[${i}]`, 'an object', entry);
    for (const key of ['id', 'file'] as const) {
      if (typeof entry[key] !== 'string' || entry[key] === '') fail(`${path}: articles[${i}].${key}`, 'a non-empty string', entry[key]);
    }
    for (const key of ['outlet', 'date', 'story', 'title', 'byline', 'url'] as const) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') fail(`${path}: articles[${i}].${key}`, 'a string', entry[key]);
    }
  });
  return value as unknown as Manifest;
}

/** Reads and checks a manifest file. */
export async function readManifest(path: string): Promise<Manifest> {
  if (typeof path !== 'string') fail('the manifest path', 'a string', path);
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`slant: ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return checkManifest(json, path);
}

/** The article input of a manifest entry, once its file is read. */
function manifestArticle(entry: ManifestArticle, file: string, text: string): LoadedArticle {
  const article: LoadedArticle = { text, id: entry.id, file, manifest: entry };
  if (entry.outlet !== undefined) article.source = entry.outlet;
  if (entry.date !== undefined) article.date = entry.date;
  if (entry.title !== undefined) article.title = entry.title;
  if (entry.byline !== undefined) article.byline = entry.byline;
  if (entry.url !== undefined) article.url = entry.url;
  if (entry.story !== undefined) article.story = entry.story;
  return article;
}

/** The manifest of a folder (`manifest.json` in it), if it has one. */
async function folderManifest(path: string): Promise<string | undefined> {
  const candidate = join(path, 'manifest.json');
  return stat(candidate).then(
    (s) => (s.isFile() ? candidate : undefined),
    () => undefined,
  );
}

/** The article files of a folder without a manifest, sorted by name. */
async function articleFiles(path: string): Promise<string[]> {
  return (await readdir(path)).filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())).sort();
}

/**
 * Loads a corpus into article inputs, in order.
 *
 * - a manifest file (`corpus/manifest.json`): its articles, with outlet, date, title and story;
 * - a folder holding a `manifest.json`: the same;
 * - any other folder: every `.txt`, `.md`, `.html` file in it, sorted by name, with the file
 *   name (without extension) as id.
 *
 * Everything is read into memory, and the first unreadable file rejects the whole load; for large
 * or untidy inputs, {@link readArticles} streams and reports each bad input instead.
 *
 * @example
 * ```ts
 * import { loadCorpus } from 'slant/node';
 * const articles = await loadCorpus('corpus');
 * ```
 */
export async function loadCorpus(path: string): Promise<LoadedArticle[]> {
  if (typeof path !== 'string' || path === '') fail('the corpus path', 'a path to a folder or a manifest file', path);
  const info = await stat(path);
  const manifestPath = info.isDirectory() ? await folderManifest(path) : path;
  if (manifestPath !== undefined) {
    const manifest = await readManifest(manifestPath);
    const base = dirname(resolve(manifestPath));
    return Promise.all(
      manifest.articles.map(async (entry) => {
        const file = resolve(base, entry.file);
        return manifestArticle(entry, file, await readFile(file, 'utf8'));
      }),
    );
  }
  return Promise.all(
    (await articleFiles(path)).map(async (name) => {
      const file = resolve(path, name);
      return { text: await readFile(file, 'utf8'), id: basename(name, extname(name)), file };
    }),
  );
}

/** An input that could not be read as an article, and why. */
export interface InputError {
  /**
   * The input as the caller named it: a path (`corpus/a.txt`, `corpus/manifest.json`), or a JSONL
   * file and line (`data.jsonl:17`, `<stdin>:3`).
   */
  input: string;
  /** What went wrong, e.g. `invalid JSON: Unexpected end of JSON input`, `no such file or folder`. */
  reason: string;
}

/**
 * One record of {@link readArticles}: an article ready for `analyzeArticle`, or an input that
 * could not be read. `input` names where it came from, as in {@link InputError}.
 */
export type ArticleRecord =
  | {
      /** Which input it is. */
      input: string;
      /** The article read. */
      article: LoadedArticle;
    }
  | {
      /** Which input it is. */
      input: string;
      /** Why it could not be read. */
      error: InputError;
    };

/** Options of {@link readArticles}. */
export interface ReadArticlesOptions {
  /** What `-` reads (JSONL). Default: `process.stdin`. */
  stdin?: Readable;
}

/** Options of {@link countArticles}. */
export interface CountArticlesOptions {
  /** Stops the count (which then resolves to `undefined`), e.g. when the run it measures is over. */
  signal?: AbortSignal;
}

/**
 * Reads articles from any mix of inputs, one at a time and in order, without ever holding more
 * than one article (and a bounded read-ahead of JSONL lines) in memory:
 *
 * - an article file (`.txt`, `.md`, `.html`, `.htm`): one article, the file name (without
 *   extension) as id, outlet unknown;
 * - a folder: its `manifest.json`'s articles when it has one, else every article file in it,
 *   sorted by name;
 * - a manifest file (`.json`, shaped like `corpus/manifest.json`): its articles, with outlet, date,
 *   title, byline, url and story;
 * - a JSONL file (`.jsonl`, `.ndjson`, optionally gzipped: `.jsonl.gz`), read line by line: one
 *   article a line, `{ text, id?, source? or outlet?, date?, title?, byline?, url?, story? }`
 *   (other fields are ignored, `null` and `""` count as absent, a numeric id is turned into a
 *   string); the id defaults to `<file name>:<line>`. Blank lines are skipped;
 * - `-`: JSONL on standard input (or `options.stdin`), named `<stdin>`.
 *
 * Bad inputs do not stop the reading: a missing or unreadable file, an invalid manifest, an invalid
 * JSON line, or a line without a string `text` each yield one `{ input, error }` record naming the
 * input (and line) and the reason, and the reading carries on. So every input is accounted for:
 * records = articles + errors.
 *
 * @param paths one path or several; `-` for standard input
 * @param options `stdin`: what `-` reads
 * @throws TypeError `slant: …` (from the first `next()`) when `paths` is not a path or an array of
 *   paths, or an option is unknown or of the wrong type
 * @example
 * ```ts
 * import { analyzeArticle } from 'slant';
 * import { readArticles } from 'slant/node';
 *
 * for await (const record of readArticles(['corpus', 'more.jsonl.gz'])) {
 *   if ('error' in record) console.error(`${record.error.input}: ${record.error.reason}`);
 *   else console.log(analyzeArticle(record.article).id);
 * }
 * ```
 */
export async function* readArticles(paths: string | readonly string[], options: ReadArticlesOptions = {}): AsyncGenerator<ArticleRecord, void, undefined> {
  const list = checkPaths('readArticles(paths)', paths);
  checkOptions('readArticles', options, ['stdin']);
  if (options.stdin !== undefined && typeof (options.stdin as Partial<Readable>).on !== 'function') fail('options.stdin', 'a readable stream', options.stdin);
  let stdinRead = false;
  for (const path of list) {
    if (path === '-') {
      if (stdinRead) {
        yield failed(STDIN, 'standard input (-) is given more than once');
        continue;
      }
      stdinRead = true;
      yield* readJsonl(options.stdin ?? process.stdin, STDIN, '-');
      continue;
    }
    yield* readPath(path);
  }
}

/**
 * How many records {@link readArticles} will yield for these inputs, without reading the
 * articles' texts (JSONL files are read through once, to count their lines), or `undefined` when
 * standard input is among them. Exact unless the files change in between or a gzipped file is cut
 * short; for progress displays.
 *
 * @param paths as for {@link readArticles}
 * @param options `signal` to stop counting
 */
export async function countArticles(paths: string | readonly string[], options: CountArticlesOptions = {}): Promise<number | undefined> {
  const list = checkPaths('countArticles(paths)', paths);
  checkOptions('countArticles', options, ['signal']);
  const { signal } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) fail('options.signal', 'an AbortSignal', signal);
  if (list.includes('-')) return undefined;
  let total = 0;
  for (const path of list) {
    if (signal?.aborted === true) return undefined;
    total += await countPath(path, signal);
  }
  return signal?.aborted === true ? undefined : total;
}

function checkOptions(what: string, options: unknown, known: readonly string[]): void {
  if (!isPlainObject(options)) fail(`${what}(paths, options)`, 'an object', options);
  checkKeys(`${what} option`, options, known);
}

function checkPaths(what: string, paths: unknown): readonly string[] {
  const list = typeof paths === 'string' ? [paths] : paths;
  if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p === '')) {
    fail(what, 'a path or an array of paths (`-` for standard input)', paths);
  }
  return list as string[];
}

const failed = (input: string, reason: string): ArticleRecord => ({ input, error: { input, reason } });

/** An error's message for a reason: without the `slant: ` that library errors start with. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^slant: /, '');
}

/** Why a file could not be read, in words. */
function fileReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot read: ${reasonOf(error)}`;
  }
}

type InputKind = 'folder' | 'jsonl' | 'manifest' | 'article' | 'other';

function kindOf(path: string, isFolder: boolean): InputKind {
  if (isFolder) return 'folder';
  if (JSONL_FILE.test(path)) return 'jsonl';
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'manifest';
  return ARTICLE_EXTENSIONS.has(ext) ? 'article' : 'other';
}

const NOT_AN_INPUT = 'not an article file (.txt, .md, .html, .htm), a folder, a manifest (.json) or JSONL (.jsonl, .jsonl.gz)';

async function* readPath(path: string): AsyncGenerator<ArticleRecord> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    yield failed(path, fileReason(error));
    return;
  }
  switch (kindOf(path, isFolder)) {
    case 'folder':
      yield* readFolder(path);
      return;
    case 'jsonl':
      yield* readJsonlFile(path);
      return;
    case 'manifest':
      yield* readManifestArticles(path);
      return;
    case 'article':
      yield await readArticleFile(path, (text, file) => ({ text, id: basename(path, extname(path)), file }));
      return;
    case 'other':
      yield failed(path, NOT_AN_INPUT);
  }
}

async function* readFolder(path: string): AsyncGenerator<ArticleRecord> {
  const manifest = await folderManifest(path);
  if (manifest !== undefined) {
    yield* readManifestArticles(manifest);
    return;
  }
  let names: string[];
  try {
    names = await articleFiles(path);
  } catch (error) {
    yield failed(path, fileReason(error));
    return;
  }
  for (const name of names) {
    yield await readArticleFile(join(path, name), (text, file) => ({ text, id: basename(name, extname(name)), file }));
  }
}

/** Reads one article file; `make` builds the article from its text and absolute path. */
async function readArticleFile(path: string, make: (text: string, file: string) => LoadedArticle): Promise<ArticleRecord> {
  try {
    return { input: path, article: make(await readFile(path, 'utf8'), resolve(path)) };
  } catch (error) {
    return failed(path, fileReason(error));
  }
}

/** Reads and checks a manifest, or says why it cannot be used. */
async function tryManifest(path: string): Promise<Manifest | string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return fileReason(error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return `invalid JSON: ${(error as Error).message}`;
  }
  try {
    return checkManifest(json, path);
  } catch (error) {
    // `slant: corpus/manifest.json: articles[2].id must be …`: the input is named already.
    const reason = reasonOf(error);
    return reason.startsWith(`${path}: `) ? reason.slice(path.length + 2) : reason;
  }
}

async function* readManifestArticles(path: string): AsyncGenerator<ArticleRecord> {
  const manifest = await tryManifest(path);
  if (typeof manifest === 'string') {
    yield failed(path, manifest);
    return;
  }
  for (const entry of manifest.articles) {
    const file = isAbsolute(entry.file) ? entry.file : join(dirname(path), entry.file);
    yield await readArticleFile(file, (text, file) => manifestArticle(entry, file, text));
  }
}

/** The lines of a JSONL file (gunzipped when it ends in `.gz`), as a stream. */
function openJsonl(path: string): Readable {
  const raw = createReadStream(path);
  if (!/\.gz$/i.test(path)) return raw;
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  gunzip.on('close', () => raw.destroy());
  return raw.pipe(gunzip);
}

async function* readJsonlFile(path: string): AsyncGenerator<ArticleRecord> {
  yield* readJsonl(openJsonl(path), path, resolve(path));
}

/**
 * Reads JSONL line by line, each line as it is asked for (see `readLines`), so a file of any size
 * takes a bounded amount of memory.
 */
async function* readJsonl(stream: Readable, name: string, file: string): AsyncGenerator<ArticleRecord> {
  const idBase = name === STDIN ? STDIN : basename(name);
  let n = 0;
  try {
    for await (let line of readLines(stream)) {
      n++;
      if (n === 1) line = line.replace(/^\uFEFF/, '');
      if (line.trim() === '') continue;
      yield jsonlRecord(line, `${name}:${n}`, file, n, `${idBase}:${n}`);
    }
  } catch (error) {
    // A stream that fails part way (a truncated .gz): the rest of the file is lost, and said so.
    yield failed(n === 0 ? name : `${name}:${n + 1}`, fileReason(error));
  } finally {
    if (stream !== process.stdin) stream.destroy();
  }
}

const JSONL_FIELDS = ['date', 'title', 'byline', 'url', 'story'] as const;

/** One JSONL line as an article record, or why it is not one. */
function jsonlRecord(line: string, input: string, file: string, n: number, defaultId: string): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return failed(input, `invalid JSON: ${(error as Error).message}`);
  }
  if (!isPlainObject(value)) return failed(input, `expected an object with a "text" string, got ${describe(value)}`);
  if (typeof value['text'] !== 'string') return failed(input, `"text" must be a string, got ${describe(value['text'])}`);
  const id = value['id'];
  if (id !== undefined && id !== null && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return failed(input, `"id" must be a string or a number, got ${describe(id)}`);
  }
  const article: LoadedArticle = { text: value['text'], id: id === undefined || id === null || id === '' ? defaultId : String(id), file, line: n };
  for (const key of ['source', 'outlet', ...JSONL_FIELDS] as const) {
    const field = value[key];
    if (field !== undefined && field !== null && typeof field !== 'string') return failed(input, `"${key}" must be a string, got ${describe(field)}`);
  }
  // Exports from data frames write a missing value as null or "": both count as absent.
  const given = (field: unknown): field is string => typeof field === 'string' && field.trim() !== '';
  const source = given(value['source']) ? value['source'] : value['outlet'];
  if (given(source)) article.source = source;
  for (const key of JSONL_FIELDS) {
    const field = value[key];
    if (given(field)) article[key] = field;
  }
  return { input, article };
}

async function countPath(path: string, signal: AbortSignal | undefined): Promise<number> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    return 1;
  }
  switch (kindOf(path, isFolder)) {
    case 'folder': {
      const manifest = await folderManifest(path);
      if (manifest !== undefined) return countPath(manifest, signal);
      return articleFiles(path).then(
        (names) => names.length,
        () => 1,
      );
    }
    case 'manifest': {
      const manifest = await tryManifest(path);
      return typeof manifest === 'string' ? 1 : manifest.articles.length;
    }
    case 'jsonl':
      return countLines(path, signal);
    default:
      return 1;
  }
}

async function countLines(path: string, signal: AbortSignal | undefined): Promise<number> {
  const stream = openJsonl(path);
  let n = 0;
  try {
    for await (const line of readLines(stream)) {
      if (signal?.aborted === true) break;
      if (line.trim() !== '') n++;
    }
  } catch {
    n++; // readArticles reports the failure as one more record
  } finally {
    stream.destroy();
  }
  return n;
}

export { analyzeCorpus, profileCorpus, type CorpusInput, type CorpusOptions, type CorpusProfiles, type CorpusResult, type ProfileCorpusOptions } from './corpus.js';
