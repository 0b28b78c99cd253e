import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadAssets, measureFirstLoad, total } from './first-load.ts';

const html = `<!doctype html><html><head>
<script type="module" crossorigin src="/console/assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="/console/assets/vendor-b.js">
<link rel="stylesheet" crossorigin href="/console/assets/index-c.css">
<link rel="manifest" href="/manifest.webmanifest">
<script src="/not-a-module.js"></script>
</head></html>`;

describe('first load', () => {
  it('reads the module scripts, preloads and stylesheets from index.html', () => {
    expect(firstLoadAssets(html)).toEqual({
      js: ['/console/assets/index-a.js', '/console/assets/vendor-b.js'],
      css: ['/console/assets/index-c.css'],
    });
  });

  it('measures them raw, gzipped and brotli-compressed', () => {
    const dist = mkdtempSync(join(tmpdir(), 'hexamall-first-load-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), html);
    writeFileSync(join(dist, 'assets', 'index-a.js'), 'export const a = 1;\n'.repeat(200));
    writeFileSync(join(dist, 'assets', 'vendor-b.js'), 'export const b = 2;\n');
    writeFileSync(join(dist, 'assets', 'index-c.css'), 'body{margin:0}');
    const load = measureFirstLoad(dist, '/console/');
    expect(total(load.js, 'raw')).toBe(20 * 200 + 20);
    expect(total(load.js, 'gzip')).toBeLessThan(total(load.js, 'raw') / 10);
    expect(load.css.map((c) => c.path)).toEqual(['/console/assets/index-c.css']);
  });
});
