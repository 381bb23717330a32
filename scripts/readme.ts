/**
 * Generates the README's tables from the lexicons, and its API examples from real runs
 * (scripts/api-examples.ts), between `<!-- name:start -->` and `<!-- name:end -->` markers.
 * `npm run readme` writes them; a test fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOILERPLATE_RULES } from '../src/lexicons/boilerplate.js';
import { REPORTING_VERBS } from '../src/lexicons/reporting-verbs.js';
import { apiExamples } from './api-examples.js';

export const README = join(import.meta.dirname, '..', 'README.md');

/** The table of boilerplate rules, one row per rule. */
export function boilerplateTable(): string {
  const rows = BOILERPLATE_RULES.map((r) => `| \`${r.id}\` | ${r.reason}${r.takes === 'list' ? '; takes the teasers listed under it' : r.takes === 'card' ? '; takes the name and job title under it' : ''} |`);
  const structural = [
    '| `page-chrome` | short line in the page header that is not the headline, standfirst, byline or date (links, widgets, video captions) |',
    '| `byline`, `byline-role`, `dateline` | header lines read as metadata (category `metadata`) |',
    '| `html-nav`, `html-footer`, `html-aside`, `html-figcaption`, `html-form`, … | page furniture elements of HTML input (category `markup`) |',
  ];
  return ['| ruleId | what it removes |', '| --- | --- |', ...rows, ...structural].join('\n');
}

/** The reporting-verb classes with their verbs, one row per class. */
export function verbTable(): string {
  const byClass = new Map<string, string[]>();
  for (const [lemma, cls] of Object.entries(REPORTING_VERBS)) byClass.set(cls, [...(byClass.get(cls) ?? []), lemma]);
  const rows = [...byClass.entries()].map(([cls, lemmas]) => `| \`${cls}\` | ${lemmas.length} | ${lemmas.sort().join(', ')} |`);
  return ['| cueClass | verbs | lemmas |', '| --- | --- | --- |', ...rows, '| `attributive` | 2 | according to, a colon after a name (`Pat Caddell: …`), a dash before a name (`“…” ― Sonya Herridge`) |'].join('\n');
}

/** Replaces the text between the markers of `name` in `text`. */
export function fill(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README has no ${start} … ${end} section`);
  return `${text.slice(0, a + start.length)}\n${content}\n${text.slice(b)}`;
}

/** The README as it should be. */
export function generate(text: string): string {
  return fill(fill(text, 'boilerplate-rules', boilerplateTable()), 'reporting-verbs', verbTable());
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  writeFileSync(README, fill(generate(readFileSync(README, 'utf8')), 'api-examples', await apiExamples()));
}
