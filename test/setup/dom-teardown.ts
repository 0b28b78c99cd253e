import { enableAutoUnmount } from '@vue/test-utils';
import { afterAll, afterEach } from 'vitest';

// Only component tests run under happy-dom; server tests share this setup file and need none of it.
if ('window' in globalThis) {
  enableAutoUnmount(afterEach);

  // Vant's useHeight (nav bars, tab bars, submit bars with safe-area insets) re-measures 100, 200 and 300 ms
  // after mount on plain Node timers. A test file that finishes sooner has its window torn down first, and the
  // late measure throws "window is not defined" outside any test, which fails the whole run.
  afterAll(() => new Promise((resolve) => setTimeout(resolve, 350)));
}
