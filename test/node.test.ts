/** `slant/node`: loading a corpus folder or manifest, and the `slant describe` command. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { loadCorpus, readManifest } from '../src/node.js';
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
