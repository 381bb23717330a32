/**
 * The `slant` command, on commander. Each subcommand lives in `src/cli/<name>.ts` and adds itself
 * to the program with a `<name>Command(program)` function; the CLI (this file and `src/cli/`) is
 * the only part of slant that prints, writes files or shows progress.
 *
 * Exit codes: 0 done; 1 some inputs failed (the rest was written) or the run failed; 2 usage error
 * (an unknown command or option, a missing argument, an output file that cannot be written).
 */
import { Command, CommanderError } from 'commander';
import { version } from '../package.json';
import { analyzeCommand } from './cli/analyze.js';
import { compareCommand } from './cli/compare.js';
import { describeCommand } from './cli/describe.js';
import { mergeCommand } from './cli/merge.js';
import { errorMessage } from './cli/output.js';
import { profileCommand } from './cli/profile.js';

/** The program and its commands. Settings made here (exit override, output) reach every subcommand. */
function program(): Command {
  const slant = new Command('slant')
    .description('Source-bias and framing analysis of news: wording, attribution and quoted voices, per outlet.')
    .version(version, '-v, --version', "slant's version")
    .helpOption('-h, --help', 'this text')
    .helpCommand('help [command]', 'help for a command')
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(message.replace(/^error: /, 'slant: ')) })
    .showHelpAfterError('(slant --help for usage)');
  describeCommand(slant);
  analyzeCommand(slant);
  compareCommand(slant);
  profileCommand(slant);
  mergeCommand(slant);
  return slant;
}

program()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; every other commander error is a usage error.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`slant: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  });
