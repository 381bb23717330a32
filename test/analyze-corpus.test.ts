/**
 * `analyzeCorpus` and `profileCorpus` (`slant/node`): many articles on worker threads, results in
 * input order, errors named, the pool closed; profiles folded on the workers equal to one pass.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, buildProfiles, type ArticleInput, type ProfileOptions } from '../src/index.js';
import { analyzeCorpus, profileCorpus, readArticles, type CorpusInput, type CorpusResult } from '../src/node.js';
import { corpus, CORPUS_DIR } from './helpers.js';

const TIMEOUT = 60_000;

async function collect(results: AsyncIterable<CorpusResult>): Promise<CorpusResult[]> {
  const out: CorpusResult[] = [];
  for await (const result of results) out.push(result);
  return out;
}

/** The corpus articles as inputs, the longest first, so that later (shorter) ones finish first. */
function articles(): ArticleInput[] {
  return corpus()
    .map(({ id, outlet, date, text }) => ({ id, source: outlet, date, text }))
    .sort((a, b) => b.text.length - a.text.length);
}

describe('analyzeCorpus', () => {
  it.each([1, 2])('gives analyzeArticle\'s analyses, in input order (concurrency %i)', async (concurrency) => {
    const inputs = articles();
    const results = await collect(analyzeCorpus(inputs, { concurrency }));
    expect(results.map((r) => r.input)).toEqual(inputs.map((a) => a.id));
    expect(results).toEqual(inputs.map((a) => ({ input: a.id, analysis: analyzeArticle(a) })));
  }, TIMEOUT);

  it('names a bad input, gives its reason, and analyses the rest', async () => {
    const [first, second] = articles() as [ArticleInput, ArticleInput];
    const inputs = [first, { text: 42 }, 'A plain text. "We are ready," the minister said.', { id: 'x', text: 'Too long for the limit.' }, second] as unknown as CorpusInput[];
    const results = await collect(analyzeCorpus(inputs, { concurrency: 2, maxLength: 20_000 }));
    expect(results.map((r) => ('error' in r ? ['error', r.error] : ['analysis', r.input]))).toEqual([
      ['analysis', first.id],
      ['error', { input: 'inputs[1]', reason: 'analysis failed: article.text must be a string, got a number (42)' }],
      ['analysis', 'inputs[2]'],
      ['analysis', 'x'],
      ['analysis', second.id],
    ]);
    expect(results.filter((r) => 'analysis' in r)).toHaveLength(4);
  }, TIMEOUT);

  it('refuses an article over maxLength on the worker, with the RangeError\'s message', async () => {
    const results = await collect(analyzeCorpus([{ id: 'long', text: 'word '.repeat(100) }, 'short'], { concurrency: 2, maxLength: 50 }));
    expect(results[0]).toEqual({ input: 'long', error: { input: 'long', reason: 'analysis failed: the article is 500 characters long, over options.maxLength (50)' } });
    expect(results[1]).toMatchObject({ input: 'inputs[1]', analysis: { words: 1 } });
  }, TIMEOUT);

  it('takes an async iterable, and readArticles\' records: their errors passed through, their inputs kept', async () => {
    async function* inputs(): AsyncGenerator<CorpusInput> {
      yield* readArticles([CORPUS_DIR, 'no-such-file.txt']);
      yield 'One more article, from a generator.';
    }
    const results = await collect(analyzeCorpus(inputs(), { concurrency: 2 }));
    expect(results).toHaveLength(7);
    expect(results.slice(0, 5).map((r) => ('analysis' in r ? r.analysis.id : r.error))).toEqual(corpus().map((a) => a.id));
    expect(results[0]!.input).toMatch(/corpus\/000_\w+\.txt$/);
    expect(results[5]).toEqual({ input: 'no-such-file.txt', error: { input: 'no-such-file.txt', reason: 'no such file or folder' } });
    expect(results[6]).toMatchObject({ input: 'inputs[6]', analysis: { words: 6 } });
  }, TIMEOUT);

  it('reads ahead a bounded window of inputs, and closes the source when the caller stops early', async () => {
    let pulled = 0;
    let closed = false;
    function* inputs(): Generator<string> {
      try {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield `Article ${i}. "It is number ${i}," the editor said.`;
        }
      } finally {
        closed = true;
      }
    }
    for await (const result of analyzeCorpus(inputs(), { concurrency: 2 })) {
      expect(result).toMatchObject({ input: 'inputs[0]' });
      break;
    }
    expect(pulled).toBeLessThanOrEqual(2 * 4);
    expect(closed).toBe(true);
  }, TIMEOUT);

  it.each<[unknown, unknown, RegExp]>([
    ['corpus', {}, /^slant: analyzeCorpus\(inputs\) must be an iterable or async iterable of articles .*got a string \("corpus"\)$/],
    [42, {}, /^slant: analyzeCorpus\(inputs\) must be an iterable/],
    [[], null, /^slant: analyzeCorpus\(inputs, options\) must be an object, got null$/],
    [[], { concurrency: 0 }, /^slant: options.concurrency must be a positive integer, got a number \(0\)$/],
    [[], { concurrency: 1.5 }, /^slant: options.concurrency must be a positive integer/],
    [['text'], { concurrency: 1, sides: 3 }, /^slant: options.sides must be an object/],
    [['text'], { concurrency: 2, sides: 3 }, /^slant: options.sides must be an object/],
    [['text'], { concurrency: 2, colour: 'red' }, /^slant: unknown analyzeCorpus option "colour"; expected one of: concurrency, workerHeapMb, maxLength, sides$/],
    [[], { workerHeapMb: 0 }, /^slant: options.workerHeapMb must be a positive integer \(MB\), got a number \(0\)$/],
  ])('throws a TypeError from the first next() for inputs %j, options %j', async (inputs, options, message) => {
    const results = analyzeCorpus(inputs as CorpusInput[], options as never);
    await expect(results.next()).rejects.toThrow(TypeError);
    await expect(analyzeCorpus(inputs as CorpusInput[], options as never).next()).rejects.toThrow(message);
  }, TIMEOUT);
});

