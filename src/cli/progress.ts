/**
 * Progress on standard error for long runs: a bar when the number of articles is known, a counter
 * when it is not (standard input, or a JSONL file still being counted). Messages go through it, so
 * that they do not tear the bar. Only for a terminal: the caller decides, on `isTTY`.
 */
import cliProgress from 'cli-progress';
import { countArticles } from '../node.js';
import type { Output } from './output.js';

/** Runs with more inputs than this show a progress display (on a terminal). */
const LONG_RUN = 50;
/** Inputs read as a stream, whose length is not known before they are read. */
const STREAMED = /^-$|\.(?:jsonl|ndjson)(?:\.gz)?$/i;

/** What a command reports to as it goes. */
export interface Progress {
  /** One more input done. */
  tick(): void;
  /** The number of inputs, once known. */
  setTotal(total: number): void;
  /** A message line on standard error (with its line end). */
  log(line: string): void;
  /** Draws the final state and lets go of the terminal. */
  stop(): void;
}

/** No progress display: messages go straight to standard error. */
export const quiet: Progress = {
  tick() {},
  setTotal() {},
  log(line) {
    process.stderr.write(line);
  },
  stop() {},
};

const BAR_WIDTH = 20;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * A progress display on standard error, `label` in front, under 80 columns:
 * `slant analyze [████░░] 120/400 articles | 45.1/s | 6s left`, or
 * `slant analyze 120 articles | 45.1/s` while the total is unknown.
 */
export function progressBar(label: string, total: number | undefined): Progress {
  let known = total !== undefined;
  const format = (_options: cliProgress.Options, params: cliProgress.Params): string => {
    const seconds = (Date.now() - params.startTime) / 1000;
    const rate = seconds > 0 ? params.value / seconds : 0;
    const speed = `${rate.toFixed(1)}/s`;
    if (!known) return `${label} ${params.value} articles | ${speed}`;
    const filled = Math.round(Math.min(1, params.total > 0 ? params.value / params.total : 1) * BAR_WIDTH);
    const left = rate > 0 ? (params.total - params.value) / rate : Number.NaN;
    return `${label} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${params.value}/${params.total} articles | ${speed} | ${duration(left)} left`;
  };
  const bars = new cliProgress.MultiBar({ stream: process.stderr, format, fps: 5, clearOnComplete: false });
  const bar = bars.create(total ?? 0, 0);
  // The bar turns the terminal's line wrapping off: turn it back on when the run is interrupted,
  // then let the signal end the process as it would have.
  const interrupted = (signal: NodeJS.Signals): void => {
    bars.stop();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  return {
    tick() {
      bar.increment();
    },
    setTotal(n) {
      known = true;
      bar.setTotal(n);
    },
    log(line) {
      bars.log(line);
    },
    stop() {
      process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
      bars.update(); // prints the messages still waiting for a redraw
      bars.stop();
    },
  };
}

/** Shows progress when standard error is a terminal and the run is long; else stays quiet. */
export async function startProgress(label: string, inputs: readonly string[], output: Output, signal: AbortSignal): Promise<Progress> {
  // JSONL on a terminal would tear the display: only when the results go to a file or a pipe.
  if (process.stderr.isTTY !== true || (output.path === undefined && process.stdout.isTTY === true)) return quiet;
  if (inputs.some((input) => STREAMED.test(input))) {
    // Counting JSONL lines takes a read through the files: count in the background.
    const progress = progressBar(label, undefined);
    countArticles(inputs, { signal }).then(
      (total) => {
        if (total !== undefined && !signal.aborted) progress.setTotal(total);
      },
      () => {},
    );
    return progress;
  }
  const total = await countArticles(inputs, { signal });
  return total !== undefined && total > LONG_RUN ? progressBar(label, total) : quiet;
}
