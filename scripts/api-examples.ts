/**
 * The README's "API reference" examples: real inputs through the main functions, and their real
 * output, abridged. Each example's code is shown in the README exactly as it is run here, so
 * input and output cannot drift apart: `npm run readme` writes them (scripts/readme.ts), and
 * test/readme.test.ts fails when they are stale. Run from the repository root.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as slant from '../src/index.js';
import * as slantNode from '../src/node.js';

const ROOT = join(import.meta.dirname, '..');

/** One example: code shown and run, the variable whose value is shown, and how it is abridged. */
interface Example {
  heading: string;
  /** What the example shows, before its code. */
  intro: string;
  /** The imports, shown only: the functions are passed in when the code runs. */
  imports: string;
  /** JavaScript (and so TypeScript) statements: shown as they are, then run. */
  code: string;
  /** The variable whose value is shown. */
  show: string;
  /** Says what was left out, after the name of the variable shown. */
  abridged: string;
  /** Abridges the value for the README. */
  abridge: (value: never) => unknown;
  /** `json` (default), or `markdown` for a string shown as it is. */
  lang?: 'json' | 'markdown';
}

// ---------------------------------------------------------------------------------------------
// Abridging

/** `…` and how many items were left out, as an array item. */
const more = (n: number): string[] => (n > 0 ? [`… ${n} more`] : []);
/** The first `n` items of a list, then how many more there are. */
function first<T, U>(list: readonly T[], n: number, map: (item: T) => U): Array<U | string> {
  return [...list.slice(0, n).map(map), ...more(list.length - n)];
}
/** A number to three decimals (figures are floats; three decimals say what they are). */
const round = (x: number): number => Math.round(x * 1000) / 1000;
/** Every number in a value to three decimals. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return round(value);
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}
/** A long text cut to `n` characters. */
const cut = (text: string, n = 80): string => (text.length > n ? `${text.slice(0, n)}…` : text);
const spanText = (span: slant.Span | undefined): string | undefined => span?.text;

// ---------------------------------------------------------------------------------------------
// The examples

const ARTICLE = `Iran-backed militias in Iraq vow revenge after lethal US air strikes

Pentagon spokesman John Kirby said the US forces “conducted defensive precision air strikes against facilities used by Iran-backed militia groups in the Iraq-Syria border region”.

“We are fully prepared and at the disposal of the General Command to retaliate,” said Ahmed Al Maksosi, the leader of the Kataib Sayyid Al Shuhada’s 14th Brigade.

Two militia leaders, speaking on condition of anonymity, confirmed to The National that four Iraqi fighters were killed in the attacks that occurred at 2am.`;

/** The analyses the corpus examples start from. */
const SETUP = `const articles = await loadCorpus('corpus');
const analyses = articles.map((a) => analyzeArticle(a));`;

