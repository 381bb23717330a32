/** Public data types: what goes into slant and what comes out. Plain, JSON-serialisable objects. */
import type { WordingCategory } from './lexicons/wording.js';
import type { SourceProfile } from './profile/profiles.js';

export type { WordingCategory };

/**
 * A stretch of the caller's original text. `start` and `end` are UTF-16 offsets into the string
 * the caller passed in, so `input.slice(start, end) === text` always holds, whatever cleaning
 * happened on the way (HTML markup, entities, wrapped lines, curly quotes).
 */
export interface Span {
  /** Offset of the first character (UTF-16 code units from the start of the input). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The text itself: `input.slice(start, end)`. */
  text: string;
}

/** One article as the caller gives it. Only `text` is required. */
export interface ArticleInput {
  /** The raw article: plain text or an article page's HTML. */
  text: string;
  /** A stable id for the article. Default: a hash of the text. */
  id?: string;
  /** The outlet that published it, e.g. `"The Independent"`. Default: `null`. */
  source?: string;
  /** The headline, when known. Default: found in the text. */
  title?: string;
  /** The author(s), when known. Default: found in the text. */
  byline?: string;
  /** Publication date, ISO `YYYY-MM-DD` or any string `Date` parses. Default: found in the text. */
  date?: string;
  /** Where the article came from. */
  url?: string;
}

/**
 * A piece of metadata and where it came from: the caller's input, the words of the text (with
 * their span), or the page's markup (`<meta>`, `<title>`).
 */
export interface Metadatum<T> {
  /** The value: a title, a list of author names, an ISO date. */
  value: T;
  /** Where it came from: the caller's `input`, the words of the `text`, or the page's `markup`. */
  from: 'input' | 'text' | 'markup';
  /** The words it was read from, when it was read from the text. */
  span?: Span;
  /** Every span, when it was read from several places (a byline naming several authors). */
  spans?: Span[];
}

/** What a paragraph is: the headline, the standfirst under it, a subheading, or running text. */
export type ParagraphRole = 'headline' | 'standfirst' | 'subheading' | 'body';

/** A paragraph of the analysed text. */
export interface Paragraph extends Span {
  /** Headline, standfirst, subheading or body text. */
  role: ParagraphRole;
}

/** A sentence of the analysed text, with the index of the paragraph it belongs to. */
export interface Sentence extends Span {
  /** Index of its paragraph in `ArticleAnalysis.paragraphs`. */
  paragraph: number;
}

/**
 * A part of the input that slant took out of the analysis, and why: boilerplate (pleas, promos,
 * navigation, captions, teasers) or metadata lines (byline, dateline) that are read but are not
 * the article's words.
 */
export interface Removal {
  /** Stable kebab-case id of the rule that removed it, e.g. `donation-plea`. */
  ruleId: string;
  /** `boilerplate`, `metadata` or `markup`. */
  category: 'boilerplate' | 'metadata' | 'markup';
  /** Why, in words. */
  reason: string;
  /** The text removed. */
  span: Span;
}

/** How a reporting verb frames what it reports; the verbs of each class are in `src/lexicons/reporting-verbs.ts`. */
export type CueClass =
  /** say, tell, add, state: reports without judging */
  | 'neutral'
  /** confirm, note, explain, point out: presents it as true or informative */
  | 'confirming'
  /** claim, allege, insist, purport: distances the outlet from it */
  | 'distancing'
  /** vow, warn, threaten, condemn, denounce, accuse: presents it as hostile or forceful */
  | 'confrontational'
  /** admit, acknowledge, concede: presents it as an admission */
  | 'conceding'
  /** deny, reject, dispute: presents it as a denial */
  | 'denying'
  /** ask, urge, call for, demand: a request */
  | 'requesting'
  /** report, announce, write, tweet: a publication or medium */
  | 'publishing'
  /** believe, think, estimate, seem: an opinion or assessment attributed to someone */
  | 'believing'
  /** praise, endorse, defend, oppose, tout: a stance for or against something */
  | 'evaluating'
  /** according to, a colon after a name, a dash before a name: attribution without a verb */
  | 'attributive';

/**
 * An attribution: something the article reports someone as saying.
 * `direct`: the content is in quote marks; `indirect`: reported speech with no quote marks;
 * `mixed`: reported speech with quoted fragments in it.
 */
