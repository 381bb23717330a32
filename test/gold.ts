/** The hand-made gold for the corpus (test/fixtures/corpus-quotes.json) and how to compare a speaker with it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis, Quote } from '../src/index.js';

export interface GoldQuote {
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'partial' | 'scare';
  speaker: string | null;
  altSpeakers?: string[];
  source: string | null;
  cue: string | null;
  floating?: boolean;
}

export interface GoldArticle {
  id: string;
  file: string;
  quotes: GoldQuote[];
  speakers: Array<{ name: string; type: string; side: string; mentions: string[] }>;
}

export function goldArticles(): GoldArticle[] {
  const path = join(import.meta.dirname, 'fixtures', 'corpus-quotes.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { articles: GoldArticle[] }).articles;
}

function fold(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\((?:unnamed|anonymous)\)/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && w !== 'the');
}

/** Is slant's speaker name the gold speaker (or an accepted alternative)? Surnames and shared words count. */
export function sameSpeaker(name: string, gold: GoldQuote): boolean {
  const a = fold(name);
  return [gold.speaker, ...(gold.altSpeakers ?? [])].some((candidate) => {
    if (candidate === null) return false;
    const b = fold(candidate);
    if (a.join(' ') === b.join(' ') || a.at(-1) === b.at(-1)) return true;
    const shared = a.filter((w) => b.includes(w)).length;
    return shared > 0 && shared >= 0.5 * Math.min(a.length, b.length);
  });
}

/** The slant quote whose content covers the gold quote, if any. */
export function quoteFor(analysis: ArticleAnalysis, gold: GoldQuote): Quote | undefined {
  return analysis.quotes.find((q) => [q.content, ...q.parts].some((p) => p.start <= gold.start + 1 && p.end >= gold.end - 1));
}
