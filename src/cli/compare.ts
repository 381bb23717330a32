/**
 * `slant compare <inputs...> [--format html|md|json] [--out FILE] [--html FILE] [--stories auto|input]`:
 * analyses the articles, groups them into stories, compares the outlets of each story and writes
 * the report. Unlike `analyze` it keeps every analysis (a comparison needs them all at once).
 *
 * Bad inputs are reported by name and line on standard error, as in `analyze`, and the rest is
 * compared; the exit code is 1 at the end when any input failed.
 */
import { extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { analyzeArticle, compareSources, groupStories, renderReport, type ArticleAnalysis, type CompareOptions } from '../index.js';
import { readArticles } from '../node.js';
import { errorMessage, Output } from './output.js';
import { startProgress } from './progress.js';

type Format = 'html' | 'md' | 'json';

/** The options of `compare`, as commander parses them. */
interface CompareFlags {
  format?: Format;
  out?: string;
  html?: string;
  stories: 'auto' | 'input';
  title?: string;
}

const HELP_AFTER = `
Inputs: as for "slant analyze" (files, folders, manifest.json, JSONL, - for standard input).

Stories: "auto" (the default) groups the articles by their words and dates (groupStories);
"input" takes each article's "story" field (a manifest's story, a JSONL "story"), and groups
the articles without one automatically.

Format: --format wins; else from the --out extension (.html, .md, .json); else markdown.

Examples:
  slant compare corpus                              markdown on standard output
  slant compare corpus --out report.html            one self-contained HTML file
  slant compare corpus --html report.html           markdown on standard output, HTML to a file
  slant compare articles.jsonl --format json > comparison.json
`;

/** Adds `compare` to the program. */
export function compareCommand(program: Command): Command {
  return program
    .command('compare')
    .description('compare how outlets told each story: figures side by side, distinctive words, labels, voice balance, omissions')
    .argument('<inputs...>', 'article files, folders, manifest.json, JSONL files (.jsonl, .jsonl.gz), or - for JSONL on standard input')
    .addOption(new Option('-f, --format <format>', 'html: a self-contained page; md: markdown tables; json: the Comparison object').choices(['html', 'md', 'json']))
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('--html <file>', 'also write the HTML report to FILE')
    .addOption(new Option('--stories <how>', 'auto: find the stories; input: the articles\' "story" field').choices(['auto', 'input']).default('auto'))
    .option('--title <title>', "the report's heading")
    .addHelpText('after', HELP_AFTER)
    .action(async function (this: Command, inputs: string[], flags: CompareFlags) {
      for (const out of [flags.out, flags.html]) {
        if (out !== undefined && inputs.some((input) => resolve(input) === resolve(out))) {
          this.error(`slant: ${out} is also an input: it would be emptied before it is read`, { exitCode: 2, code: 'slant.output' });
        }
      }
      let output: Output;
      try {
        output = await Output.open(flags.out);
      } catch (error) {
        this.error(`slant: ${errorMessage(error)}`, { exitCode: 2, code: 'slant.output' });
      }
      process.exitCode = await compare(inputs, flags, output);
    });
}

/** The format asked for, or the one the output file's extension names, or markdown. */
function formatOf(flags: CompareFlags): Format {
  if (flags.format !== undefined) return flags.format;
  const ext = flags.out === undefined ? '' : extname(flags.out).toLowerCase();
  return ext === '.html' || ext === '.htm' ? 'html' : ext === '.json' ? 'json' : 'md';
}

/** Stories from the articles' `story` fields; articles without one are left to `groupStories`. */
function inputStories(analyses: readonly ArticleAnalysis[], storyOf: ReadonlyMap<string, string>): NonNullable<CompareOptions['stories']> {
  const byStory = new Map<string, string[]>();
  for (const a of analyses) {
    const story = storyOf.get(a.id);
    if (story !== undefined) byStory.set(story, [...(byStory.get(story) ?? []), a.id]);
  }
  return [...byStory].map(([id, articleIds]) => ({ id, articleIds }));
}

async function compare(inputs: readonly string[], flags: CompareFlags, output: Output): Promise<number> {
  const done = new AbortController();
  const progress = await startProgress('slant compare', inputs, output, done.signal);
  const analyses: ArticleAnalysis[] = [];
  const texts = new Map<string, string>();
  const storyOf = new Map<string, string>();
  const ids = new Set<string>();
  let seen = 0;
  let errors = 0;
  try {
    for await (const record of readArticles(inputs)) {
      seen++;
      progress.tick();
      if ('error' in record) {
        errors++;
        progress.log(`slant: ${record.error.input}: ${record.error.reason}\n`);
        continue;
      }
      const { article } = record;
      // One id, one article: a comparison refers to its evidence by article id.
      if (ids.has(article.id)) {
        errors++;
        progress.log(`slant: ${record.input}: the id "${article.id}" is already taken by an earlier article; skipped\n`);
        continue;
      }
      try {
        const analysis = analyzeArticle(article);
        analyses.push(analysis);
        ids.add(article.id);
        texts.set(analysis.id, article.text);
        if (article.story !== undefined) storyOf.set(analysis.id, article.story);
      } catch (error) {
        errors++;
        progress.log(`slant: ${record.input}: analysis failed: ${errorMessage(error)}\n`);
      }
    }
  } finally {
    done.abort();
    progress.stop();
  }

  const options: CompareOptions = {};
  if (flags.stories === 'input') {
    const given = inputStories(analyses, storyOf);
    const rest = analyses.filter((a) => !storyOf.has(a.id));
    const found = groupStories(rest).map((s) => ({ id: s.id, articleIds: s.articleIds }));
    options.stories = [...given, ...found];
  }
  const comparison = compareSources(analyses, options);
  const render = (format: Format): string =>
    format === 'json'
      ? `${JSON.stringify(comparison)}\n`
      : renderReport(comparison, { format: format === 'md' ? 'markdown' : 'html', texts, ...(flags.title === undefined ? {} : { title: flags.title }) });
  await output.write(render(formatOf(flags)));
  await output.end();
  if (flags.html !== undefined) {
    try {
      const html = await Output.open(flags.html);
      await html.write(render('html'));
      await html.end();
      if (html.failure !== undefined) throw new Error(html.failure);
    } catch (error) {
      process.stderr.write(`slant: ${errorMessage(error)}\n`);
      return 1;
    }
  }
  if (output.failure !== undefined) {
    process.stderr.write(`slant: ${output.failure}\n`);
    return 1;
  }
  if (output.readerGone) return 0;
  const stories = comparison.stories.length;
  process.stderr.write(
    `slant compare: ${seen} inputs, ${analyses.length} analysed, ${errors} errors; ${stories} ${stories === 1 ? 'story' : 'stories'}` +
      `${flags.html === undefined ? '' : `; HTML report in ${flags.html}`}\n`,
  );
  return errors > 0 ? 1 : 0;
}
