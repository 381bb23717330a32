/**
 * Readers for the research datasets in ../shared/datasets (PolNeAR, BASIL, AllSides), used by the
 * eval, bench and report scripts. The datasets are not ours and never enter the repository: every
 * reader returns null when its folder is absent, and the scripts skip with a one-line message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { readLines } from '../src/lines.js';

/** Where the datasets are: `SLANT_DATASETS`, else `../shared/datasets` beside the project. */
export const DATASETS = resolve(process.env['SLANT_DATASETS'] ?? join(import.meta.dirname, '..', '..', 'shared', 'datasets'));

/** One AllSides record. */
export interface AllSidesArticle {
  id: string;
  source: string;
  bias: 'left' | 'center' | 'right';
  topic: string;
  date: string;
  title: string;
  authors: string;
  url: string;
  text: string;
}

/** Path of the AllSides sample, or null when it is absent. */
export function allSidesPath(): string | null {
  const path = join(DATASETS, 'allsides', 'articles-12k.jsonl.gz');
  return existsSync(path) ? path : null;
}

/** Streams the AllSides sample record by record (91 MB raw: never held whole). */
export async function* readAllSides(path: string): AsyncGenerator<AllSidesArticle> {
  const file = createReadStream(path);
  const stream = file.pipe(createGunzip());
  try {
    for await (const line of readLines(stream)) {
      if (line.trim() !== '') yield JSON.parse(line) as AllSidesArticle;
    }
  } finally {
    // A reader that stops early leaves both open: destroying the gunzip stream does not close the file.
    stream.destroy();
    file.destroy();
  }
}

/** The PolNeAR texts of a split (`train` or `dev`) as `{ name, publisher, text }`, or null when absent. */
export function readPolnearTexts(split: 'train' | 'dev'): Array<{ name: string; publisher: string; text: string }> | null {
  const dir = join(DATASETS, 'polnear', split, 'text');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), publisher: f.split('_')[0] ?? '', text: readFileSync(join(dir, f), 'utf8') }));
}
