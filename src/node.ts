/**
 * Node-only helpers (`slant/node`): load a folder of articles or a corpus manifest into article
 * inputs. Kept apart from the main entry so that `slant` itself stays browser-safe.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fail, isPlainObject } from './errors.js';
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
  title?: string;
  byline?: string;
  url?: string;
  [more: string]: unknown;
}

/** A corpus manifest: the articles of a corpus and the stories they cover. */
export interface Manifest {
  name?: string;
  description?: string;
  stories?: Array<{ id: string; description?: string }>;
  articles: ManifestArticle[];
}

/** An article input loaded from disk, with the file it came from and its manifest entry. */
export interface LoadedArticle extends ArticleInput {
  id: string;
  /** Absolute path of the file. */
  file: string;
  /** The story id from the manifest, when there is one. */
  story?: string;
  /** The manifest entry, when the article came from a manifest. */
  manifest?: ManifestArticle;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm']);

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

/**
 * Loads a corpus into article inputs, in order.
 *
 * - a manifest file (`corpus/manifest.json`): its articles, with outlet, date, title and story;
 * - a folder holding a `manifest.json`: the same;
 * - any other folder: every `.txt`, `.md`, `.html` file in it, sorted by name, with the file
 *   name (without extension) as id.
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
  let manifestPath: string | undefined;
  if (info.isDirectory()) {
    const candidate = join(path, 'manifest.json');
    manifestPath = await stat(candidate).then(
      (s) => (s.isFile() ? candidate : undefined),
      () => undefined,
    );
  } else {
    manifestPath = path;
  }
  if (manifestPath !== undefined) {
    const manifest = await readManifest(manifestPath);
    const base = dirname(resolve(manifestPath));
    return Promise.all(
      manifest.articles.map(async (entry) => {
        const file = resolve(base, entry.file);
        const article: LoadedArticle = { text: await readFile(file, 'utf8'), id: entry.id, file, manifest: entry };
        if (entry.outlet !== undefined) article.source = entry.outlet;
        if (entry.date !== undefined) article.date = entry.date;
        if (entry.title !== undefined) article.title = entry.title;
        if (entry.byline !== undefined) article.byline = entry.byline;
        if (entry.url !== undefined) article.url = entry.url;
        if (entry.story !== undefined) article.story = entry.story;
        return article;
      }),
    );
  }
  const names = (await readdir(path)).filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = resolve(path, name);
      return { text: await readFile(file, 'utf8'), id: basename(name, extname(name)), file };
    }),
  );
}
