/**
 * The main entry (`slant`) in a real browser. esbuild bundles the built package's ESM entry
 * (dist/index.js, what users get; src/index.ts when dist/ is absent, saying so) for the browser,
 * minified, and headless Chromium runs it from a page served from memory: the corpus is analysed,
 * profiled, grouped into stories, compared and rendered there, and every result must deep-equal
 * what Node computes with the same code on the same input. No request may leave the page.
 * The bundle's size is written to test/output/browser-bundle.json.
 * Skipped, saying why, when /usr/bin/chromium is absent (CI installs it: see .ci/run).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Message } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from './helpers.js';

const CHROMIUM = process.env['SLANT_CHROMIUM'] ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..');
const OUTPUT = join(import.meta.dirname, 'output');
const BUILT = join(ROOT, 'dist', 'index.js');
const ENTRY = existsSync(BUILT) ? BUILT : join(ROOT, 'src', 'index.ts');
const missing = !existsSync(CHROMIUM);
if (missing) console.warn(`test/browser.test.ts skipped: ${CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium)`);
else if (ENTRY !== BUILT) console.warn('test/browser.test.ts: dist/index.js not found (run `npm run build`), so it bundles src/index.ts instead of the built package');

/** The page's origin: never on the network, every request to it is answered from memory. */
const ORIGIN = 'http://slant.test';

/**
 * What runs on both sides, as plain JavaScript so that Node and the page run the very same code:
 * given the `slant` module and the articles, every public function of the main entry, results
 * returned as one JSON string.
 */
const WORKLOAD = `
  const analyses = articles.map((a) => slant.analyzeArticle(a));
  const sides = slant.analyzeArticle(articles[0], { sides: { 'US government': ['Pentagon', 'Biden'], 'Iran-aligned militias': ['militia', 'Kataib Hezbollah'] } });
  const profiles = slant.buildProfiles(analyses);
  const merged = slant.mergeProfiles(slant.buildProfiles(analyses.slice(0, 2)), slant.buildProfiles(analyses.slice(2)));
  const stories = slant.groupStories(analyses);
  const comparison = slant.compareSources(analyses);
  const markdown = slant.renderReport(comparison, { format: 'markdown' });
  const html = slant.renderReport(comparison, { texts: Object.fromEntries(articles.map((a) => [a.id, a.text])) });
  return JSON.stringify({ analyses, sides, profiles, merged, stories, comparison, markdown, html });
`;

type Article = { id: string; source: string; date: string; text: string };
type Results = { analyses: Array<{ id: string; quotes: unknown[]; voices: unknown[]; wording: { findings: unknown[] } }>; comparison: { stories: unknown[] }; [key: string]: unknown };

const articles: Article[] = corpus().map((a) => ({ id: a.id, source: a.outlet, date: a.date, text: a.text }));

/** The same workload in Node, on the same module the bundle was made from. */
async function inNode(input: readonly Article[]): Promise<string> {
  const slant: unknown = await import(pathToFileURL(ENTRY).href);
  return new Function('slant', 'articles', WORKLOAD)(slant, input) as string;
}

/** `slant` bundled for the browser, minified, as a script that sets `globalThis.slant`. */
async function bundle(): Promise<{ code: string; warnings: Message[] }> {
  const result = await build({
    stdin: { contents: `import * as slant from ${JSON.stringify(ENTRY)};\nglobalThis.slant = slant;\n`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, warnings: result.warnings };
}

describe.skipIf(missing)('slant in Chromium', () => {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let code = '';
  let warnings: Message[] = [];
  /** Requests the page made to anywhere but its own in-memory origin (all are blocked). */
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ({ code, warnings } = await bundle());
    mkdirSync(OUTPUT, { recursive: true });
    const size = { entry: ENTRY.slice(ROOT.length + 1), minifiedBytes: Buffer.byteLength(code), gzippedBytes: gzipSync(code).length };
    writeFileSync(join(OUTPUT, 'browser-bundle.json'), `${JSON.stringify(size, null, 2)}\n`);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    const files: Record<string, { body: string; contentType: string }> = {
      [`${ORIGIN}/`]: { body: '<!doctype html><meta charset="utf-8"><title>slant</title><script src="/slant.js"></script>', contentType: 'text/html' },
      [`${ORIGIN}/slant.js`]: { body: code, contentType: 'text/javascript' },
    };
    await page.route('**/*', (route) => {
      const file = files[route.request().url()];
      if (file !== undefined) return route.fulfill({ status: 200, contentType: file.contentType, body: file.body });
      outside.push(route.request().url());
      return route.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** The workload run in the page. */
  function inBrowser(input: readonly Article[]): Promise<string> {
    if (page === undefined) throw new Error('Chromium did not start');
    return page.evaluate(
      ([workload, list]) => new Function('slant', 'articles', workload)((globalThis as unknown as { slant: unknown }).slant, list) as string,
      [WORKLOAD, input] as const,
    );
  }

  it('bundles for the browser with no Node built-in and no warning but sentiment’s unused language loader', () => {
    // sentiment's getLanguage() would require('../languages/' + code) for a language other than
    // English; slant never asks for one, and English is loaded statically.
    const unexpected = warnings.filter((w) => !(w.id === 'empty-glob' && /sentiment[\\/]lib[\\/]language-processor\.js$/.test(w.location?.file ?? '')));
    expect(unexpected.map((w) => `${w.location?.file}: ${w.text}`)).toEqual([]);
    expect(code).not.toMatch(/require\("node:/);
    expect(code.length).toBeGreaterThan(100_000);
  });

  it('analyses, profiles, groups, compares and renders the corpus exactly as Node does, loading nothing', async () => {
    const browserJson = await inBrowser(articles);
    const nodeJson = await inNode(articles);
    const browserResults = JSON.parse(browserJson) as Results;
    const nodeResults = JSON.parse(nodeJson) as Results;
    // Not a vacuous comparison: the corpus gives quotes, voices, findings and two stories.
    expect(browserResults.analyses.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(browserResults.analyses.every((a) => a.quotes.length > 0 && a.voices.length > 0 && a.wording.findings.length > 0)).toBe(true);
    expect(browserResults.comparison.stories).toHaveLength(2);
    expect(browserResults).toStrictEqual(nodeResults);
    expect(browserJson).toBe(nodeJson);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('sees a one-word difference: the browser on an edited article is not Node on the original', async () => {
    const first = articles[0]!;
    const edited = { ...first, text: first.text.replace(/\bsaid\b/, 'claimed') };
    expect(edited.text).not.toBe(first.text);
    const browserResults = JSON.parse(await inBrowser([edited])) as Results;
    const nodeResults = JSON.parse(await inNode([first])) as Results;
    expect(browserResults).not.toStrictEqual(nodeResults);
    expect(outside).toEqual([]);
  }, 120_000);
});
