/**
 * `slant merge <profiles.json...> [--out FILE]`: adds the profiles of several shards (each the JSON
 * `slant profile` wrote) into the profiles one run over all their articles gives (`mergeProfiles`).
 *
 * A file that cannot be read or holds no profiles is named on standard error and left out; the
 * rest is merged and the exit code is 1. So is a file named twice (merged once), and a file that
 * holds an article of an outlet that an earlier file holds too: a profile keeps only the sums of
 * its articles' counts, so an article in two shards cannot be taken out again and would count
 * twice (`slant merge a.json a.json` would double every figure's counts).
 */
import { readFile, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { mergeProfiles, type SourceProfile } from '../index.js';
import { errorMessage, openOutput, type Output } from './output.js';

/** The options of `merge`, as commander parses them. */
interface MergeFlags {
  out?: string;
}

const HELP_AFTER = `
Inputs: JSON files of profiles, as "slant profile" writes them. The profiles of one outlet are
added together (counts, articles, dates, evidence) and their figures worked out again, so merging
the profiles of shards gives the profiles of one run over all the articles.

The last line on standard error is "slant merge: N files, N merged, N outlets".

Each article may be in one file only: a file named twice is merged once, and a file that holds an
article (same id, same outlet) that an earlier file holds is left out, since its counts cannot be
told apart from the others'. Both are named on standard error and make the exit code 1.

Exit codes: 0 done, 1 some files could not be merged (the rest was), 2 usage error.

Example:
  for f in shard-*.jsonl; do slant analyze "$f" | slant profile - > "$f.profile.json"; done
  slant merge shard-*.profile.json --out profiles.json
`;

/** Adds `merge` to the program. */
export function mergeCommand(program: Command): Command {
  return program
    .command('merge')
    .description('merge the profiles of several shards (from slant profile) into one set of profiles')
    .argument('<profiles...>', 'JSON files of profiles, from slant profile; - for standard input')
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .addHelpText('after', HELP_AFTER)
    .action(async function (this: Command, inputs: string[], flags: MergeFlags) {
      const output = await openOutput(this, inputs, flags.out);
      process.exitCode = await merge(inputs, output);
    });
}

/** All of standard input, as text. */
async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin.setEncoding('utf8')) text += chunk as string;
  return text;
}

/** The profiles in a file (`-`: standard input), or why there are none. */
async function readProfiles(path: string): Promise<SourceProfile[] | string> {
  let text: string;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${errorMessage(error)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return `invalid JSON: ${errorMessage(error)}`;
  }
  return Array.isArray(json) ? (json as SourceProfile[]) : 'not a JSON array of profiles (as slant profile writes)';
}

/** Where a file is, however it was named (`-` for standard input). */
async function fileKey(path: string): Promise<string> {
  if (path === '-') return '-';
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** The first article of `profiles` that an earlier input holds for the same outlet, as a reason to leave the file out. */
function sharedArticle(profiles: readonly SourceProfile[], seen: ReadonlyMap<string, string>): string | undefined {
  for (const p of profiles) {
    // Malformed profiles are mergeProfiles' to report.
    if (typeof p?.source !== 'string' || !Array.isArray(p.articles)) continue;
    for (const id of p.articles) {
      const earlier = seen.get(articleKey(p.source, id));
      if (earlier !== undefined) {
        return `article ${JSON.stringify(id)} of ${JSON.stringify(p.source)} is also in ${earlier}: an article in two files would be counted twice, so this file is left out`;
      }
    }
  }
  return undefined;
}

const articleKey = (source: string, id: string): string => `${source}\u0000${id}`;

/** Merges the profiles of every input and writes them; returns the exit code. */
async function merge(inputs: readonly string[], output: Output): Promise<number> {
  let merged: SourceProfile[] = [];
  let done = 0;
  let errors = 0;
  /** Each file merged, by where it is, as it was named; each article merged, by outlet and id, with its file. */
  const files = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const key = await fileKey(input);
    const named = files.get(key);
    if (named !== undefined) {
      errors++;
      process.stderr.write(`slant: ${input}: named twice (also as ${named}); merged once\n`);
      continue;
    }
    files.set(key, input);
    const profiles = await readProfiles(input);
    try {
      if (typeof profiles === 'string') throw new Error(profiles);
      const shared = sharedArticle(profiles, seen);
      if (shared !== undefined) throw new Error(shared);
      merged = mergeProfiles(merged, profiles);
      for (const p of profiles) for (const id of p.articles) seen.set(articleKey(p.source, id), input);
      done++;
    } catch (error) {
      errors++;
      process.stderr.write(`slant: ${input}: ${errorMessage(error)}\n`);
    }
  }
  await output.write(`${JSON.stringify(merged, null, 2)}\n`);
  await output.end();
  if (output.failure !== undefined) {
    process.stderr.write(`slant: ${output.failure}\n`);
    return 1;
  }
  process.stderr.write(`slant merge: ${inputs.length} files, ${done} merged, ${merged.length} outlets\n`);
  return errors > 0 ? 1 : 0;
}
