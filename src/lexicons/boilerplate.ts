/**
 * Boilerplate rules: page furniture that is not the outlet's reporting.
 *
 * Source: written for slant. Patterns were drawn from the five seed articles and checked against
 * paragraphs that recur across many articles of the AllSides sample (Baly et al. 2020) and PolNeAR
 * (Newell et al. 2018); see `npm run boilerplate-report`. A second round added the categories and
 * forms found by mining both datasets whole (credits, captions, video widgets, update and
 * correction notes, editor's notes, author bios, follow lines, embed residue); every rule's matches
 * were read on both datasets, and each false positive found there is a negative case in
 * `test/boilerplate.test.ts`. License: MIT, as slant.
 *
 * Each rule is tested against one whole paragraph (wrapped lines joined, white space collapsed to
 * single spaces, no-break and zero-width spaces normalised, trimmed). A paragraph longer than
 * `maxLength` (default 300 characters) never matches: article sentences are long, furniture is
 * short (one exception, `photo-gallery`, checks the gallery's structure at both ends). Patterns must stay linear (no nested or overlapping quantifiers; bounded repetition); a
 * test times them on adversarial input. Rules are case-insensitive unless a comment says why not.
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

/**
 * The signature of an embedded tweet ("— Donald J. Trump (@realDonaldTrump) July 4, 2017"). A
 * paragraph with the tweet's own text before it is a quoted voice and is never removed, even when
 * it opens like furniture ("CORRECTION: …", "MORE: …"); so is one linking a pic.twitter.com image.
 * A signature standing alone is furniture: see `tweet-signature`.
 */
export const TWEET_SIGNATURE = / [—–] ?[^()—–]{1,60} \(@\w{1,30}\) (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4}/i;

