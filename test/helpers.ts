/** Shared test helpers: the bundled corpus, and a check that every span slices back out of its text. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis, Span } from '../src/index.js';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

interface Entry {
  id: string;
  file: string;
  outlet: string;
  date: string;
}

/** The corpus articles as `{ id, outlet, date, text }`, read from the manifest. */
export function corpus(): Array<Entry & { text: string }> {
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { articles: Entry[] };
  return manifest.articles.map((a) => ({ ...a, text: readFileSync(join(CORPUS_DIR, a.file), 'utf8') }));
}

/** Every span in an analysis (any object with numeric start/end and a text), found by walking it. */
export function allSpans(value: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(value)) {
    for (const v of value) allSpans(v, out);
  } else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number' && typeof o['text'] === 'string') out.push(o as unknown as Span);
    for (const v of Object.values(o)) allSpans(v, out);
  }
  return out;
}

/** The spans of `analysis` that do not slice back to their text from `text` (should be none). */
export function badSpans(text: string, analysis: ArticleAnalysis): Span[] {
  return allSpans(analysis).filter((s) => !(s.start >= 0 && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text));
}

/** What a `slant` process gave: its exit code and what it printed. */
export interface SlantRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `slant …` from the sources as a child process, with `stdin` piped in; stderr is not a terminal, so no progress bar. */
export function runSlant(args: readonly string[], stdin = ''): Promise<SlantRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: join(import.meta.dirname, '..') });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
