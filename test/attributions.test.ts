/** Attribution patterns added for PolNeAR recall: real sentences in, the expected cue, source and content out. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type Quote } from '../src/index.js';

const quotesOf = (text: string): Quote[] => analyzeArticle(text).quotes;
const brief = (q: Quote) => ({ kind: q.kind, source: q.source?.text, cue: q.cue?.text, content: q.content.text });

describe('attribution patterns for recall', () => {
  it.each([
    // An inverted source with a relative clause and no comma; a role that names whom it serves.
    ["“It’s going to be challenging to do it in a quick turnaround,” said a longtime GOP data expert who has worked for one of Trump's 2016 rivals.", { kind: 'direct', source: "a longtime GOP data expert who has worked for one of Trump's 2016 rivals", cue: 'said', content: '“It’s going to be challenging to do it in a quick turnaround,”' }],
    ['“She has had a sense of focusing on the cost of inaction,” said Dennis B. Ross, a former senior adviser to Mr. Obama who is now a fellow at the Washington Institute.', { kind: 'direct', source: 'Dennis B. Ross, a former senior adviser to Mr. Obama who is now a fellow at the Washington Institute', cue: 'said', content: '“She has had a sense of focusing on the cost of inaction,”' }],
    // Shares of a poll as sources (wink tags the verb after them a noun).
    ['Six in 10 say he’s at least somewhat decisive.', { kind: 'indirect', source: 'Six in 10', cue: 'say', content: 'he’s at least somewhat decisive' }],
    ['On economic issues, 42% say they are liberal.', { kind: 'indirect', source: '42%', cue: 'say', content: 'they are liberal' }],
    ['Nearly a third say they don’t know.', { kind: 'indirect', source: 'Nearly a third', cue: 'say', content: 'they don’t know' }],
    // Verbs of knowing and hoping: a bare clause with its subject, or an infinitive.
    ['Trump knows we must rethink our immigration policies.', { kind: 'indirect', source: 'Trump', cue: 'knows', content: 'we must rethink our immigration policies' }],
    ['Cruz hopes to get one last media splash from his 99-county pursuit.', { kind: 'indirect', source: 'Cruz', cue: 'hopes', content: 'to get one last media splash from his 99-county pursuit' }],
    // `said in a statement` is one cue, as PolNeAR marks it.
    ['“We are very disappointed,” the ACU said in a statement.', { kind: 'direct', source: 'the ACU', cue: 'said in a statement', content: '“We are very disappointed,”' }],
    // Split quotes: nyt's two apostrophes, and a quote followed by what it is about.
    ["''That, unfortunately,'' he said, ''is part of the reality of today's life on a global basis.''", { kind: 'direct', source: 'he', cue: 'said', content: "''That, unfortunately,'' he said, ''is part of the reality of today's life on a global basis.''" }],
    ['"In any other year they would be short-listed," Maddow said of a list that included Claire McCaskill. "But the common wisdom this year says there’s no way."', { kind: 'direct', source: 'Maddow', cue: 'said', content: '"In any other year they would be short-listed," Maddow said of a list that included Claire McCaskill. "But the common wisdom this year says there’s no way."' }],
    // A gerund cue after a preposition takes the clause's subject.
    ['Trump distinguished himself in the Republican field by saying he would make nice with Vladimir Putin.', { kind: 'indirect', source: 'Trump', cue: 'saying', content: 'he would make nice with Vladimir Putin' }],
    ['Cruz talked up his plans to force undocumented immigrants to leave.', { kind: 'indirect', source: 'Cruz', cue: 'talked up', content: 'his plans to force undocumented immigrants to leave' }],
    // An adjunct after a light verb's object is not content (PolNeAR dev, politico).
    ['Oz has been seen, as The New Yorker put it in a lengthy expose, “the operator.”', { kind: 'direct', source: 'The New Yorker', cue: 'put it', content: '“the operator.”' }],
    // A quote ending a sentence the splitter missed is no split quote's first part: the next cue opens its own sentence.
    ['She says it is “bad.” She adds, “What kind of genius loses a billion dollars in a single year?”', { kind: 'direct', source: 'She', cue: 'adds', content: '“What kind of genius loses a billion dollars in a single year?”' }],
    // … nyt's two apostrophes close such a sentence too: the colon's quote is the content, the source starts after the marks.
    ["''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack is the work of terrorists.''", { kind: 'direct', source: 'Mr. Zahed', cue: 'said:', content: "''The attack is the work of terrorists.''" }],
    // After a colon, the quote alone is what the trailing source said, not the narration that introduces it.
    ["Mr. Gray ticked through the code of conduct the dynasty has long embodied: ''Civility and good manners were kind of assumed,'' he said.", { kind: 'direct', source: 'he', cue: 'said', content: "''Civility and good manners were kind of assumed,''" }],
    // A relative clause after an inverted source that reports speech is an attribution of its own, not the source's role.
    ["''Revenues are up a little bit,'' said Mr. Ekovich, who noted that the price of some golf courses had fallen.", { kind: 'direct', source: 'Mr. Ekovich', cue: 'said', content: "''Revenues are up a little bit,''" }],
    ["''Revenues are up a little bit,'' said Mr. Ekovich, who noted that the price of some golf courses had fallen.", { kind: 'indirect', source: 'who', cue: 'noted', content: 'that the price of some golf courses had fallen' }],
    // … and a quote after the cue ends at its closing `,”` when a participle clause follows (wink tags `promising` an adjective).
    ['Boreing said, “It’s time we change how we do it,” promising the group will return to its roots.', { kind: 'direct', source: 'Boreing', cue: 'said', content: '“It’s time we change how we do it,”' }],
    // A cue with a colon takes the quote after it, even when a quote comes before it in the sentence.
    ['After Scalia said that some students might do better at "less advanced schools," Trump said: "I don\'t like what he said."', { kind: 'direct', source: 'Trump', cue: 'said:', content: '"I don\'t like what he said."' }],
    // A first name that wink tags a verb (`Josh`, `Will`) is part of the name, so the appositive source holds.
    ['Officials agreed. “We are ready,” the White House spokesman, Josh Earnest, said on Thursday.', { kind: 'direct', source: 'the White House spokesman, Josh Earnest,', cue: 'said', content: '“We are ready,”' }],
    // A roundup's speaker label after a dash.
    ['RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup’s analysis finds that 20 states are solidly Republican.”', { kind: 'direct', source: 'Jeffrey M. Jones', cue: ':', content: '“Gallup’s analysis finds that 20 states are solidly Republican.”' }],
    // Comma-separated phrases before the last appositive belong to the source: an age, a second role, a role before the name.
    ['Jacob Shiansky, 24, who was visiting Manhattan from South Carolina, said he liked it.', { kind: 'indirect', source: 'Jacob Shiansky, 24, who was visiting Manhattan from South Carolina,', cue: 'said', content: 'he liked it' }],
    ['Matthew Prince, chief executive of CloudFlare, a San Francisco company, said the attack was big.', { kind: 'indirect', source: 'Matthew Prince, chief executive of CloudFlare, a San Francisco company,', cue: 'said', content: 'the attack was big' }],
    ['“We lost,” Trump’s Indiana chairman, Rex Early, a former state party chairman, said.', { kind: 'direct', source: 'Trump’s Indiana chairman, Rex Early, a former state party chairman,', cue: 'said', content: '“We lost,”' }],
    ['Michelle Stevens, 30, of Gainesville, Fla., said it was great.', { kind: 'indirect', source: 'Michelle Stevens, 30, of Gainesville, Fla.,', cue: 'said', content: 'it was great' }],
    ['“It was great,” said Michelle Stevens, 30, of Gainesville, Fla.', { kind: 'direct', source: 'Michelle Stevens, 30, of Gainesville, Fla.', cue: 'said', content: '“It was great,”' }],
    // … but not an adjunct before the name.
    ['In the interview, Sen. Tim Kaine, a Democrat, said he was fine.', { kind: 'indirect', source: 'Sen. Tim Kaine, a Democrat,', cue: 'said', content: 'he was fine' }],
    // The time and the channel after a source belong to the cue, not to the source.
    ['Donald Trump on Thursday ratcheted up his attacks on Rubio, saying he is weak on immigration.', { kind: 'indirect', source: 'Donald Trump', cue: 'saying', content: 'he is weak on immigration' }],
    ['“The commissions are an abject failure,” said House Speaker Paul Ryan in a statement.', { kind: 'direct', source: 'House Speaker Paul Ryan', cue: 'said', content: '“The commissions are an abject failure,”' }],
    // wink tags `sources` a verb after `according to`.
    ['They included two data firms, according to sources.', { kind: 'indirect', source: 'sources', cue: 'according to', content: 'They included two data firms' }],
    // wink tags `say` a noun after a quantifier: `Some say`, `all five say`.
    ['Some say they hear echoes of a painful past.', { kind: 'indirect', source: 'Some', cue: 'say', content: 'they hear echoes of a painful past' }],
    ['But majorities in all five say they want a path to citizenship.', { kind: 'indirect', source: 'majorities in all five', cue: 'say', content: 'they want a path to citizenship' }],
    // A relative clause inside the object of a verb that is not one of speech reports on its own.
    ['The party offered fresh ammunition to Republicans who say the law is a money pit.', { kind: 'indirect', source: 'who', cue: 'say', content: 'the law is a money pit' }],
    // A comparison the outlet draws ends the content; the compared group's own report is read.
    ['Forty-six percent of voters said yes, compared with 23 percent who said the server was improper.', { kind: 'indirect', source: 'Forty-six percent of voters', cue: 'said', content: 'yes' }],
    ['Forty-six percent of voters said yes, compared with 23 percent who said the server was improper.', { kind: 'indirect', source: 'who', cue: 'said', content: 'the server was improper' }],
    // A poll at the end of the sentence is the source of the clause before it.
    ['Bush is mired in fourth, although Rubio moved from third to second in a more-recent survey from Florida Southern College.', { kind: 'indirect', source: 'a more-recent survey from Florida Southern College', cue: 'in', content: 'Rubio moved from third to second' }],
    // An adverb and an adjunct between the cue and a colon describe the saying; the quote after the colon is what was said.
    ['Kelly responded pointedly, with a smile: “Can happen when you’re 45.”', { kind: 'direct', source: 'Kelly', cue: 'responded', content: '“Can happen when you’re 45.”' }],
    // Verbs of the manner of speaking report.
    ['His wife whispered to him: “They are still with you.”', { kind: 'direct', source: 'His wife', cue: 'whispered', content: '“They are still with you.”' }],
    // A participle before a plural proper noun modifies it, after an adverb too.
    ['Even leading Democrats say the plan is dead.', { kind: 'indirect', source: 'leading Democrats', cue: 'say', content: 'the plan is dead' }],
    // … and a capitalised verb between a name's first word and the verb ends the name (`Judicial Watch`).
    ['The group Judicial Watch said the emails were released.', { kind: 'indirect', source: 'The group Judicial Watch', cue: 'said', content: 'the emails were released' }],
    // A subject pronoun coordinated with a possessive phrase is one of the speakers.
    ['She and her husband said they would vote for Trump.', { kind: 'indirect', source: 'She and her husband', cue: 'said', content: 'they would vote for Trump' }],
    // An article before an adverb of degree opens the phrase.
    ['The nearly 90-second ad slams Kasich for his votes.', { kind: 'indirect', source: 'The nearly 90-second ad', cue: 'slams', content: 'Kasich for his votes' }],
    // A dateline's horizontal bar (wink tags it a proper noun) and a channel with a noun before it (`a telephone interview`).
    ['PHILADELPHIA ― Hillary Clinton’s campaign said on Monday that it raised money.', { kind: 'indirect', source: 'Hillary Clinton’s campaign', cue: 'said', content: 'that it raised money' }],
    ['“It is good news,” said Atlantic City Mayor Don Guardian in a telephone interview.', { kind: 'direct', source: 'Atlantic City Mayor Don Guardian', cue: 'said', content: '“It is good news,”' }],
    // A reply in kind: `shot back` (wink tags `shot` a noun), `fired back`; `fired` alone is no report.
    ['Trump shot back that the journalist was rude.', { kind: 'indirect', source: 'Trump', cue: 'shot back', content: 'that the journalist was rude' }],
    ['Rubio fired back forcefully: “If they sue us, they’re going to lose.”', { kind: 'direct', source: 'Rubio', cue: 'fired back', content: '“If they sue us, they’re going to lose.”' }],
    // A participle after a quote's closing `,”` is the subject's next clause, as after a bare comma.
    ['Trump insisted that he has “expanded the Republican party,” claiming that he is responsible for higher turnout.', { kind: 'mixed', source: 'Trump', cue: 'insisted', content: 'that he has “expanded the Republican party,”' }],
    ['Trump insisted that he has “expanded the Republican party,” claiming that he is responsible for higher turnout.', { kind: 'indirect', source: 'Trump', cue: 'claiming', content: 'that he is responsible for higher turnout' }],
    // `… said:` ending a paragraph hands its content to the quote that opens the next, over its paragraphs.
    ['In a statement, the Pentagon said:\n\n“These strikes were necessary.\n\n“They will go on.”\n\nOther news.', { kind: 'direct', source: 'the Pentagon', cue: 'said:', content: '“These strikes were necessary.\n\n“They will go on.”' }],
    // A participle after a number modifies the noun after it (wink tags `unaligned` a verb).
    ['“There is no data to suggest that,” said one unaligned Florida Republican.', { kind: 'direct', source: 'one unaligned Florida Republican', cue: 'said', content: '“There is no data to suggest that,”' }],
    // A gerund after a preposition following the cue is its adjunct, not a content of its own.
    ["''We have been praying for unity,'' Mr. Vander Plaats said in introducing Mr. Cruz.", { kind: 'direct', source: 'Mr. Vander Plaats', cue: 'said', content: "''We have been praying for unity,''" }],
    // After a quote, a verb inside the cue's adjunct or a participle after the cue does not make the words after the cue its content.
    ['“We are ready,” he said in Las Vegas at a forum hosted by the advocacy group.', { kind: 'direct', source: 'he', cue: 'said', content: '“We are ready,”' }],
    ['“We are ready,” he said introducing Clinton as a global leader.', { kind: 'direct', source: 'he', cue: 'said', content: '“We are ready,”' }],
    ['“We are ready,” he told 2,267 people gathered at Purdue University.', { kind: 'direct', source: 'he', cue: 'told', content: '“We are ready,”' }],
    // After a quote, a possessive after the cue opens the inverted source.
    ['“We are ready,” said his wife.', { kind: 'direct', source: 'his wife', cue: 'said', content: '“We are ready,”' }],
    // An appositive whose noun a participle phrase follows.
    ['“We are ready,” Melanne Verveer, a Ukrainian-American then working for the State Department, wrote in a memo.', { kind: 'direct', source: 'Melanne Verveer, a Ukrainian-American then working for the State Department,', cue: 'wrote', content: '“We are ready,”' }],
    // A possessive opens the noun phrase of what it owns.
    ['He has worked with EgyptAir since 2004, according to his Facebook profile.', { kind: 'indirect', source: 'his Facebook profile', cue: 'according to', content: 'He has worked with EgyptAir since 2004' }],
    // A subject's relative clause belongs to the source.
    ['But people who have battled other online threats say it could be doing more.', { kind: 'indirect', source: 'people who have battled other online threats', cue: 'say', content: 'it could be doing more' }],
    // `according to` a name and its role: the role belongs to the source.
    ['The strikes hit two sites, according to Dennis B. Ross, a former American special envoy.', { kind: 'indirect', source: 'Dennis B. Ross, a former American special envoy', cue: 'according to', content: 'The strikes hit two sites' }],
    // A participle with its auxiliary after an appositive is the finite verb, not a gerund clause.
    ['Marco Rubio, speaking at a rally, is criticizing the night’s big winner.', { kind: 'indirect', source: 'Marco Rubio, speaking at a rally,', cue: 'is criticizing', content: 'the night’s big winner' }],
    // The noun of an adjunct before a gerund cue is not its speaker.
    ['Trump was heard on a microphone telling Christie to get on a plane.', { kind: 'indirect', source: 'Trump', cue: 'telling', content: 'to get on a plane' }],
    // A short parenthesis after an inverted source's name belongs to it.
    ['“It takes an election,” said Sen. Chris Murphy (D-Conn.).', { kind: 'direct', source: 'Sen. Chris Murphy (D-Conn.)', cue: 'said', content: '“It takes an election,”' }],
    // `that` before a name or a plural opens a clause; it is not the source's determiner.
    ['It grew so heated that New Jersey Gov. Chris Christie said, "I need a converter."', { kind: 'direct', source: 'New Jersey Gov. Chris Christie', cue: 'said', content: '"I need a converter."' }],
  ])('%s', (text, expected) => {
    expect(quotesOf(text).map(brief)).toContainEqual(expected);
  });

  it('reads a finite verb after the cue as its content even after a quoted title', () => {
    const said = quotesOf('Speaking on “The Steve Harvey Morning Show,” the former secretary of state said she wanted to speak to voters.').find((q) => q.cue?.text === 'said');
    expect(said?.source?.text).toBe('the former secretary of state');
    expect(said?.content.text.startsWith('she wanted')).toBe(true);
  });

  it.each([
    // A reporting word after a possessive is a noun; a plural noun after a number is no verb.
    ['There was widespread anger following his comments a few days later.'],
    ['The first four states that vote represent only 4% of the delegates.'],
    ['One question that has emerged is whether companies will bring cash home.'],
  ])('%s: no attribution', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('the learned cue model', () => {
  it('scores a cue without building feature names exactly as the sum of its named features’ weights', async () => {
    const { candidateLog, cueProbability } = await import('../src/detectors/attributions/learned.js');
    const { CUE_MODEL } = await import('../src/lexicons/cue-model.js');
    const { corpus } = await import('./helpers.js');
    let seen = 0;
    candidateLog.observe = (features, cue, a, _ctx, scene) => {
      const z = features.reduce((sum, name) => sum + (CUE_MODEL.weights[name] ?? 0), 0);
      expect(cueProbability(scene, cue, a)).toBe(1 / (1 + Math.exp(-z)));
      seen++;
    };
    try {
      for (const { text } of corpus()) analyzeArticle(text);
    } finally {
      candidateLog.observe = undefined;
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('judges a speaker label as it judges a verb, by what the label looks like', async () => {
    const { candidateLog } = await import('../src/detectors/attributions/learned.js');
    const labels: string[][] = [];
    candidateLog.observe = (features, cue) => {
      if (cue.lemma === ':') labels.push(features.filter((f) => f.startsWith('CN:')));
    };
    try {
      analyzeArticle('Kirby: “We will respond.”\n\nQ: Do you think Glass-Steagall should be reinstated?');
    } finally {
      candidateLog.observe = undefined;
    }
    expect(labels).toEqual([['CN:one|body'], ['CN:letter|body']]);
  });

  it('reads a cue read twice (as a verb and as a noun) as one attribution, the one with a source', () => {
    expect(quotesOf('The NEA estimates that close to 19,000 members have helped campaign for Clinton.').map(brief)).toEqual([
      { kind: 'indirect', source: 'The NEA', cue: 'estimates', content: 'that close to 19,000 members have helped campaign for Clinton' },
    ]);
  });
});

describe('names wink reads as verbs', () => {
  it('keeps a surname before a comma or a possessive in the name (`Garland`, `Lynch` are verbs to wink)', async () => {
    const { tokenize } = await import('../src/nlp/wink.js');
    const pos = (text: string, word: string) => tokenize(text).find((t) => t.value === word)?.pos;
    expect(pos('The judge Merrick Garland, a moderate, was named.', 'Garland')).toBe('PROPN');
    expect(pos('It was Attorney General Loretta Lynch’s decision.', 'Lynch')).toBe('PROPN');
    // A headline's verb before its object stays a verb.
    expect(pos('Obama Warns Congress on Budget', 'Warns')).toBe('VERB');
  });
});

describe('noun and adjective cues', () => {
  /** The noun and adjective cues `nouns.ts` reads in one sentence, as text: cue, source, and the content's first word. */
  const nounReadings = async (text: string) => {
    const { tokenize } = await import('../src/nlp/wink.js');
    const { adjectiveCues, nounCues } = await import('../src/detectors/attributions/nouns.js');
    const tokens = tokenize(text);
    const s = { index: 0, first: 0, last: tokens.length - 1, start: 0, end: text.length, paragraph: 0 };
    const words = (first: number, last: number) => text.slice(tokens[first]!.start, tokens[last]!.end);
    const quotedIn = new Int32Array(tokens.length).fill(-1);
    return [...nounCues(tokens, s, quotedIn), ...adjectiveCues(tokens, s, quotedIn)].map((r) => ({
      cue: words(r.cue.first, r.cue.last),
      source: r.source === null ? undefined : words(r.source[0], r.source[1]),
      content: tokens[r.content]!.value,
      complement: r.complement,
    }));
  };

  it.each([
    // A possessive source, adjectives in the cue, the preposition's object as content.
    ["As for Mr. Trump's continual attacks on the nomination process, Mr. Manafort said little.", { cue: 'continual attacks on', source: "Mr. Trump's", content: 'the', complement: 'object' }],
    ['Her tentative embrace of a $15 minimum wage worried activists.', { cue: 'tentative embrace of', source: 'Her', content: 'a', complement: 'object' }],
    // A that-clause and an infinitive are content with their marker; the cue is the noun.
    ['The judges’ statement that their ruling must be binding was welcomed.', { cue: 'statement', source: 'The judges’', content: 'that', complement: 'that' }],
    ['Her plan to increase federal investment in infrastructure is popular.', { cue: 'plan', source: 'Her', content: 'to', complement: 'to' }],
    // The object of a verb outside the light verbs: the cue runs from the verb, the source is its subject.
    ['She has no plans to stop any time soon.', { cue: 'has no plans', source: 'She', content: 'to', complement: 'to' }],
    // `be` and an adjective: the cue runs from the first auxiliary, the source is the subject before it.
    ['The senator’s advisers were optimistic that he would perform strongly.', { cue: 'were optimistic', source: 'The senator’s advisers', content: 'that', complement: 'that' }],
    ['His website has often been critical of Speaker Paul D. Ryan.', { cue: 'has often been critical of', source: 'His website', content: 'Speaker', complement: 'object' }],
  ])('%s', async (text, expected) => {
    expect(await nounReadings(text)).toContainEqual(expected);
  });

  it.each([
    // A relative clause is no content; a light verb's noun is read with the verb (`sentence.ts`); a bare noun has no content.
    ['The claim that was made yesterday is false.'],
    ['He expressed concern that the deal would fail.'],
    ['There was widespread anger following his comments a few days later.'],
    ['The deal was good.'],
  ])('%s: no noun cue', async (text) => {
    expect(await nounReadings(text)).toEqual([]);
  });

  it('classes a noun cue as the verb it names, and only by lexicon verbs', async () => {
    const { NOUN_CUES, NOUN_VERBS, nounClass } = await import('../src/detectors/attributions/nouns.js');
    const { REPORTING_VERBS } = await import('../src/lexicons/reporting-verbs.js');
    // Every noun names a verb the lexicon classes, and is a noun cue: no entry points nowhere.
    expect(Object.entries(NOUN_VERBS).filter(([, verb]) => REPORTING_VERBS[verb] === undefined)).toEqual([]);
    expect(Object.keys(NOUN_VERBS).filter((noun) => !NOUN_CUES.has(noun))).toEqual([]);
    expect([nounClass('criticism'), nounClass('claim'), nounClass('denial'), nounClass('admission'), nounClass('plan')]).toEqual(['confrontational', 'distancing', 'denying', 'conceding', undefined]);
  });

  it('gives a kept noun cue its class in the analysis', () => {
    const text = 'Senator Jane Smith renewed her criticism of the deal on Tuesday.';
    const quote = analyzeArticle({ text, id: 'noun' }).quotes.find((q) => q.cueLemma === 'criticism');
    expect(quote?.cueClass).toBe('confrontational');
  });
});

