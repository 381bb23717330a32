/** Comparisons for the report tests: the corpus fixture, and a hostile one whose every name is markup or an Object.prototype key. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceProfile } from '../src/index.js';
import type { Comparison, StoryComparison } from '../src/types.js';
import { corpus } from './helpers.js';

/**
 * The corpus comparison (test/fixtures/comparison.json, written by scripts/report-fixture.ts):
 * The National, BBC News, American Military News and The Jerusalem Post on the June 2021 strikes,
 * and The Independent alone on the December 2019 strikes.
 */
export function corpusComparison(): Comparison {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'comparison.json'), 'utf8')) as Comparison;
}

/** The corpus texts by article id, for `options.texts`. */
export function corpusTexts(): Record<string, string> {
  return Object.fromEntries(corpus().map((a) => [a.id, a.text]));
}

/** Strings that would run a script if they reached the page as markup; each sets `window.__pwned`. */
export const XSS = {
  script: '<script>window.__pwned = 1</script>',
  img: '"><img src=x onerror="window.__pwned=2">',
  svg: "'><svg onload=window.__pwned=3>",
  story: '<script>window.__pwned = 4</script>',
  title: '</title><script>window.__pwned = 5</script>',
};

/** The hostile article: markup in its words, and `__proto__` as a word. */
export const HOSTILE_TEXT = `The militia said ${XSS.script} was posted.\n\nThen ${XSS.img} appeared. A spokesman for __proto__ said the constructor of the plan was toString.`;

const own = <T>(entries: Array<[string, T]>): Record<string, T> => Object.fromEntries(entries);

/** A profile with the counts and figures the report reads; record keys are own properties even when named `__proto__`. */
function profile(source: string, article: string, sides: Array<[string, number]>, cues: Array<[string, Array<[string, number]>]>, frames: Array<[string, number]>): SourceProfile {
  const quotedWords = sides.reduce((s, [, w]) => s + w, 0);
  return {
    source,
    articles: [article],
    dates: { first: '2024-01-02', last: '2024-01-02' },
    counts: {
      articles: 1, words: 400, voiceWords: { own: 300, quoted: 100 }, quotes: 4, direct: 2, indirect: 2, quotedWords,
      byType: {}, bySide: own(sides.map(([s, w]) => [s, { quotes: 1, words: w }])), anonymous: { quotes: 0, words: 0 }, relayed: 0, accordingTo: 0,
      firstSide: {}, lastSide: {}, cueClasses: {}, cueClassesBySide: own(cues.map(([s, c]) => [s, own(c)])),
      wording: { own: {}, quoted: {} }, sentiment: { own: 0, quoted: 0 }, labels: {}, frames: {}, voices: {},
    },
    figures: {
      quotesPer1000Words: 10, directShare: 0.5, indirectShare: 0.5, anonymousShare: 0, relayedShare: 0, accordingToPer1000Words: 0,
      wordShareByType: {}, wordShareBySide: own(sides.map(([s, w]) => [s, quotedWords > 0 ? w / quotedWords : 0])), quoteShareByType: {}, quoteShareBySide: {},
      firstSideShare: {}, lastSideShare: {}, cueClassShare: {}, cueClassShareBySide: {}, wordingRates: { own: {}, quoted: {} }, sentiment: { own: 0, quoted: 0 },
      frames: own(frames), topVoices: [],
    },
    evidence: {},
  };
}

const at = (needle: string): { start: number; end: number; text: string } => {
  const start = HOSTILE_TEXT.indexOf(needle);
  if (start < 0) throw new Error(`not in the hostile text: ${needle}`);
  return { start, end: start + needle.length, text: needle };
};

/**
 * A comparison built to break a careless renderer: outlets named `__proto__`, `constructor` and
 * markup, sides named `toString`, `__proto__` and `hasOwnProperty`, a label target `constructor`,
 * terms and sentences that are script tags, and a story id that is one.
 */
