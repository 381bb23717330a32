/** The shapes the attribution rules pass around: a token range and the raw attribution they build. */
import type { CueClass } from '../../lexicons/reporting-verbs.js';

/** An attribution in analysed-text offsets, before speakers are resolved. */
export interface RawAttribution {
  kind: 'direct' | 'indirect' | 'mixed';
  content: [number, number];
  parts: Array<[number, number]>;
  cue?: [number, number];
  cueLemma?: string;
  cueClass?: CueClass;
  /** The source as written here, appositive included (`Jonathan Schanzer, senior vice president at …,`): token indices, inclusive. */
  source?: [number, number];
  /** The noun phrase inside the source that names the speaker (`Jonathan Schanzer`), when it is shorter than `source`. */
  speakerRange?: [number, number];
  /** An appositive or role phrase beside the source (`, a spokesman for …,`): token indices. */
  role?: [number, number];
  /** Media it was relayed through (`told Reuters`, `according to Iranian media`): token indices. */
  medium?: [number, number];
  sentence: number;
  paragraph: number;
  /** A quote standing on its own after an attributed one: it continues that speaker. */
  floating?: boolean;
  /** Quote marks around words that no one in the sentence is said to have said. */
  unattributed?: boolean;
  /** Index (in the returned list) of the attribution whose speaker this one continues. */
  continues?: number;
}

/** Token indices, inclusive (or character offsets, half-open, where a span of text is meant). */
export type Range = [number, number];