export interface Quote {
  /** `direct` (in quote marks), `indirect` (reported speech) or `mixed` (reported speech with quoted fragments). */
  kind: 'direct' | 'indirect' | 'mixed';
  /** What was said. For a split quote (`“…,” he said. “…”`) it runs from the first piece to the last. */
  content: Span;
  /** The pieces of a split or multi-paragraph quote, in order (one piece otherwise). */
  parts: Span[];
  /** The reporting words: `said`, `told`, `according to`, `has learned`. */
  cue?: Span;
  /** The cue's lemma: `say`, `tell`, `according to`. */
  cueLemma?: string;
  /** How the cue frames the content. */
  cueClass?: CueClass;
  /** The speaker as written at this place: `Kirby`, `he`, `a Pentagon spokesman`. */
  source?: Span;
  /** Who the source is, resolved within the article. */
  speaker?: {
    /** The speaker's fullest name in the article: `John Kirby`. */
    name: string;
    /** The `id` of the speaker's entry in `ArticleAnalysis.voices`. */
    voiceId: string;
  };
  /** Index of the paragraph where the content starts. */
  paragraph: number;
  /** Index of the sentence where the content starts. */
  sentence: number;
  /** A quote paragraph with no attribution of its own, given to the previous speaker. */
  floating?: boolean;
  /** Words in quote marks that the sentence attributes to no one (scare quotes). */
  unattributed?: boolean;
}

/** What kind of source a voice is. */
export type VoiceType = 'person' | 'organisation' | 'government' | 'media' | 'document' | 'anonymous' | 'group';

/** One distinct speaker in an article, and how much and when the article lets it speak. */
export interface Voice {
  /** Stable within the article: a slug of the name (`john-kirby`). */
  id: string;
  /** The fullest name the article gives: `John Kirby`, `Popular Mobilisation Forces`, `US officials`. */
  name: string;
  /** What kind of source it is: a person, an organisation, a government, media, … */
  type: VoiceType;
  /** Has a proper name (not `a source`, `critics`). */
  named: boolean;
  /** Unnamed and presented as such (`two US officials, speaking on condition of anonymity`). */
  anonymous: boolean;
  /** The role the article states: `Pentagon spokesman`, `senior vice president at the Foundation for Defense of Democracies`. */
  role?: string;
  /** The country the article ties it to, when it says: `United States`, `Iraq`. */
  affiliation?: string;
  /** The side it is on: a caller-defined side, else its affiliation, else `unassigned`. */
  side: string;
  /** Every place the article names it as a source. */
  mentions: Span[];
  /** Media it was relayed through: `Reuters`, `The Jerusalem Post`. */
  relayedBy: string[];
  /** Attributions given to it. */
  quotes: number;
  /** Its direct and mixed attributions. */
  direct: number;
  /** Its indirect attributions. */
  indirect: number;
  /** Words of content attributed to it. */
  words: number;
  /** Its `words`' share (0–1) of all attributed words in the article. */
  share: number;
  /** Index in `quotes` of its first attribution: who speaks first. */
  firstQuote: number;
  /** Index in `quotes` of its last attribution: who gets the last word. */
  lastQuote: number;
}

/** Whose words: the outlet's narration (`own`) or words inside quote marks (`quoted`). */
export type WordingVoice = 'own' | 'quoted';

/** What a wording finding is: a lexicon category, a scare quote, or an agentless passive. */
export type FindingCategory = WordingCategory | 'scare-quote' | 'agentless-passive';

/**
 * One piece of evidence about an article's wording: which rule fired, on which words, in whose
 * voice. Every wording figure is a count or sum of these.
 */
export interface Finding {
  /** Stable kebab-case id: category and term (`hedge-reportedly`, `dysphemism-terrorist`), or `scare-quote`, `agentless-passive`. */
  ruleId: string;
  /** A wording lexicon category (`hedge`, `evaluative`, …), `scare-quote` or `agentless-passive`. */
  category: FindingCategory;
  /** The lexicon term that matched (`appear to`), the scare-quoted words, or the passive verb's lemma. */
  term: string;
  /** The words it was found on. */
  span: Span;
  /** `own` (the outlet's narration) or `quoted` (inside quote marks). */
  voice: WordingVoice;
  /** Index of the sentence. */
  sentence: number;
  /** 1 (mild) to 3 (strong): the term's weight; an agentless passive of a verb of violence weighs 2. */
  weight: number;
  /** Counts as loaded language: emotive, evaluative, dysphemistic or euphemistic, and not negated. */
  loaded: boolean;
  /** For words that judge: −1 (unfavourable) … +1 (favourable) to what they describe. */
  lean?: number;
  /** In the scope of a negation (`not a terrorist group`): kept as evidence, left out of the rates. */
  negated?: boolean;
}

