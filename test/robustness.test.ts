/**
 * Robustness and safety of the library core: any string, any script and encoding, hostile names,
 * no shared state, clear errors for bad arguments, and adversarial inputs that finish.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import Sentiment from 'sentiment';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, buildProfiles, compareSources, groupStories, mergeProfiles } from '../src/index.js';
import type { ArticleAnalysis, SourceProfile } from '../src/index.js';
import { ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS } from '../src/lexicons/english.js';
import { anyString, mutatedArticles, newsLike } from './arbitraries.js';
import { NOT_ENGLISH } from './fixtures/languages.js';
import { allSpans, badSpans, corpus } from './helpers.js';
import { tokenize } from '../src/nlp/wink.js';

/** What Object.prototype holds before any test: no input may change it. */
const PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();
const TO_STRING = Object.prototype.toString;

function expectPrototypeIntact(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.prototype.toString).toBe(TO_STRING);
  const fresh = {} as Record<string, unknown>;
  for (const key of ['quotes', 'words', 'polluted', 'articles', 'source']) expect(fresh[key]).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

afterEach(expectPrototypeIntact);

describe('any string is accepted', () => {
  const spansSliceBack = (text: string): void => {
    const analysis = analyzeArticle(text);
    expect(badSpans(text, analysis)).toEqual([]);
  };

  it('arbitrary Unicode: never throws, every span slices back', () => {
    fc.assert(fc.property(anyString, spansSliceBack), { numRuns: 1500 });
  });

  it('news-like fragments (quotes, cues, markup, scripts, line ends, hostile names)', () => {
    fc.assert(fc.property(newsLike, spansSliceBack), { numRuns: 1500 });
  });

  it('mutated corpus articles', () => {
    fc.assert(fc.property(mutatedArticles(), spansSliceBack), { numRuns: 150 });
  }, 120_000);
});

describe('any script and encoding', () => {
  it.each([
    ['emoji and astral letters', 'The 𝐏𝐌𝐅 😡 said “we 🇮🇶 will fight” on Monday. 👨‍👩‍👧 Kirby said the strikes were 🎯 defensive.'],
    ['right-to-left text with marks', 'قال المتحدث \u200fإن الضربات\u200f غير قانونية. “Iraq will respond,” said \u202bاللواء يحيى رسول\u202c, a spokesman.'],
    ['Hebrew inside English', 'The IDF said the operation, named מבצע שומר החומות, was “precise”. Officials said it was over.'],
    ['NUL and control characters', 'The\u0000 Pentagon\u0001 said\u0007 “the strikes\u001b were\u007f defensive”.\u0000\u0000'],
    ['CRLF line ends', 'Strikes hit sites\r\n\r\n“We will fight,” the group said.\r\nKirby said the strikes were defensive.\r\n'],
    ['lone CR line ends', 'Strikes hit sites\r\r“We will fight,” the group said.\rKirby said the strikes were defensive.\r'],
    ['a byte-order mark, and one in the middle', '\ufeffThe Pentagon said \ufeffthe strikes were “defensive”.'],
    ['mojibake', 'Itâ€™s â€œdefensive,â€\x9d said Kirby. The groupâ€™s leader said Ã©tÃ© was over.'],
    ['lone surrogates', 'The \ud800Pentagon said “the \udc00strikes” were \ud83ddefensive.'],
    ['combining marks and zero-width characters', 'Kata\u0301ib Hezbollah\u200b said “no\u200dthing”. The mi\u0308litia said it would fight.'],
  ])('%s: no throw, spans slice back', (_name, text) => {
    const analysis = analyzeArticle(text);
    expect(badSpans(text, analysis)).toEqual([]);
    expect(analysis.sentences.length).toBeGreaterThan(0);
  });

  it('keeps offsets in UTF-16 code units after astral characters', () => {
    const text = '😡😡😡 The Pentagon said “the 𝐏𝐌𝐅 strikes were defensive”.';
    const analysis = analyzeArticle(text);
    const quote = analysis.quotes[0];
    expect(quote?.content.start).toBe(text.indexOf('“'));
    expect(quote?.cue).toEqual({ start: text.indexOf('said'), end: text.indexOf('said') + 4, text: 'said' });
    const defensive = analysis.wording.findings.find((f) => f.term === 'defensive') ?? analysis.labels.find((l) => l.span.text.includes('defensive'));
    expect(defensive?.span.start).toBe(text.indexOf('defensive'));
  });

  it('reads CRLF, lone CR and LF line ends alike', () => {
    const lf = 'Strikes hit sites\n\n“We will fight,” the group said.\nKirby said the strikes were defensive.';
    const shape = (text: string): unknown => {
      const a = analyzeArticle(text);
      return { sentences: a.sentences.map((s) => s.text), quotes: a.quotes.map((q) => q.content.text), paragraphs: a.paragraphs.length };
    };
    expect(shape(lf.replace(/\n/g, '\r\n'))).toEqual(shape(lf));
    expect(shape(lf.replace(/\n/g, '\r'))).toEqual(shape(lf));
  });
});

