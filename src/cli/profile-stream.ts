/**
 * Profiles built one analysis at a time without keeping the analyses (`analyze --format csv`,
 * `profile`): each becomes a small profile, merged into the running ones in batches, since a merge
 * copies what it merges into.
 */
import { buildProfiles, mergeProfiles, type ArticleAnalysis, type SourceProfile } from '../index.js';

/** How many one-article profiles wait before they are merged into the running ones. */
const BATCH = 200;

export class ProfileStream {
  private merged: SourceProfile[] = [];
  private pending: SourceProfile[] = [];

  /** @param evidence keep the evidence spans (memory grows with the corpus); default off */
  constructor(private readonly evidence = false) {}

  /** Adds one analysis; throws `buildProfiles`' TypeError when it is not one. */
  add(analysis: ArticleAnalysis): void {
    this.pending.push(...buildProfiles([analysis], { evidence: this.evidence }));
    if (this.pending.length >= BATCH) this.flush();
  }

  /** The profiles of everything added so far, one per outlet, by outlet name. */
  profiles(): SourceProfile[] {
    this.flush();
    return this.merged;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.merged = mergeProfiles(this.merged, this.pending, { evidence: this.evidence });
    this.pending = [];
  }
}
