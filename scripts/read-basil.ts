/**
 * Reader for BASIL (Fan et al., EMNLP 2019, "In Plain Sight: Media Bias Through the Lens of
 * Factual Reporting"): 100 events × 3 outlets (fox, nyt, hpo), each article a list of sentences
 * with lexical and informational bias spans. Read from `<DATASETS>/basil` (see scripts/datasets.ts);
 * the dataset is not ours and never enters the repository. `readBasil()` returns null when the
 * folder is absent.
 *
 * Article text: the sentences joined with a single space, in `sentence-index` order; every gold
 * span is mapped from sentence offsets to article offsets.
 *
 * Offsets: the dataset's README says `end` is inclusive, but in the files it is exclusive for all
 * but a handful of spans (1,718 of 1,727 spans satisfy `sentence.slice(start, end) === text`; 6
 * satisfy `slice(start, end + 1)`; 2 do not match at either and are found by searching the
 * sentence for their text). So each span is located by checking, in order: `[start, end)`,
 * `[start, end]`, the occurrence of `text` in the sentence nearest to `start`, else `[start, end)`
 * as given (counted in `stats.unverified`). Spaces and punctuation at the edges are then trimmed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATASETS } from './datasets.js';

export type Outlet = 'fox' | 'nyt' | 'hpo';
export const OUTLETS: readonly Outlet[] = ['fox', 'nyt', 'hpo'];

export interface BasilSpan {
  /** Offsets into the article text (end exclusive), trimmed of spaces and punctuation. */
  start: number;
  end: number;
  text: string;
  bias: 'Lexical' | 'Informational';
  quote: boolean;
  polarity: string;
  target: string;
  /** Index of the sentence in the article. */
  sentence: number;
}

export interface BasilArticle {
  /** `<index>_<outlet>`, e.g. `12_fox`. */
  name: string;
  index: number;
  outlet: Outlet;
  title: string;
  /** Publication date, ISO `YYYY-MM-DD`, when the file gives one. */
  date: string | null;
  stance: string;
  text: string;
  /** Article offsets of each sentence (end exclusive). */
  sentences: Array<{ start: number; end: number }>;
  spans: BasilSpan[];
}

export interface BasilData {
  dir: string;
  articles: BasilArticle[];
  stats: { spans: number; exclusive: number; inclusive: number; searched: number; unverified: number; empty: number };
}

interface RawAnnotation {
  start: number;
  end: number;
  bias: string;
  quote: string;
  polarity?: string;
  target?: string;
  text: string;
}
interface RawFile {
  source: string;
  title?: string;
  date?: string;
  'article-level-annotations'?: { stance?: string };
  body: Array<{ sentence: string; 'sentence-index'?: number; annotations?: RawAnnotation[] }>;
}

/** The BASIL folder, or null when absent. */
export function basilDir(): string | null {
  const dir = join(DATASETS, 'basil');
  return existsSync(dir) ? dir : null;
}

/** Characters trimmed from the edges of a gold span. */
const EDGE = /[\s.,;:!?"'“”‘’()[\]{}…—–-]/u;

/** Locates one annotation in its sentence: [start, end) in sentence offsets and how it was found. */
export function locate(sentence: string, a: Pick<RawAnnotation, 'start' | 'end' | 'text'>): { start: number; end: number; how: 'exclusive' | 'inclusive' | 'searched' | 'unverified' } {
  const { start, end, text } = a;
  if (sentence.slice(start, end) === text) return { start, end, how: 'exclusive' };
  if (sentence.slice(start, end + 1) === text) return { start, end: end + 1, how: 'inclusive' };
  const want = text.trim();
  if (want !== '') {
    let best = -1;
    for (let i = sentence.indexOf(want); i >= 0; i = sentence.indexOf(want, i + 1)) {
      if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
    }
    if (best >= 0) return { start: best, end: best + want.length, how: 'searched' };
  }
  return { start: Math.max(0, Math.min(start, sentence.length)), end: Math.max(0, Math.min(end, sentence.length)), how: 'unverified' };
}

/** Reads every article of BASIL, or null when the folder is absent. */
export function readBasil(dir: string | null = basilDir()): BasilData | null {
  if (dir === null || !existsSync(dir)) return null;
  const stats = { spans: 0, exclusive: 0, inclusive: 0, searched: 0, unverified: 0, empty: 0 };
  const articles: BasilArticle[] = [];
  const files = readdirSync(dir).filter((f) => /^\d+_[a-z]+\.json$/i.test(f));
  for (const file of files) {
    const m = /^(\d+)_([a-z]+)\.json$/i.exec(file);
    if (m === null) continue;
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as RawFile;
    const outlet = (raw.source ?? m[2] ?? '').toLowerCase() as Outlet;
    if (!OUTLETS.includes(outlet)) throw new Error(`read-basil: ${file}: unknown source ${raw.source}`);
    const body = [...raw.body].sort((x, y) => (x['sentence-index'] ?? 0) - (y['sentence-index'] ?? 0));
    let text = '';
    const sentences: BasilArticle['sentences'] = [];
    const spans: BasilSpan[] = [];
    body.forEach((s, si) => {
      if (si > 0) text += ' ';
      const base = text.length;
      text += s.sentence;
      sentences.push({ start: base, end: text.length });
      for (const a of s.annotations ?? []) {
        stats.spans++;
        const loc = locate(s.sentence, a);
        stats[loc.how]++;
        let { start, end } = loc;
        while (start < end && EDGE.test(s.sentence[start] ?? '')) start++;
        while (end > start && EDGE.test(s.sentence[end - 1] ?? '')) end--;
        if (end <= start) {
          stats.empty++;
          continue;
        }
        spans.push({
          start: base + start,
          end: base + end,
          text: s.sentence.slice(start, end),
          bias: a.bias === 'Lexical' ? 'Lexical' : 'Informational',
          quote: a.quote === 'Yes',
          polarity: a.polarity ?? '',
          target: a.target ?? '',
          sentence: si,
        });
      }
    });
    articles.push({
      name: `${m[1]}_${outlet}`,
      index: Number(m[1]),
      outlet,
      title: raw.title ?? '',
      date: typeof raw.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.date) ? raw.date : null,
      stance: raw['article-level-annotations']?.stance ?? '',
      text,
      sentences,
      spans,
    });
  }
  articles.sort((a, b) => a.index - b.index || OUTLETS.indexOf(a.outlet) - OUTLETS.indexOf(b.outlet));
  return { dir, articles, stats };
}

// As a script: a summary of the dataset.
if (process.argv[1] !== undefined && import.meta.filename === resolve(process.argv[1])) {
  const data = readBasil();
  if (data === null) {
    console.log('read-basil: ../shared/datasets/basil not found, skipped');
  } else {
    const lexical = data.articles.flatMap((a) => a.spans.filter((s) => s.bias === 'Lexical'));
    console.log(`BASIL: ${data.articles.length} articles, ${data.stats.spans} spans (${lexical.length} lexical); offsets ${JSON.stringify(data.stats)}`);
  }
}
