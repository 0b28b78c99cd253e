import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureWebAppsBuilt } from '../../packages/server/src/web/build-apps.ts';
import { WEB_APPS } from '../../packages/server/src/web/index.ts';
import { findChromium, launchChromium } from '../../test/e2e/support/browser.ts';
import { startShop } from '../../test/e2e/support/shop-server.ts';
import { measureFirstLoad, total, type FirstLoad } from './first-load.ts';
import { LOOPBACK, measurePaint, median, SLOW_4G, type NetworkProfile, type PaintTiming } from './paint.ts';

const BUDGET_KB = 200;
const REPORT = fileURLToPath(new URL('../../docs/benchmarks/web.md', import.meta.url));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

interface PageResult {
  page: string;
  network: string;
  runs: PaintTiming[];
}

/**
 * `npm run bench -- web [--runs N] [--cpu 4] [--no-build]`: builds the apps, reports each app's first-load
 * JavaScript (gzipped; the storefront's budget is 200 kB) and the first contentful paint of storefront pages
 * in Chromium emulating a phone with a 4x slower CPU, on loopback and on slow 4G. Writes docs/benchmarks/web.md.
 */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      cpu: { type: 'string', default: '4' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const load = loadavg()[0]!;
  const cpu = Number(values.cpu);
  if (!values['no-build']) ensureWebAppsBuilt({ force: true, log: (line) => console.error(line) });

  const sizes = new Map<string, FirstLoad>(
    WEB_APPS.map((app) => [app.name, measureFirstLoad(app.dist, app.prefix)]),
  );
  for (const [name, load] of sizes)
    console.error(
      `${name}: first-load JS ${kb(total(load.js, 'gzip'))} kB gzipped (${load.js.length} files)`,
    );

  const chromium = findChromium();
  const results: PageResult[] = [];
  if (!chromium) console.error('no chromium binary: first contentful paint not measured');
  else {
    const shop = await startShop();
    const browser = await launchChromium(chromium);
    try {
      const pages = await storefrontPages(shop.baseUrl);
      for (const network of [LOOPBACK, SLOW_4G] as NetworkProfile[])
        for (const [name, url, content] of pages) {
          const timings: PaintTiming[] = [];
          // One warm-up load (server caches, Chromium's own start-up), then the measured ones.
          await measurePaint(browser, url, cpu, network, content);
          for (let i = 0; i < runs; i += 1)
            timings.push(await measurePaint(browser, url, cpu, network, content));
          results.push({ page: name, network: network.name, runs: timings });
          console.error(
            `${name} (${network.name}): FCP ${median(timings.map((t) => t.fcp)).toFixed(0)} ms, content ${median(timings.map((t) => t.content)).toFixed(0)} ms`,
          );
        }
    } finally {
      await browser.close();
      await shop.close();
    }
  }

  mkdirSync(fileURLToPath(new URL('../../docs/benchmarks/', import.meta.url)), { recursive: true });
  writeFileSync(REPORT, report(sizes, results, { runs, cpu, load }));
  console.log(`wrote ${REPORT}`);
}

/** Home, a search results page and a product page, by URL. */
async function storefrontPages(baseUrl: string): Promise<[string, string, string][]> {
  const answer = await fetch(`${baseUrl}/api/store/products?limit=1`);
  const { items } = (await answer.json()) as { items: { id: string }[] };
  return [
    ['home', `${baseUrl}/`, '[data-test=product-card]'],
    ['search', `${baseUrl}/search?q=${encodeURIComponent('徒步鞋')}`, '[data-test=product-card]'],
    ['product', `${baseUrl}/product/${items[0]!.id}`, '.hm-product__title'],
  ];
}

function report(
  sizes: Map<string, FirstLoad>,
  results: PageResult[],
  options: { runs: number; cpu: number; load: number },
): string {
  const lines = [
    '# Web apps: first load and first contentful paint',
    '',
    'Written by `npm run bench -- web` (bench/web/main.ts). Machine: 2 cores, the server and Chromium on the same',
    `host; Debian's Chromium, headless. Date: ${new Date().toISOString().slice(0, 10)}. Load average when the run`,
    `started: ${options.load.toFixed(1)} (other work shares the two cores, so absolute times are noisy).`,
    '',
    '## First-load JavaScript',
    '',
    'What `index.html` makes the browser fetch before the first route renders (module entry and its preloads);',
    `each route's own chunk is fetched when first visited. The storefront's budget is ${BUDGET_KB} kB gzipped.`,
    '',
    '| App | JS files | JS raw (kB) | JS gzip (kB) | JS brotli (kB) | CSS gzip (kB) | Within budget |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const [name, load] of sizes) {
    const gz = total(load.js, 'gzip');
    lines.push(
      `| ${name} | ${load.js.length} | ${kb(total(load.js, 'raw'))} | ${kb(gz)} | ${kb(total(load.js, 'brotli'))} | ${kb(total(load.css, 'gzip'))} | ${name === 'storefront' ? (gz <= BUDGET_KB * 1024 ? 'yes' : '**no**') : 'n/a (desktop)'} |`,
    );
  }
  lines.push(
    '',
    '## First contentful paint (storefront)',
    '',
    `Chromium emulating a phone (375×812, DPR 3, touch), CPU slowed ${options.cpu}× (DevTools throttling), cold`,
    `cache, service worker blocked; median of ${options.runs} loads after one warm-up. "slow 4G" adds 150 ms RTT and`,
    "1.6 Mbit/s (Lighthouse's mobile profile). The server sends the pre-compressed brotli assets. FCP is the",
    'inline app shell (brand and search bar, painted before any script runs); "content" is when the page\'s own',
    'content (product cards, the product title) is first in the page, after its chunk and its API calls.',
    '',
    '| Page | Network | FCP median (ms) | FCP min–max (ms) | Content median (ms) | JS transferred (kB) | JS requests |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    const fcps = r.runs.map((t) => t.fcp);
    lines.push(
      `| ${r.page} | ${r.network} | ${median(fcps).toFixed(0)} | ${Math.min(...fcps).toFixed(0)}–${Math.max(...fcps).toFixed(0)} | ${median(r.runs.map((t) => t.content)).toFixed(0)} | ${kb(median(r.runs.map((t) => t.jsTransferred)))} | ${median(r.runs.map((t) => t.jsRequests))} |`,
    );
  }
  if (results.length === 0) lines.push('', 'Not measured: no Chromium binary on this machine.');
  return `${lines.join('\n')}\n`;
}
