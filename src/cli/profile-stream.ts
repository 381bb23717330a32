/**
 * Profiles built one analysis at a time without keeping the analyses (`analyze --format csv`,
 * `profile`): each becomes a small profile; batches of them are merged, and merged batches of equal
 * size are merged again, as the carries of a binary counter. A merge copies what it merges, so
 * merging every batch into one running set would copy the whole set again and again (time and
 * garbage growing with the square of the corpus); this way each profile is copied about log₂(n)
 * times, and memory stays a small multiple of the profiles themselves.
 */
import { buildProfiles, mergeProfiles, type ArticleAnalysis, type SourceProfile } from '../index.js';

/** How many one-article profiles wait before they are merged. */
const BATCH = 200;

/** Merged profiles, and how many batches went into them. */
interface Group {
  batches: number;
  profiles: SourceProfile[];
}

export class ProfileStream {
  /** Oldest first, each of more batches than the next. Merging keeps this order, so the result equals one pass over all the analyses. */
  private groups: Group[] = [];
  private pending: SourceProfile[] = [];
  private analyses = 0;

  /** @param evidence keep the evidence spans (memory grows with the corpus); default off */
  constructor(private readonly evidence = false) {}

  /** Adds one analysis; throws `buildProfiles`' TypeError when it is not one. */
  add(analysis: ArticleAnalysis): void {
    this.pending.push(...buildProfiles([analysis], { evidence: this.evidence }));
    if (++this.analyses >= BATCH) this.flush();
  }

  /** The profiles of everything added so far, one per outlet, by outlet name. */
  profiles(): SourceProfile[] {
    this.flush();
    while (this.groups.length > 1) this.mergeLastTwo();
    return this.groups[0]?.profiles ?? [];
  }

  private flush(): void {
    if (this.analyses === 0) return;
    this.groups.push({ batches: 1, profiles: mergeProfiles([], this.pending, { evidence: this.evidence }) });
    this.pending = [];
    this.analyses = 0;
    while (this.groups.length > 1 && (this.groups[this.groups.length - 2] as Group).batches <= (this.groups[this.groups.length - 1] as Group).batches) {
      this.mergeLastTwo();
    }
  }

  /** Merges the two newest groups, the older first. */
  private mergeLastTwo(): void {
    const newer = this.groups.pop() as Group;
    const older = this.groups.pop() as Group;
    this.groups.push({ batches: older.batches + newer.batches, profiles: mergeProfiles(older.profiles, newer.profiles, { evidence: this.evidence }) });
  }
}
