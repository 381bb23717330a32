/**
 * The worker thread of `analyzeCorpus` and `profileCorpus` (a piscina worker), with the options the
 * pool was started with: the default task analyses one article; the `profile` task analyses a batch
 * and gives back only its profiles (both as `v8.serialize` bytes: see `profileSerialisedBatch`).
 * Built as its own entry (dist/worker.js, .cjs), linked to the index build, so each worker loads one
 * copy of slant and its own wink model.
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis, type ArticleInput, type ProfileOptions } from './index.js';
import { profileSerialisedBatch } from './profile/batch.js';

const { options, profileOptions } = workerData as { options: AnalyzeOptions; profileOptions: ProfileOptions };

/** Analyses one article; `analyzeCorpus` has checked it already. */
export default function analyze(article: string | ArticleInput): ArticleAnalysis {
  return analyzeArticle(article, options);
}

/**
 * Analyses a batch of `profileCorpus` (each item serialised) and folds it into profiles, which it
 * gives back serialised, moved to the calling thread rather than copied (see `profileSerialisedBatch`).
 */
export function profile(batch: Uint8Array[]): unknown {
  return Piscina.move(profileSerialisedBatch(batch, analyze, profileOptions));
}