const EXAMPLES: Example[] = [
  {
    heading: 'analyzeArticle',
    intro: 'One article (sentences from The National’s report in `corpus/`), with its outlet and date, and the sides to sort its voices into:',
    imports: "import { analyzeArticle } from 'slant';",
    code: `const text = \`${ARTICLE}\`;

const analysis = analyzeArticle(
  { text, source: 'The National', date: '2021-06-28' },
  { sides: { 'US government': ['Pentagon'], 'Iran-aligned militias': ['militia', 'Kataib'] } },
);`,
    show: 'analysis',
    abridged: 'spans shown as their text; `paragraphs`, `sentences`, `removed`, `wording.rates` and `wording.sentiment.sentences` left out; the frames with a score only',
    abridge: (a: slant.ArticleAnalysis) => ({
      id: a.id,
      source: a.source,
      title: { value: a.title?.value, from: a.title?.from },
      date: { value: a.date?.value, from: a.date?.from },
      format: a.format,
      words: a.words,
      language: rounded(a.language),
      quotes: a.quotes.map((q) => ({
        kind: q.kind,
        content: cut(q.content.text, 60),
        cue: spanText(q.cue),
        cueClass: q.cueClass,
        source: spanText(q.source),
        speaker: q.speaker?.name,
      })),
      voices: a.voices.map((v) => ({ name: v.name, type: v.type, role: v.role, side: v.side, anonymous: v.anonymous, relayedBy: v.relayedBy, quotes: v.quotes, words: v.words, share: round(v.share) })),
      wording: {
        findings: a.wording.findings.map((f) => ({ ruleId: f.ruleId, span: f.span.text, voice: f.voice, loaded: f.loaded })),
        sentiment: { own: rounded(a.wording.sentiment.own), quoted: rounded(a.wording.sentiment.quoted) },
      },
      labels: a.labels.map((l) => ({ span: l.span.text, target: l.target, lean: round(l.lean), voice: l.voice })),
      frames: Object.fromEntries(
        Object.entries(a.frames)
          .filter(([, f]) => f.score > 0)
          .map(([name, f]) => [name, { score: round(f.score), share: round(f.share), terms: f.findings.map((x) => x.span.text) }]),
      ),
      warnings: a.warnings,
    }),
  },
  {
    heading: 'buildProfiles',
    intro: 'Per-outlet profiles of the five articles in `corpus/`:',
    imports: "import { analyzeArticle, buildProfiles } from 'slant';\nimport { loadCorpus } from 'slant/node';",
    code: `${SETUP}
const profiles = buildProfiles(analyses);`,
    show: 'profiles',
    abridged: 'the first profile; of its counts and figures a few, of its evidence the number of spans behind each key and the first one',
    abridge: (profiles: slant.SourceProfile[]) =>
      first(profiles, 1, (p) => ({
        source: p.source,
        articles: p.articles,
        dates: p.dates,
        counts: { articles: p.counts.articles, words: p.counts.words, quotes: p.counts.quotes, direct: p.counts.direct, indirect: p.counts.indirect, bySide: p.counts.bySide, cueClasses: p.counts.cueClasses },
        figures: rounded({
          quotesPer1000Words: p.figures.quotesPer1000Words,
          directShare: p.figures.directShare,
          anonymousShare: p.figures.anonymousShare,
          wordShareBySide: p.figures.wordShareBySide,
          cueClassShareBySide: p.figures.cueClassShareBySide,
          wordingRates: { own: { loaded: p.figures.wordingRates.own['loaded'], hedge: p.figures.wordingRates.own['hedge'] } },
          topVoices: p.figures.topVoices.slice(0, 2),
        }),
        evidence: Object.fromEntries([
          ...Object.entries(p.evidence)
            .slice(0, 4)
            .map(([key, refs]) => [key, [...first(refs, 1, (r) => ({ article: r.article, span: cut(r.span.text, 60) }))]]),
          ...(Object.keys(p.evidence).length > 4 ? [[`… ${Object.keys(p.evidence).length - 4} more keys`, []]] : []),
        ]),
      })),
  },
  {
    heading: 'groupStories',
    intro: 'The same five analyses grouped into stories (the articles that report the same event):',
    imports: "import { analyzeArticle, groupStories } from 'slant';\nimport { loadCorpus } from 'slant/node';",
    code: `${SETUP}
const stories = groupStories(analyses);`,
    show: 'stories',
    abridged: 'in full',
    abridge: (stories: slant.Story[]) => stories,
  },
  {
    heading: 'compareSources',
    intro: 'The outlets compared inside each story:',
    imports: "import { analyzeArticle, compareSources } from 'slant';\nimport { loadCorpus } from 'slant/node';",
    code: `${SETUP}
const comparison = compareSources(analyses);`,
    show: 'comparison',
    abridged: 'the first story; its per-outlet profiles left out, and of each list the first items',
    abridge: (c: slant.Comparison) => ({
      stories: first(c.stories, 1, (s) => ({
        story: { id: s.story.id, articleIds: s.story.articleIds },
        sources: s.sources,
        figures: first(s.figures, 3, (f) => rounded({ figure: f.figure, values: f.values, spread: f.spread })),
        distinctive: s.distinctive.map((terms) => first(terms, 2, (t) => ({ term: t.term, count: t.count, others: t.others, z: round(t.z) }))),
        labels: first(s.labels, 1, (l) => ({
          target: l.target,
          kind: l.kind,
          bySource: l.bySource.map((choices) => first(choices, 1, (x) => ({ text: x.text, count: x.count, lean: round(x.lean) }))),
          outlets: l.outlets,
          distinct: l.distinct,
        })),
        voiceBalance: rounded(s.voiceBalance),
        omissions: first(s.omissions, 1, (o) => ({
          terms: o.terms,
          reportedBy: o.reportedBy.map((r) => ({ source: r.source, sentence: cut(r.sentence.text) })),
          missingSources: o.missingSources,
        })),
      })),
      profiles: `… ${c.profiles.length} profiles, one per outlet over all its articles`,
    }),
  },
  {
    heading: 'renderReport',
    intro: 'The comparison as a markdown report (`format: \'html\'`, the default, gives a self-contained page with charts):',
    imports: "import { analyzeArticle, compareSources, renderReport } from 'slant';\nimport { loadCorpus } from 'slant/node';",
    code: `${SETUP}
const markdown = renderReport(compareSources(analyses), { format: 'markdown', title: 'US strikes, June 2021' });`,
    show: 'markdown',
    abridged: 'its first 14 lines',
    lang: 'markdown',
    abridge: (markdown: string) => {
      const lines = markdown.split('\n');
      return [...lines.slice(0, 14), `… ${lines.length - 14} more lines`].join('\n');
    },
  },
  {
    heading: 'analyzeCorpus',
    intro: 'A corpus analysed on two worker threads, read as it goes (`readArticles` takes folders, manifests, article files, JSONL and `-`); a missing input gives an error record, not an exception. Each worker\'s heap is capped (`workerHeapMb`, default 192 MB: V8 would let it grow to several times what it holds alive), and an article that does not fit is analysed again on the calling thread:',
    imports: "import { analyzeCorpus, readArticles } from 'slant/node';",
    code: `const results = [];
for await (const result of analyzeCorpus(readArticles(['corpus', 'missing.txt']), { concurrency: 2 })) {
  results.push(result);
}`,
    show: 'results',
    abridged: 'of each analysis its id, source and word count',
    abridge: (results: slantNode.CorpusResult[]) =>
      results.map((r) =>
        'error' in r
          ? r
          : { input: r.input, analysis: { id: r.analysis.id, source: r.analysis.source, words: r.analysis.words } },
      ),
  },
  {
    heading: 'profileCorpus',
    intro: 'Profiles of a corpus too large to keep its analyses: each worker folds the articles it analyses into profiles and sends back only those, merged in input order (the same profiles as `buildProfiles` over every analysis); bad inputs are counted and named:',
    imports: "import { profileCorpus, readArticles } from 'slant/node';",
    code: `const result = await profileCorpus(readArticles(['corpus', 'missing.txt']), { concurrency: 2, evidence: false });`,
    show: 'result',
    abridged: 'of each profile its outlet and article count',
    abridge: (result: Awaited<ReturnType<typeof slantNode.profileCorpus>>) => ({
      analysed: result.analysed,
      errors: result.errors,
      profiles: result.profiles.map((p) => ({ source: p.source, articles: p.counts.articles })),
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// Running and printing

/** `undefined` properties out, as JSON would. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

/** JSON on one line, with a space after `,` and `:` and inside braces. */
function flatJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flatJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${flatJson(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** JSON, each value on one line when it fits in `width` characters (indent included), else broken over lines. */
export function compactJson(value: unknown, indent = '', width = 120): string {
  const flat = flatJson(value);
  if (indent.length + flat.length <= width || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((v) => inner + compactJson(v, inner, width))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, width)}`);
  return Array.isArray(value) ? `[\n${lines.join(',\n')}\n${indent}]` : `{\n${lines.join(',\n')}\n${indent}}`;
}

type Run = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => Run;

/** Runs an example's code with slant's functions in scope and returns the value it shows. */
async function run(example: Example): Promise<unknown> {
  const names = { ...slant, ...slantNode };
  const fn = new AsyncFunction(...Object.keys(names), `${example.code}\nreturn ${example.show};`);
  return fn(...Object.values(names));
}

/** The README's API examples, as markdown. */
export async function apiExamples(): Promise<string> {
  if (!existsSync('corpus/manifest.json') || join(process.cwd()) !== ROOT) throw new Error(`run from the repository root (${ROOT}): the examples read ./corpus`);
  const parts: string[] = [];
  for (const example of EXAMPLES) {
    const value = (example.abridge as (v: unknown) => unknown)(await run(example));
    const output = example.lang === 'markdown' ? String(value) : compactJson(plain(value));
    parts.push(
      `### ${example.heading}`,
      '',
      example.intro,
      '',
      '```ts',
      `${example.imports}\n\n${example.code}`,
      '```',
      '',
      `\`${example.show}\` (abridged: ${example.abridged}):`,
      '',
      example.lang === 'markdown' ? '````markdown' : '```json',
      output,
      example.lang === 'markdown' ? '````' : '```',
      '',
    );
  }
  return parts.join('\n').trimEnd();
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  console.log(await apiExamples());
}