/** A person's name as printed in credits: one to four capitalised words ("Joel B. Pollak"). */
const NAME = String.raw`[A-Z][\w.’'-]{0,30}(?: [A-Z][\w.’'-]{0,30}){0,3}`;

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // Links to other stories.
  {
    id: 'related-links',
    reason: 'heading of a list of links to other stories ("Related Articles", "Read more:", "More from …")',
    // "Read more" takes a list only with its colon, and "More from X" only without one: a bare
    // "Read more" (BBC) sits over article subheadings, and "More from Quinnipiac:" introduces a quote.
    pattern: /^(?:(?:related(?: articles?| stories| news| coverage| content| posts)?|more (?:stories|news)|more on this|read (?:next|also)|also read|recommended(?: for you| stories)?|you (?:may|might) (?:also )?(?:like|be interested in)|most (?:read|popular|viewed)|trending(?: now| stories)?|top stories|latest (?:news|stories)|see also|also on (?:huffpost|worldpost)|don['’]t miss|check also|further reading)(?: ?(?::|»|›|>|\.\.\.|…))?|read more ?:|more from(?: [\w.’'&-]{1,30}){1,4}(?:\.\.\.|…)?)$/i,
    maxLength: 60,
    takes: 'list',
  },
  {
    id: 'related-teaser',
    reason: 'link to another story inside the article ("( Also on POLITICO: …)", "SEE ALSO: …", "More:…", "More on …")',
    // A "More:" teaser never starts with a quotation mark: "More: “…”" carries on a quoted source.
    pattern: /^(?:\( ?(?:also on [\w.]{2,20}|see also|photos|video) ?:[^()]{1,160}\)|(?:related|see also|also read|read also|recommended|more|full coverage|policing the usa) ?:(?! ?["“'‘])[^]{1,200}|(?:more on this|more from [\w.]{2,30})(?:\.\.\.|…) [^]{1,160}|more on(?: [\w.’'-]{1,30}){1,6}|read or share this story: \S{1,80})$/i,
    maxLength: 240,
  },
  {
    id: 'headline-read-more',
    reason: 'headline of another story followed by its "Read more" link (The Guardian)',
    // Case-sensitive: the link text is exactly "Read more". A headline ends in a word, a quote or a
    // question mark and holds no full sentence; an article sentence glued to the link ends in ".".
    pattern: /^(?![^]*\. )[^\s.][^]{2,150}[\p{L}\p{N}’'?)] Read more$/u,
    maxLength: 170,
  },
  {
    id: 'comment-prompt',
    reason: 'comment section prompt',
    pattern: /^(?:leave a (?:reply|comment)|post a comment|add a comment|comments?|\d{1,5} comments?|view comments|show comments|join (?:our|the) (?:commenting forum|conversation|discussion)|join thought-provoking conversations.{0,120}|(?:your email address|email address) will not be published.{0,80}|required fields are marked.{0,10}|comments are (?:closed|moderated).{0,80}|thank you for registering|please refresh the page.{0,200}|(?:log|sign) in to comment.{0,40}|you must be logged in to post a comment|be the first to comment.{0,20}|this commenting section is created and maintained by a third party.{0,160}|we encourage readers who wish to comment.{0,200})\W{0,3}$/i,
    maxLength: 300,
  },
  // Pleas and promos.
  {
    id: 'donation-plea',
    reason: 'donation or support plea',
    pattern: /^(?:your (?:support|donation|contribution|subscription)s? (?:helps?|enables?|makes?|means?|keeps?|allows?|funds?).{0,240}|(?:please )?(?:support|donate to|contribute to) (?:our|independent|quality|this) (?:journalism|reporting|work).{0,200}|support (?:real|local|progressive) journalism\b.{0,40}\b(?:subscribe|chip in|donate)\b.{0,300}|support vox['’]s explanatory journalism|every day at vox, we aim to answer.{0,900}|as your .{1,60}(?:correspondent|reporter|editor), i .{0,200}|without your (?:support|contributions?|donations?).{0,200}|(?:if you value|if you like|if you enjoyed) (?:our|this|what).{0,200}(?:support|donat|contribut|subscri).{0,120}|help us (?:keep|continue|tell).{0,200}|donate (?:today|now)\b[^,.]{0,40}[!.]?(?: https?:\/\/\S{1,80})?|do you shop on amazon\? .{0,200}|the journalists at buzzfeed news are proud.{0,300}|thank you for supporting (?:our|real) journalism.{0,200})$/i,
    maxLength: 1000,
  },
  {
    id: 'newsletter-promo',
    reason: 'newsletter, subscription or channel promo',
    // "register" alone is not a promo: "Register to vote by Oct. 9" is news.
    pattern: /^(?:\(? ?(?:sign up|subscribe) (?:for|to|now|here|today)\b.{0,160}|register (?:now|here|today)\b.{0,160}|(?:sign up|subscribe)(?: now| here| today)?!?|subscribe (?:on|in) (?:apple podcasts|itunes|spotify|youtube)\b.{0,120}|(?:get|receive) (?:our|the) .{0,60}(?:newsletter|briefing|alerts?|updates).{0,120}|join (?:us|our) .{0,80}(?:telegram|whatsapp|newsletter|channel|mailing list|community|facebook|twitter).{0,120}|follow us on .{0,120}|(?:click|tap) here .{0,160}|click for more (?:from|on)\b.{0,80}|download (?:our|the) .{0,40}app.{0,120}|already a subscriber\?.{0,80}|this (?:article|story|content) is (?:for|available to|only available to) (?:subscribers|members).{0,120}|.{0,300}\bby signing up,? you agree to (?:our privacy policy|receive)\b.{0,300}|newsletter sign[- ]?up\b.{0,600}|thank you for (?:signing up|subscribing)\b.{0,120}|\*{0,2} ?(?:want|get|receive)\b[^.?!]{0,120}\b(?:in|to) your inbox(?: every \w{1,10}| daily)?(?:[.?!:] ?(?:sign up|subscribe)\b.{0,80})?[.?!]? ?\*{0,2}|start the day smarter: ?get .{0,80}|let our news meet your inbox\b.{0,200}|[^.?!]{0,100}\bdelivered (?:\w{1,10} )?to your inbox[.:] ?sign up\b.{0,80}|(?:for [^.,]{1,80}, )?(?:subscribe to|sign up for) [^.]{1,80}\bnewsletters?(?: here)?[.!]?|.{0,200}\byou will receive occasional promotional offers\b.{0,300}|propublica is a nonprofit newsroom that investigates abuses of power\b.{0,300}|stay up to date\.{0,3} sign up\b.{0,120}|.{0,200}\bclick to subscribe!?|subscribe now for as little as\b.{0,100}|something to consider if you enjoyed this article\b.{0,600}|[\w ]{2,40} is making its coronavirus coverage free\b.{0,200}|interested in [^?]{2,60}\? add .{2,60} as an interest\b.{0,200})$/i,
    maxLength: 800,
  },
  {
    id: 'social-follow',
    reason: 'invitation to follow the outlet or the writer on social media',
    // Anchored at "Follow": "…must follow him on Twitter, because…" is a news sentence.
    pattern: /^[-—–•⦁"“ ]{0,3}(?:follow (?:us|@\w{1,30}|[^.!?@:,]{1,100}?) (?:on|at) (?:twitter|facebook|instagram|social media)(?: (?:and|&|or) (?:twitter|facebook|instagram|periscope))?(?:[:,]? (?:at:? )?(?:@\w{1,30}|https?:\/\/\S{1,80})(?: and https?:\/\/\S{1,80})?)?(?: for more of this discussion)?|follow @\w{1,30}(?: on twitter| or #\w{1,30}(?: on twitter)?)?(?::? https?:\/\/\S{1,80})?(?: follow @\w{1,30}){0,3}|follow [\w ]{2,40} coverage (?:of [\w ]{2,40} )?at https?:\/\/\S{1,100}(?: and https?:\/\/\S{1,100})?|on twitter,? follow [^.@]{1,40} https?:\/\/\S{1,80}(?: and [^.@]{1,40} https?:\/\/\S{1,80})?|like us on facebook|(?:twitter|facebook|instagram|youtube): (?:@\w{1,30}|https?:\/\/\S{1,100})|do you support [\w .]{2,40}\? like the page:?|follow cnn opinion join us on twitter and facebook|follow (?:us|me)!?)[.!]?["”]?$/i,
    maxLength: 220,
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
    reason: 'link to the rest of the story or its original, or where it first appeared',
    // "This story first appeared on …" is a note only when nothing but a promo follows the outlet:
    // "This story first appeared on Facebook, where it was shared …" is news.
    pattern: /^(?:read (?:the )?(?:rest(?: of the (?:story|article))?|full (?:story|article|letter|report|text|transcript|interview|statement)|more)(?: (?:here|at|on)\b.{0,60})?|continue reading.{0,60}|keep reading|read the original (?:story|article)(?: here)?|this (?:article|column|piece|story|essay|op-ed|post) (?:was )?(?:originally |first )?(?:appeared|published|ran|posted|was (?:originally |first )?published) (?:on|in|at) [^,;]{1,80}?(?: at \d{1,2}:\d\d [ap]\.m\. on [a-z]{3,9}\.? \d{1,2}, \d{4})?(?:\. (?:read the original article|click here for more|it is licensed under a creative commons.{0,120}|[^.]{0,80}\b(?:subscribe|free trial|sign up|try six|appears here as part of)\b[^.]{0,100}))?|click to (?:read|continue).{0,60}|as published in the international new york times|a version of this (?:article|story|op-ed) (?:appears|appeared) in print\b.{0,150})\W{0,3}$/i,
    maxLength: 300,
  },
  {
    id: 'share-prompt',
    reason: 'social sharing buttons',
    pattern: /^(?:listen to article \d{1,2}:\d\d )?(?:share this(?: article| story)? ?|share all sharing options ?)?(?:share(?: this(?: article| story)?)?(?: on)?|(?:share|tweet|post|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest|messenger|pocket|sms)(?:[\s|•·,/]{1,6}(?:share|tweet|post|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest|messenger|pocket|sms)){0,8})\W{0,3}$/i,
    maxLength: 120,
  },
  // Navigation and page chrome.
  {
    id: 'navigation',
    reason: 'navigation or page chrome',
    pattern: /^(?:navigation|menu|skip to (?:main )?content|back to top(?: button)?|home|search|close|open|toggle navigation|advertisement(?: continue reading the main story| advertisement)?|advertising|sponsored(?: content)?|paid content|ad|scroll to continue(?: with content)?|story continue[sd] below(?: advertisement)?|article continues below.{0,20}|continue reading the main story|loading\W{0,3}|(?:previous|next) (?:article|story|post)|(?:prev |next ){1,2}image \d{1,3} of \d{1,3}|next »|« previous|x|show (?:more|less)|story highlights|listen to (?:this )?article(?: \d{1,2}:\d\d)?|play pause loading)\W{0,3}$/i,
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
  {
    id: 'archive-label',
    reason: 'label of an archive copy ("ABSTRACT.", "FULL TEXT.")',
    // Case-sensitive: the archive writes its labels in capitals; "Abstract" may head a section.
    pattern: /^(?:ABSTRACT|FULL TEXT)\.?$/,
    maxLength: 12,
  },
  {
    id: 'markup-residue',
    reason: 'markup left in the text: shortcodes, empty embeds, style sheet lines',
    // CSS only with a known property name: "Poll: 3 battleground Senate races are tight;" is a headline.
    pattern: /^(?:\[\/?(?:pullquote|embedtweet id=\d{1,25}|audio-clip|caption[^\]]{0,100}|video[^\]]{0,100})\]|<tweet\b[^>]{0,120}><tweet\/>|<\/tweet>|(?:-(?:moz|webkit|ms)-)?(?:width|height|margin(?:-[a-z]{1,10})?|padding(?:-[a-z]{1,10})?|border(?:-[a-z]{1,10}){0,2}|font(?:-[a-z]{1,10})?|text-[a-z]{1,10}|line-height|color|background(?:-[a-z]{1,10})?|display|float|position|overflow|z-index|vertical-align|(?:max|min)-(?:width|height)) ?: ?[^;:]{1,60};|[.#][\w-]{1,40}(?:, ?[.#][\w-]{1,40}){0,4} \{)\.?$/i,
    maxLength: 200,
  },
  {
    id: 'tweet-signature',
    reason: 'signature line of an embedded tweet ("— Name (@handle) Month D, YYYY") standing alone',
    // Only the signature itself: a tweet's own text before "—" is a quoted voice and stays.
    pattern: /^(?:[—–-]{1,2} ?)?[^()@—–]{1,60} \(@\w{1,30}\) (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4}\.?$/i,
    maxLength: 140,
  },
  // Credits and captions.
  {
    id: 'photo-gallery',
    reason: 'photo gallery captions ("Photos: … Hide Caption 1 of 6 …")',
    // Long on purpose: a gallery's captions come as one paragraph. It must open with "Photos:" and
    // close on "Hide Caption N of M", or be a single caption opening with "Hide Caption".
    pattern: /^(?:photos: [^]*\bhide caption \d{1,3} of \d{1,3}|hide caption \d{1,3} of \d{1,3}(?: photos: .{1,600})?)\W{0,3}$/i,
    maxLength: 50_000,
  },
  {
    id: 'caption-label',
    reason: 'caption widget or label ("Image copyright …", "Media playback is unsupported …", "Enlarge this image …", "Photo: …")',
    pattern: /^(?:(?:photo|image|picture|credit|file photo|photo credits?|image (?:credit|source)|featured image credit|photos) ?[:|].{1,240}|image copyright .{1,250}|media playback is unsupported on your device.{0,250}|enlarge this image\b.{0,250}|toggle caption.{0,250}|hide caption(?: \d{1,3} of \d{1,3})?|facebook twitter pinterest .{2,350}|slideshow \(\d{1,3} images?\)|(?:(?:[\w.'’-]{1,30} ){0,3}[\w.'’-]{1,30}(?: ?\/ ?| via ))?(?:getty(?: images)?(?:\/instagram)?|associated press|reuters|afp|epa)|\[image(?: via [^\]]{1,60})?\]|photos?)\.?$/i,
    maxLength: 400,
  },
  {
    id: 'photo-credit',
    reason: 'photo caption ending in its credit ("(AP Photo/Evan Vucci)", "Jeff Chiu/AP", "… M. Scott Mahaskey/POLITICO")',
    // A source in square brackets after a finished sentence cites the news item's source (HuffPost's
    // morning e-mail: "… called for the ban. [Reuters]"), and stays.
    pattern: /^(?:.{0,240}(?:\(|(?<![.!?]["”’]? )\[)(?:[^()\[\]]{0,60}(?: [-–—] |\/|: ?))?(?:ap|afp|reuters|getty(?: images)?|epa|anadolu|tasnim|xinhua|shutterstock|istock|wikimedia(?: commons)?|handout|file(?: photo)?|released|courtesy|pool|photos?|image|illustration|credit)(?:[ /.:][^()\[\]]{0,80})?[)\]]|.{0,200}\/(?:getty images|afp|reuters|ap|epa|shutterstock|via getty images)|.{0,240} \| (?:ap photos?|reuters|getty images|afp|[^|]{1,60}\/[A-Z][\w-]{1,30})\b.{0,120})$/i,
    maxLength: 400,
  },
  {
    id: 'photo-byline',
    reason: 'caption credit "Photo by …", "Photograph by …", "Illustration by …"',
    // Case-sensitive: the credit is a run of capitalised names to the end of the paragraph, so
    // "…said the photo by itself was not too offensive" is left alone.
    pattern: /^.{0,200}\b(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Ii]mages?|[Pp]ictures?|[Ii]llustration)(?: [Ii]llustration)? (?:by|[Cc]ourtesy of|[Cc]redit:?) (?:the )?[A-Z@][\w.'’&+-]{0,40}(?:(?:,? | ?\/ ?)(?:(?:of|for|and|via|the|de|van|at|on) ){0,2}[A-Z@][\w.'’&+-]{0,40}){0,10}$/,
    maxLength: 400,
  },
  {
    id: 'video-label',
    reason: 'video or audio player label, caption or fallback text',
    pattern: /^(?:(?:watch|video|watch video|play video|now playing|up next)\s?[:|–—-].{0,160}|listen ?:.{0,160}|video|youtube|vimeo|watch|just watched\b.{1,300}\bmust watch\b.{1,200}|play video \d{1,2}:\d\d\b.{0,200}|watch the latest (?:opinions )?video(?: at\b.{0,160}|:)|watch opinions videos:|your browser (?:doesn['’]t|does not) support\b.{0,200}|we are sorry, ?this video is restricted\b.{0,80}|poster="https?:\/\/[^"\s]{5,300}"?(?: .{1,300})?|replay more videos\b.{0,200}|listen to (?:today, explained|the episode|our podcast)\b.{0,80}|(?:watch(?! out\b)|listen to) [^.!?,;]{1,100}\b(?:below|above):?)\.?$/i,
    maxLength: 500,
  },
  {
    id: 'wire-credit',
    reason: 'wire-service or contributor credit line',
    pattern: /^(?:\(?(?:additional )?reporting by .{1,160}|.{1,400}(?:contributed|contributed reporting) to this (?:report|story|article|post)\W{0,3}|.{1,200}\bcontributed reporting(?: (?:from|in) [^.]{1,60}| for this (?:story|report|article))?\W{0,3}|\(?h\/t [^()]{1,60}\)?|editing by .{1,120}|writing by .{1,120}|compiled by .{1,80}|contributing: ?.{2,200}|[—–-]{0,2} ?with assistance (?:by|from) .{2,250}|this (?:article|story|report) (?:is based in part on wire service reports|was reported by (?:the )?(?:associated press|reuters)|includes reporting (?:from|by) .{2,120}|contains material from .{2,120}))$/i,
    maxLength: 500,
  },
  {
    id: 'reporter-credit',
    reason: 'credit naming the reporters: "Eilperin reported from Washington.", "Scott Wong contributed."',
    // Case-sensitive: only capitalised names before the verb, so "Many donors contributed." stays.
    pattern: new RegExp(
      String.raw`^(?:[•⦁—–-] ?)?(?:(?:AP|Associated Press|NPR|CNN) (?:writers?|reporters?|correspondents?) |Reporter )?${NAME}(?: in ${NAME})?(?:(?:, | and |, and )${NAME}(?: in ${NAME})?){0,8} (?:(?:also )?contributed|reported from ${NAME}(?:, ${NAME}){0,2})\.?$`,
    ),
    maxLength: 300,
  },
  {
    id: 'copyright',
    reason: 'copyright, reuse or republication notice',
    // Further sentences may only be further notices: "COPYRIGHT 2020, THE CHICAGO MAROON. ALL RIGHTS
    // RESERVED. In 1962 George Shultz becomes dean …" glues a caption to a notice, and stays.
    pattern: /^(?![^]*(?<!\b[a-z]|\b(?:inc|llc|co|ltd|jr|st))\. (?!all rights|this material|click here|visit our|hosted online|reprinted|this website|distributed by|for licensing|[0-9a-f]{32})[a-z])(?:(?:©|\(c\)(?= ?(?:\d{4}|(?:the )?associated press))|copyright\b).{0,200}|.{0,80}all rights reserved\W{0,3}|this material may not be published, broadcast, rewritten.{0,80}|content created by the daily caller news foundation\b.{0,300}|reprinted (?:from .{1,60} )?with permission\b.{0,250}|republished (?:with permission )?from\b.{0,200})$/i,
    maxLength: 400,
  },
  // Notes about the article rather than the article.
  {
    id: 'update-note',
    reason: 'update time stamp or note ("Updated at 6:50 p.m. ET", "This story has been updated.", "This article is more than 2 years old")',
    // After the time only more of the time stamp: "Update at 1:25 p.m. ET: By a vote of 285-144 …" is news.
    pattern: /^(?:[—–-]{1,2} ?)?(?:(?:updated?|last updated|this report was updated)(?: at| on)?:? (?:\d{1,2}(?::\d\d)? ?[ap]\.?m\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:,? \d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?:,? (?:on |at )?(?:[ecmp][sd]?t|gmt|bst|utc|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:,? \d{4})?|\d{1,2}(?::\d\d)? ?[ap]\.?m\.?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)){0,4}|(?:update:? )?this (?:story|article|report|post) (?:has been|was|is being) updated\b(?:[^.!?]|\b[ap]\.m\.|\b(?:jan|feb|aug|sept?|oct|nov|dec|gov|sen|rep|st|jr|mr|mrs|ms|dr)\.){0,200}|update:? story updated\b(?:[^.!?]|\b[ap]\.m\.){0,150}|this article is more than \d{1,3} (?:days?|weeks?|months?|years?) old|\d{1,2}:\d\d ?[ap]\.m\.(?: [ecmp][sd]?t)?:?|\d{1,3} (?:minutes?|hours?|days?|weeks?|months?|years?) ago|\*?original post\*?)\.?$/i,
    maxLength: 250,
  },
  {
    id: 'correction-note',
    reason: 'correction or clarification appended by the editors',
    pattern: /^(?:correction appended|(?:corrections? (?:&|and) (?:amplifications|clarifications)|corrections?|clarifications?) ?(?::.{0,400})?)\.?$/i,
    maxLength: 420,
  },
  {
    id: 'editor-note',
    reason: 'editor\'s note or site-wide disclaimer ("Editor\'s note: …", "This is a rush transcript …")',
    pattern: /^(?:\[?(?:editor['’]?s['’]? note|note from the editor)(?: ?[:—–-].{0,600})?\]?|this is a rush transcript\b.{0,120}|npr transcripts are created on a rush deadline\b.{0,400}|the memo is a reported column\b.{0,120}|theblaze contributor channel supports an open discourse\b.{0,200})$/i,
    maxLength: 700,
  },
  {
    id: 'author-bio',
    reason: 'author bio or opinion disclaimer ("X is a columnist … Follow him on Twitter", "The views expressed are his own")',
    // Case-sensitive: the bio opens on the writer's capitalised name and closes on a follow,
    // contact or disclaimer line; a news paragraph introducing a source ("Crist is a former
    // Florida governor …") has none of those.
    pattern: new RegExp(
      String.raw`^(?:[—–•⦁-] ?)?(?:Editor['’]s note: )?${NAME}(?: and ${NAME})?(?:,? (?:is|was|writes|covers|has been|hosts)|, an?|, the) [^]{0,450}?\b(?:[Ff]ollow (?:him|her|them) on (?:Twitter|Facebook|Instagram)|can be (?:reached|contacted) (?:at|via)|(?:[Tt]he )?(?:opinions|views) expressed (?:in this (?:commentary|column|article|piece) |here )?are)\b[^]{0,250}$` +
        String.raw`|^(?:[—–•⦁-] ?)?${NAME}(?: and ${NAME})? can be reached (?:at|via)\b[^@]{0,40}(?:@|\[email protected\])[^]{0,160}$` +
        String.raw`|^[Tt]he (?:opinions|views) expressed (?:in (?:this|these) (?:commentary|commentaries|column|article|piece|video|channel) |by (?:[Cc]olumnists|[Cc]ontributors) |here )?are (?:solely )?(?:their|his|her|those of)\b[^]{0,250}$`,
    ),
    maxLength: 600,
  },
  {
    id: 'reader-contact',
    reason: 'invitation to send tips, letters or questions to the outlet',
    pattern: /^(?:got a tip\b.{0,60}(?:email|@|securedrop|send).{0,120}|send (?:tips|letters|questions|us your)[^@]{0,80}@.{0,100}|let us know what you['’]re thinking at \S{1,60}@\S{1,60}|contact us at \S{1,60}@\S{1,60}|email [\w .]{2,40} at \S{1,60}@\S{1,60}|reach the (?:reporter|writer|author) at \S{1,60}@.{0,150}|(?:please )?include a contact number if you are willing to speak\b.{0,200}|if you have a claim you would like to see us fact check\b.{0,250}|the times is committed to publishing a diversity of letters\b.{0,250}|you can read diverse opinions from our board of contributors\b.{0,300}|to (?:submit a letter|read more editorials)\b.{0,200})$/i,
    maxLength: 450,
  },
];
