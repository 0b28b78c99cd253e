import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { renderPlaceholderSvg, titleFromHandle, type PlaceholderText } from './placeholder-image.ts';

const HANDLE = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Handle -> names, read once from the demo catalogue (JSONL, one product per line). */
export function readDemoTitles(file: string): Map<string, PlaceholderText> {
  const titles = new Map<string, PlaceholderText>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return titles;
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { handle?: string; title?: Record<string, string> };
    if (!row.handle || !row.title) continue;
    const zh = row.title['zh-CN'];
    const en = row.title.en;
    titles.set(row.handle, zh ? { title: zh, ...(en ? { subtitle: en } : {}) } : { title: en ?? row.handle });
  }
  return titles;
}

/** GET /demo-images/<handle>.svg: the demo catalogue's image URLs, drawn on request. */
export function registerDemoImages(app: FastifyInstance, catalogueFile: string): void {
  const titles = readDemoTitles(catalogueFile);
  const rendered = new Map<string, string>();
  app.get<{ Params: { file: string } }>(
    '/demo-images/:file',
    { schema: { hide: true }, config: { rateLimit: false } },
    async (request, reply) => {
      const handle = request.params.file.replace(/\.svg$/, '');
      if (!request.params.file.endsWith('.svg') || !HANDLE.test(handle)) return reply.callNotFound();
      let svg = rendered.get(handle);
      if (!svg) {
        svg = renderPlaceholderSvg(handle, titles.get(handle) ?? { title: titleFromHandle(handle) });
        if (rendered.size < 1000) rendered.set(handle, svg);
      }
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=86400')
        .send(svg);
    },
  );
}
