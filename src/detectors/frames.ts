/**
 * Frames: how much of an article's vocabulary belongs to each news frame. Generic frames after
 * Semetko & Valkenburg (2000) and policy frames after the Media Frames Corpus codebook (Boydstun
 * et al. 2014), with the cue terms of `src/lexicons/frames.ts`.
 *
 * The method is lexical, and its limits follow: a frame's `score` is the weight of its cue terms
 * per 1,000 words of the article (narration and quotes alike), and `share` is that score's part of
 * all the scores of its family (generic or policy), so the shares of a family sum to 1 when any of
 * its cues occur. Coders of the codebooks read whole arguments; cue words only show where an
 * article's vocabulary leans. Every score comes with the findings behind it.
 */
import { FRAMES, type FrameDefinition } from '../lexicons/frames.js';
import type { FrameScore, WordingVoice } from '../types.js';
import type { ArticleContext } from './context.js';
import type { TermMatch } from './terms.js';

/**
 * Scores an article on every frame. `words` is the article's word count, `matches` each frame's
 * term matches in its tokens, in the order of `FRAMES` (`matchLexicons`).
 */
export function detectFrames(ctx: ArticleContext, words: number, matches: ReadonlyArray<ReadonlyArray<TermMatch<number>>>): Record<string, FrameScore> {
  const frames: Record<string, FrameScore> = {};
  const per = words > 0 ? 1000 / words : 0;
  const familyTotals = new Map<string, number>();
  FRAMES.forEach((frame: FrameDefinition, f) => {
    const findings = (matches[f] ?? []).map((m) => {
      const first = ctx.tokens[m.first];
      const last = ctx.tokens[m.last];
      const voice: WordingVoice = ctx.quotedIn[m.first] !== -1 ? 'quoted' : 'own';
      return {
        ruleId: `frame-${frame.name}`,
        term: m.term,
        span: ctx.span(first?.start ?? 0, last?.end ?? 0),
        voice,
        sentence: ctx.sentenceOf[m.first] ?? 0,
        weight: m.value,
      };
    });
    const score = findings.reduce((sum, f) => sum + f.weight, 0) * per;
    frames[frame.name] = { family: frame.family, label: frame.label, score, share: 0, findings };
    familyTotals.set(frame.family, (familyTotals.get(frame.family) ?? 0) + score);
  });
  for (const frame of Object.values(frames)) {
    const total = familyTotals.get(frame.family) ?? 0;
    frame.share = total > 0 ? frame.score / total : 0;
  }
  return frames;
}
