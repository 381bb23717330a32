/**
 * Boilerplate removal: applies the rules of `lexicons/boilerplate.ts` to paragraphs, with the two
 * structural extensions the rules ask for (a page tail after "Related Articles", a promo card
 * after a head shot). Decides nothing about headlines and bylines: that is `header.ts`.
 */
import { BOILERPLATE_RULES, type BoilerplateRule } from '../lexicons/boilerplate.js';
import type { Block } from './blocks.js';

/** A paragraph taken out, and the rule that took it. */
export interface BoilerplateHit {
  block: Block;
  rule: BoilerplateRule;
}

const DEFAULT_MAX_LENGTH = 300;
/** A tail may hold teasers (a headline and a line of summary), never article-length paragraphs. */
const TAIL_PARAGRAPH_MAX = 320;
/** A tail cut never takes more than this share of the page's text. */
const TAIL_SHARE_MAX = 0.35;
const CARD_LINE_MAX = 60;

function matches(rule: BoilerplateRule, text: string): boolean {
  return text.length <= (rule.maxLength ?? DEFAULT_MAX_LENGTH) && rule.pattern.test(text);
}

/** The first rule that matches this paragraph, if any. */
export function matchRule(text: string, rules: readonly BoilerplateRule[] = BOILERPLATE_RULES): BoilerplateRule | undefined {
  return rules.find((rule) => matches(rule, text));
}

/**
 * Splits `blocks` into the ones kept and the ones removed as boilerplate.
 * A `rest` rule removes what follows only when all of it is short (teasers, prompts) and it is
 * the last part of the page; otherwise only the marker itself goes.
 */
export function removeBoilerplate(
  blocks: readonly Block[],
  rules: readonly BoilerplateRule[] = BOILERPLATE_RULES,
): { kept: Block[]; removed: BoilerplateHit[] } {
  const kept: Block[] = [];
  const removed: BoilerplateHit[] = [];
  const total = blocks.reduce((sum, b) => sum + b.text.length, 0);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const rule = matchRule(block.text, rules);
    if (rule === undefined) {
      kept.push(block);
      continue;
    }
    removed.push({ block, rule });
    if (rule.takes === 'rest') {
      const rest = blocks.slice(i + 1);
      const restLength = rest.reduce((sum, b) => sum + b.text.length, 0);
      const allShort = rest.every((b) => b.text.length <= TAIL_PARAGRAPH_MAX || matchRule(b.text, rules) !== undefined);
      if (allShort && restLength <= TAIL_SHARE_MAX * total) {
        for (const b of rest) removed.push({ block: b, rule: matchRule(b.text, rules) ?? rule });
        break;
      }
    } else if (rule.takes === 'card') {
      for (let k = 1; k <= 2; k++) {
        const next = blocks[i + 1];
        if (next === undefined || next.text.length > CARD_LINE_MAX || /[.!?]$/.test(next.text)) break;
        removed.push({ block: next, rule });
        i++;
      }
    }
  }
  return { kept, removed };
}
