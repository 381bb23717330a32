/**
 * Profiles built as analyses stream past, without keeping the analyses (`analyze --format csv`,
 * `profile`, `profileCorpus`): each analysis, or each batch of analyses already folded into profiles
 * elsewhere (on a worker), is counted in place into its outlet's profile (a {@link ProfileBuilder}),
 * so nothing is copied but the batches' small profiles, and memory is the profiles themselves.
 * Everything is counted in the order it was added, so the result equals `buildProfiles` over all
 * the analyses in that order, to the byte of its JSON.
 */
import type { ArticleAnalysis, ProfileOptions, SourceProfile } from '../index.js';
import { checkAnalysis, checkProfile, ProfileBuilder } from './profiles.js';

export class ProfileStream {
  private readonly builder: ProfileBuilder;

  /**
   * @param options `buildProfiles`' options; `evidence` defaults to off here (with it, memory grows
   *   with the corpus)
   */
  constructor(options: ProfileOptions = {}) {
    this.builder = new ProfileBuilder({ ...options, evidence: options.evidence ?? false });
  }

  /** Adds one analysis; throws `buildProfiles`' TypeError when it is not one. */
  add(analysis: ArticleAnalysis): void {
    checkAnalysis('analyses[0]', analysis);
    this.builder.add(analysis);
  }

  /**
   * Adds the profiles of a batch of analyses, the next ones in order: `buildProfiles` over them with
   * this stream's options (on a worker, say).
   */
  addProfiles(profiles: readonly SourceProfile[]): void {
    profiles.forEach((p, i) => checkProfile(`profiles[${i}]`, p));
    for (const p of profiles) this.builder.merge(p);
  }

  /** The profiles of everything added so far, one per outlet, by outlet name. */
  profiles(): SourceProfile[] {
    return this.builder.profiles();
  }
}
