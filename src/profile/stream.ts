/**
 * Profiles built as analyses stream past, without keeping the analyses (`analyze --format csv`,
 * `profile`, `profileCorpus`): each analysis, or each batch of analyses already folded into profiles
 * elsewhere (on a worker), joins a queue; batches are merged, and merged batches of equal size are
 * merged again, as the carries of a binary counter. A merge copies what it merges, so merging every
 * batch into one running set would copy the whole set again and again (time and garbage growing with
 * the square of the corpus); this way each profile is copied about log₂(n) times, and memory stays a
 * small multiple of the profiles themselves. Batches are merged oldest first, so the result equals
 * `buildProfiles` over all the analyses in the order they were added.
 */
import { buildProfiles, mergeProfiles, type ArticleAnalysis, type ProfileOptions, type SourceProfile } from '../index.js';

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
  private readonly options: ProfileOptions;

  /**
   * @param options `buildProfiles`' options; `evidence` defaults to off here (with it, memory grows
   *   with the corpus)
   */
  constructor(options: ProfileOptions = {}) {
    this.options = { ...options, evidence: options.evidence ?? false };
  }

  /** Adds one analysis; throws `buildProfiles`' TypeError when it is not one. */
  add(analysis: ArticleAnalysis): void {
    this.pending.push(...buildProfiles([analysis], this.options));
    if (++this.analyses >= BATCH) this.flush();
  }

  /**
   * Adds the profiles of a batch of analyses, the next ones in order: `buildProfiles` over them with
   * this stream's options (on a worker, say). Counts as one batch of the binary counter.
   */
  addProfiles(profiles: readonly SourceProfile[]): void {
    this.flush();
    this.push({ batches: 1, profiles: [...profiles] });
  }

  /** The profiles of everything added so far, one per outlet, by outlet name. */
  profiles(): SourceProfile[] {
    this.flush();
    while (this.groups.length > 1) this.mergeLastTwo();
    return this.groups[0]?.profiles ?? [];
  }

  private flush(): void {
    if (this.analyses === 0) return;
    this.push({ batches: 1, profiles: mergeProfiles([], this.pending, this.options) });
    this.pending = [];
    this.analyses = 0;
  }

  /** Adds a group as the newest, and merges while the one before it is no larger. */
  private push(group: Group): void {
    this.groups.push(group);
    while (this.groups.length > 1 && (this.groups[this.groups.length - 2] as Group).batches <= (this.groups[this.groups.length - 1] as Group).batches) {
      this.mergeLastTwo();
    }
  }

  /** Merges the two newest groups, the older first. */
  private mergeLastTwo(): void {
    const newer = this.groups.pop() as Group;
    const older = this.groups.pop() as Group;
    this.groups.push({ batches: older.batches + newer.batches, profiles: mergeProfiles(older.profiles, newer.profiles, this.options) });
  }
}
