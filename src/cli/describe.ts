/**
 * `slant describe <folder | manifest.json>`: a plain-text account of each article of a corpus, for
 * people: outlet, date, title, byline, words, what was removed, voices, wording, labels and frames.
 */
import type { Command } from 'commander';
import { analyzeArticle, type ArticleAnalysis } from '../index.js';
import { loadCorpus } from '../node.js';

/** Adds `describe` to the program. */
export function describeCommand(program: Command): Command {
  return program
    .command('describe')
    .description(
      'what slant finds in each article of a corpus: outlet, date, title, byline, words, what was removed, voices, wording, labels and frames',
    )
    .argument('<corpus>', 'a corpus folder or manifest.json')
    .action(describe);
}

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
  lines.push(...describeWording(a));
  for (const w of a.warnings) lines.push(`  warning  ${w}`);
  return lines.join('\n');
}

/** `text ×n` for the distinct texts of a list, most frequent first. */
function tally(texts: readonly string[], limit: number): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .sort((x, y) => y[1] - x[1])
    .slice(0, limit)
    .map(([t, n]) => (n > 1 ? `${t} ×${n}` : t))
    .join(', ');
}

/** The wording, labels and frames lines of `describe`. */
function describeWording(a: ArticleAnalysis): string[] {
  const { rates, findings, sentiment } = a.wording;
  const rate = (n: number): string => n.toFixed(1);
  const lines = [
    `  wording  per 1,000 words, own voice (${rates.own.words} words) / quotes (${rates.quoted.words} words): ` +
      `loaded ${rate(rates.own.loaded)} / ${rate(rates.quoted.loaded)}, hedges ${rate(rates.own.hedge)} / ${rate(rates.quoted.hedge)}, ` +
      `agentless passives ${rate(rates.own['agentless-passive'])}, scare quotes ${rate(rates.own['scare-quote'])}; ` +
      `sentiment per word ${sentiment.own.comparative.toFixed(3)} / ${sentiment.quoted.comparative.toFixed(3)}`,
  ];
  for (const voice of ['own', 'quoted'] as const) {
    const loaded = findings.filter((f) => f.loaded && f.voice === voice).map((f) => f.span.text.toLowerCase());
    if (loaded.length > 0) lines.push(`    - loaded, ${voice === 'own' ? 'own voice' : 'in quotes'}: ${clip(tally(loaded, 12), 100)}`);
  }
  const byTarget = new Map<string, string[]>();
  for (const l of a.labels) byTarget.set(l.target, [...(byTarget.get(l.target) ?? []), l.span.text]);
  const targets = [...byTarget].sort((x, y) => y[1].length - x[1].length).slice(0, 5);
  lines.push(`  labels   ${a.labels.length} mentions of ${byTarget.size} actors and events`);
  for (const [target, texts] of targets) lines.push(`    - ${clip(target, 28).padEnd(28)} ${clip(tally(texts, 6), 90)}`);
  const frames = Object.entries(a.frames)
    .filter(([, f]) => f.score > 0)
    .sort((x, y) => y[1].score - x[1].score)
    .slice(0, 4);
  lines.push(`  frames   ${frames.map(([name, f]) => `${name} ${f.score.toFixed(0)}`).join(', ') || '(no cue words)'} (cue weight per 1,000 words)`);
  return lines;
}

/** Prints the account of every article of the corpus at `path`. */
async function describe(path: string): Promise<void> {
  const articles = await loadCorpus(path);
  const out: string[] = [];
  for (const article of articles) out.push(describeAnalysis(analyzeArticle(article), article.story));
  process.stdout.write(`${out.join('\n\n')}\n`);
}