describe('texts that are not English are flagged, not scored as neutral', () => {
  it.each(Object.entries(NOT_ENGLISH))('%s', (_language, text) => {
    const analysis = analyzeArticle(text);
    expect(analysis.language.english).toBe(false);
    expect(analysis.warnings).toEqual([expect.stringMatching(/^the text does not look English/)]);
    expect(badSpans(text, analysis)).toEqual([]);
  });

  it.each(corpus().map((a) => [a.id, a.text]))('%s is English', (_id, text) => {
    const analysis = analyzeArticle(text);
    expect(analysis.language.english).toBe(true);
    expect(analysis.language.score).toBeGreaterThan(0.2);
    expect(analysis.warnings.some((w) => w.includes('English'))).toBe(false);
  });

  it.each([['Hello world.'], ['The Pentagon said so.'], ['Der Hund bellt.'], ['مرحبا بالعالم'], ['你好世界'], ['']])('%j is too short to tell', (text) => {
    const analysis = analyzeArticle(text);
    expect(analysis.language.english).toBeNull();
    expect(analysis.warnings).toEqual([]);
  });

  it('has word lists that are lower-case words, and that share none', () => {
    for (const word of [...ENGLISH_FUNCTION_WORDS, ...OTHER_FUNCTION_WORDS]) expect(word).toMatch(/^\p{Ll}+$/u);
    expect([...ENGLISH_FUNCTION_WORDS].filter((w) => OTHER_FUNCTION_WORDS.has(w))).toEqual([]);
  });

  it('an English article quoting another language stays English', () => {
    const text = `${corpus()[0]?.text ?? ''}\n\n“${NOT_ENGLISH.french.slice(0, 120)}”, the minister said.`;
    expect(analyzeArticle(text).language.english).toBe(true);
  });
});

