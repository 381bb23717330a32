/**
 * The `slant` command. The only place that prints. For now it describes a corpus (what the
 * ingestion finds: outlet, date, title, byline, words, what was removed); the analysis commands
 * `analyze` and `compare` come with the issues that build them.
 */
import { analyzeArticle } from './index.js';
import { loadCorpus } from './node.js';
import type { ArticleAnalysis } from './types.js';
import { version } from '../package.json';

const USAGE = `Usage: slant <command> [arguments]

Commands:
  describe <folder | manifest.json>   what slant reads in each article of a corpus:
                                      outlet, date, title, byline, word count, what was removed
  --help                              this text
  --version                           slant's version
`;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** A plain-text account of one analysis, for people. */
export function describeAnalysis(a: ArticleAnalysis, story?: string): string {
  const from = (m: { from: string } | null): string => (m === null ? '' : ` (from ${m.from})`);
  const lines = [
    `${a.id}`,
    `  outlet   ${a.source ?? '(unknown)'}`,
    ...(story === undefined ? [] : [`  story    ${story}`]),
    `  date     ${a.date?.value ?? '(unknown)'}${from(a.date)}${a.date?.span ? `: "${a.date.span.text}"` : ''}`,
    `  title    ${a.title === null ? '(none)' : clip(a.title.value, 100)}${from(a.title)}`,
    `  byline   ${a.byline === null ? '(none)' : a.byline.value.join(', ')}${from(a.byline)}`,
    `  text     ${a.words} words, ${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences`,
    `  removed  ${a.removed.length === 0 ? 'nothing' : `${a.removed.length} spans, ${a.removed.reduce((n, r) => n + r.span.text.length, 0)} characters`}`,
  ];
  for (const r of a.removed) lines.push(`    - ${r.ruleId.padEnd(16)} "${clip(r.span.text, 70)}"`);
  const direct = a.quotes.filter((q) => q.kind !== 'indirect').length;
  lines.push(`  quotes   ${a.quotes.length} attributions (${direct} with quote marks), ${a.voices.length} voices`);
  const loudest = [...a.voices].sort((x, y) => y.words - x.words).slice(0, 6);
  for (const v of loudest) {
    const who = `${v.name} (${v.type}${v.side === 'unassigned' ? '' : `, ${v.side}`})`;
    lines.push(`    - ${clip(who, 60).padEnd(60)} ${String(v.quotes).padStart(2)} quotes, ${String(Math.round(v.share * 100)).padStart(3)} % of quoted words`);
  }
  for (const w of a.warnings) lines.push(`  warning  ${w}`);
  return lines.join('\n');
}

async function describe(path: string): Promise<void> {
  const articles = await loadCorpus(path);
  const out: string[] = [];
  for (const article of articles) out.push(describeAnalysis(analyzeArticle(article), article.story));
  process.stdout.write(`${out.join('\n\n')}\n`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined ? 1 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (command === 'describe') {
    const path = rest[0];
    if (path === undefined) {
      process.stderr.write('slant describe: give a corpus folder or manifest.json\n');
      return 2;
    }
    await describe(path);
    return 0;
  }
  process.stderr.write(`slant: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`slant: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
