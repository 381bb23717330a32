/**
 * `slant profile <analyses.jsonl... | -> [--out FILE] [--evidence]`: the per-outlet profiles of the
 * analyses `slant analyze` wrote (JSONL, gzipped too, or standard input), built as the lines stream
 * past, as mergeable JSON: `slant merge` adds the profiles of several shards into the profiles one
 * run over all of them gives.
 *
 * `{"error": …}` lines (the inputs `analyze` could not read) are skipped and counted. A line that is
 * not an analysis is named on standard error (`slant: shard.jsonl:17: invalid JSON: …`) and the
 * rest is profiled; the exit code is then 1.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Command } from 'commander';
import type { ArticleAnalysis } from '../index.js';
import { readLines } from '../lines.js';
import { errorMessage, openOutput, type Output } from './output.js';
import { ProfileStream } from '../profile/stream.js';

/** The options of `profile`, as commander parses them. */
interface ProfileFlags {
  out?: string;
  evidence?: boolean;
}

const HELP_AFTER = `
Input: the JSONL "slant analyze" writes, one ArticleAnalysis a line (a .gz file is gunzipped), or -
for standard input. Its {"error": …} lines are skipped. Evidence spans are left out unless
--evidence is given: with them the profiles grow with the corpus.

The output is a JSON array of profiles, one per outlet; "slant merge" adds several together.
The last line on standard error is "slant profile: N analyses, N outlets, N error records skipped,
N bad lines".

Exit codes: 0 done, 1 some lines were not analyses (the rest was profiled), 2 usage error.

Examples:
  slant analyze corpus | slant profile - > profiles.json
  slant profile shard-1.jsonl.gz --out shard-1.profile.json
`;

/** Adds `profile` to the program. */
export function profileCommand(program: Command): Command {
  return program
    .command('profile')
    .description('profile the outlets of JSONL analyses (from slant analyze): mergeable JSON, one profile per outlet')
    .argument('<analyses...>', 'JSONL files of analyses (.jsonl, .jsonl.gz), or - for standard input')
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('--evidence', 'keep the evidence spans behind the figures (off by default: they grow with the corpus)')
    .addHelpText('after', HELP_AFTER)
    .action(async function (this: Command, inputs: string[], flags: ProfileFlags) {
      const output = await openOutput(this, inputs, flags.out);
      process.exitCode = await profile(inputs, flags.evidence === true, output);
    });
}

/** The lines of a file (gunzipped when it ends in `.gz`) or of standard input. */
function open(input: string): Readable {
  if (input === '-') return process.stdin;
  const raw = createReadStream(input);
  if (!/\.gz$/i.test(input)) return raw;
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

/** Profiles every analysis of the inputs and writes the profiles; returns the exit code. */
async function profile(inputs: readonly string[], evidence: boolean, output: Output): Promise<number> {
  const profiles = new ProfileStream({ evidence });
  let analyses = 0;
  let errorRecords = 0;
  let bad = 0;
  const fail = (where: string, reason: string): void => {
    bad++;
    process.stderr.write(`slant: ${where}: ${reason}\n`);
  };

  for (const input of inputs) {
    const name = input === '-' ? '<stdin>' : input;
    const stream = open(input);
    let n = 0;
    try {
      for await (const line of readLines(stream)) {
        n++;
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          fail(`${name}:${n}`, `invalid JSON: ${errorMessage(error)}`);
          continue;
        }
        if (typeof value === 'object' && value !== null && 'error' in value && !('wording' in value)) {
          errorRecords++;
          continue;
        }
        try {
          profiles.add(value as ArticleAnalysis);
          analyses++;
        } catch (error) {
          fail(`${name}:${n}`, `not an analysis: ${errorMessage(error)}`);
        }
      }
    } catch (error) {
      fail(n === 0 ? name : `${name}:${n + 1}`, `cannot read: ${errorMessage(error)}`);
    } finally {
      if (stream !== process.stdin) stream.destroy();
    }
  }

  const result = profiles.profiles();
  await output.write(`${JSON.stringify(result, null, 2)}\n`);
  await output.end();
  if (output.failure !== undefined) {
    process.stderr.write(`slant: ${output.failure}\n`);
    return 1;
  }
  process.stderr.write(`slant profile: ${analyses} analyses, ${result.length} outlets, ${errorRecords} error records skipped, ${bad} bad lines\n`);
  return bad > 0 ? 1 : 0;
}
