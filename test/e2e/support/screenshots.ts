import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** docs/screenshots, which the README shows; HEXAMALL_SCREENSHOTS_DIR sends them elsewhere. */
export const SCREENSHOTS_DIR =
  process.env.HEXAMALL_SCREENSHOTS_DIR ??
  fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  // Let transitions and lazy images settle so the picture shows what a shopper sees.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${SCREENSHOTS_DIR}/${name}.png`, animations: 'disabled', scale: 'css' });
}
