/**
 * One batch of `profileCorpus`: its articles analysed and folded into profiles where the batch runs
 * (a worker thread, or the calling thread when there are no workers), so that only the batch's
 * profiles, a few kilobytes, travel back instead of every analysis. Node only (`node:v8`): used by
 * `slant/node` and its worker, never by the main entry.
 */
import { deserialize, serialize } from 'node:v8';
import type { ArticleAnalysis, ArticleInput, ProfileOptions, SourceProfile } from '../index.js';
import { ProfileStream } from './stream.js';

/** One input of a batch: an article to analyse, or an analysis already made on the calling thread. */
export type BatchItem =
  | {
      /** A raw text, or an article whose fields are all strings (so that it can be sent to a worker). */
      article: string | ArticleInput;
    }
  | {
      /** An analysis made elsewhere, folded in at its place. */
      analysis: ArticleAnalysis;
    };

/**
 * `analyzeArticle` with the options of the run, given by the caller: the worker has it loaded, and
 * the calling thread loads it only when it analyses articles itself.
 */
export type Analyze = (article: string | ArticleInput) => ArticleAnalysis;

/** What a batch gives back: `buildProfiles` over the analyses it made, and the articles it could not analyse. */
export interface BatchProfiles {
  /** `buildProfiles(analyses, profileOptions)` over the batch's analyses, in batch order. */
  profiles: SourceProfile[];
  /** The items `analyzeArticle` refused, by position in the batch, with its message. */
  failures: Array<{ index: number; message: string }>;
}

/**
 * Analyses a batch and folds it into profiles; one refused article never stops the batch. Each
 * analysis joins a {@link ProfileStream} as soon as it is made, so that it can be collected at once:
 * holding the batch's analyses until the end kept more of the heap alive and let each worker's heap
 * grow larger (measured: about 0.2 GB more peak RSS over 2,000 AllSides articles on two workers).
 * The items are taken one at a time from `items`, so that a caller holding them serialised (as
 * `profileCorpus` does) has only one of them as objects at a time. `evidence` defaults to on, as in
 * `buildProfiles`.
 */
export function profileBatch(items: Iterable<BatchItem>, analyze: Analyze, profileOptions: ProfileOptions): BatchProfiles {
  const stream = new ProfileStream({ ...profileOptions, evidence: profileOptions.evidence ?? true });
  const failures: BatchProfiles['failures'] = [];
  let index = 0;
  for (const item of items) {
    let analysis: ArticleAnalysis | undefined;
    try {
      analysis = 'analysis' in item ? item.analysis : analyze(item.article);
    } catch (error) {
      failures.push({ index, message: error instanceof Error ? error.message : String(error) });
    }
    if (analysis !== undefined) stream.add(analysis);
    index++;
  }
  return { profiles: stream.profiles(), failures };
}

/**
 * {@link profileBatch} on a batch whose items are each serialised with `v8.serialize`, giving back
 * its {@link BatchProfiles} serialised too (read them with {@link readBatchProfiles}): how
 * `profileCorpus` sends batches to its workers and gets their profiles back. Bytes, unlike objects,
 * are kept outside the JavaScript heap while they wait (for a worker, or for their turn to be merged
 * in input order); as objects, what waits outlives several young-generation collections and is
 * moved to the old generation, which V8 lets grow to a multiple of what it holds alive. Each item
 * becomes objects only when it is analysed, so only one article of the batch is ever held as
 * objects. On the calling thread (concurrency 1) the items come as they are, since the batch is
 * analysed as soon as it is read (serialising them there too gave 530 MB peak RSS over 12,000
 * AllSides articles against 506 MB without, one run each). The result owns its `ArrayBuffer` (`v8.serialize`
 * gives a buffer of its own, never a slice of Node's shared pool), so that it can be transferred.
 */
export function profileSerialisedBatch(batch: ReadonlyArray<Uint8Array | BatchItem>, analyze: Analyze, profileOptions: ProfileOptions): Uint8Array {
  function* items(): Generator<BatchItem> {
    for (const item of batch) yield item instanceof Uint8Array ? (deserialize(item) as BatchItem) : item;
  }
  return serialize(profileBatch(items(), analyze, profileOptions));
}

/** Reads what {@link profileSerialisedBatch} gives back. */
export function readBatchProfiles(bytes: Uint8Array): BatchProfiles {
  return deserialize(bytes) as BatchProfiles;
}
