/** `slant/node`: loading a corpus folder or manifest, reading articles from any inputs, and the `slant describe` command. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import * as node from '../src/node.js';
import { countArticles, loadCorpus, readArticles, readManifest, type ArticleRecord } from '../src/node.js';
import { CORPUS_DIR } from './helpers.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'slant-node-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('loads the bundled corpus from its folder, with outlet, date and story from the manifest', async () => {
    const articles = await loadCorpus(CORPUS_DIR);
    expect(articles.map((a) => [a.id, a.source, a.date, a.story])).toEqual([
      ['the-national-2021-06-28', 'The National', '2021-06-28', 'us-strikes-iraq-syria-2021-06'],
      ['bbc-2021-06-28', 'BBC News', '2021-06-28', 'us-strikes-iraq-syria-2021-06'],
      ['independent-2019-12-30', 'The Independent', '2019-12-30', 'us-strikes-kataib-hezbollah-2019-12'],
      ['american-military-news-2021-06-28', 'American Military News', '2021-06-28', 'us-strikes-iraq-syria-2021-06'],
      ['jerusalem-post-2021-06-28', 'The Jerusalem Post', '2021-06-28', 'us-strikes-iraq-syria-2021-06'],
    ]);
    expect(articles[0]?.text.startsWith('| 20 May 2024, Monday |')).toBe(true);
  });

  it('loads the same from the manifest file, and the articles go straight into analyzeArticle', async () => {
    const articles = await loadCorpus(join(CORPUS_DIR, 'manifest.json'));
    expect(articles).toHaveLength(5);
    const analysis = analyzeArticle(articles[1]!);
    expect(analysis).toMatchObject({ id: 'bbc-2021-06-28', source: 'BBC News', date: { value: '2021-06-28', from: 'input' } });
  });

  it('loads a folder without a manifest: article files by name, the file name as id', async () => {
    const dir = join(scratch, 'plain');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir));
    await writeFile(join(dir, 'b.txt'), 'Second article.');
    await writeFile(join(dir, 'a.html'), '<p>First article.</p>');
    await writeFile(join(dir, 'notes.json'), '{}');
    const articles = await loadCorpus(dir);
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ['a', '<p>First article.</p>'],
      ['b', 'Second article.'],
    ]);
  });

  it.each([
    ['{"articles": [{"file": "a.txt"}]}', /articles\[0\]\.id must be a non-empty string, got undefined/],
    ['{"articles": {}}', /must be an object with an "articles" array, got an object/],
    ['{"articles": [{"id": "a", "file": "a.txt", "date": 2021}]}', /articles\[0\]\.date must be a string, got a number \(2021\)/],
    ['{not json', /is not valid JSON/],
  ])('refuses a bad manifest %s with a message naming the problem', async (json, message) => {
    const path = join(scratch, `bad-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(path, json);
    await expect(readManifest(path)).rejects.toThrow(message);
  });

  it('refuses a path that is not a string', async () => {
    await expect(loadCorpus(42 as never)).rejects.toThrow(/^slant: the corpus path must be a path to a folder or a manifest file, got a number \(42\)$/);
  });
});

/** Every record of `readArticles`, as `[input, id]` for articles and `[input, reason]` for errors. */
async function read(paths: string | string[], stdin?: string): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  const options = stdin === undefined ? {} : { stdin: Readable.from([stdin]) };
  for await (const r of readArticles(paths, options)) out.push('error' in r ? [r.error.input, r.error.reason] : [r.input, r.article.id]);
  return out;
}