/** Findings per 1,000 words of one voice, by category, plus `loaded` (all loaded findings) and the word count. */
export type WordingRates = Record<FindingCategory | 'loaded' | 'words', number>;

/** AFINN sentiment of one sentence: the total, its split by voice, and the words that scored. */
export interface SentenceSentiment {
  /** Index of the sentence. */
  sentence: number;
  /** Sum of the AFINN scores of its words. */
  score: number;
  /** Sum over its words in the outlet's own voice. */
  own: number;
  /** Sum over its words inside quote marks. */
  quoted: number;
  /** The words that scored. */
  words: Array<{
    /** The word. */
    span: Span;
    /** Its AFINN score, −5 … +5. */
    score: number;
    /** Whose word it is. */
    voice: WordingVoice;
  }>;
}

/** The wording of an article: findings, rates per voice, sentiment. */
export interface Wording {
  /** Every finding, in text order. */
  findings: Finding[];
  /** Findings per 1,000 words of each voice. */
  rates: Record<WordingVoice, WordingRates>;
  /** AFINN-165 scores (via the `sentiment` package): sum and sum per word, per voice; and per sentence. */
  sentiment: {
    /** The outlet's own voice. */
    own: {
      /** Sum of the scores. */
      score: number;
      /** Sum per word of the voice. */
      comparative: number;
    };
    /** Words inside quote marks. */
    quoted: {
      /** Sum of the scores. */
      score: number;
      /** Sum per word of the voice. */
      comparative: number;
    };
    /** Per sentence, every sentence in order. */
    sentences: SentenceSentiment[];
  };
}

/**
 * A mention of an actor or an event, as the outlet (or a quoted speaker) chose to name it:
 * `Iran-backed militias`, `defensive precision air strikes`, `the regime`.
 */
export interface Label {
  /** The whole labelling phrase: `defensive precision air strikes`. */
  span: Span;
  /** The head noun as written (`militias`), or the name for a named actor (`Kataib Hezbollah`). */
  head: string;
  /** The words before the head, as written: `['Iran-backed']`, `['defensive', 'precision', 'air']`. */
  modifiers: string[];
  /**
   * What the mention refers to: a name in the phrase (`Kataib Hezbollah`; spellings and acronyms
   * of one name share one target), else the head's class, qualified by a country modifier:
   * `armed-group`, `armed-forces (United States)`, `military-action`.
   */
  target: string;
  /** An `actor` (armed groups, forces, governments, civilians) or an `event` (acts of force, casualties). */
  kind: 'actor' | 'event';
  /** −1 (unfavourable to what is named) … +1 (favourable): the sum of the head's and the modifiers' leans, clipped; 0 when negated. */
  lean: number;
  /** In the scope of a negation (`not a terrorist group`): the label is denied, not applied. */
  negated?: boolean;
  /** `own` (the outlet's narration) or `quoted` (a speaker's words). */
  voice: WordingVoice;
  /** Index of the sentence. */
  sentence: number;
}

/** A cue term of a frame found in the text. */
export interface FrameFinding {
  /** `frame-<name>`, e.g. `frame-conflict`. */
  ruleId: string;
  /** The cue term as listed in `src/lexicons/frames.ts`. */
  term: string;
  /** The words it was found on. */
  span: Span;
  /** `own` (the outlet's narration) or `quoted` (inside quote marks). */
  voice: WordingVoice;
  /** Index of the sentence. */
  sentence: number;
  /** 1 (weak cue) to 3 (strongly diagnostic). */
  weight: number;
}

