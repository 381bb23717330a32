/**
 * Boilerplate rules: page furniture that is not the outlet's reporting.
 *
 * Source: written for slant. Patterns were drawn from the five seed articles and checked against
 * paragraphs that recur across many articles of the AllSides sample (Baly et al. 2020) and PolNeAR
 * (Newell et al. 2018); see `npm run boilerplate-report`. License: MIT, as slant.
 *
 * Each rule is tested against one whole paragraph (wrapped lines joined, trimmed). A paragraph
 * longer than `maxLength` (default 300 characters) never matches: article sentences are long,
 * furniture is short. Patterns must stay linear (no nested or overlapping quantifiers); a test
 * checks them for catastrophic backtracking.
 */

/** One boilerplate rule. */
export interface BoilerplateRule {
  /** Stable kebab-case id, reported as the removal's `ruleId`. */
  id: string;
  /** Why it is removed, in words. */
  reason: string;
  /** Tested against the whole trimmed paragraph. */
  pattern: RegExp;
  /** Longest paragraph the rule may remove. Default 300. */
  maxLength?: number;
  /**
   * What else goes with a match:
   * - `list`: the teasers listed under it (headlines, summaries cut off with an ellipsis) go
   *   with it, up to the first paragraph of running text;
   * - `card`: up to two following short lines (a name, a job title) belong to the same box.
   */
  takes?: 'list' | 'card';
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // Lists of links to other stories.
  {
    id: 'related-links',
    reason: 'links to other stories ("Related Articles", "More from …", "Read next")',
    pattern: /^(?:related(?: articles?| stories| news| coverage| content| posts)?|more (?:from|on|stories|news)\b.{0,40}|read (?:next|more|also)|recommended(?: for you| stories)?|you (?:may|might) (?:also )?(?:like|be interested in)|most (?:read|popular|viewed)|trending(?: now| stories)?|top stories|latest (?:news|stories)|also read|see also|don't miss|check also)\W{0,3}$/i,
    maxLength: 60,
    takes: 'list',
  },
  {
    id: 'comment-prompt',
    reason: 'comment section prompt',
    pattern: /^(?:leave a (?:reply|comment)|post a comment|add a comment|comments?|\d{1,5} comments?|view comments|show comments|join (?:our|the) (?:commenting forum|conversation|discussion)|join thought-provoking conversations.{0,120}|(?:your email address|email address) will not be published.{0,80}|required fields are marked.{0,10}|comments are (?:closed|moderated).{0,80}|thank you for registering|please refresh the page.{0,200}|(?:log|sign) in to comment.{0,40}|be the first to comment.{0,20})\W{0,3}$/i,
    maxLength: 300,
  },
  // Pleas and promos.
  {
    id: 'donation-plea',
    reason: 'donation or support plea',
    pattern: /^(?:your (?:support|donation|contribution)s? (?:helps?|enables?|makes?|means?|keeps?|allows?).{0,240}|(?:please )?(?:support|donate to|contribute to) (?:our|independent|quality|this) (?:journalism|reporting|work).{0,200}|as your .{1,60}(?:correspondent|reporter|editor), i .{0,200}|without your (?:support|contributions?|donations?).{0,200}|(?:if you value|if you like|if you enjoyed) (?:our|this|what).{0,200}(?:support|donat|contribut|subscri).{0,120}|help us (?:keep|continue|tell).{0,200})$/i,
    maxLength: 400,
  },
  {
    id: 'newsletter-promo',
    reason: 'newsletter, subscription or channel promo',
    pattern: /^(?:(?:sign up|subscribe|register) (?:for|to|now|here|today).{0,160}|(?:get|receive) (?:our|the) .{0,60}(?:newsletter|briefing|alerts?|updates).{0,120}|join (?:us|our) .{0,80}(?:telegram|whatsapp|newsletter|channel|mailing list|community|facebook|twitter).{0,120}|follow us on .{0,120}|(?:click|tap) here .{0,160}|download (?:our|the) .{0,40}app.{0,120}|already a subscriber\?.{0,80}|this (?:article|story|content) is (?:for|available to|only available to) (?:subscribers|members).{0,120})$/i,
    maxLength: 300,
  },
  {
    id: 'promo-card',
    reason: 'journalist promo card (a head shot, a name, a job title) that is not the byline',
    pattern: /^(?:head ?shot|headshot|portrait|photo) of [A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3}$/i,
    maxLength: 80,
    takes: 'card',
  },
  {
    id: 'read-more',
    reason: 'link to the rest of the story or its original',
    pattern: /^(?:read (?:the )?(?:rest|full (?:story|article)|more)(?: (?:here|at|on)\b.{0,60})?|continue reading.{0,60}|this (?:article|story) (?:originally |first )?(?:appeared|was (?:originally |first )?published) (?:on|in|at) .{0,120}|click to (?:read|continue).{0,60})\W{0,3}$/i,
    maxLength: 200,
  },
  {
    id: 'share-prompt',
    reason: 'social sharing buttons',
    pattern: /^(?:share(?: this(?: article| story)?)?(?: on)?|(?:share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest|messenger)(?:[\s|•·,/]{1,6}(?:share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest|messenger)){0,8})\W{0,3}$/i,
    maxLength: 120,
  },
  // Navigation and page chrome.
  {
    id: 'navigation',
    reason: 'navigation or page chrome',
    pattern: /^(?:navigation|menu|skip to (?:main )?content|back to top(?: button)?|home|search|close|open|toggle navigation|advertisement|advertising|sponsored(?: content)?|ad|scroll to continue(?: with content)?|story continues below(?: advertisement)?|article continues below.{0,20}|loading\W{0,3}|(?:previous|next) (?:article|story|post))\W{0,3}$/i,
    maxLength: 60,
  },
  {
    id: 'site-header',
    reason: 'site header bar (the site clock or breadcrumbs between pipes), not the article',
    pattern: /^\|.{0,80}\|$/,
    maxLength: 82,
  },
  {
    id: 'stray-symbols',
    reason: 'line with no words (bullets, separators, icons)',
    pattern: /^[^\p{L}\p{N}]{1,40}$/u,
    maxLength: 40,
  },
  // Credits and captions.
  {
    id: 'photo-credit',
    reason: 'photo or video caption with its credit',
    pattern: /^(?:.{0,240}[(\[](?:[^()\[\]]{0,60}(?: [-–—] |\/|: ?))?(?:ap|afp|reuters|getty(?: images)?|epa|anadolu|tasnim|xinhua|shutterstock|istock|wikimedia(?: commons)?|handout|file(?: photo)?|released|courtesy|pool|photo|image|credit)(?:[ /.][^()\[\]]{0,60})?[)\]]|(?:photo|image|picture|video|credit|file photo)(?: credit)?\s?[:|].{0,160}|.{0,200}\b(?:photo|image|picture)(?:graph)? (?:by|courtesy of|credit:?) .{0,80}|.{0,200}\/(?:getty images|afp|reuters|ap|epa|shutterstock|via getty images)|.{0,240} \| (?:ap photos?|reuters|getty images|afp|[^|]{1,60}\/[A-Z][\w-]{1,30})\b.{0,120}|image copyright .{1,200}|media playback is unsupported on your device.{0,200}|enlarge this image.{0,200})$/i,
    maxLength: 400,
  },
  {
    id: 'video-label',
    reason: 'video player label or caption',
    pattern: /^(?:watch|video|watch video|play video|now playing|up next)\s?[:|–—-].{0,160}$/i,
    maxLength: 200,
  },
  {
    id: 'wire-credit',
    reason: 'wire-service or contributor credit line',
    pattern: /^(?:\(?(?:additional )?reporting by .{1,160}|.{1,120}(?:contributed|contributed reporting) to this (?:report|story|article)\W{0,3}|editing by .{1,120}|writing by .{1,120}|compiled by .{1,80})$/i,
    maxLength: 300,
  },
  {
    id: 'copyright',
    reason: 'copyright or reuse notice',
    pattern: /^(?:©|\(c\)|copyright\b).{0,160}$|^.{0,80}all rights reserved\W{0,3}$|^this material may not be published, broadcast, rewritten.{0,80}$/i,
    maxLength: 240,
  },
];
