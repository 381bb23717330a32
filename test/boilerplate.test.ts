/** Boilerplate rules: the lexicon's hygiene, what each rule removes, and article text it must leave alone. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { BOILERPLATE_RULES } from '../src/lexicons/boilerplate.js';
import { matchRule } from '../src/text/boilerplate.js';

describe('the boilerplate lexicon', () => {
  it('has unique kebab-case ids and a reason for every rule', () => {
    const ids = BOILERPLATE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of BOILERPLATE_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.reason.length).toBeGreaterThan(5);
    }
  });

  it.each([
    ['Related Articles', 'related-links'],
    ['More from World', 'related-links'],
    ['Check Also', 'related-links'],
    ['Leave a Reply', 'comment-prompt'],
    ['Your email address will not be published. Required fields are marked *', 'comment-prompt'],
    ['Join our commenting forum', 'comment-prompt'],
    ['Your support helps us to tell the story', 'donation-plea'],
    ['Your donation makes it possible for us to keep doing this important work', 'donation-plea'],
    ['Join our brand new verified AMN Telegram channel and get important news uncensored!', 'newsletter-promo'],
    ['Sign up for our daily newsletter', 'newsletter-promo'],
    ['Head shot of Andrew Feinberg', 'promo-card'],
    ['Read the rest here.', 'read-more'],
    ['Share this article', 'share-prompt'],
    ['Facebook Twitter Email', 'share-prompt'],
    ['Back to top button', 'navigation'],
    ['Advertisement', 'navigation'],
    ['| 20 May 2024, Monday |', 'site-header'],
    ['•', 'stray-symbols'],
    ['Iraqi Popular Mobilization Forces (PMF). (Mahmoud Hosseini - Tasnim News/Released)', 'photo-credit'],
    ['President Biden speaks at the White House. (AP Photo/Evan Vucci)', 'photo-credit'],
    ['Photo: Getty Images', 'photo-credit'],
    ['Reporting by Jane Doe; Editing by John Roe', 'wire-credit'],
    ['The Associated Press contributed to this report.', 'wire-credit'],
    ['© 2021 The Outlet. All rights reserved.', 'copyright'],
  ])('%j is removed as %s', (text, id) => {
    expect(matchRule(text)?.id).toBe(id);
  });

  it.each([
    ['The Pentagon said the strikes were defensive.'],
    ['Critics urged readers to subscribe to the view that the strikes were illegal, he said.'],
    ['“Your support helps the militias,” the official told the newspaper, adding that Iran was behind the attacks on US forces in Iraq and Syria.'],
    ['Comments by the minister drew a sharp rebuke from Baghdad.'],
    ['Related to the strikes, the Pentagon released a video.'],
    ['Home to 2,500 US troops, the base was hit by rockets.'],
    ['The Associated Press reported that four fighters were killed.'],
    ['Photos of the site showed craters.'],
    ['Share prices fell after the strikes.'],
  ])('%j is article text, left alone', (text) => {
    expect(matchRule(text)).toBeUndefined();
  });
});

describe('structural rules', () => {
  it('takes a page tail after "Related Articles" when what follows is short furniture', () => {
    const text = [
      'US strikes hit militias',
      'The Pentagon said the strikes were defensive and limited in scope, and that they targeted three facilities near the border.',
      'Related Articles',
      'Iran vows to respond',
      'Iraq summons US envoy',
    ].join('\n\n');
    const analysis = analyzeArticle(text);
    expect(analysis.removed.map((r) => r.span.text)).toEqual(['Related Articles', 'Iran vows to respond', 'Iraq summons US envoy']);
  });

  it('takes only the marker when article-length text follows it', () => {
    const long = 'The Pentagon said the strikes were defensive and limited in scope, and that they targeted three facilities near the border. '.repeat(3);
    const text = ['US strikes hit militias', long, 'Related Articles', long, long].join('\n\n');
    const analysis = analyzeArticle(text);
    expect(analysis.removed.map((r) => r.span.text)).toEqual(['Related Articles']);
    expect(analysis.paragraphs).toHaveLength(4);
  });

  it('takes the name and job title under a head shot, and nothing after them', () => {
    const text = [
      'US strikes hit militias',
      'Head shot of Andrew Feinberg',
      'Andrew Feinberg',
      'White House Correspondent',
      'The Pentagon said the strikes were defensive and limited in scope.',
    ].join('\n\n');
    const analysis = analyzeArticle(text);
    expect(analysis.removed.map((r) => [r.ruleId, r.span.text])).toEqual([
      ['promo-card', 'Head shot of Andrew Feinberg'],
      ['promo-card', 'Andrew Feinberg'],
      ['promo-card', 'White House Correspondent'],
    ]);
    expect(analysis.byline).toBeNull();
  });

  it('reads "By" bylines with several authors and their spans', () => {
    const text = 'US strikes hit militias\n\nBy Jane Doe and John Roe\n\nJune 28, 2021\n\nThe Pentagon said the strikes were defensive.';
    const analysis = analyzeArticle(text);
    expect(analysis.byline?.value).toEqual(['Jane Doe', 'John Roe']);
    expect(analysis.byline?.spans?.map((s) => s.text)).toEqual(['Jane Doe', 'John Roe']);
    expect(analysis.date).toMatchObject({ value: '2021-06-28', span: { text: 'June 28, 2021' } });
  });

  it('never takes a short closing sentence of the article for page chrome', () => {
    const text = 'US strikes hit militias\n\nWell, that escalated.\n\nThe Pentagon said the strikes were defensive and limited in scope.';
    const analysis = analyzeArticle(text);
    expect(analysis.removed).toEqual([]);
    expect(analysis.paragraphs.map((p) => p.text)).toContain('Well, that escalated.');
  });
});