describe('no shared state', () => {
  const articles = corpus();
  const json = (a: ArticleAnalysis): string => JSON.stringify(a);

  it('gives the same analysis whatever was analysed before: the corpus forwards and backwards', () => {
    const forwards = articles.map((a) => json(analyzeArticle({ text: a.text, id: a.id, source: a.outlet })));
    // Noise in between: other languages, hostile names, caller sides.
    analyzeArticle(NOT_ENGLISH.german);
    analyzeArticle('“We will fight,” said __proto__ spokesman Ali Constructor.', { sides: { constructor: ['Constructor'] } });
    const backwards = [...articles].reverse().map((a) => json(analyzeArticle({ text: a.text, id: a.id, source: a.outlet })));
    expect(backwards.reverse()).toEqual(forwards);
  });

  it('tokenizes a word the same after wink has met it in another text (wink learns words as it reads)', () => {
    // Before slant took learned words back, reading `Blorft's.` once made every later
    // `Blorft's campaign` one token, so the possessive and its speaker changed with history.
    const probe = 'Aides to Senator Blorft’s campaign said the vote was rigged. Blorft\'s staff denied it.';
    const values = (): string[] => tokenize(probe).map((t) => t.value);
    const before = values();
    const analysis = json(analyzeArticle(probe));
    expect(before).toContain('’s');
    expect(before).toContain("'s");
    for (const seen of ['He read Blorft\'s. Then Blorft’s, and (Blorft\'s “Blorft’s”.', 'Blorft\'s- Blorft’s— Blorft\'s…']) analyzeArticle(seen);
    expect(values()).toEqual(before);
    expect(json(analyzeArticle(probe))).toBe(analysis);
  });

  it('tokenizes the same after the parser is rebuilt (after 100,000 learned words), and rebuilt again', () => {
    const probe = 'Aides to Senator Blorft’s campaign said the vote was rigged. Blorft\'s staff denied it.';
    const before = JSON.stringify(tokenize(probe));
    // More made-up words than slant lets wink learn before it builds the parser again; each rebuild
    // reuses the model's core with the words learned taken out of it.
    for (const round of ['a', 'b']) {
      tokenize(Array.from({ length: 100_001 }, (_, i) => `Zq${round}${i.toString(36)}x`).join(' '));
      expect(JSON.stringify(tokenize(probe))).toBe(before);
    }
    // A few seconds alone; 15 s on a machine shared with other runs.
  }, 60_000);

  it('never changes the sentiment package’s shared AFINN table', () => {
    const labels = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;
    const before = { ...labels };
    const probe = (): number => new Sentiment().analyze('The cowardly terrorists launched a brutal attack, but the ceasefire is good news.').score;
    const score = probe();
    for (const a of articles) analyzeArticle(a.text, { sides: { cowardly: ['terrorists'], good: ['ceasefire'] } });
    analyzeArticle('The toString constructor __proto__ hasOwnProperty valueOf said “cowardly”.');
    expect(labels).toEqual(before);
    expect(Object.keys(labels)).toHaveLength(Object.keys(before).length);
    expect(probe()).toBe(score);
  });

  it('keeps a caller’s sides to that call', () => {
    const text = 'Pentagon spokesman John Kirby said the strikes were defensive. “We will respond,” the PMF said.';
    const plain = json(analyzeArticle(text));
    const sided = analyzeArticle(text, { sides: { 'US government': ['Pentagon'], 'Iraqi militias': ['PMF'] } });
    expect(sided.voices.map((v) => v.side).sort()).toEqual(['Iraqi militias', 'US government']);
    expect(json(analyzeArticle(text))).toBe(plain);
  });
});