describe('readArticles', () => {
  it('is exported from slant/node with loadCorpus, readManifest and countArticles', () => {
    expect(Object.keys(node).sort()).toEqual(['analyzeCorpus', 'countArticles', 'loadCorpus', 'profileCorpus', 'readArticles', 'readManifest']);
  });

  it('yields the same articles as loadCorpus for the bundled corpus, each with the path it came from', async () => {
    const records: ArticleRecord[] = [];
    for await (const r of readArticles(CORPUS_DIR)) records.push(r);
    const loaded = await loadCorpus(CORPUS_DIR);
    expect(records.map((r) => ('article' in r ? r.article : r))).toEqual(loaded);
    expect(records[0]?.input).toBe(join(CORPUS_DIR, '000_c6aca0b8f72340ec.txt'));
  });

  it('reads JSONL line by line: fields, default ids, blank lines, a byte order mark, CRLF, bad lines', async () => {
    const path = join(scratch, 'mixed.jsonl');
    await writeFile(
      path,
      [
        '\uFEFF{"id":"a","text":"One.","outlet":"Daily A","date":"2024-01-02","title":"T","byline":"By Jo","url":"https://x.test/a","story":"s1","bias":"left"}',
        '',
        '{"text":"Two.","source":"Daily B","outlet":"ignored","date":"","title":null}',
        '{"id":42,"text":"Three."}',
        '{"id":"b","text":',
        '[1, 2]',
        '{"id":"c","body":"no text"}',
        '{"id":"d","text":"Four.","date":20240102}',
        '{"id":{"x":1},"text":"Five."}',
      ].join('\r\n'),
    );
    const records: ArticleRecord[] = [];
    for await (const r of readArticles(path)) records.push(r);
    expect(records.map((r) => ('error' in r ? r.error : { input: r.input, ...r.article, text: undefined }))).toEqual([
      { input: `${path}:1`, id: 'a', text: undefined, file: path, line: 1, source: 'Daily A', date: '2024-01-02', title: 'T', byline: 'By Jo', url: 'https://x.test/a', story: 's1' },
      { input: `${path}:3`, id: 'mixed.jsonl:3', text: undefined, file: path, line: 3, source: 'Daily B' },
      { input: `${path}:4`, id: '42', text: undefined, file: path, line: 4 },
      { input: `${path}:5`, reason: expect.stringMatching(/^invalid JSON: /) },
      { input: `${path}:6`, reason: 'expected an object with a "text" string, got an array' },
      { input: `${path}:7`, reason: '"text" must be a string, got undefined' },
      { input: `${path}:8`, reason: '"date" must be a string, got a number (20240102)' },
      { input: `${path}:9`, reason: '"id" must be a string or a number, got an object' },
    ]);
    expect(await countArticles(path)).toBe(records.length);
  });

  it('reads gzipped JSONL, and reports a truncated one after the lines it could read', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Article number ${i} says something ${'long '.repeat(i % 17)}.` }));
    const whole = gzipSync(lines.join('\n'));
    const good = join(scratch, 'good.jsonl.gz');
    const cut = join(scratch, 'cut.jsonl.gz');
    await writeFile(good, whole);
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await read(good)).map(([, id]) => id)).toEqual(lines.map((_, i) => `n${i}`));
    expect(await countArticles(good)).toBe(200);
    const partial = await read(cut);
    expect(partial.length).toBeGreaterThan(1);
    expect(partial.length).toBeLessThan(200);
    expect(partial.at(-1)).toEqual([expect.stringMatching(/cut\.jsonl\.gz:\d+$/), 'cannot read: unexpected end of file']);
  });

  it('reads standard input as JSONL named <stdin>, once', async () => {
    expect(await read(['-', '-'], '{"text":"From a pipe."}\n{"text":1}\n')).toEqual([
      ['<stdin>:1', '<stdin>:1'],
      ['<stdin>:2', '"text" must be a string, got a number (1)'],
      ['<stdin>', 'standard input (-) is given more than once'],
    ]);
    expect(await countArticles(['-'])).toBeUndefined();
  });

  it('yields each line as it arrives, before the input ends', async () => {
    const stdin = new PassThrough();
    const records = readArticles('-', { stdin });
    stdin.write('{"id":"early","text":"First."}\n');
    const first = await records.next();
    expect(first.value).toMatchObject({ input: '<stdin>:1', article: { id: 'early' } });
    stdin.end('{"id":"late","text":"Second."}\n');
    expect((await records.next()).value).toMatchObject({ article: { id: 'late' } });
    expect((await records.next()).done).toBe(true);
  });

  it('carries on past missing files, unknown kinds of file, bad manifests and missing article files', async () => {
    const dir = join(scratch, 'untidy');
    await mkdir(dir);
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ articles: [{ id: 'x', file: 'x.txt' }, { id: 'gone', file: 'gone.txt', outlet: 'Daily G' }] }));
    await writeFile(join(dir, 'x.txt'), 'An article.');
    await writeFile(join(scratch, 'table.csv'), 'a,b');
    await writeFile(join(scratch, 'bad-manifest.json'), '{"articles": [{"file": "x.txt"}]}');
    await writeFile(join(scratch, 'not-json.json'), '{nope');
    const inputs = [join(scratch, 'nope.txt'), dir, join(scratch, 'table.csv'), join(scratch, 'bad-manifest.json'), join(scratch, 'not-json.json')];
    expect(await read(inputs)).toEqual([
      [join(scratch, 'nope.txt'), 'no such file or folder'],
      [join(dir, 'x.txt'), 'x'],
      [join(dir, 'gone.txt'), 'no such file or folder'],
      [join(scratch, 'table.csv'), 'not an article file (.txt, .md, .html, .htm), a folder, a manifest (.json) or JSONL (.jsonl, .jsonl.gz)'],
      [join(scratch, 'bad-manifest.json'), 'articles[0].id must be a non-empty string, got undefined'],
      [join(scratch, 'not-json.json'), expect.stringMatching(/^invalid JSON: /)],
    ]);
    expect(await countArticles(inputs)).toBe(6);
  });

  it.each([[42], [['corpus', '']]])('refuses paths %j with a TypeError', async (paths) => {
    await expect(read(paths as never)).rejects.toThrow(/^slant: readArticles\(paths\) must be a path or an array of paths/);
  });

  it('refuses unknown or mistyped options', async () => {
    await expect(readArticles('-', { stdn: process.stdin } as never).next()).rejects.toThrow(/^slant: unknown readArticles option "stdn"; expected one of: stdin$/);
    await expect(readArticles('-', { stdin: 'text' } as never).next()).rejects.toThrow(/^slant: options\.stdin must be a readable stream, got a string/);
    await expect(countArticles('corpus', { signal: true } as never)).rejects.toThrow(/^slant: options\.signal must be an AbortSignal, got a boolean/);
  });

  it('stops counting when its signal aborts', async () => {
    expect(await countArticles(CORPUS_DIR, { signal: AbortSignal.abort() })).toBeUndefined();
  });

  it('yields nothing for no paths', async () => {
    expect(await read([])).toEqual([]);
    expect(await countArticles([])).toBe(0);
  });
});

describe('slant describe', () => {
  it('prints outlet, date, title, byline, words and removals for each corpus article', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'describe', CORPUS_DIR], { cwd: join(import.meta.dirname, '..') });
    const blocks = stdout.trim().split('\n\n');
    expect(blocks).toHaveLength(5);
    expect(blocks[2]).toContain('outlet   The Independent');
    expect(blocks[2]).toContain('byline   Borzou Daragahi (from text)');
    expect(blocks[2]).toContain('date     2019-12-30 (from input): "30 December 2019"');
    expect(blocks[2]).toContain('text     517 words');
    expect(blocks[2]).toMatch(/promo-card +"Head shot of Andrew Feinberg"/);
  }, 30_000);
});