export function hostileComparison(): Comparison {
  const sources = ['__proto__', 'constructor', XSS.script, XSS.img];
  const sides = ['__proto__', 'hasOwnProperty', 'toString', 'unassigned'];
  const profiles = [
    profile(sources[0]!, 'a0', [['__proto__', 30], ['toString', 10]], [['__proto__', [['neutral', 2], ['constructor', 1]]]], [['__proto__', 12.5], ['constructor', 4]]),
    profile(sources[1]!, 'a1', [['hasOwnProperty', 20], ['unassigned', 20]], [['toString', [['distancing', 1]]]], [['constructor', 8]]),
    profile(sources[2]!, 'a2', [], [], [[XSS.svg, 2]]),
    profile(sources[3]!, 'a3', [['toString', 5]], [['hasOwnProperty', [['neutral', 1]]]], [['__proto__', 1]]),
  ];
  const story: StoryComparison = {
    story: { id: XSS.story, articleIds: ['a0', 'a1', 'a2', 'a3'], sources, dates: { first: '2024-01-02', last: '2024-01-03' }, terms: ['__proto__', XSS.svg] },
    sources,
    profiles,
    figures: [
      { figure: 'wordShareBySide.__proto__', values: [0.75, 0, 0, 0], spread: 0.75 },
      { figure: 'wordShareBySide.constructor', values: [0, 0.5, 0, 0.25], spread: 0.5 },
      { figure: `frames.${XSS.script}`, values: [1, 2, 3, 4], spread: 3 },
    ],
    distinctive: [
      [{ term: '__proto__', count: 3, others: 0, logOdds: 1.2, z: 2.5, evidence: [{ article: 'a0', span: at('__proto__') }] }],
      [{ term: 'constructor', count: 2, others: 0, logOdds: 1, z: 1.9, evidence: [{ article: 'a1', span: at('constructor') }] }],
      [{ term: XSS.script, count: 1, others: 0, logOdds: 0.8, z: 1.7, evidence: [{ article: 'a2', span: at(XSS.script) }] }],
      [{ term: XSS.img, count: 1, others: 0, logOdds: 0.8, z: 1.6, evidence: [{ article: 'a3', span: at(XSS.img) }] }],
    ],
    labels: [
      {
        target: 'constructor',
        kind: 'actor',
        bySource: [[{ text: '__proto__', count: 2, lean: -0.5, evidence: [] }], [{ text: XSS.script, count: 1, lean: 0.5, evidence: [] }], [], [{ text: 'toString', count: 1, lean: 0, evidence: [] }]],
        outlets: 3,
        distinct: 3,
      },
    ],
    voiceBalance: {
      sides,
      shares: [
        [0.75, 0, 0.25, 0],
        [0, 0.5, 0, 0.5],
        [0, 0, 0, 0],
        [0, 0, 1, 0],
      ],
      pairs: [
        { a: sources[0]!, b: sources[1]!, divergence: 1 },
        { a: sources[0]!, b: sources[3]!, divergence: 0.5 },
        { a: sources[1]!, b: sources[3]!, divergence: 1 },
      ],
      fromStory: [0.4, 0.6, null, 0.5],
    },
    omissions: [
      {
        terms: ['script', 'militia'],
        reportedBy: [
          { article: 'a0', source: sources[0]!, sentence: at(`The militia said ${XSS.script} was posted.`) },
          { article: 'a2', source: sources[2]!, sentence: at(`The militia said ${XSS.script} was posted.`) },
        ],
        missingFrom: ['a1', 'a3'],
        missingSources: [sources[1]!, sources[3]!],
      },
    ],
  };
  return { stories: [story], profiles };
}

/** Texts for the hostile comparison's articles (all four quote the same hostile text). */
export function hostileTexts(): Map<string, string> {
  return new Map(['a0', 'a1', 'a2', 'a3'].map((id) => [id, HOSTILE_TEXT]));
}
