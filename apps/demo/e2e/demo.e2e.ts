import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// Drives Debian's Chromium (apt-get install chromium) against the static build served by vite preview.
const root = fileURLToPath(new URL('..', import.meta.url));
const shots = fileURLToPath(new URL('../../../.ci/artifacts/screenshots/', import.meta.url));
const MODELLED = [
  'overpayment-refund',
  'invoice-type-approval',
  'linear-project-permits',
  'aquatic-rapid-testing',
];

let server: PreviewServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  await build({ root, logLevel: 'warn' });
  server = await preview({
    root,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
});

const pageErrors: string[] = [];

async function newPage(width = 1280, height = 800): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  return page;
}

afterEach(() => {
  // An exception in the page (or its worker) fails the test that caused it.
  const errors = pageErrors.splice(0);
  expect(errors).toEqual([]);
});

async function waitForResults(page: Page): Promise<string[]> {
  await page.waitForSelector('.results[aria-busy="false"] .kpi', { timeout: 90_000 });
  return page.$$eval('.kpi', (cards) => cards.map((c) => c.textContent ?? ''));
}

describe('demo app in Chromium', () => {
  it('home lists all 20 measures, modelled ones as links, and switches language', async () => {
    const page = await newPage();
    await page.goto(base);
    await page.waitForSelector('li.measure');
    expect(await page.locator('li.measure').count()).toBe(20);
    expect(await page.locator('li.measure.modelled h2 a').count()).toBe(MODELLED.length);
    expect(await page.locator('li.measure:not(.modelled) a').count()).toBe(0);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.click('[data-action="switch-language"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toContain('Guangdong FTZ');
    expect(page.url()).toContain('lang=en');
    await page.screenshot({ path: `${shots}home-en-1280.png`, fullPage: true });
    await page.close();
  });

  it('is usable at phone width and by keyboard', async () => {
    const page = await newPage(375, 800);
    await page.goto(base);
    // Wait for React to render before the first key press, or Tab may land before the app exists.
    await page.waitForSelector('li.measure');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}home-zh-375.png`, fullPage: true });
    await page.close();
  });

  for (const slug of MODELLED) {
    it(`runs ${slug}: default scenario, a changed parameter, and the shared URL reproduces the numbers`, async () => {
      const page = await newPage();
      await page.goto(`${base}?lang=en`);
      await page.click(`li.measure[data-measure="${slug}"] h2 a`);
      const first = await waitForResults(page);
      expect(first.length).toBeGreaterThan(0);
      expect(first.join(' ')).toMatch(/\d/);
      // Every KPI shows its origin and category as readable text: not empty, and not drawn in the
      // colour of the card behind it (a later `.badge` rule once made them white on white).
      const badges = await page.$$eval('.kpi [data-role="origin"], .kpi [data-role="category"]', (els) =>
        els.map((e) => {
          const card = e.closest('.kpi') as Element;
          return {
            text: (e.textContent ?? '').trim(),
            color: getComputedStyle(e).color,
            background: getComputedStyle(card).backgroundColor,
          };
        }),
      );
      expect(badges.length).toBe(2 * first.length);
      for (const b of badges) {
        expect(b.text).not.toBe('');
        expect(b.color).not.toBe('rgb(255, 255, 255)');
        expect(b.color).not.toBe(b.background);
      }
      await page.screenshot({ path: `${shots}${slug}.png`, fullPage: true });

      // Change the first integer parameter to its minimum and rerun.
      const input = page.locator('form.params input[type="number"]').first();
      const name = await input.getAttribute('name');
      const min = (await input.getAttribute('min')) ?? '1';
      await input.fill(min);
      await page.click('[data-action="run"]');
      await page.waitForURL(new RegExp(`p\\.${name}=${min}`), { timeout: 90_000 });
      const changed = await waitForResults(page);

      const shared = page.url();
      const again = await newPage();
      await again.goto(shared);
      expect(await waitForResults(again)).toEqual(changed);
      await again.close();
      await page.close();
    });

    it(`shows the ${slug} process map before and after, step details, and the log downloads`, async () => {
      const page = await newPage(1280, 900);
      await page.goto(`${base}?lang=en`);
      await page.click(`li.measure[data-measure="${slug}"] h2 a`);
      await waitForResults(page);
      await page.click('[data-action="process-map"]');
      await page.waitForSelector('.process-map .process-map-side[data-variant="reform"] svg', {
        timeout: 90_000,
      });
      expect(await page.locator('.process-map-side').count()).toBe(2);
      // Each side draws its activities as nodes: ECharts writes node labels as SVG text.
      const texts = await page.$$eval('.process-map-side[data-variant="reform"] svg text', (els) =>
        els.map((e) => e.textContent ?? ''),
      );
      expect(texts.length).toBeGreaterThan(2);
      // Click a step (its label) on the reform map: the details show its share of cases on both sides.
      const step = texts.find((x) => x.trim() !== '' && !/cases|min$|days$/.test(x));
      expect(step).toBeDefined();
      await page
        .locator('.process-map-side[data-variant="reform"] svg text', { hasText: step as string })
        .first()
        .click({ force: true });
      await page.waitForSelector('.activity-details', { timeout: 10_000 });
      expect(await page.textContent('.activity-details')).toContain('Share of cases with this step');
      await page.locator('.process-map').screenshot({ path: `${shots}${slug}-process-map.png` });
      const download = page.waitForEvent('download');
      await page.click('[data-export="log-xes"]');
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`^gd-ftz-${slug}-seed\\d+-events\\.xes$`));
      await page.close();
    });
  }
});