describe('hostile names', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;
  const capital = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
  /** A side named `name` (an own key, as JSON.parse or a computed key gives it). */
  const sidesNamed = (name: string): Record<string, string[]> => JSON.parse(`{${JSON.stringify(name)}: ["Pentagon"], "valueOf": ["Hamdan"]}`) as Record<string, string[]>;
  const text = (name: string): string =>
    `Militia vows to fight on\n\n“We will fight,” said ${name} spokesman Ali Hamdan. The ${capital(name)} militia, an Iran-backed group, said it would retaliate.\n\n` +
    `“This is not over,” Hamdan added. Pentagon spokesman John Kirby said the ${capital(name)} militia had attacked US forces and the strikes were defensive.`;

  let analyses: ArticleAnalysis[] = [];
  beforeAll(() => {
    analyses = NAMES.map((name) => analyzeArticle({ text: text(name), id: name, source: name, date: '2021-06-28', title: name }, { sides: sidesNamed(name) }));
  });

  it('analyses articles whose outlet, speakers, sides and labelled actors bear those names', () => {
    for (const [i, name] of NAMES.entries()) {
      const a = analyses[i] as ArticleAnalysis;
      expect(a.source).toBe(name);
      expect(a.voices.find((v) => v.name === 'John Kirby')?.side).toBe(name);
      expect(a.voices.find((v) => v.name.endsWith('Hamdan'))?.side).toBe('valueOf');
      if (name !== '__proto__') expect(a.labels.map((l) => l.target)).toContain(capital(name));
    }
  });

  it('reads those names as words where the parser takes them for verbs or nouns', () => {
    // ` Related Articles constructor Iran-backed militias` once threw: a cue's lemma looked up in a
    // table with a prototype found Object.prototype.constructor (found by the fuzzing test).
    for (const name of [...NAMES, 'valueOf', 'isPrototypeOf']) {
      for (const t of [` Related Articles ${name} Iran-backed militias`, `Officials ${name} that the strikes were legal.`, `He ${name}s out the strikes.`, `“We will respond,” they ${name} on Monday.`]) {
        expect(() => analyzeArticle(t), t).not.toThrow();
      }
    }
  });

  it('counts them in profiles like any other name', () => {
    const profiles = buildProfiles(analyses);
    expect(profiles.map((p) => p.source)).toEqual([...NAMES].sort());
    for (const p of profiles) {
      const a = analyses.find((x) => x.source === p.source) as ArticleAnalysis;
      expect(Object.hasOwn(p.counts.bySide, p.source)).toBe(true);
      expect(p.counts.bySide[p.source]?.quotes).toBe(a.quotes.filter((q) => q.speaker?.name === 'John Kirby').length);
      expect(p.figures.quoteShareBySide[p.source]).toBeGreaterThan(0);
      if (p.source !== '__proto__') expect(p.counts.labels[capital(p.source)]).toEqual({ [`${capital(p.source)} militia`.toLowerCase()]: 2 });
      expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    }
  });

  it('counts a side, voice type, label target and frame named __proto__ in hand-made analyses', () => {
    const a = JSON.parse(JSON.stringify(analyses[1])) as ArticleAnalysis;
    for (const v of a.voices) Object.assign(v, JSON.parse('{"side": "__proto__", "type": "__proto__"}'));
    for (const l of a.labels) l.target = '__proto__';
    const frames = JSON.parse(`{"__proto__": ${JSON.stringify(a.frames['conflict'])}}`) as ArticleAnalysis['frames'];
    const [p] = buildProfiles([{ ...a, frames }]);
    const attributed = a.quotes.filter((q) => q.unattributed !== true && q.speaker !== undefined).length;
    expect(Object.keys(p?.counts.bySide ?? {})).toContain('__proto__');
    expect(p?.counts.bySide['__proto__']?.quotes).toBe(attributed);
    expect(p?.counts.byType['__proto__']?.quotes).toBe(attributed);
    expect(Object.values(p?.counts.labels['__proto__'] ?? {}).reduce((s, n) => s + n, 0)).toBe(a.labels.filter((l) => l.negated !== true).length);
    expect(Object.hasOwn(p?.counts.frames ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(p?.counts.bySide)).toBe(Object.prototype);
  });

  it('merges them exactly, also from profiles read back from JSON', () => {
    const whole = buildProfiles([...analyses, ...analyses.map((a) => ({ ...a, id: `${a.id}-2` }))]);
    const half = buildProfiles(analyses);
    const other = buildProfiles(analyses.map((a) => ({ ...a, id: `${a.id}-2` })));
    expect(mergeProfiles(half, other)).toEqual(whole);
    const fromJson = (profiles: SourceProfile[]): SourceProfile[] => JSON.parse(JSON.stringify(profiles)) as SourceProfile[];
    expect(mergeProfiles(fromJson(half), fromJson(other))).toEqual(whole);
  });

  it('merges hostile profile JSON without touching Object.prototype', () => {
    const [p] = buildProfiles([analyses[0] as ArticleAnalysis]);
    const hostile = JSON.parse(JSON.stringify(p).replace('"counts":{', '"counts":{"__proto__":{"polluted":1,"quotes":5},"constructor":{"prototype":{"polluted":1}},')) as SourceProfile;
    const merged = mergeProfiles([hostile], [hostile]);
    expect((merged[0]?.counts as unknown as Record<string, unknown>)['__proto__']).toEqual({ polluted: 2, quotes: 10 });
  });

  it('groups and compares them', () => {
    const stories = groupStories(analyses);
    expect(stories.flatMap((s) => s.articleIds).sort()).toEqual([...NAMES].sort());
    const comparison = compareSources(analyses);
    expect(comparison.profiles.map((p) => p.source)).toEqual([...NAMES].sort());
    for (const story of comparison.stories) expect(story.sources).toEqual([...story.sources].sort());
    expect(comparison.stories.flatMap((s) => s.voiceBalance.sides)).toEqual(expect.arrayContaining(['valueOf']));
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });

  it('reads words such as constructor and toString as plain words in every detector', () => {
    const words = 'constructor toString valueOf hasOwnProperty __proto__ isPrototypeOf propertyIsEnumerable __defineGetter__';
    const t = `The ${words} militia said ${words}. Constructor Toconstructor __proto__ forces attacked. “${words},” said the constructor spokesman. ${words.toUpperCase()} (CTVH) said so. &constructor; &toString; June 28, 2021.`;
    const analysis = analyzeArticle(t);
    expect(badSpans(t, analysis)).toEqual([]);
    for (const l of analysis.labels) expect(typeof l.target).toBe('string');
    for (const q of analysis.quotes) if (q.cueClass !== undefined) expect(typeof q.cueClass).toBe('string');
    expect(() => groupStories([analysis, analysis])).not.toThrow();
  });
});