/** slant's worker, as analyzeCorpus starts it, with a heap of `heapMb`, analysing `text`: resolves with its error's code. */
async function analyseOnSmallHeap(text: string, heapMb: number): Promise<unknown> {
  const filename = join(import.meta.dirname, '..', 'src', 'worker.ts');
  const pool = new Piscina({ filename, maxThreads: 1, execArgv: ['--import', 'tsx'], workerData: { options: {}, profileOptions: {} }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  try {
    await pool.run(text);
    return 'analysed';
  } catch (error) {
    return (error as { code?: unknown }).code;
  } finally {
    await pool.destroy();
  }
}

describe('workerHeapMb', () => {
  // A worker heap in which slant loads and analyses the corpus articles but not the big one. Under
  // tsx a worker needs about 31 MB to load (a 31 MB worker failed about as often as it passed after the
  // learned content-end model was added, and 32 MB failed under load): 40 leaves room.
  const heapMb = 40;
  // An article whose analysis does not fit in that heap (about 240 KB of text).
  const [first, second] = articles() as [ArticleInput, ArticleInput];
  const big: ArticleInput = { id: 'big', source: first.source ?? 'x', text: Array.from({ length: 100 }, () => first.text).join('\n\n') };
  const inputs = [second, big, first];

  it('is too small for the big article on a worker of its own', async () => {
    await expect(analyseOnSmallHeap(big.text, heapMb)).resolves.toBe('ERR_WORKER_OUT_OF_MEMORY');
  }, TIMEOUT);

  it('never loses an article: one that does not fit is analysed again on the calling thread', async () => {
    const results = await collect(analyzeCorpus(inputs, { concurrency: 2, workerHeapMb: heapMb }));
    expect(results).toEqual(inputs.map((a) => ({ input: a.id, analysis: analyzeArticle(a) })));
  }, TIMEOUT);

  it('runs in a process started with V8 heap options, which worker threads refuse', async () => {
    const node = pathToFileURL(join(import.meta.dirname, '..', 'src', 'node.ts')).href;
    const code = `const { analyzeCorpus } = await import('${node}');
      for await (const r of analyzeCorpus(['One. "Two," she said.', 'Three.'], { concurrency: 2 })) console.log('error' in r ? r.error.reason : r.analysis.quotes.length);`;
    const run = spawnSync(process.execPath, ['--max-old-space-size=300', '--stack-size=900', '--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
    expect([run.stderr, run.stdout]).toEqual(['', '1\n0\n']);
  }, TIMEOUT);

  it('never loses an article in profileCorpus: the batch is done again on the calling thread', async () => {
    const expected = buildProfiles(inputs.map((a) => analyzeArticle(a)));
    const { profiles, analysed, errors } = await profileCorpus(inputs, { concurrency: 2, workerHeapMb: heapMb });
    expect([analysed, errors]).toEqual([3, []]);
    expect(JSON.stringify(profiles)).toBe(JSON.stringify(expected));
  }, TIMEOUT);
});

/** The corpus repeated `times` times, each copy with ids of its own, the copies' articles in another order each time. */
function repeated(times: number): ArticleInput[] {
  const base = articles();
  return Array.from({ length: times }, (_, k) => base.map((a, i) => ({ ...(base[(i + k) % base.length] as ArticleInput), id: `${a.id}#${k}` }))).flat();
}

describe('profileCorpus', () => {
  it.each<[number, ProfileOptions]>([
    [1, {}],
    [2, {}],
    [1, { evidence: false, topVoices: 3 }],
    [2, { evidence: false, topVoices: 3 }],
  ])('equals buildProfiles over a single-threaded run\'s analyses, in input order, to the byte (concurrency %i, options %j)', async (concurrency, options) => {
    const inputs = repeated(9);
    const expected = buildProfiles(inputs.map((a) => analyzeArticle(a)), options);
    const { profiles, analysed, errors } = await profileCorpus(inputs, { concurrency, ...options });
    expect(analysed).toBe(inputs.length);
    expect(errors).toEqual([]);
    expect(profiles).toEqual(expected);
    expect(JSON.stringify(profiles)).toBe(JSON.stringify(expected));
  }, TIMEOUT);

  it.each([1, 2])('names each bad input, in input order, and profiles the rest: analysed + errors = inputs (concurrency %i)', async (concurrency) => {
    const [first, second] = articles() as [ArticleInput, ArticleInput];
    const plain = 'A plain text. "We are ready," the minister said.';
    async function* inputs(): AsyncGenerator<CorpusInput> {
      yield first;
      yield { text: 42 } as unknown as CorpusInput;
      yield* readArticles(['no-such-file.txt']);
      yield plain;
      yield second;
    }
    const { profiles, analysed, errors } = await profileCorpus(inputs(), { concurrency });
    expect(analysed).toBe(3);
    expect(errors).toEqual([
      { input: 'inputs[1]', reason: 'analysis failed: article.text must be a string, got a number (42)' },
      { input: 'no-such-file.txt', reason: 'no such file or folder' },
    ]);
    expect(profiles).toEqual(buildProfiles([first, plain, second].map((a) => analyzeArticle(a))));
  }, TIMEOUT);

  it('refuses an article over maxLength on the worker, naming it, and profiles the others', async () => {
    const { analysed, errors } = await profileCorpus([{ id: 'long', text: 'word '.repeat(100) }, 'short'], { concurrency: 2, maxLength: 50 });
    expect(analysed).toBe(1);
    expect(errors).toEqual([{ input: 'long', reason: 'analysis failed: the article is 500 characters long, over options.maxLength (50)' }]);
  }, TIMEOUT);

  it('profiles nothing from no inputs', async () => {
    await expect(profileCorpus([], { concurrency: 2 })).resolves.toEqual({ profiles: [], analysed: 0, errors: [] });
  }, TIMEOUT);

  it.each<[unknown, unknown, RegExp]>([
    ['corpus', {}, /^slant: profileCorpus\(inputs\) must be an iterable or async iterable of articles .*got a string \("corpus"\)$/],
    [[], null, /^slant: profileCorpus\(inputs, options\) must be an object, got null$/],
    [[], { concurrency: 0 }, /^slant: options.concurrency must be a positive integer, got a number \(0\)$/],
    [[], { evidence: 'yes' }, /^slant: options.evidence must be a boolean, got a string \("yes"\)$/],
    [[], { topVoices: -1 }, /^slant: options.topVoices must be a non-negative integer/],
    [['text'], { concurrency: 2, sides: 3 }, /^slant: options.sides must be an object/],
    [['text'], { concurrency: 2, colour: 'red' }, /^slant: unknown profileCorpus option "colour"; expected one of: concurrency, workerHeapMb, maxLength, sides, evidence, topVoices$/],
  ])('rejects with a TypeError for inputs %j, options %j', async (inputs, options, message) => {
    await expect(profileCorpus(inputs as CorpusInput[], options as never)).rejects.toThrow(TypeError);
    await expect(profileCorpus(inputs as CorpusInput[], options as never)).rejects.toThrow(message);
  }, TIMEOUT);
});
