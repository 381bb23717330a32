/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core. The page must
 * load nothing, log no error, draw every chart with a size and without overlapping labels, and run
 * no script from a hostile article. Saves test/output/report.png (a full-page screenshot) to look at.
 * Skipped, saying why, when /usr/bin/chromium is absent (CI installs it: see .ci/run).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../src/index.js';
import { corpusComparison, corpusTexts, hostileComparison, hostileTexts, XSS } from './report-fixtures.js';

/** Debian's chromium; `SLANT_CHROMIUM` points elsewhere (or at nothing, to see the skip). */
const CHROMIUM = process.env['SLANT_CHROMIUM'] ?? '/usr/bin/chromium';
const OUTPUT = join(import.meta.dirname, 'output');
const missing = !existsSync(CHROMIUM);
if (missing) console.warn(`test/report-browser.test.ts skipped: ${CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium)`);

interface Opened {
  page: Page;
  /** Every request the page tried to make (all are blocked). */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

describe.skipIf(missing)('the HTML report in Chromium', () => {
  let browser: Browser | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string): Promise<Opened> {
    if (browser === undefined) throw new Error('Chromium did not start');
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    pages.push(page);
    const requests: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    page.on('request', (r) => {
      if (!requests.includes(r.url())) requests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  const report = (): string => renderReport(corpusComparison(), { texts: corpusTexts(), title: 'US strikes on Iran-backed militias, June 2021' });

  it('loads nothing and logs no error; saves a full-page screenshot', async () => {
    const { page, requests, errors } = await open(report());
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'report.png'), fullPage: true });
    expect(existsSync(join(OUTPUT, 'report.png'))).toBe(true);
  }, 30_000);

  it('draws every chart with a size, a name and marks', async () => {
    const { page } = await open(report());
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        return { width: box.width, height: box.height, role: s.getAttribute('role'), label: s.getAttribute('aria-label') ?? '', marks: s.querySelectorAll('rect, circle, line').length };
      }),
    );
    expect(charts).toHaveLength(9);
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(20);
      expect(c.role).toBe('img');
      expect(c.label.length).toBeGreaterThan(20);
      expect(c.marks).toBeGreaterThan(0);
    }
  }, 30_000);

  it.each([
    ['the corpus', report],
    ['the hostile comparison (long names, cut)', (): string => renderReport(hostileComparison(), { texts: hostileTexts() })],
  ])('sets no chart label on top of another, nor outside its chart: %s', async (_, html) => {
    const { page } = await open(html());
    const problems = await page.$$eval('svg.chart', (svgs) => {
      const out: string[] = [];
      svgs.forEach((svg, k) => {
        const frame = svg.getBoundingClientRect();
        // Rotated column headings are parallel and apart, but their upright boxes overlap: left out.
        const texts = [...svg.querySelectorAll('text:not(.rotated)')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
        for (const { text, box } of texts) {
          if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) out.push(`chart ${k}: "${text}" sticks out of the chart`);
        }
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i]!.box;
            const b = texts[j]!.box;
            const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
            if (overlap) out.push(`chart ${k}: "${texts[i]!.text}" overlaps "${texts[j]!.text}"`);
          }
        }
      });
      return out;
    });
    expect(problems).toEqual([]);
  }, 30_000);

  it.each([
    ['the full document', (): string => renderReport(hostileComparison(), { title: XSS.title, texts: hostileTexts() })],
    // The fragment has no Content-Security-Policy of its own: escaping alone must hold.
    ['the fragment in a page of its own', (): string => `<!DOCTYPE html><html><head><title>notebook</title></head><body>${renderReport(hostileComparison(), { format: 'html-fragment', texts: hostileTexts() })}</body></html>`],
  ])('runs no script from a hostile article: %s', async (_, html) => {
    const { page, requests, errors } = await open(html());
    const state = await page.evaluate(() => {
      // The project's TypeScript has no DOM library: the few browser globals used here, typed.
      const g = globalThis as unknown as { __pwned?: unknown; document: { querySelectorAll(s: string): { length: number }; body: { textContent: string | null } } };
      return {
        pwned: g.__pwned,
        dangerous: g.document.querySelectorAll('script, img, iframe, object, embed, [onerror], [onload], [onclick]').length,
        text: g.document.body.textContent ?? '',
      };
    });
    expect(state.pwned).toBeUndefined();
    expect(state.dangerous).toBe(0);
    expect(state.text).toContain(XSS.script);
    expect(state.text).toContain(XSS.img);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  }, 30_000);

  it('restyles nothing outside its wrapper when dropped into a page', async () => {
    const host = (fragment: string): string =>
      `<!DOCTYPE html><html><head><style>body{font-family:serif;color:#333}</style></head><body><p id="before">Before</p><table id="t"><tr><td>cell</td></tr></table>${fragment}<h2 id="after">After</h2></body></html>`;
    const look = (page: Page): Promise<string[]> =>
      page.$$eval('#before, #t td, #after', (els) =>
        els.map((e) => {
          const style = (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(e);
          return ['fontFamily', 'fontSize', 'color', 'padding', 'borderBottomWidth', 'margin'].map((k) => style[k]).join('|');
        }),
      );
    const bare = await open(host(''));
    const withReport = await open(host(renderReport(corpusComparison(), { format: 'html-fragment' })));
    expect(await look(withReport.page)).toEqual(await look(bare.page));
    expect(withReport.errors).toEqual([]);
  }, 30_000);
});