describe('bad arguments are told clearly', () => {
  const text = 'The Pentagon said the strikes were defensive.';
  let analysis: ArticleAnalysis;
  let profiles: SourceProfile[];
  beforeAll(() => {
    analysis = analyzeArticle({ text, id: 'a', source: 'S' });
    profiles = buildProfiles([analysis]);
  });
  /** The message: `slant: <what> must be <expected>, got <what came>` or `slant: unknown … "<name>"; expected one of: …`. */
  const CLEAR = /^slant: (?:.+ must be .+, got .+|unknown .+ ".+"; expected one of: .+)$/;

  it.each<[string, () => unknown, RegExp]>([
    ['analyzeArticle(42)', () => analyzeArticle(42 as never), /got a number \(42\)$/],
    ['analyzeArticle(Symbol)', () => analyzeArticle(Symbol('x') as never), /got a symbol$/],
    ['analyzeArticle(10n)', () => analyzeArticle(10n as never), /got a bigint \(10\)$/],
    ['analyzeArticle(function)', () => analyzeArticle((() => text) as never), /got a function$/],
    ['analyzeArticle(Buffer)', () => analyzeArticle(Buffer.from(text) as never), /article\.text must be a string, got undefined$/],
    ['analyzeArticle({ text: 5 })', () => analyzeArticle({ text: 5 } as never), /article\.text must be a string, got a number \(5\)$/],
    ['analyzeArticle({ text, source: 3 })', () => analyzeArticle({ text, source: 3 } as never), /article\.source must be a string, got a number \(3\)$/],
    ['analyzeArticle({ text, title: null })', () => analyzeArticle({ text, title: null } as never), /article\.title must be a string, got null$/],
    ['analyzeArticle(text, null)', () => analyzeArticle(text, null as never), /options must be an object, got null$/],
    ['analyzeArticle(text, [])', () => analyzeArticle(text, [] as never), /options must be an object, got an array$/],
    ['analyzeArticle(text, { maxlength })', () => analyzeArticle(text, { maxlength: 10 } as never), /unknown option "maxlength"; expected one of: maxLength, sides$/],
    ['analyzeArticle(text, { maxLength: NaN })', () => analyzeArticle(text, { maxLength: NaN }), /options\.maxLength must be a non-negative number, got a number \(NaN\)$/],
    ['analyzeArticle(text, { maxLength: "1e6" })', () => analyzeArticle(text, { maxLength: '1e6' } as never), /got a string \("1e6"\)$/],
    ['analyzeArticle(text, { sides: [] })', () => analyzeArticle(text, { sides: [] } as never), /options\.sides must be an object .*, got an array$/],
    ['analyzeArticle(text, { sides: { A: "x" } })', () => analyzeArticle(text, { sides: { A: 'x' } } as never), /options\.sides\["A"\] must be an array of strings, got a string \("x"\)$/],
    ['analyzeArticle(text, { sides: { A: [1] } })', () => analyzeArticle(text, { sides: { A: [1] } } as never), /must be an array of strings, got an array$/],
    ['buildProfiles(undefined)', () => buildProfiles(undefined as never), /buildProfiles\(analyses\) must be an array of analyses from analyzeArticle, got undefined$/],
    ['buildProfiles([null])', () => buildProfiles([null] as never), /analyses\[0\] must be an analysis from analyzeArticle, got null$/],
    ['buildProfiles([text])', () => buildProfiles([text] as never), /analyses\[0\] must be an analysis from analyzeArticle, got a string/],
    ['buildProfiles(a, { evidence: 1 })', () => buildProfiles([analysis], { evidence: 1 } as never), /options\.evidence must be a boolean, got a number \(1\)$/],
    ['buildProfiles(a, { topVoices: 2.5 })', () => buildProfiles([analysis], { topVoices: 2.5 }), /options\.topVoices must be a non-negative integer, got a number \(2\.5\)$/],
    ['buildProfiles(a, { top: 3 })', () => buildProfiles([analysis], { top: 3 } as never), /unknown option "top"; expected one of: evidence, topVoices$/],
    ['mergeProfiles("x", p)', () => mergeProfiles('x' as never, profiles), /mergeProfiles\(a\) must be an array of profiles from buildProfiles, got a string/],
    ['mergeProfiles(p, [1])', () => mergeProfiles(profiles, [1] as never), /mergeProfiles\(b\)\[0\] must be a profile from buildProfiles .*, got a number \(1\)$/],
    ['mergeProfiles(p, [{ counts }])', () => mergeProfiles(profiles, [{ counts: {} }] as never), /mergeProfiles\(b\)\[0\] must be a profile from buildProfiles .*, got an object$/],
    ['mergeProfiles(p, [{ …, counts: { words: "x" } }])', () => mergeProfiles(profiles, [{ ...profiles[0], counts: { ...profiles[0]?.counts, words: 'x' } }] as never), /mergeProfiles\(b\)\[0\]\.counts\.words must be a number, got a string \("x"\)$/],
    ['mergeProfiles(p, p, { evidnce })', () => mergeProfiles(profiles, profiles, { evidnce: true } as never), /unknown option "evidnce"/],
    ['groupStories({})', () => groupStories({} as never), /groupStories\(analyses\) must be an array of analyses from analyzeArticle, got an object$/],
    ['groupStories([1])', () => groupStories([1] as never), /analyses\[0\] must be an analysis from analyzeArticle, got a number \(1\)$/],
    ['groupStories(a, { threshold: 2 })', () => groupStories([analysis], { threshold: 2 }), /options\.threshold must be a number in \(0, 1\], got a number \(2\)$/],
    ['groupStories(a, { maxDays: "4" })', () => groupStories([analysis], { maxDays: '4' } as never), /options\.maxDays must be a number of days ≥ 0, got a string \("4"\)$/],
    ['groupStories(a, { treshold })', () => groupStories([analysis], { treshold: 0.2 } as never), /unknown groupStories option "treshold"; expected one of: threshold, maxDays$/],
    ['compareSources(null)', () => compareSources(null as never), /compareSources\(analyses\) must be an array of analyses from analyzeArticle, got null$/],
    ['compareSources(a, 5)', () => compareSources([analysis], 5 as never), /compareSources options must be an object, got a number \(5\)$/],
    ['compareSources(a, { minz })', () => compareSources([analysis], { minz: 2 } as never), /unknown compareSources option "minz"/],
    ['compareSources(a, { minZ: "2" })', () => compareSources([analysis], { minZ: '2' } as never), /options\.minZ must be a number, got a string \("2"\)$/],
    ['compareSources(a, { prior: 0 })', () => compareSources([analysis], { prior: 0 }), /options\.prior must be a positive number, got a number \(0\)$/],
    ['compareSources(a, { distinctiveTerms: -1 })', () => compareSources([analysis], { distinctiveTerms: -1 }), /options\.distinctiveTerms must be a non-negative integer, got a number \(-1\)$/],
    ['compareSources(a, { stories: [{ id: 1 }] })', () => compareSources([analysis], { stories: [{ id: 1 }] } as never), /options\.stories\[0\] must be an object \{ id: string, articleIds: string\[\] \}, got an object$/],
    ['compareSources(a, { grouping: { x } })', () => compareSources([analysis], { grouping: { x: 1 } } as never), /unknown options\.grouping key "x"; expected one of: threshold, maxDays$/],
    ['compareSources(a, { grouping: { threshold: 2 } })', () => compareSources([analysis], { grouping: { threshold: 2 } }), /options\.grouping\.threshold must be a number in \(0, 1\], got a number \(2\)$/],
    ['compareSources(a, { grouping: 3 })', () => compareSources([analysis], { grouping: 3 } as never), /options\.grouping must be an object, got a number \(3\)$/],
  ])('%s throws a TypeError that says what was expected and what came', (_call, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(CLEAR);
    expect(call).toThrow(message);
  });

  it('refuses a text over maxLength with a RangeError, before analysing it', () => {
    const huge = 'x '.repeat(5_000_000);
    const started = performance.now();
    expect(() => analyzeArticle(huge, { maxLength: 1_000_000 })).toThrow(RangeError);
    expect(() => analyzeArticle({ text: huge }, { maxLength: 1_000_000 })).toThrow(/^slant: the article is 10000000 characters long, over options\.maxLength \(1000000\)$/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('adversarial inputs finish (timings belong to scripts/bench-adversarial.ts)', () => {
  const corpusText = corpus().map((a) => a.text).join('\n\n');
  it.each<[string, () => string]>([
    ['a megabyte of words with no punctuation', () => 'the militia fighters attacked the base again '.repeat(23_000)],
    ['a megabyte of realistic articles in one text', () => `${corpusText}\n\n`.repeat(Math.ceil(1_000_000 / corpusText.length))],
    ['two megabytes of one reporting verb', () => 'said '.repeat(400_000)],
    ['deeply nested quotes', () => '“‘«„'.repeat(25_000) + 'x' + '“’»”'.repeat(25_000)],
    ['300,000 straight quote marks', () => '"'.repeat(300_000)],
    ['a megabyte of capitalised names', () => 'Popular Mobilisation Forces '.repeat(36_000)],
    ['200,000 of one emoji', () => '😡'.repeat(200_000)],
    ['spaces and apostrophes inside a quote', () => `He said “a${' ’'.repeat(200_000)} b.” Then he left.`],
    ['an unclosed <h1> before a run of <', () => `<html><h1>${'<'.repeat(200_000)}`],
    ['a byline of spaces', () => 'x'],
  ])('%s', (name, make) => {
    const text = make();
    const analysis = name === 'a byline of spaces' ? analyzeArticle({ text: 'The Pentagon said so.', byline: `Jane${'\t'.repeat(100_000)}Doe` }) : analyzeArticle(text);
    expect(badSpans(name === 'a byline of spaces' ? 'The Pentagon said so.' : text, analysis)).toEqual([]);
    expect(allSpans(analysis).length).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
