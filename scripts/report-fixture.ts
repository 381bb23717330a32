/**
 * Writes test/fixtures/comparison.json, the comparison the report tests render: `compareSources`
 * on the bundled corpus with the manifest's stories (four outlets on the June 2021 strikes, The
 * Independent alone on the December 2019 ones), frozen so the report tests do not move whenever the
 * analysis improves. The profiles' own evidence is cut to one span per key (the report does not
 * read it) to keep the file small. Run again after a change to the comparison's shape:
 *
 *   npx tsx scripts/report-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle, compareSources } from '../src/index.js';
import type { SourceProfile } from '../src/index.js';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'corpus', 'manifest.json'), 'utf8')) as {
  articles: Array<{ id: string; file: string; outlet: string; date: string; story: string }>;
};
const analyses = manifest.articles.map((a) =>
  analyzeArticle({ text: readFileSync(path.join(root, 'corpus', a.file), 'utf8'), id: a.id, source: a.outlet, date: a.date }),
);
const stories = [...new Set(manifest.articles.map((a) => a.story))].map((id) => ({
  id,
  articleIds: manifest.articles.filter((a) => a.story === id).map((a) => a.id),
}));
const comparison = compareSources(analyses, { stories });

const trim = (p: SourceProfile): SourceProfile => ({ ...p, evidence: Object.fromEntries(Object.entries(p.evidence).map(([k, refs]) => [k, refs.slice(0, 1)])) });
comparison.profiles = comparison.profiles.map(trim);
for (const s of comparison.stories) s.profiles = s.profiles.map(trim);

const out = path.join(root, 'test', 'fixtures', 'comparison.json');
writeFileSync(out, `${JSON.stringify(comparison)}\n`);
console.log(`wrote ${path.relative(root, out)}: ${comparison.stories.length} stories, ${comparison.profiles.length} outlets`);