/** How much of an article's vocabulary belongs to one frame, and the words that say so. */
export interface FrameScore {
  /** `generic` (Semetko & Valkenburg 2000) or `policy` (the Media Frames Corpus codebook). */
  family: 'generic' | 'policy';
  /** The frame's name in words: `Security and defense`. */
  label: string;
  /** Summed weights of the frame's cue terms per 1,000 words of the article. */
  score: number;
  /** This frame's part of all the scores of its family (0–1). */
  share: number;
  /** The cue terms found, in text order. */
  findings: FrameFinding[];
}

/**
 * Whether the analysed text reads as English. slant's parser and lexicons are English: on a text
 * in another language it finds few quotes, cues or loaded words, and those empty scores do not
 * mean neutral coverage. `english` is `false` when most of the letters are in a non-Latin script
 * (Arabic, Chinese, Cyrillic…), when common English function words (`the`, `of`, `said`…) make up
 * under 4 % of the words (English news: 15–40 %), or when common function words of French, German,
 * Spanish, Italian, Portuguese or Dutch outnumber them; `null` when the text is too short to tell
 * (under 20 letters, or under 20 words in the Latin script).
 *
 * @example
 * ```ts
 * analyzeArticle('Le gouvernement a annoncé mardi …').language // { english: false, score: 0, words: 56 }
 * ```
 */
export interface LanguageGuess {
  /** `true` when the text reads as English, `false` when it does not, `null` when it is too short to tell. */
  english: boolean | null;
  /** Share (0–1) of the words that are common English function words. */
  score: number;
  /** Words the guess rests on (runs of letters or digits, any script). */
  words: number;
}

