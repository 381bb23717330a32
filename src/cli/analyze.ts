/**
 * `slant analyze <inputs...> [--format jsonl|csv] [--out FILE] [--concurrency N]`: analyses articles
 * as they are read, on N worker threads (`analyzeCorpus`), and writes them out as they finish, in
 * input order, holding only the few articles in flight.
 *
 * - jsonl: one `ArticleAnalysis` a line, and one `{"error": {input, reason}}` line per input that
 *   failed, so that inputs = analyses + errors downstream;
 * - csv: one row of profile figures per outlet (profiles built as the articles stream past).
 *
 * A bad input never stops the run: it is named on standard error (`slant: data.jsonl:17: invalid
 * JSON: …`), and the exit code is 1 at the end.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { analyzeCorpus, readArticles, type InputError } from '../node.js';
import { profilesCsv } from './csv.js';
import { errorMessage, Output } from './output.js';
import { ProfileStream } from '../profile/stream.js';
import { startProgress } from './progress.js';

/** The options of `analyze`, as commander parses them. */
interface AnalyzeFlags {
  format: 'jsonl' | 'csv';
  out?: string;
  concurrency: number;
}

/** Parses `--concurrency`: a positive integer. */
function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer.');
  return n;
}

const HELP_AFTER = `
Inputs:
  file.txt .md .html .htm   one article; its file name is the id, the outlet is unknown
  folder                    its manifest.json's articles, or else every article file in it
  manifest.json             the articles it lists, with outlet, date, title and story
                            (see corpus/manifest.json)
  file.jsonl, .jsonl.gz     one article a line: {"text": …, "id", "source" or "outlet", "date",
                            "title", "byline", "url"} (all but text optional)
  -                         JSONL on standard input

A bad input (a missing file, an invalid JSON line, a line without "text") is reported on standard
error as "slant: data.jsonl:17: <reason>" and the run goes on; in jsonl format it also writes the
line {"error": {"input": "data.jsonl:17", "reason": "…"}}. The last line on standard error is
"slant analyze: N inputs, N analysed, N errors".

Articles are analysed on --concurrency worker threads (default: the number of cores) and written
in input order all the same.

Exit codes: 0 all analysed, 1 some inputs failed (the others were written), 2 usage error.

Examples:
  slant analyze corpus > analyses.jsonl
  slant analyze articles-12k.jsonl.gz --format csv --out outlets.csv
  zcat articles.jsonl.gz | head -n 100 | slant analyze - > sample.jsonl
  slant analyze big.jsonl.gz --concurrency 8 | slant profile - > profiles.json
`;

/** Adds `analyze` to the program. */
export function analyzeCommand(program: Command): Command {
  return program
    .command('analyze')
    .description('analyse articles: one JSON analysis a line, or one CSV row of figures per outlet')
    .argument('<inputs...>', 'article files, folders, manifest.json, JSONL files (.jsonl, .jsonl.gz), or - for JSONL on standard input')
    .addOption(
      new Option('-f, --format <format>', 'jsonl: one ArticleAnalysis a line; csv: one row of profile figures per outlet')
        .choices(['jsonl', 'csv'])
        .default('jsonl'),
    )
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('-c, --concurrency <n>', 'articles analysed at once, each on a worker thread; 1: no workers', positiveInteger, availableParallelism())
    .addHelpText('after', HELP_AFTER)
    .action(async function (this: Command, inputs: string[], flags: AnalyzeFlags) {
      if (flags.out !== undefined && inputs.some((input) => resolve(input) === resolve(flags.out!))) {
        this.error(`slant: --out ${flags.out} is also an input: it would be emptied before it is read`, { exitCode: 2, code: 'slant.output' });
      }
      let output: Output;
      try {
        output = await Output.open(flags.out);
      } catch (error) {
        this.error(`slant: ${errorMessage(error)}`, { exitCode: 2, code: 'slant.output' });
      }
      process.exitCode = await analyze(inputs, flags, output);
    });
}

/** Analyses every input in order and writes the results; returns the exit code. */
async function analyze(inputs: readonly string[], { format, concurrency }: AnalyzeFlags, output: Output): Promise<number> {
  const done = new AbortController();
  const progress = await startProgress('slant analyze', inputs, output, done.signal);
  const profiles = format === 'csv' ? new ProfileStream() : undefined;
  let seen = 0;
  let analysed = 0;
  let errors = 0;

  const fail = async (error: InputError): Promise<void> => {
    errors++;
    progress.log(`slant: ${error.input}: ${error.reason}\n`);
    if (format === 'jsonl') await output.write(`${JSON.stringify({ error })}\n`);
  };

  try {
    for await (const result of analyzeCorpus(readArticles(inputs), { concurrency })) {
      seen++;
      if ('error' in result) {
        await fail(result.error);
      } else {
        analysed++;
        if (profiles !== undefined) profiles.add(result.analysis);
        else await output.write(`${JSON.stringify(result.analysis)}\n`);
      }
      progress.tick();
      // The reader went away (`slant analyze … | head`), or the output failed: nothing more to do.
      if (output.closed) break;
    }
  } finally {
    done.abort();
    progress.stop();
  }
  if (profiles !== undefined && !output.closed) await output.write(profilesCsv(profiles.profiles()));
  await output.end();
  if (output.failure !== undefined) {
    process.stderr.write(`slant: ${output.failure}\n`);
    return 1;
  }
  if (output.readerGone) return 0;
  process.stderr.write(`slant analyze: ${seen} inputs, ${analysed} analysed, ${errors} errors\n`);
  return errors > 0 ? 1 : 0;
}
