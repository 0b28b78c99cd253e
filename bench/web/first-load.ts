import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface AssetSize {
  path: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FirstLoad {
  js: AssetSize[];
  css: AssetSize[];
}

/** The scripts and stylesheets index.html makes the browser fetch before the first page can render. */
export function firstLoadAssets(indexHtml: string): { js: string[]; css: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js: string[] = [];
  const css: string[] = [];
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type="module"/.test(tag)) {
      const src = attr(tag, 'src');
      if (src) js.push(src);
    } else if (/rel="modulepreload"/.test(tag)) {
      const href = attr(tag, 'href');
      if (href) js.push(href);
    } else if (/rel="stylesheet"/.test(tag)) {
      const href = attr(tag, 'href');
      if (href) css.push(href);
    }
  }
  return { js, css };
}

function measure(dist: string, base: string, path: string): AssetSize {
  const content = readFileSync(join(dist, path.slice(base.length)));
  return {
    path,
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of an app's first load, read from its build (`dist/`), served under `base` ("/" or "/console/"). */
export function measureFirstLoad(dist: string, base: string): FirstLoad {
  const assets = firstLoadAssets(readFileSync(join(dist, 'index.html'), 'utf8'));
  return {
    js: assets.js.map((path) => measure(dist, base, path)),
    css: assets.css.map((path) => measure(dist, base, path)),
  };
}

export function total(sizes: AssetSize[], key: 'raw' | 'gzip' | 'brotli'): number {
  return sizes.reduce((sum, size) => sum + size[key], 0);
}