/** Everything slant finds in one article. */
export interface ArticleAnalysis {
  /** The caller's id, or a stable 64-bit hash of the text (16 hex digits). */
  id: string;
  /** The outlet, from the input. */
  source: string | null;
  /** The article's address, from the input. */
  url: string | null;
  /** The headline: the caller's, else the one found in the text, else the page's `<h1>` or `<title>`. */
  title: Metadatum<string> | null;
  /** The author names. */
  byline: Metadatum<string[]> | null;
  /** Publication date as ISO `YYYY-MM-DD`. */
  date: Metadatum<string> | null;
  /** `html` when the input was an article page's markup. */
  format: 'text' | 'html';
  /** The analysed paragraphs, in order: headline, standfirst, body. */
  paragraphs: Paragraph[];
  /** The sentences of the analysed paragraphs, in order; never across paragraphs. */
  sentences: Sentence[];
  /** Words in the analysed paragraphs (runs of letters or digits, `Iran-backed` and `don’t` count once). */
  words: number;
  /** Whether the analysed text reads as English; when it does not, `warnings` says so too. */
  language: LanguageGuess;
  /** What was taken out of the analysis, in text order. */
  removed: Removal[];
  /** Every attribution, in text order. */
  quotes: Quote[];
  /** The speakers, in the order they first speak. */
  voices: Voice[];
  /** The article's wording, in its own voice and in quotes. */
  wording: Wording;
  /** Every labelled mention of an actor or event, in text order. */
  labels: Label[];
  /** Scores on the generic news frames and the policy frames, by frame name (`conflict`, `security-defense`, ...). */
  frames: Record<string, FrameScore>;
  /** Things the caller should know, e.g. an input date that could not be read. */
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Stories and comparisons (`groupStories`, `compareSources`)

/** A place in an article: the article's id and a span of its text. */
export interface EvidenceRef {
  /** The article's id. */
  article: string;
  /** The words, in that article's text. */
  span: Span;
}

/** A story: the articles that report the same event. */
export interface Story {
  /** The first date and the words the articles share most: `2021-06-28-strikes-militia-syria`. */
  id: string;
  /** Its articles, in the order they were given. */
  articleIds: string[];
  /** The outlets of those articles, sorted. */
  sources: string[];
  /** First and last publication date (ISO), when known. */
  dates: {
    /** Earliest date of its articles. */
    first: string | null;
    /** Latest date of its articles. */
    last: string | null;
  };
  /** The words and names the articles share most: what the story is about. */
  terms: string[];
}

/** One profile figure side by side: one value per outlet of the comparison, in `sources` order. */
export interface FigureRow {
  /** Path of the figure in `SourceProfile.figures`: `directShare`, `wordShareBySide.Iraq`, `wordingRates.own.loaded`. */
  figure: string;
  /** The figure of each outlet, in `sources` order. */
  values: number[];
  /** Highest value minus lowest. */
  spread: number;
  /** Key of the spans behind the figure in each profile's `evidence`, when it has any. */
  evidence?: string;
}

/**
 * A word or two-word phrase one outlet uses markedly more than the other outlets of the story:
 * the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), and its
 * z-score.
 */
export interface DistinctiveTerm {
  /** The word or two-word phrase: `air strikes`. */
  term: string;
  /** Times this outlet uses it in the story. */
  count: number;
  /** Times the other outlets of the story use it. */
  others: number;
  /** Log-odds of the term in this outlet minus in the others, shrunk by the prior. */
  logOdds: number;
  /** `logOdds` divided by its estimated standard deviation. */
  z: number;
  /** Where this outlet uses it (up to 5 places). */
  evidence: EvidenceRef[];
}

/** One outlet's labels for an actor or event: each text, how often, and its lean. */
export interface LabelChoice {
  /** The label as written, lower-cased: `iran-backed militias`. */
  text: string;
  /** How many times the outlet uses it. */
  count: number;
  /** −1 (unfavourable) … +1 (favourable). */
  lean: number;
  /** Where the outlet uses it. */
  evidence: EvidenceRef[];
}

/** The labels each outlet of a story chose for one actor or event. */
export interface LabelDivergence {
  /** The actor or event, as in `Label.target`: `Kataib Hezbollah`, `military-action`. */
  target: string;
  /** An `actor` or an `event`. */
  kind: 'actor' | 'event';
  /** One list per outlet, in `sources` order (empty when the outlet never names it). */
  bySource: LabelChoice[][];
  /** How many outlets name it. */
  outlets: number;
  /** How many distinct label texts the outlets use between them. */
  distinct: number;
}

/** Whose words each outlet quotes, by side, and how far apart the outlets are. */
export interface VoiceBalance {
  /** The sides of the story's quoted voices, sorted. */
  sides: string[];
  /** Per outlet (in `sources` order), its share of quoted words by side, in `sides` order: sums to 1, or all 0 when it quotes no one. */
  shares: number[][];
  /** Jensen–Shannon divergence (base 2, 0 = same mix, 1 = no side in common) of every pair of outlets that quote someone. */
  pairs: Array<{
    /** One outlet. */
    a: string;
    /** The other outlet. */
    b: string;
    /** Their Jensen–Shannon divergence, 0–1. */
    divergence: number;
  }>;
  /** Each outlet's divergence from the story's pooled mix of quoted words (in `sources` order; `null` when it quotes no one). */
  fromStory: Array<number | null>;
}

/** A fact some articles of a story report and others leave out. */
export interface Omission {
  /** The words the reporting sentences share: what the fact is about. */
  terms: string[];
  /** The sentence of each article that reports it. */
  reportedBy: Array<{
    /** The article's id. */
    article: string;
    /** Its outlet. */
    source: string;
    /** The sentence that reports the fact. */
    sentence: Span;
  }>;
  /** The ids of the articles of the story that do not report it. */
  missingFrom: string[];
  /** Their outlets. */
  missingSources: string[];
}

/** How the outlets of one story told it. */
export interface StoryComparison {
  /** The story compared. */
  story: Story;
  /** The outlets of the story, sorted; every per-outlet list below follows this order. */
  sources: string[];
  /** One profile per outlet, built on its articles of this story. */
  profiles: SourceProfile[];
  /** Profile figures side by side, in the order of `SourceProfile.figures` (rows where every outlet has 0 left out). */
  figures: FigureRow[];
  /** Per outlet, the terms it uses markedly more than the others (z ≥ `minZ`), strongest first. */
  distinctive: DistinctiveTerm[][];
  /** Actors and events named by at least two outlets, most divergent first. */
  labels: LabelDivergence[];
  /** Whose words each outlet quotes, by side. */
  voiceBalance: VoiceBalance;
  /** Facts reported by at least two articles of the story and missing from at least one. */
  omissions: Omission[];
}

/** `compareSources`' result: every story, and each outlet's profile over all its articles. */
export interface Comparison {
  /** One comparison per story. */
  stories: StoryComparison[];
  /** One profile per outlet, over all its articles, in order of outlet name. */
  profiles: SourceProfile[];
}
