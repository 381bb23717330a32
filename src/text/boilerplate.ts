/**
 * Boilerplate removal: applies the rules of `lexicons/boilerplate.ts` to paragraphs, with the two
 * structural extensions the rules ask for (a page tail after "Related Articles", a promo card
 * after a head shot). Decides nothing about headlines and bylines: that is `header.ts`.
 */
import { BOILERPLATE_RULES, TWEET_SIGNATURE, type BoilerplateRule } from '../lexicons/boilerplate.js';
import type { Block } from './blocks.js';

/** A paragraph taken out, and the rule that took it. */
export interface BoilerplateHit {
  block: Block;
  rule: BoilerplateRule;
}

const DEFAULT_MAX_LENGTH = 300;
const CARD_LINE_MAX = 60;
const TEASER_MAX_WORDS = 40;

function matches(rule: BoilerplateRule, text: string): boolean {
  return text.length <= (rule.maxLength ?? DEFAULT_MAX_LENGTH) && rule.pattern.test(text);
}

/**
 * The paragraph as the rules see it: zero-width characters dropped, every run of white space (a
 * no-break space too) one plain space, trimmed. Pages write "Editor’s\u00a0note" and
 * "\ufeffAlso on HuffPost:"; the rules are written with plain spaces.
 */
function normalize(text: string): string {
  // `\s{2,}|[^\S ]` is every run of white space but a single plain space, which stays as it is.
  return text.replace(/[\u200b-\u200d\u2060]/g, '').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** An embedded tweet with its text: a quoted voice, whatever it opens with. */
function isQuotedTweet(text: string): boolean {
  if (text.includes('pic.twitter.com/')) return true;
  const signature = TWEET_SIGNATURE.exec(text);
  return signature !== null && /[\p{L}\p{N}]/u.test(text.slice(0, signature.index));
}

/** The first rule that matches this paragraph, if any. Never a quoted tweet. */
export function matchRule(text: string, rules: readonly BoilerplateRule[] = BOILERPLATE_RULES): BoilerplateRule | undefined {
  const normal = normalize(text);
  if (isQuotedTweet(normal)) return undefined;
  return rules.find((rule) => matches(rule, normal));
}

/**
 * A teaser for another story: a headline (no full stop at the end) or a summary cut off with an
 * ellipsis. A finished sentence is article text and ends a list of links.
 */
function isTeaser(paragraph: string): boolean {
  const text = normalize(paragraph);
  if (text.split(' ').length > TEASER_MAX_WORDS || isQuotedTweet(text)) return false;
  return /(?:…|\.\.\.)$/.test(text) || !/[.!?]["'”’)\]]*$/.test(text);
}

/**
 * Splits `blocks` into the ones kept and the ones removed as boilerplate.
 * After a `list` rule ("Related Articles", "Read more:") the teasers under it go too, up to the
 * first paragraph of running text; after a `card` rule, the name and job title under it.
 */
export function removeBoilerplate(
  blocks: readonly Block[],
  rules: readonly BoilerplateRule[] = BOILERPLATE_RULES,
): { kept: Block[]; removed: BoilerplateHit[] } {
  const kept: Block[] = [];
  const removed: BoilerplateHit[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const rule = matchRule(block.text, rules);
    if (rule === undefined) {
      kept.push(block);
      continue;
    }
    removed.push({ block, rule });
    if (rule.takes === 'list') {
      for (let next = blocks[i + 1]; next !== undefined; next = blocks[i + 1]) {
        const own = matchRule(next.text, rules);
        if (own === undefined && !isTeaser(next.text)) break;
        removed.push({ block: next, rule: own ?? rule });
        i++;
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
