/**
 * slant: source-bias and framing analysis of news. The public API: named exports only.
 * Browser-safe: nothing here reads files; `slant/node` has the Node-only helpers.
 *
 * @module slant
 */
export { analyzeArticle, type AnalyzeOptions } from './analyze.js';
export { compareSources, type CompareOptions } from './profile/compare.js';
export { groupStories, type StoryOptions } from './profile/stories.js';
export {
  buildProfiles,
  mergeProfiles,
  type ProfileCounts,
  type ProfileFigures,
  type ProfileOptions,
  type QuoteTally,
  type SourceProfile,
} from './profile/profiles.js';
export type {
  ArticleAnalysis,
  Comparison,
  DistinctiveTerm,
  EvidenceRef,
  FigureRow,
  LabelChoice,
  LabelDivergence,
  LanguageGuess,
  Omission,
  StoryComparison,
  VoiceBalance,
  ArticleInput,
  Metadatum,
  CueClass,
  Finding,
  FindingCategory,
  Label,
  FrameFinding,
  FrameScore,
  Paragraph,
  ParagraphRole,
  Quote,
  Removal,
  Sentence,
  Span,
  Story,
  Voice,
  VoiceType,
  SentenceSentiment,
  Wording,
  WordingCategory,
  WordingRates,
  WordingVoice,
} from './types.js';
export { renderReport, type ReportFormat, type ReportOptions } from './report/report.js';
