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
    ['Photo: Getty Images', 'caption-label'],
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

describe('rules mined from AllSides and PolNeAR', () => {
  // Furniture found in the datasets, verbatim (shortened where long), one or more per rule.
  it.each([
    ['READ MORE:', 'related-links'],
    ['More On This...', 'related-links'],
    ['Further reading', 'related-links'],
    ['\ufeffAlso on HuffPost:', 'related-links'],
    ['Related\u00a0Articles', 'related-links'],
    ['( Also on POLITICO: NRA unleashes lobbyists)', 'related-teaser'],
    ['SEE ALSO: Obama talks tough on terror but shies away from ‘war’', 'related-teaser'],
    ['More:Missouri Gov. Eric Greitens admits to affair, denies blackmail', 'related-teaser'],
    ['More on the US mid-terms', 'related-teaser'],
    ['Read or Share this story: http://usat.ly/2kI04qx', 'related-teaser'],
    ['Who is running for president? The full list of 2020 Democratic candidates Read more', 'headline-read-more'],
    ['This commenting section is created and maintained by a third party, and imported onto this page.', 'comment-prompt'],
    ['Support Vox’s explanatory journalism', 'donation-plea'],
    ['Donate today to PragerU! http://l.prageru.com/2ylo1Yt', 'donation-plea'],
    ['Support real journalism. Support local journalism. Subscribe to The Atlanta Journal-Constitution today. See offers.', 'donation-plea'],
    ['Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy', 'newsletter-promo'],
    ['**Want FOX News First in your inbox every day? Sign up here.**', 'newsletter-promo'],
    ['For indispensable reporting on the coronavirus crisis and more, subscribe to Mother Jones\' newsletters', 'newsletter-promo'],
    ['Interested in Donald Trump? Add Donald Trump as an interest to stay up to date on the latest Donald Trump news, video, and analysis from ABC News. Add Interest', 'newsletter-promo'],
    ['Click for more from The Wall Street Journal.', 'newsletter-promo'],
    ['For more, sign up for the What’s Working newsletter.', 'newsletter-promo'],
    ['Follow Pam Key on Twitter @pamkeyNEN.', 'social-follow'],
    ['Follow @politico', 'social-follow'],
    ['Do you support Donald Trump? Like the page:', 'social-follow'],
    ['On Twitter follow Ken Thomas https://twitter.com/KThomasDC and Lisa Lerer https://twitter.com/llerer.', 'social-follow'],
    ['This column was first published in the Orange County Register.', 'read-more'],
    ['This article first appeared on POLITICO Pro at 9:48 p.m. on March 21, 2013.', 'read-more'],
    ['Read the full letter.', 'read-more'],
    ['Read the rest of the story here.', 'read-more'],
    ['As published in the International New York Times.', 'read-more'],
    ['LISTEN TO ARTICLE 4:13 SHARE THIS ARTICLE Share Tweet Post Email', 'share-prompt'],
    ['Story Continued Below', 'navigation'],
    ['Advertisement Continue reading the main story', 'navigation'],
    ['next Image 1 of 2', 'navigation'],
    ['Story highlights', 'navigation'],
    ['X.', 'navigation'], // a close button (HuffPost)
    ['ABSTRACT.', 'archive-label'],
    ['FULL TEXT.', 'archive-label'],
    ['[pullquote]', 'markup-residue'],
    ['width:100%;', 'markup-residue'],
    ['.bio-text {', 'markup-residue'],
    ['<tweet tweet-id="661196115484643328"><tweet/>.', 'markup-residue'],
    ['</tweet>', 'markup-residue'],
    ['— Nancy Pelosi (@SpeakerPelosi) January 26, 2019', 'tweet-signature'],
    ['President Obama speaks in the Oval Office of the White House on Sept. 30. (Photo: Evan Vucci, AP)', 'photo-credit'],
    ['Joshua Roberts/Reuters', 'caption-label'],
    ['Sebelius has become the face of the Obamacare website mess. | M.Scott Mahaskey/POLITICO', 'photo-credit'],
    ['Photo by Yucel Moran on Unsplash', 'photo-byline'],
    ['Barham Salih addressing the United Nations General Assembly, in New York City, in September, 2019. Photograph by Drew Angerer / Getty', 'photo-byline'],
    ['Image copyright Getty Images Image caption Mr Trump will visit the US-Mexico border on Thursday', 'caption-label'],
    ['Media playback is unsupported on your device Media caption Trump voters in Nebraska dismiss Russia story', 'caption-label'],
    ['Enlarge this image toggle caption J. Scott Applewhite/AP J. Scott Applewhite/AP', 'caption-label'],
    ['Enlarge this image Lauren Rock/NPR Lauren Rock/NPR', 'caption-label'],
    ['Facebook Twitter Pinterest Bath, Pennsylvania. Photograph: Mark Makela/The Guardian', 'caption-label'],
    ['Slideshow (5 Images)', 'caption-label'],
    ['Getty/Instagram.', 'caption-label'],
    ['Jim Urquhart / Reuters.', 'caption-label'],
    ['Scott Olson via Getty Images.', 'caption-label'],
    [
      'Photos: The first Democratic debate Photos: The first Democratic debate Democratic presidential candidates take the stage before debating in Las Vegas on Tuesday, October 13. Hide Caption 1 of 2 Photos: The first Democratic debate Sanders speaks during the debate. Hide Caption 2 of 2',
      'photo-gallery',
    ],
    ['JUST WATCHED Obama pushes gun control measures Replay More Videos ... MUST WATCH Obama pushes gun control measures 02:54', 'video-label'],
    ["Your browser doesn't support HTML5 audio. Here is a link to the audio instead. Play Pause Loading...", 'video-label'],
    ["Play Video 0:40 Donald Trump calls Las Vegas gunman 'demented' - video", 'video-label'],
    ['YouTube', 'video-label'],
    ['Watch the full video of Beck’s remarks below:', 'video-label'],
    ['Contributing: Deborah Berry.', 'wire-credit'],
    ['— With assistance by Billy House', 'wire-credit'],
    ['(h/t Mediaite.)', 'wire-credit'],
    ['Bryant Rousseau and Caryn Wilson contributed reporting.', 'wire-credit'],
    [
      'Gambrell reported from Dubai, United Arab Emirates. Associated Press writers Robert Burns in Paris, David Rising in Berlin and Jim Gomez in Manila, Philippines, contributed to this report.',
      'wire-credit',
    ],
    ['Eilperin reported from Washington.', 'reporter-credit'],
    ['Scott Wong contributed.', 'reporter-credit'],
    ['AP writers Zeke Miller, Mary Clare Jalonick and Matthew Daly contributed.', 'reporter-credit'],
    ['Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'copyright'],
    ['Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved. 87990cbe856818d5eddac44c7b1cdeb8', 'copyright'],
    ['COPYRIGHT 2016 ANDREW P. NAPOLITANO|DISTRIBUTED BY CREATORS.COM', 'copyright'],
    [
      'Content created by The Daily Caller News Foundation is available without charge to any eligible news publisher that can provide a large audience. For licensing opportunities of our original content, please contact licensing@dailycallernewsfoundation.org.',
      'copyright',
    ],
    ['Updated at 6:50 p.m. ET', 'update-note'],
    ['—Updated on March 17 at 8:54 a.m.', 'update-note'],
    ['This story has been updated with additional developments Thursday.', 'update-note'],
    ['This post was updated with the latest news at 8:45 p.m. ET.', 'update-note'],
    ['This article is more than 5 months old', 'update-note'],
    ['7 years ago', 'update-note'],
    ['8:55 p.m.', 'update-note'], // the time stamp of a live-blog entry
    ['CORRECTION APPENDED.', 'correction-note'],
    ['Correction: An earlier version of this story said Miller was a candidate for state treasurer. He was a two-term state treasurer.', 'correction-note'],
    ['Editor’s note: As a public service, all our coronavirus coverage is free. No paywall.', 'editor-note'],
    ['Editor’s\u00a0note: Donald Trump regularly incites political violence and is a serial liar.', 'editor-note'],
    ['This is a rush transcript. Copy may not be in its final form.', 'editor-note'],
    ['John Binder is a reporter for Breitbart News. Follow him on Twitter at @JxhnBinder.', 'author-bio'],
    ['Joseph S. Nye Jr. is a professor at Harvard University and the author of "Is the American Century Over?" The views expressed are his own.', 'author-bio'],
    ['Dean Obeidallah, a former attorney, is host of SiriusXM\'s weekly program. Follow him on Twitter: @TheDeansreport . The opinions expressed in this commentary are his own.', 'author-bio'],
    ['Jill Terreri Ramos can be reached at jill.ramos@globe.com.', 'author-bio'],
    ['The opinions expressed by columnists are their own and do not represent the views of Townhall.com.', 'author-bio'],
    ['Send tips to kevin@dailycallernewsfoundation.org.', 'reader-contact'],
    ['Got a TIP from the RIGHT or LEFT? Email FoxNewsFirst@FOXNEWS.COM', 'reader-contact'],
    ['Please include a contact number if you are willing to speak to a BBC journalist.', 'reader-contact'],
  ])('%j is removed as %s', (text, id) => {
    expect(matchRule(text)?.id).toBe(id);
  });

  // Article text that looks like furniture: each was matched by a draft rule (most of them in the
  // datasets) and is the reason for an anchor, a guard or a case-sensitive pattern.
  it.each([
    ['TOP STORIES.'], // a section of HuffPost's morning e-mail
    ['More from Quinnipiac:'], // introduces a quote from the poll
    ['More from the U.S. on the scheduled January talks'], // a Bloomberg subheading
    ['More than 160 firefighters attended the blaze on Prospect Avenue.'],
    ['More: “We cannot say that the group is completely finished,” he said.'],
    ['As recently as Monday, two US air force B-1B bombers flew from Guam to join their counterparts for a mission over the Korean peninsula, about 2,100 miles away. Read more'],
    ['The senator said voters should read more'],
    ['Donate today, the campaign urged supporters in an e-mail that raised $2 million in a day.'],
    ['Support local journalism, the mayor said at the opening of the newsroom.'],
    ['Register to vote by Oct. 9 at the county clerk’s office.'],
    ['Readers can sign up for the newsletter, which has 100,000 subscribers, the company said.'],
    ['The president went on to say that the North Korean leader must follow him on Twitter, because U.S. officials were watching.'],
    ['Follow the money, the senator wrote on Twitter.'],
    ['Twitter has banned the account, the company said.'],
    ['This story first appeared on Facebook, where it was shared more than 10,000 times.'],
    ['Post office workers went on strike.'],
    ['Next, the Senate will vote on the bill.'],
    ['Poll: 3 battleground Senate races are tight;'], // a USA TODAY headline, not a style sheet
    ['Michigan v. EPA'], // a case name, not a credit
    ['Abstract thinking is not the candidate’s strength.'],
    ['Watch out for falling debris, officials warned residents below.'],
    ['Watch out below.'],
    ['X-rays showed no fracture.'],
    ['VERIZON TO BUY YAHOO FOR $4.83 BILLION The sale is expected to expand the company’s move into internet assets and media. [Reuters]'], // a news brief citing its source
    ['...Such poor leadership ability by the Mayor of San Juan, and others in Puerto Rico, who are not able to get their workers to help. They.... — Donald J. Trump (@realDonaldTrump) September 30, 2017'],
    ["CORRECTION: I haven't spoken to any Berkeley students about when and where I will speak because I'm still waiting for Berkeley to tell me. https://t.co/xdqhzWtuGL — Ann Coulter (@AnnCoulter) April 26, 2017"],
    ['MORE: Fourth #Dallas shooting suspect was killed by bomb robot, police chief says https://t.co/4DsbZ0ixwD pic.twitter.com/UwGp9a4gS1 — CBS News (@CBSNews) July 8, 2016'],
    ['However, 77% of Republicans say they support his refusal, according to the Reuters/Ipsos poll.'],
    ['Stephen Ward, director of the Center for Journalism Ethics at the University of Wisconsin-Madison, said the photo by itself was not too offensive but noted it could be exploited.'],
    ['A photo by Reuters photographer John Smith showed the bodies.'],
    ['Image is everything in politics, the strategist said.'],
    ['Pictures of the aftermath circulated widely on social media.'],
    ['Video shows that Crutcher had his hands in the air, contradicting police.'],
    ['YouTube banned the main Infowars account from its site on Monday.'],
    ['Watchdog groups decry the bill as discriminatory.'],
    ['Contributing to the problem is a shortage of nurses, the report said.'],
    ['Soros contributed more than $2 million to a pro-Clinton super PAC.'],
    ["He says Federal Reserve's policy of quantitative easing has contributed to Dow's rise"],
    ['Many donors contributed.'],
    ['(C) membership in any religious organization."'], // a quoted legal list item
    ['COPYRIGHT 2020, THE CHICAGO MAROON. ALL RIGHTS RESERVED. REPRINTED WITH PERMISSION. In 1962 George Shultz becomes dean of the University of Chicago Graduate School of Business.'],
    ['Update at 1:25 p.m. ET: By a vote of 285-144, the House just passed a Republican plan that postpones the debt ceiling.'],
    ['This story has been updated to reflect additional developments.The 116th class of Congress broke barriers before its members even set foot in Washington.'],
    ['Updated guidance from the CDC came out on Monday.'],
    ['Correctional Services Department spokesman Koos Gerber said the facilities could accommodate him.'],
    ['The editor’s note said the paper regretted the error, the spokeswoman told reporters.'],
    ['Crist is a former Florida Republican governor who has twice changed political parties.'],
    ['Smith is a professor of economics at Harvard who studies taxes, and he said the plan would fail.'],
    ['Send letters to the troops, the group urged its members.'],
    ['Got a tip? The police want to hear from you, the chief said.'],
  ])('%j is article text, left alone', (text) => {
    expect(matchRule(text)).toBeUndefined();
  });

  it('matches in linear time: no rule backtracks on adversarial input at its length limit', () => {
    const fillers = ['a', 'a ', 'A. ', 'A, ', '(', '( ', ' |', '/', '. ', '@a ', '\u00a0', 'Photo by A ', 'Read more ', '— A (@a) ', 'Hide Caption 1 of 2 ', 'Follow A ', 'Updated at 1:11 p.m. ', 'Sign up ', 'JUST WATCHED ', 'A and B, ', 'poster="http://a'];
    for (const rule of BOILERPLATE_RULES) {
      const length = rule.maxLength ?? 300;
      for (const filler of fillers) {
        const text = `${filler.repeat(Math.ceil(length / filler.length)).slice(0, length - 1)}\u0000`;
        const start = performance.now();
        rule.pattern.test(text);
        expect(performance.now() - start, `${rule.id} on ${JSON.stringify(filler)}`).toBeLessThan(100);
      }
    }
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

  it('takes no article subheading under a bare "Read more" (BBC: the links are gone)', () => {
    const text = [
      'US strikes hit militias',
      'The lawsuit announced on Thursday is the culmination of a two-year investigation, which began under the previous attorney general.',
      'Read more',
      "'A new front opened up'",
      'Anthony Zurcher, North America reporter',
      'New York Attorney General Barbara Underwood has opened a new front in the ongoing criminal investigations into the president and his empire.',
    ].join('\n\n');
    const analysis = analyzeArticle(text);
    expect(analysis.removed.filter((r) => r.category === 'boilerplate').map((r) => [r.ruleId, r.span.text])).toEqual([['read-more', 'Read more']]);
  });

  it('never takes a quoted tweet for a teaser under "Read more:"', () => {
    const text = [
      'US strikes hit militias',
      'The Pentagon said the strikes were defensive and limited in scope, and that they targeted three facilities near the border.',
      'Read more:',
      'Iran vows to respond',
      'We will respond at a time of our choosing pic.twitter.com/abc123 — Militia Spokesman (@spokesman) June 28, 2021',
    ].join('\n\n');
    const analysis = analyzeArticle(text);
    expect(analysis.removed.map((r) => r.span.text)).toEqual(['Read more:', 'Iran vows to respond']);
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
