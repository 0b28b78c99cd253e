import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApps } from './index.ts';
import { renderPlaceholderSvg, wrapText } from './placeholder-image.ts';
import type { WebApp } from './app-dirs.ts';

function fakeApp(root: string, name: WebApp['name'], prefix: WebApp['prefix'], built = true): WebApp {
  const dir = join(root, name);
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  if (built) writeFileSync(join(dist, 'index.html'), `<!doctype html><title>${name}</title>`);
  writeFileSync(join(dist, 'assets', 'main-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'main-abc123.js.br'), brotliCompressSync('console.log(1)'));
  writeFileSync(join(dist, 'sw.js'), '// sw');
  return { name, dir, dist, prefix };
}

describe('web apps plugin', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'hexamall-web-'));
    const catalogue = join(root, 'products.jsonl');
    writeFileSync(
      catalogue,
      JSON.stringify({ handle: 'trail-shoe', title: { 'zh-CN': '山野徒步鞋', en: 'Trail shoe' } }) + '\n',
    );
    app = Fastify();
    app.get('/api/store/products', async () => ({ items: [] }));
    await app.register(webApps, {
      apps: [fakeApp(root, 'storefront', '/'), fakeApp(root, 'console', '/console/', false)],
      demoCatalogue: catalogue,
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const html = { accept: 'text/html,application/xhtml+xml' };

  it('answers page paths with the app, so client-side routes survive a reload', async () => {
    for (const url of ['/', '/product/prod_1', '/orders/ord_1?from=payment']) {
      const res = await app.inject({ method: 'GET', url, headers: html });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>storefront</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers the app root with its page whatever the Accept header (the service worker pre-caches it)', async () => {
    const res = await app.inject({ method: 'GET', url: '/', headers: { accept: '*/*' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>storefront</title>');
  });

  it('caches hashed assets for a year and revalidates the rest', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const worker = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(worker.headers['cache-control']).toBe('public, max-age=0');
  });

  it('sends the pre-compressed file to browsers that accept it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/assets/main-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.rawPayload).toEqual(brotliCompressSync('console.log(1)'));
  });

  it('leaves API paths, missing files and non-browser requests to the 404 handler', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/store/products' })).statusCode).toBe(200);
    for (const [url, headers] of [
      ['/api/store/nope', html],
      ['/docs/nope', html],
      ['/assets/missing.js', html],
      ['/nope', {}],
    ] as const) {
      expect((await app.inject({ method: 'GET', url, headers })).statusCode, url).toBe(404);
    }
  });

  it('never serves a file outside the app', async () => {
    const res = await app.inject({ method: 'GET', url: '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', headers: html });
    expect(res.body).not.toContain('root:');
  });

  it('serves the console under /console/ and says how to build an app that is not built', async () => {
    const bare = await app.inject({ method: 'GET', url: '/console' });
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe('/console/');
    const page = await app.inject({ method: 'GET', url: '/console/orders', headers: html });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('npm run build:web');
    expect((await app.inject({ method: 'GET', url: '/console/assets/main-abc123.js' })).statusCode).toBe(200);
  });

  it('draws demo images as SVG tiles with the product name', async () => {
    const res = await app.inject({ method: 'GET', url: '/demo-images/trail-shoe.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.body).toContain('山野徒步鞋');
    expect(res.body).toContain('Trail shoe');
    const unknown = await app.inject({ method: 'GET', url: '/demo-images/some-new-thing.svg' });
    expect(unknown.body).toContain('Some New Thing');
    expect((await app.inject({ method: 'GET', url: '/demo-images/Bad%20Name.svg' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/demo-images/trail-shoe.png' })).statusCode).toBe(404);
  });
});

describe('placeholder images', () => {
  it('wraps Chinese by character and English by word', () => {
    expect(wrapText('山野Pro 防滑徒步鞋 户外登山鞋', 8, 4)).toEqual([
      '山野Pro',
      '防滑徒步',
      '鞋 户外',
      '登山鞋',
    ]);
    expect(wrapText('Trail Pro anti-slip hiking shoe', 12, 4)).toEqual([
      'Trail Pro',
      'anti-slip',
      'hiking shoe',
    ]);
    expect(wrapText('a b c d e f', 1, 2)).toEqual(['a', '…']);
  });

  it('escapes text and keeps one colour per handle', () => {
    const svg = renderPlaceholderSvg('x', { title: '<script>' });
    expect(svg).not.toContain('<script>');
    expect(renderPlaceholderSvg('x', { title: 'a' })).toBe(renderPlaceholderSvg('x', { title: 'a' }));
    expect(renderPlaceholderSvg('x', { title: 'a' })).not.toBe(renderPlaceholderSvg('y', { title: 'a' }));
  });
});
