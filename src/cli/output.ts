/**
 * Where a command writes its results: standard output or a file (`--out`). Waits when the reader
 * is slower than the analysis (backpressure), and notices when the reader has gone (`| head`), so
 * that the run can stop instead of dying on EPIPE.
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';

/** The message of an error, without the `slant: ` that slant's own errors start with. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^slant: /, '');
}

/** Why a file could not be written, in words. */
function writeReason(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such folder';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  if (error.code === 'EISDIR') return 'is a folder';
  return error.message;
}

/** A command's output stream. */
export class Output {
  /** Set when the output failed for another reason than its reader going away. */
  failure: string | undefined;
  /** Set when the reader went away (EPIPE: `slant … | head`). */
  readerGone = false;
  private ended = false;

  private constructor(
    private readonly stream: Writable,
    /** `--out FILE`, or `undefined` for standard output. */
    readonly path: string | undefined,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.readerGone = true;
      else this.failure ??= `cannot write ${path ?? 'standard output'}: ${writeReason(error)}`;
    });
  }

  /**
   * Opens `path` for writing (created or emptied), or standard output when it is `undefined`.
   *
   * @throws Error with the reason in words when the file cannot be opened
   */
  static async open(path: string | undefined): Promise<Output> {
    if (path === undefined) return new Output(process.stdout, undefined);
    const stream = createWriteStream(path);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: NodeJS.ErrnoException) => reject(new Error(`cannot write ${path}: ${writeReason(error)}`)));
    });
    return new Output(stream, path);
  }

  /** True once nothing more can be written: the reader went away or the output failed. */
  get closed(): boolean {
    return this.readerGone || this.failure !== undefined || (!this.ended && this.stream.destroyed);
  }

  /** Writes `chunk`, and waits for the stream to drain when its buffer is full. */
  async write(chunk: string): Promise<void> {
    if (this.closed) return;
    if (this.stream.write(chunk)) return;
    await this.settle('drain');
  }

  /** Flushes and closes a file; standard output stays open. */
  async end(): Promise<void> {
    if (this.ended || this.closed) return;
    this.ended = true;
    if (this.path === undefined) return;
    this.stream.end();
    await this.settle('finish');
  }

  /** Resolves on `event`, or when the stream errs or closes first. */
  private settle(event: 'drain' | 'finish'): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off(event, done).off('error', done).off('close', done);
        resolve();
      };
      this.stream.on(event, done).on('error', done).on('close', done);
    });
  }
}

/**
 * Opens a command's output (`--out FILE`, or standard output), or ends the run with a usage error
 * (exit code 2) when FILE is also an input or cannot be written.
 */
export async function openOutput(command: Command, inputs: readonly string[], out: string | undefined): Promise<Output> {
  if (out !== undefined && inputs.some((input) => resolve(input) === resolve(out))) {
    command.error(`slant: --out ${out} is also an input: it would be emptied before it is read`, { exitCode: 2, code: 'slant.output' });
  }
  try {
    return await Output.open(out);
  } catch (error) {
    command.error(`slant: ${errorMessage(error)}`, { exitCode: 2, code: 'slant.output' });
  }
}
