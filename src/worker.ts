/**
 * The worker thread of `analyzeCorpus` and `profileCorpus` (a piscina worker), with the options the
 * pool was started with: the default task analyses one article; the `profile` task analyses a batch
 * and gives back only its profiles. Built as its own entry (dist/worker.js, .cjs), linked to the
 * index build, so each worker loads one copy of slant and its own wink model.
 */
import { deserialize } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis, type ArticleInput, type ProfileOptions } from './index.js';
import { profileBatch, type BatchItem, type BatchProfiles } from './profile/batch.js';

const { options, profileOptions } = workerData as { options: AnalyzeOptions; profileOptions: ProfileOptions };

/** Analyses one article; `analyzeCorpus` has checked it already. */
export default function analyze(article: ArticleInput): ArticleAnalysis {
  return analyzeArticle(article, options);
}

/** Analyses a batch of `profileCorpus`, serialised with `v8.serialize`, and folds it into profiles. */
export function profile(batch: Uint8Array): BatchProfiles {
  return profileBatch(deserialize(batch) as BatchItem[], options, profileOptions);
}
