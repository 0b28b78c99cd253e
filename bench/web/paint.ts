import type { Browser } from 'playwright-core';

export interface NetworkProfile {
  name: string;
  /** Round-trip latency added to every request, ms; 0 with no throttling. */
  latencyMs: number;
  /** Bytes per second, both ways; -1 with no throttling. */
  throughput: number;
}

export const LOOPBACK: NetworkProfile = { name: 'loopback', latencyMs: 0, throughput: -1 };
/** Lighthouse's "slow 4G" mobile profile: 150 ms RTT, 1.6 Mbit/s down. */
export const SLOW_4G: NetworkProfile = {
  name: 'slow 4G',
  latencyMs: 150,
  throughput: (1.6 * 1024 * 1024) / 8,
};

export interface PaintTiming {
  fcp: number;
  /** When the page's own content (not the app shell) was first in the DOM, ms from navigation start. */
  content: number;
  /** Bytes of JavaScript as transferred (compressed when the server compressed it). */
  jsTransferred: number;
  jsRequests: number;
}

/**
 * Loads a page in a fresh phone context (375x812, touch, cold cache) with the CPU slowed `cpuSlowdown` times
 * and the network shaped to `network`; answers its first contentful paint and the JavaScript it fetched.
 */
export async function measurePaint(
  browser: Browser,
  url: string,
  cpuSlowdown: number,
  network: NetworkProfile,
  contentSelector: string,
): Promise<PaintTiming> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network.throughput > 0)
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latencyMs,
        downloadThroughput: network.throughput,
        uploadThroughput: network.throughput,
      });
    // Noted in the page as soon as the content appears, so the timing does not include Playwright's polling.
    // (Page scripts are strings: this file is type-checked without DOM types.)
    await page.addInitScript(`
      new MutationObserver((records, observer) => {
        if (!document.querySelector(${JSON.stringify(contentSelector)})) return;
        window.__contentAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    `);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__contentAt !== undefined', null, { timeout: 60_000 });
    await page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0", null, {
      timeout: 30_000,
    });
    return (await page.evaluate(`(() => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        content: window.__contentAt,
        jsTransferred: scripts.reduce((sum, r) => sum + r.transferSize, 0),
        jsRequests: scripts.length,
      };
    })()`)) as PaintTiming;
  } finally {
    await context.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
