/** Quotes, attribution and voices: the corpus gold, the patterns, cue classes, speakers and sides. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type Quote } from '../src/index.js';
import { REPORTING_VERBS } from '../src/lexicons/reporting-verbs.js';
import { badSpans, CORPUS_DIR } from './helpers.js';
import { goldArticles, quoteFor, sameSpeaker } from './gold.js';

const gold = goldArticles();
const analyses = new Map(gold.map((g) => [g.id, analyzeArticle(readFileSync(join(CORPUS_DIR, g.file), 'utf8'))]));

describe('the corpus gold (test/fixtures/corpus-quotes.json)', () => {
  const direct = gold.flatMap((g) => g.quotes.filter((q) => q.kind === 'direct').map((q) => [g.id, q.text.slice(0, 50), g, q] as const));

  it.each(direct)('%s: “%s…” is found and given to the right speaker', (id, _text, _g, q) => {
    const analysis = analyses.get(id)!;
    const quote = quoteFor(analysis, q);
    expect(quote, 'found').toBeDefined();
    expect(quote?.speaker?.name, `speaker (gold: ${q.speaker})`).toSatisfy((name: string | undefined) => name !== undefined && sameSpeaker(name, q));
  });

  it('finds every partial quote and gives at least 90 % of them to the right speaker', () => {
    const partial = gold.flatMap((g) => g.quotes.filter((q) => q.kind === 'partial').map((q) => ({ g, q })));
    const found = partial.filter(({ g, q }) => quoteFor(analyses.get(g.id)!, q) !== undefined);
    const right = partial.filter(({ g, q }) => {
      const name = quoteFor(analyses.get(g.id)!, q)?.speaker?.name;
      return name !== undefined && sameSpeaker(name, q);
    });
    expect(found).toHaveLength(partial.length);
    expect(right.length / partial.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(gold.map((g) => [g.id, g.file]))('%s: every quote span slices back to its text', (id, file) => {
    expect(badSpans(readFileSync(join(CORPUS_DIR, file), 'utf8'), analyses.get(id)!)).toEqual([]);
  });
});

const quotesOf = (text: string): Quote[] => analyzeArticle(text).quotes;
const brief = (q: Quote) => ({ kind: q.kind, source: q.source?.text, cue: q.cue?.text, content: q.content.text });

describe('attribution patterns', () => {
  it.each([
    ['“We are fully prepared to retaliate,” said Ahmed Al Maksosi, the leader of the brigade.', { kind: 'direct', source: 'Ahmed Al Maksosi, the leader of the brigade', cue: 'said', content: '“We are fully prepared to retaliate,”' }],
    ['“We assess each strike hit the intended targets,” one of the officials told Reuters.', { kind: 'direct', source: 'one of the officials', cue: 'told', content: '“We assess each strike hit the intended targets,”' }],
    ['Pentagon spokesman John Kirby said the strikes were defensive.', { kind: 'indirect', source: 'Pentagon spokesman John Kirby', cue: 'said', content: 'the strikes were defensive' }],
    ['The Syrian state news agency SANA claimed that the airstrikes targeted residential homes.', { kind: 'indirect', source: 'The Syrian state news agency SANA', cue: 'claimed', content: 'that the airstrikes targeted residential homes' }],
    ['There have been at least five drone attacks since April, US officials say.', { kind: 'indirect', source: 'US officials', cue: 'say', content: 'There have been at least five drone attacks since April' }],
    ['According to Sky News Arabia, five PMF members were killed.', { kind: 'indirect', source: 'Sky News Arabia', cue: 'According to', content: 'five PMF members were killed' }],
    ['Five PMF members were killed, according to Sky News Arabia.', { kind: 'indirect', source: 'Sky News Arabia', cue: 'according to', content: 'Five PMF members were killed' }],
    ['Jonathan Schanzer, a senior vice president at the foundation, told The Jerusalem Post: “It is heartening.”', { kind: 'direct', source: 'Jonathan Schanzer, a senior vice president at the foundation,', cue: 'told', content: '“It is heartening.”' }],
    ['The militia vowed on Monday to retaliate for the strikes.', { kind: 'indirect', source: 'The militia', cue: 'vowed', content: 'to retaliate for the strikes' }],
    ['Syrian state media reported that a child was killed.', { kind: 'indirect', source: 'Syrian state media', cue: 'reported', content: 'that a child was killed' }],
    ['Iraqi lawmaker Ahmed Al Asadi described the attack as “perfidious aggression”.', { kind: 'mixed', source: 'Iraqi lawmaker Ahmed Al Asadi', cue: 'described', content: 'the attack as “perfidious aggression”' }],
    ['“We strongly deny any role,” Iranian government spokesperson Ali Rabiei was quoted as saying Monday.', { kind: 'direct', source: 'Iranian government spokesperson Ali Rabiei', cue: 'was quoted as saying', content: '“We strongly deny any role,”' }],
    // A report inside the content stays in it; a new clause with its own source ends it.
    ['Rubio says he opposes gun violence but that the president’s plans won’t help prevent it.', { kind: 'indirect', source: 'Rubio', cue: 'says', content: 'he opposes gun violence but that the president’s plans won’t help prevent it' }],
    ["The State Department said that Burma's reforms were not complete, and human rights groups warned that the administration was relinquishing leverage.", { kind: 'indirect', source: 'The State Department', cue: 'said', content: "that Burma's reforms were not complete" }],
    ['The Security Council demanded that Pyongyang "stop its dangerous escapades." The agency said North Korea had shown "complete disregard."', { kind: 'mixed', source: 'The Security Council', cue: 'demanded', content: 'that Pyongyang "stop its dangerous escapades."' }],
    // An appositive between the source and a trailing cue belongs to the source, with its closing comma.
    ['“It is a pretty expensive business model,” Doug Usher, director of research at Widmeyer Communications, said at the time.', { kind: 'direct', source: 'Doug Usher, director of research at Widmeyer Communications,', cue: 'said', content: '“It is a pretty expensive business model,”' }],
    ['Clinton is now ahead 46 percent to 39 percent according to a CBS poll released Monday.', { kind: 'indirect', source: 'a CBS poll released Monday', cue: 'according to', content: 'Clinton is now ahead 46 percent to 39 percent' }],
    ['“FBI officials expect to complete their work in the next few weeks,” according to CNN.', { kind: 'direct', source: 'CNN', cue: 'according to', content: '“FBI officials expect to complete their work in the next few weeks,”' }],
    // `according to` over another attribution: both are kept, as PolNeAR annotates them.
    ['Mr. Pence said the party was winning, according to audio provided to The Times.', { kind: 'indirect', source: 'audio provided to The Times', cue: 'according to', content: 'Mr. Pence said the party was winning' }],
    ['Mr. Pence said the party was winning, according to audio provided to The Times.', { kind: 'indirect', source: 'Mr. Pence', cue: 'said', content: 'the party was winning' }],
    ['Sanders railed against the banks.', { kind: 'indirect', source: 'Sanders', cue: 'railed against', content: 'the banks' }],
    ['They called him a political opportunist.', { kind: 'indirect', source: 'They', cue: 'called', content: 'him a political opportunist' }],
    ['Trump called the long lines “unacceptable.”', { kind: 'mixed', source: 'Trump', cue: 'called', content: 'the long lines “unacceptable.”' }],
    // A cue with its preposition takes a noun phrase: `called for`, `talk about`.
    ['She called for a redoubling of efforts to transition to a clean energy economy.', { kind: 'indirect', source: 'She', cue: 'called for', content: 'a redoubling of efforts to transition to a clean energy economy' }],
    // `show` after a plural subject that wink tags as a noun.
    ['Polls show Clinton up by 10 points in New York.', { kind: 'indirect', source: 'Polls', cue: 'show', content: 'Clinton up by 10 points in New York' }],
    // wink tags some verbs after a name as nouns: `Conway notes`, `Bozell points out`, `…, notes that`.
    ['“It was very different in tone,” Conway notes.', { kind: 'direct', source: 'Conway', cue: 'notes', content: '“It was very different in tone,”' }],
    ['“You might be able to work with them,” Bozell points out.', { kind: 'direct', source: 'Bozell', cue: 'points out', content: '“You might be able to work with them,”' }],
    ["Gerry O'Brien, a GOP political consultant, notes that scoring 20% is hard.", { kind: 'indirect', source: "Gerry O'Brien, a GOP political consultant,", cue: 'notes', content: 'that scoring 20% is hard' }],
    // Speaker labels: a name and a colon before a quote, or a transcript's label for the whole turn.
    ['Carl Bialik: “One of the biggest lessons was a simple one.”', { kind: 'direct', source: 'Carl Bialik', cue: ':', content: '“One of the biggest lessons was a simple one.”' }],
    ['TAPPER: And obviously, you are supporting Donald Trump. I think there are some.', { kind: 'indirect', source: 'TAPPER', cue: ':', content: 'And obviously, you are supporting Donald Trump. I think there are some.' }],
    // Appositives with a participle, an adverb or a mistagged name in them; a name wink tags as an adverb;
    // an abbreviation's period and a possessive apostrophe inside them.
    ['Sen. Rand Paul, R-Ky., told Fox News that polls could be off.', { kind: 'indirect', source: 'Sen. Rand Paul, R-Ky.,', cue: 'told', content: 'that polls could be off' }],
    ["Tad Devine, Sanders' senior media adviser, said Republicans are engaged in mischief.", { kind: 'indirect', source: "Tad Devine, Sanders' senior media adviser,", cue: 'said', content: 'Republicans are engaged in mischief' }],
    ['Peter Morency, a Verizon customer based in Boston, said he was frustrated.', { kind: 'indirect', source: 'Peter Morency, a Verizon customer based in Boston,', cue: 'said', content: 'he was frustrated' }],
    ['Democratic front-runner Hillary Clinton, also campaigning in Wisconsin, said Trump is responsible.', { kind: 'indirect', source: 'Democratic front-runner Hillary Clinton, also campaigning in Wisconsin,', cue: 'said', content: 'Trump is responsible' }],
    // wink tags a first name at a paragraph's start a verb (`Ted`) or foreign (`De`): it opens the name.
    ['Ted Cruz says he will win.', { kind: 'indirect', source: 'Ted Cruz', cue: 'says', content: 'he will win' }],
    // An adverbial between commas is no appositive: the source is the name alone.
    ['Sen. Ted Cruz, meanwhile, warned that the deal would fail.', { kind: 'indirect', source: 'Sen. Ted Cruz', cue: 'warned', content: 'that the deal would fail' }],
    ['Others, on the other hand, say the deal will hold.', { kind: 'indirect', source: 'Others', cue: 'say', content: 'the deal will hold' }],
    ['He agreed. Jolly said he would be cautious.', { kind: 'indirect', source: 'Jolly', cue: 'said', content: 'he would be cautious' }],
    ['Hogan Gidley, a former party director, whose roots are in the church, said the base was angry.', { kind: 'indirect', source: 'Hogan Gidley, a former party director, whose roots are in the church,', cue: 'said', content: 'the base was angry' }],
    ['"The convention will be unprecedented," said Audrey Scagnelli, press secretary for the committee organizing the convention.', { kind: 'direct', source: 'Audrey Scagnelli, press secretary for the committee organizing the convention', cue: 'said', content: '"The convention will be unprecedented,"' }],
    ['"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the Global Times.', { kind: 'direct', source: 'columnist Ai Jun', cue: 'wrote', content: '"Many of his ideas are far from heartwarming,"' }],
    ["''Is it two? Three?'' Clinton asks as a maintenance guy walks in front of her.", { kind: 'direct', source: 'Clinton', cue: 'asks', content: "''Is it two? Three?''" }],
    // wink tags `for` SCONJ and `Ted` VERB here.
    ['“You can vote,” said Rick Tyler, a spokesman for Ted Cruz.', { kind: 'direct', source: 'Rick Tyler, a spokesman for Ted Cruz', cue: 'said', content: '“You can vote,”' }],
    // Source phrases: a relative clause or a sentence-final role after an inverted name, a slash,
    // parentheses inside a coordination, a participle phrase.
    ["“It is done,” said Whit Ayres, who was Rubio's campaign pollster.", { kind: 'direct', source: "Whit Ayres, who was Rubio's campaign pollster", cue: 'said', content: '“It is done,”' }],
    ['“It is done,” said Tom Goldstein, publisher of SCOTUSblog.', { kind: 'direct', source: 'Tom Goldstein, publisher of SCOTUSblog', cue: 'said', content: '“It is done,”' }],
    // After a quote, further descriptions after commas belong to the source, but not an adjunct.
    ['“Wages are flat,” said Dean Baker, co-director of the Center for Economic and Policy Research, a liberal think tank.', { kind: 'direct', source: 'Dean Baker, co-director of the Center for Economic and Policy Research, a liberal think tank', cue: 'said', content: '“Wages are flat,”' }],
    ['“I will vote,” said Ryan Leenders, 30, a member of the machinists union.', { kind: 'direct', source: 'Ryan Leenders, 30, a member of the machinists union', cue: 'said', content: '“I will vote,”' }],
    // After a quote, the role runs to the sentence's end with whatever describes the person.
    ['“He is trying to win,” said Steve Grubbs, an Iowa operative currently working for Rand Paul’s campaign.', { kind: 'direct', source: 'Steve Grubbs, an Iowa operative currently working for Rand Paul’s campaign', cue: 'said', content: '“He is trying to win,”' }],
    ['A USA TODAY/Suffolk University poll found that Trump leads.', { kind: 'indirect', source: 'A USA TODAY/Suffolk University poll', cue: 'found', content: 'that Trump leads' }],
    ['Chairman Jason Chaffetz (R-Utah) and Chairman Bob Goodlatte (R-Va.) said the request was unusual.', { kind: 'indirect', source: 'Chairman Jason Chaffetz (R-Utah) and Chairman Bob Goodlatte (R-Va.)', cue: 'said', content: 'the request was unusual' }],
    ['A Des Moines Register poll released Saturday found that Trump leads.', { kind: 'indirect', source: 'A Des Moines Register poll released Saturday', cue: 'found', content: 'that Trump leads' }],
    ['Nine in 10 Democratic registered voters say they like her.', { kind: 'indirect', source: 'Nine in 10 Democratic registered voters', cue: 'say', content: 'they like her' }],
    // `after`, `as` open a clause: the source is the phrase after them.
    ['He was shot seven hours after the police said he had fled.', { kind: 'indirect', source: 'the police', cue: 'said', content: 'he had fled' }],
    ['Data released Friday by state gaming regulators show that revenue fell.', { kind: 'indirect', source: 'Data released Friday by state gaming regulators', cue: 'show', content: 'that revenue fell' }],
    // `told` is followed by its addressee: the source is the name and appositive before it.
    ["''He has no strategy,'' Jeb Bush, the former Florida governor, told CNN.", { kind: 'direct', source: 'Jeb Bush, the former Florida governor,', cue: 'told', content: "''He has no strategy,''" }],
    // A quote that ends a sentence the splitter missed continues the quote before it.
    ["“MacGyver is a name in the culture,” he said. “If you see that, you know what you're getting.” That's why, he added, viewers like it.", { kind: 'direct', source: 'he', cue: 'said', content: "“MacGyver is a name in the culture,” he said. “If you see that, you know what you're getting.”" }],
    // The question put to a speaker: its asker is the source of a passive `asked by`; a trailing cue keeps its quote.
    ["On Sunday, Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's.", { kind: 'indirect', source: 'host John Dickerson', cue: 'asked', content: "whether his aim was similar to Kennedy's" }],
    ['“You bet I would,” Christie said when asked whether he would order a quarantine.', { kind: 'direct', source: 'Christie', cue: 'said', content: '“You bet I would,”' }],
    // A second verb takes the subject of the first.
    ["Asked whether he would hold a cabinet position, Mrs. Clinton shook her head and said, ''No.''", { kind: 'direct', source: 'Mrs. Clinton', cue: 'said', content: "''No.''" }],
    // A gerund's content keeps its `that`; its speaker is the subject of the verb before the comma.
    ['Arriving at the scene, police began searching for shooters, believing that there were several.', { kind: 'indirect', source: 'police', cue: 'believing', content: 'that there were several' }],
    ['Clinton accused Trump of using divisive rhetoric.', { kind: 'indirect', source: 'Clinton', cue: 'accused', content: 'Trump of using divisive rhetoric' }],
    // The object of a verb that is not one of speech ends at a comma or dash.
    ["Trump praised Pence for cutting taxes and paring regulations - moves that he said improved Indiana's economy.", { kind: 'indirect', source: 'Trump', cue: 'praised', content: 'Pence for cutting taxes and paring regulations' }],
    // An object right after the cue is its content: the clause before the comma is not (it is no quote).
    ['Although 15 of the 19 hijackers were Saudis, the government in Riyadh has vigorously denied any role in the attacks.', { kind: 'indirect', source: 'the government in Riyadh', cue: 'has vigorously denied', content: 'any role in the attacks' }],
    // A parenthetical cue: the content is the clause around it.
    ['In a merger, he said, the brand would survive.', { kind: 'indirect', source: 'he', cue: 'said', content: 'In a merger, he said, the brand would survive' }],
    // A poll introduced by a preposition is the source of the figures that follow.
    ['In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.', { kind: 'indirect', source: 'an NBC News/Wall Street Journal poll released Monday', cue: 'In', content: '50 percent of respondents chose Clinton' }],
  ])('%s', (text, expected) => {
    expect(quotesOf(text).map(brief)).toContainEqual(expected);
  });

  it('joins a split quote into one attribution with two parts', () => {
    const [quote] = quotesOf('“The strikes were necessary,” he said, “and appropriately limited in scope.”');
    expect(quote?.parts.map((p) => p.text)).toEqual(['“The strikes were necessary,”', '“and appropriately limited in scope.”']);
    expect(quote?.kind).toBe('direct');
  });

  it('carries a quote over paragraphs when a paragraph opens a quote and does not close it', () => {
    const text = 'Schanzer told The Post: “It is heartening to see this.\n\n“Attacks on troops should be a red line,” he said.';
    const quotes = quotesOf(text);
    expect(quotes[0]?.content.text).toBe('“It is heartening to see this.\n\n“Attacks on troops should be a red line,”');
    expect(quotes[0]?.speaker?.name).toBe('Schanzer');
  });

  it('gives a quote paragraph with no attribution of its own to the previous speaker', () => {
    const text = '“We condemn the attack,” said Saeed Khatibzadeh, the ministry spokesman.\n\n“It violates international law.”';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.floating === true, q.speaker?.name])).toEqual([
      [false, 'Saeed Khatibzadeh'],
      [true, 'Saeed Khatibzadeh'],
    ]);
  });

  it('marks words in quote marks that nobody in the sentence said as unattributed', () => {
    const [quote] = quotesOf('At least four were killed in “defensive precision airstrikes” on Sunday night.');
    expect(quote).toMatchObject({ unattributed: true, content: { text: '“defensive precision airstrikes”' } });
    expect(quote?.speaker).toBeUndefined();
  });

  it('reads `‘08` and `the ‘90s` as years, not as the opening of a single quote', () => {
    const quotes = quotesOf('Rep. Hank Johnson said in ‘08 that voters had changed. “I do sense it,” he said of the ‘90s.');
    expect(quotes.map(brief)).toEqual([
      { kind: 'indirect', source: 'Rep. Hank Johnson', cue: 'said', content: 'in ‘08 that voters had changed' },
      { kind: 'direct', source: 'he', cue: 'said', content: '“I do sense it,”' },
    ]);
  });

  it('keeps a quote inside a quote as part of the outer quote', () => {
    const quotes = quotesOf('“They called it ‘a sinful attack’ and vowed to respond,” the official said.');
    expect(quotes.map(brief)).toEqual([{ kind: 'direct', source: 'the official', cue: 'said', content: '“They called it ‘a sinful attack’ and vowed to respond,”' }]);
  });

  it.each([
    ['Asked whether the strikes were legal, the spokesman said they were.', 'Asked', 'whether the strikes were legal'],
    ['The militias seem ready to retaliate.', 'seem', 'The militias seem ready to retaliate'],
    ['Trump is expected to win the primary.', 'is expected', 'Trump is expected to win the primary'],
    ['He seemed rattled by the attacks.', 'seemed', 'He seemed rattled by the attacks'],
    ['Donald Trump appeared poised to win his first contest.', 'appeared', 'Donald Trump appeared poised to win his first contest'],
    ['Michael Bloomberg is reportedly considering a presidential run.', 'reportedly', 'Michael Bloomberg is reportedly considering a presidential run'],
    ['Hizbollah, which has lost 6,000 fighters in Syria, seems unlikely to take on Israel again.', 'seems', 'Hizbollah, which has lost 6,000 fighters in Syria, seems unlikely to take on Israel again'],
    ['Asked in Iowa recently whether he would support Trump, he said yes.', 'Asked', 'whether he would support Trump'],
    ['“You bet I would,” Christie said when asked whether he would order a quarantine.', 'asked', 'whether he would order a quarantine'],
  ])('%s: an attribution with no source (%s)', (text, cue, content) => {
    const quote = quotesOf(text).find((q) => q.cue?.text === cue);
    expect(quote?.content.text).toBe(content);
    expect(quote?.source).toBeUndefined();
  });

  // A noun phrase after a verb is its object: the gerund's speaker is that verb's subject, unless the object acts
  // next; a verb of publishing, its object and the gerund make one cue.
  it.each([
    ['Black Lives Matter issued a statement saying it would withdraw from the event.', { kind: 'indirect', source: 'Black Lives Matter', cue: 'issued a statement saying', content: 'it would withdraw from the event' }],
    ['His campaign sent out a fundraising email stressing the impact of the vote.', { kind: 'indirect', source: 'His campaign', cue: 'sent out a fundraising email stressing', content: 'the impact of the vote' }],
    ['The speech included Trump vowing to protect religious liberty.', { kind: 'indirect', source: 'Trump', cue: 'vowing', content: 'to protect religious liberty' }],
    ['He spent the week attacking the governor.', { kind: 'indirect', source: 'He', cue: 'attacking', content: 'the governor' }],
  ])('%s: the speaker of a gerund after an object', (text, expected) => {
    expect(quotesOf(text).map(brief)).toEqual([expected]);
  });

  // `X, according to Y, Z`: the clause goes on after the source when a verb or a clause follows, not an appositive.
  it.each([
    ['Other major cleavages, according to the poll, include ideology.', ['Other major cleavages', 'include ideology']],
    ['Some Americans would see their taxes go up, according to Lily Batchelder, a former tax aide now teaching at NYU.', ['Some Americans would see their taxes go up']],
  ])('%s: according to inside the clause', (text, parts) => {
    expect(quotesOf(text)[0]?.parts.map((p) => p.text)).toEqual(parts);
  });

  // Prepositions and particles that belong to the cue after these verbs.
  it.each([
    ['She wrote about the dangers of the deal.', { kind: 'indirect', source: 'She', cue: 'wrote about', content: 'the dangers of the deal' }],
    ['The senator cautioned against a rush to judgment.', { kind: 'indirect', source: 'The senator', cue: 'cautioned against', content: 'a rush to judgment' }],
  ])('%s: a verb and its preposition', (text, expected) => {
    expect(quotesOf(text).map(brief)).toEqual([expected]);
  });

  // A light verb's bare noun belongs to the cue.
  it('Sanders expressed concern that the deal would fail.: a light verb and its bare noun', () => {
    expect(quotesOf('Sanders expressed concern that the deal would fail.').map(brief)).toEqual([{ kind: 'indirect', source: 'Sanders', cue: 'expressed concern', content: 'that the deal would fail' }]);
  });

  // A gerund clause that opens the sentence is said by the main clause's subject, up to the comma.
  it.each([
    ['Noting he majored in philosophy during college, Allen said he tends to deliberate.', { kind: 'indirect', source: 'Allen', cue: 'Noting', content: 'he majored in philosophy during college' }],
    ['After blasting the Drudge Report for linking to a Breitbart article, Glenn Beck doubled down on his rhetoric.', { kind: 'indirect', source: 'Glenn Beck', cue: 'blasting', content: 'the Drudge Report for linking to a Breitbart article' }],
  ])('%s: an opening gerund clause', (text, expected) => {
    expect(quotesOf(text).map(brief)[0]).toEqual(expected);
  });

  // The subject of a passive is spoken to or about, not speaking, and the content's first part; not when the
  // participle says what the subject feels.
  it.each([
    ['Trump was asked about the wall on Sunday.', { kind: 'indirect', source: undefined, cue: 'was asked about', content: 'Trump was asked about the wall on Sunday' }, ['Trump', 'the wall on Sunday']],
    ['Clinton was criticized for her use of a private email server.', { kind: 'indirect', source: undefined, cue: 'was criticized for', content: 'Clinton was criticized for her use of a private email server' }, ['Clinton', 'her use of a private email server']],
    ['The senator was worried that the deal would fail.', { kind: 'indirect', source: 'The senator', cue: 'was worried', content: 'that the deal would fail' }, ['that the deal would fail']],
    // An adjunct after the cue is not said of the subject: the subject alone is the content.
    ['The price of the resort was not disclosed, though Trump invested $20 million.', { kind: 'indirect', source: undefined, cue: 'was not disclosed', content: 'The price of the resort' }, ['The price of the resort']],
  ])('%s: the subject of a passive cue', (text, expected, parts) => {
    const quotes = quotesOf(text);
    expect(quotes.map(brief)).toEqual([expected]);
    expect(quotes[0]?.parts.map((p) => p.text)).toEqual(parts);
  });

  it('does not take ordinary uses of reporting verbs for attributions', () => {
    expect(quotesOf('No one claimed responsibility for the attack.')).toEqual([]);
    expect(quotesOf('He works at a think tank in Washington.')).toEqual([]);
    expect(quotesOf('Ethiopia continues to occupy the border village of Badame.')).toEqual([]);
    expect(quotesOf('That said, a loss in the primary would hurt her.')).toEqual([]);
    expect(quotesOf("Trump's proposed wall is a neighborly idea.")).toEqual([]);
    // A relative clause inside someone else's content describes: `who praised` is no report of its own.
    expect(quotesOf('Trump said people who praised Clinton were fools.').map((q) => q.cue?.text)).toEqual(['said']);
    expect(quotesOf('The group, known as Kataib Hezbollah, has been in conflict with the US since 2008.')).toEqual([]);
  });
});

describe('reporting verbs', () => {
  it('has lower-case single-word lemmas only', () => {
    for (const lemma of Object.keys(REPORTING_VERBS)) expect(lemma).toMatch(/^[a-z]+$/);
  });

  it.each([
    ['Kirby said the strikes were defensive.', 'say', 'neutral'],
    ['The agency claimed that homes were hit.', 'claim', 'distancing'],
    ['The militia vowed to retaliate.', 'vow', 'confrontational'],
    ['The minister admitted that mistakes were made.', 'admit', 'conceding'],
    ['The ministry denied that it had a role.', 'deny', 'denying'],
    ['The spokesman confirmed that four were killed.', 'confirm', 'confirming'],
    ['The group warned that it would respond.', 'warn', 'confrontational'],
  ])('%s → %s (%s)', (text, lemma, cls) => {
    expect(quotesOf(text)[0]).toMatchObject({ cueLemma: lemma, cueClass: cls });
  });
});

describe('voices', () => {
  const national = analyses.get('the-national-2021-06-28')!;
  const jpost = analyses.get('jerusalem-post-2021-06-28')!;

  it('resolves surnames, titles and pronouns to one speaker', () => {
    const kirby = national.voices.find((v) => v.id === 'john-kirby');
    expect(kirby).toMatchObject({ name: 'John Kirby', type: 'person', role: 'Pentagon spokesman', affiliation: 'United States', named: true });
    expect(kirby?.mentions.map((m) => m.text)).toEqual(['Pentagon spokesman John Kirby', 'Mr Kirby', 'he']);
  });

  it('gives `he` or `she` to a person named since the last speaker, of the pronoun’s gender', () => {
    const speakerOf = (text: string, mention: string) => analyzeArticle(text).quotes.find((q) => q.source?.text === mention && q.source.start === text.lastIndexOf(mention))?.speaker?.name;
    // A person named in a sentence that reports nothing, after another person spoke.
    const named = 'Rep. Tim Walsh said the vote was close. Who is left out? Oh yes, Rand Paul, on purpose. He thinks the deficit matters more than defence.';
    expect(speakerOf(named, 'He')).toBe('Rand Paul');
    // The latest speaker is a man: `she` goes back past him (his first name says so, or the article's own `he`).
    const gender = 'Sen. Maria Lopez said the bill would pass. David Cameron said it would fail. She said voters want calm.';
    expect(speakerOf(gender, 'She')).toBe('Maria Lopez');
    // A sentence opened by `he` carries its person on (`II` and an initial do not make a name longer).
    const chain = 'Joseph R. Murray II, a lawyer in Tupelo, came out as gay. He married last year and counts himself a Donald Trump supporter. He wrote that the law was unfair.';
    expect(speakerOf(chain, 'He')).toBe('Joseph R. Murray II');
    // `they` and `we` stand for many: never for the one person who spoke last.
    const they = (text: string) => analyzeArticle(text).quotes.find((q) => q.source?.text === 'They')?.speaker?.name;
    expect(they('Mitch McConnell said the vote would fail. They said it would pass.')).toBeUndefined();
    expect(they('Republican leaders said the vote would fail. They said it would pass.')).toBe('Republican leaders');
    // `her husband, Milton Berg,` is a man, though the next pronoun is `she`.
    const kin = 'Rachel Berg said the speeches had changed her mind. Along with her husband, Milton Berg, a money manager, she has given to many candidates. She called Carson a special person.';
    expect(speakerOf(kin, 'She')).toBe('Rachel Berg');
    // The latest speaker, when no one is named since.
    const speaker = 'Pentagon spokesman John Kirby said the strikes were defensive. The targets were in Syria. He added that more could follow.';
    expect(speakerOf(speaker, 'He')).toBe('John Kirby');
  });

  it('names a speaker as fully as the article did before, and a titled description by that title', () => {
    const speakerOf = (text: string, mention: string) => analyzeArticle(text).quotes.find((q) => q.source?.text === mention)?.speaker?.name;
    const text = 'Vermont Sen. Bernie Sanders and Ted Cruz toured the plant on Monday. Cruz said the tariffs would hurt. The Vermont senator said they would not.';
    expect(speakerOf(text, 'Cruz')).toBe('Ted Cruz');
    expect(speakerOf(text, 'The Vermont senator')).toBe('Bernie Sanders');
    // The role the article wrote before the name comes with it; a courtesy title is no role.
    const voice = analyzeArticle('Pentagon spokesman John Kirby briefed reporters on Monday. Kirby said the strikes were defensive.').voices.find((v) => v.name === 'John Kirby');
    expect(voice?.role).toBe('Pentagon spokesman');
    expect(analyzeArticle('Mr. Kirby said the strikes were defensive.').voices[0]?.role).toBeUndefined();
    // A description that had an unnamed voice of its own goes to the person given that title since.
    const president = 'The president said the talks would go on. On Tuesday President Barack Obama met the envoys. The president said they had agreed.';
    expect(analyzeArticle(president).quotes.map((q) => q.speaker?.name)).toEqual(['president', 'Barack Obama']);
    // A party before a name is not part of it; it is in an organisation's.
    expect(speakerOf('Republican Ben Sasse said the bill would fail.', 'Republican Ben Sasse')).toBe('Ben Sasse');
    expect(speakerOf('The Republican National Committee said the bill would fail.', 'The Republican National Committee')).toBe('Republican National Committee');
    // A family name written first (`Lou Jiwei`) is what `Mr. Lou` means; so is a knight's first name (`Sir Eric`).
    const lou = 'The finance minister, Lou Jiwei, said the surplus would shrink. Mr. Lou said layoffs would follow.';
    expect(speakerOf(lou, 'Mr. Lou')).toBe('Lou Jiwei');
    expect(speakerOf('Eric Pickles said the plan would work. Sir Eric said it was cheap.', 'Sir Eric')).toBe('Eric Pickles');
    // A full name the article gives only later is not borrowed.
    expect(speakerOf('Cruz said the tariffs would hurt. His birth name is Rafael Edward Cruz.', 'Cruz')).toBe('Cruz');
  });

  it('takes an epithet for the person the sentence before was about, unless a title says otherwise', () => {
    const speakerOf = (text: string, mention: string) => analyzeArticle(text).quotes.find((q) => q.source?.text === mention)?.speaker?.name;
    const trump = 'Donald Trump is taking questions in a lodge in Salem. The billionaire businessman said heroin is now cheaper than candy.';
    expect(speakerOf(trump, 'The billionaire businessman')).toBe('Donald Trump');
    // The person must be the subject there (`with his challenger, Mitt Romney.` is not), and the only one named.
    expect(speakerOf('He hopes to deepen the contrast with his challenger, Mitt Romney. The president said the plan would cost jobs.', 'The president')).toBe('president');
    expect(speakerOf('Mitt Romney met Paul Ryan on Monday. The candidate said the plan would cost jobs.', 'The candidate')).toBe('candidate');
    // A title the article gave the person says the description is someone else.
    expect(speakerOf('White House press secretary Jay Carney spoke on Monday. Carney declined to comment. The president said the plan would work.', 'The president')).toBe('president');
    expect(speakerOf('Rep. Tom Cole spoke on Monday. Cole voted no. The lawmaker said the bill would fail.', 'The lawmaker')).toBe('Tom Cole');
    // A stance is no person: `Pro-Brexit` is not who `she` is.
    expect(speakerOf('Pro-Brexit campaigners marched on Monday. She said the deal was dead.', 'She')).toBeUndefined();
  });

  it('joins an acronym to the organisation it stands for', () => {
    const bbc = analyses.get('bbc-2021-06-28')!;
    const pmf = bbc.voices.find((v) => v.name === 'Popular Mobilisation Forces');
    expect(pmf?.type).toBe('organisation');
    expect(pmf?.mentions.map((m) => m.text)).toContain('The PMF');
  });

  it('knows anonymous, media-relayed and unnamed group voices', () => {
    const officials = jpost.voices.find((v) => v.name === 'Two US officials');
    expect(officials).toMatchObject({ type: 'anonymous', anonymous: true, named: false });
    expect(jpost.voices.find((v) => v.name === 'one of the officials')?.relayedBy).toEqual(['Reuters']);
    expect(jpost.voices.find((v) => v.name === 'Jonathan Schanzer')?.relayedBy).toEqual(['The Jerusalem Post']);
    expect(jpost.voices.find((v) => v.name === 'critics')?.type).toBe('group');
    expect(national.voices.find((v) => v.name === 'Sana')?.type).toBe('media');
  });

  it('types capitalised groups, state institutions, states and documents, and names none of the groups', () => {
    const voice = (text: string) => analyzeArticle(text).voices.map((v) => `${v.name}: ${v.type}${v.named ? ', named' : ''}`);
    expect(voice('Senate Democrats said the bill would fail.')).toEqual(['Senate Democrats: group']);
    expect(voice('Most Americans say the economy is weak.')).toEqual(['Americans: group']);
    expect(voice('The Department of Justice said it would appeal.')).toEqual(['Department of Justice: government, named']);
    expect(voice('Texas argued that the law was void.')).toEqual(['Texas: government, named']);
    expect(voice('A Gallup Poll found that most voters disagree.')[0]).toMatch(/: document/);
    expect(voice('But a source familiar with the talks said a deal was near.')[0]).toMatch(/: anonymous$/);
    expect(voice('A New Hampshire Democrat said the race was close.')[0]).toMatch(/: anonymous$/);
    expect(voice('The online retail giant said sales rose.')[0]).toMatch(/: organisation$/);
    // A sentence's first word is tagged a proper noun when capitalised: a plural agent noun there is many people, unless
    // the article names a person so.
    expect(voice('Insurers say premiums will rise.')).toEqual(['Insurers: group']);
    expect(voice('Rep. Maxine Waters spoke on Monday. Waters said the bill would fail.')).toEqual(['Maxine Waters: person, named']);
    // Two named speaking as one are no one person; a party and a party are no name either.
    expect(voice('Barr and Rosenstein said the memo was accurate.')).toEqual(['Barr and Rosenstein: group, named']);
    expect(voice('Republicans and Democrats said the deal was fair.')).toEqual(['Republicans and Democrats: group']);
    // `Biden` stands for the United States in an affiliation, but `Joe Biden` and `Mr. Biden` are a person.
    expect(voice('President Joe Biden spoke on Monday. Biden said the plan would work.')).toEqual(['Joe Biden: person, named']);
    expect(voice('Mr. Biden said the plan would work.')).toEqual(['Biden: person, named']);
    expect(voice('The Justice Department said the plan would work.')[0]).toMatch(/: government, named$/);
    // A first name keeps a name a person's, whatever its other words.
    expect(voice('Steven Law said the ads would run.')).toEqual(['Steven Law: person, named']);
  });

  it('counts quotes, words and shares, and who speaks first and last', () => {
    const shares = jpost.voices.reduce((n, v) => n + v.share, 0);
    expect(shares).toBeCloseTo(1, 6);
    const first = jpost.voices.reduce((a, b) => (a.firstQuote <= b.firstQuote ? a : b));
    expect(first.name).toBe('United States military');
    for (const v of jpost.voices) expect(v.direct + v.indirect).toBe(v.quotes);
  });

  it('puts voices on the caller’s sides, and on their stated country without sides', () => {
    const text = readFileSync(join(CORPUS_DIR, '004_623f335c708518a5.txt'), 'utf8');
    const sides = {
      'US government': ['Pentagon', 'United States military', 'US officials', 'Nancy Pelosi', 'defense official'],
      'Iraqi government': ['Iraqi military', 'Iraq’s Ministry of Defense'],
      'Iran-aligned militias': ['PMF', 'Popular Mobilization Forces', 'Kataib Sayyid al-Shuhada'],
      'Iranian government': ['Iran’s Foreign Ministry', 'Iranian media'],
      'Syrian government': ['SANA', 'Syrian state'],
      'independent experts': ['Foundation for Defense of Democracies', 'think tank'],
    };
    const withSides = analyzeArticle(text, { sides });
    const side = (name: string) => withSides.voices.find((v) => v.name === name)?.side;
    expect(side('John Kirby')).toBe('US government');
    expect(side('Yehia Rasool')).toBe('Iraqi government');
    expect(side('Kataib Sayyid al-Shuhada') ?? side('Kata’ib Sayyid al-Shuhada')).toBe('Iran-aligned militias');
    expect(side('Saeed Khatibzadeh')).toBe('Iranian government');
    expect(side('Jonathan Schanzer')).toBe('independent experts');
    expect(side('SANA')).toBe('Syrian government');
    expect(jpost.voices.find((v) => v.name === 'Yehia Rasool')?.side).toBe('Iraq');
  });

  it('matches a side’s term next to punctuation: a possessive, brackets', () => {
    const sides = { militias: ['Kataib Sayyid al-Shuhada', 'PMF'], 'Iraqi government': ['Iraq'] };
    const side = (text: string) => analyzeArticle(text, { sides }).voices.map((v) => v.side);
    expect(side('“We will respond,” a spokesman for Kataib Sayyid Al Shuhada’s political wing said.')).toEqual(['militias']);
    expect(side('A commander of the Popular Mobilisation Forces (PMF) said the strikes were a crime.')).toEqual(['militias']);
    expect(side('An adviser to Iraq’s prime minister said the strikes were a violation.')).toEqual(['Iraqi government']);
    // A term is matched as whole words, not inside a longer one.
    expect(side('A spokesman for the PMFX party said the strikes were a crime.')).toEqual(['unassigned']);
  });

  it('names a speaker from an appositive that is a name, and links the surname to it', () => {
    const text = 'Her campaign manager, Robby Mook, said the race was tight.\n\n“We will win Ohio,” Mook said.';
    const a = analyzeArticle(text);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['Robby Mook', 'Robby Mook']);
    expect(a.voices).toHaveLength(1);
    expect(a.voices[0]?.role).toBe('Her campaign manager');
    // A description that ends in a name, or two names, is no name of the speaker.
    expect(analyzeArticle('A senior analyst, an expert at Jefferies, said prices would fall.').quotes[0]?.speaker?.name).not.toBe('Jefferies');
    expect(analyzeArticle('Two objectors, Lawrence Joyce and William Graham, said the petition was invalid.').quotes[0]?.speaker?.name).toBe('Two objectors');
  });

  it('leaves the day the source spoke out of its name', () => {
    const speaker = (text: string) => analyzeArticle(text).quotes[0]?.speaker?.name;
    expect(speaker('Sen. Chuck Grassley (R-Iowa) on Wednesday said the hearing would go ahead.')).toBe('Chuck Grassley');
    expect(speaker('A Washington Post/ABC News poll released Sunday found that 40 percent back the plan.')).toBe('Washington Post/ABC News poll');
  });

  it('takes a definite description for a speaker whose role it heads, not one whose role only mentions it', () => {
    const text = [
      'Ari Fleischer, one of the authors of the 2013 report, said the party had to change.',
      'The report said the party must reach out to Hispanic voters.',
      'Peter Cook, the Pentagon spokesman, said the strikes were lawful.',
      'The spokesman said more strikes were possible.',
    ].join('\n\n');
    expect(analyzeArticle(text).quotes.map((q) => q.speaker?.name)).toEqual(['Ari Fleischer', 'report', 'Peter Cook', 'Peter Cook']);
  });

  it('refuses sides that are not lists of strings', () => {
    expect(() => analyzeArticle('Text.', { sides: { US: 'Pentagon' } as never })).toThrow(/^slant: options\.sides\["US"\] must be an array of strings, got a string/);
  });
});
