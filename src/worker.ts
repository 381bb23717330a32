/**
 * The worker thread of `analyzeCorpus` (a piscina worker): analyses one article a task with the
 * options the pool was started with. Built as its own entry (dist/worker.js, .cjs), linked to the
 * index build, so each worker loads one copy of slant and its own wink model.
 */
import { workerData } from 'node:worker_threads';
import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis, type ArticleInput } from './index.js';

const { options } = workerData as { options: AnalyzeOptions };

/** Analyses one article; `analyzeCorpus` has checked it already. */
export default function analyze(article: ArticleInput): ArticleAnalysis {
  return analyzeArticle(article, options);
}