describe('the learned content end', () => {
  it.each([
    // A noun phrase object runs on through an appositive to its end (the rules stopped at the first comma).
    ['The council praised Sam Ortiz and his daughter, Ana, the shelter’s founders.', 'praised', 'Sam Ortiz and his daughter, Ana, the shelter’s founders'],
    // A reason or a time after the object of a verb not of speech is the outlet's, not the content.
    ['The senator opposed the plan because it would raise fees for farmers.', 'opposed', 'the plan'],
    ['The chief defended the officers after the video was released on Monday.', 'defended', 'the officers'],
    // A comparison the outlet adds after the reported clause.
    ['Voters said they trust the mayor, compared with 40 percent who say the same of her rival.', 'said', 'they trust the mayor'],
  ])('%s', (text, cue, content) => {
    expect(quotesOf(text).map((q) => [q.cue?.text, q.content.text])).toContainEqual([cue, content]);
  });

  it('moves only ends outside quote marks: a direct quote keeps its words', () => {
    const text = 'The governor said, “We will fix the roads, because the people deserve it,” at a rally on Friday.';
    const contents = quotesOf(text).map((q) => q.content.text);
    expect(contents.length).toBeGreaterThan(0);
    for (const content of contents) expect(content).toContain('“We will fix the roads, because the people deserve it,”');
  });

  it('scores a candidate end without building feature names exactly as the sum of its named features’ weights', async () => {
    const { endFeatures, endLog, endScore } = await import('../src/detectors/attributions/ends.js');
    const { END_MODEL } = await import('../src/lexicons/end-model.js');
    const { corpus } = await import('./helpers.js');
    let seen = 0;
    let weighted = 0;
    const check = (candidates: readonly Parameters<typeof endScore>[0][]): void => {
      for (const c of candidates) {
        const names = endFeatures(c);
        expect(names).toHaveLength(29);
        expect(endScore(c)).toBe(names.reduce((sum, name) => sum + (END_MODEL.weights[name] ?? 0), 0));
        weighted += names.filter((name) => END_MODEL.weights[name] !== undefined).length;
        seen++;
      }
    };
    endLog.observe = check;
    try {
      for (const { text } of corpus()) analyzeArticle(text);
      // Values holding a `|` (a lemma of `|`, the stretch) still find their names' weights.
      const [c] = (() => {
        const found: Array<Parameters<typeof endScore>[0]> = [];
        endLog.observe = (candidates) => found.push(...candidates);
        analyzeArticle('The mayor said the plan would fail, and the council agreed.');
        return found;
      })();
      expect(c).toBeDefined();
      if (c !== undefined) check([{ ...c, values: { ...c.values, lemma: 'a|b', prev: '|', next: '||' } }]);
    } finally {
      endLog.observe = undefined;
    }
    expect(seen).toBeGreaterThan(100);
    expect(weighted).toBeGreaterThan(seen * 10);
  });
});

describe('words that look like cues', () => {
  it('reads no attribution in an idiom', () => {
    expect(quotesOf('But dumping Trump is easier said than done in New York City.')).toEqual([]);
  });

  it('reads `more than` before a definite phrase as a comparison, not the source’s quantity', () => {
    expect(quotesOf('The deficit is $130 billion more than the budget office had projected last August.')[0]?.source?.text).toBe('the budget office');
  });

  it('reads no report in `fired` without `back`', () => {
    expect(quotesOf('The company fired its chief executive after the vote.')).toEqual([]);
  });

  it('reads `some say in` as a noun phrase, not a cue', () => {
    expect(quotesOf('They want some say in the matter.').map((q) => q.cue?.text)).not.toContain('say');
  });
});
