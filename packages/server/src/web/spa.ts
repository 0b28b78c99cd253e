import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isBuilt, type WebApp } from './app-dirs.ts';

// Paths the API and its neighbours own: never answered with an app's index.html.
const RESERVED = /^\/(api|docs|sandbox-gateway|healthz|demo-images)(\/|$)/;
const ONE_YEAR = 365 * 24 * 3600;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Browsers navigating ask for HTML; API clients, curl and tests do not, and get problem+json 404s. */
function wantsHtml(request: FastifyRequest): boolean {
  return request.headers.accept?.includes('text/html') ?? false;
}

/**
 * Serves one built app under its prefix: files as they are (hashed assets cached for a year, the rest
 * revalidated), and index.html for any other page path so client-side routes survive a reload.
 */
export function registerSpa(app: FastifyInstance, web: WebApp): void {
  const root = resolve(web.dist);

  async function answer(request: FastifyRequest, reply: FastifyReply, relative: string) {
    if (web.prefix === '/' && RESERVED.test(`/${relative}`)) return reply.callNotFound();
    const file = resolve(root, relative);
    if (relative !== '' && (file === root || file.startsWith(root + sep)) && (await isFile(file))) {
      const hashed = relative.startsWith('assets/');
      return reply.sendFile(relative, root, {
        maxAge: hashed ? ONE_YEAR * 1000 : 0,
        immutable: hashed,
        cacheControl: true,
      });
    }
    // The app's root is always its page (the service worker pre-caches it with Accept: */*); deeper paths are
    // pages only for browsers navigating, so API clients keep getting 404s.
    if (relative !== '' && (extname(relative) !== '' || !wantsHtml(request))) return reply.callNotFound();
    if (!isBuilt(web)) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(`The ${web.name} is not built yet: run "npm run build:web" (npm start builds it).`);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root, { cacheControl: false });
  }

  const options = { schema: { hide: true }, config: { rateLimit: false } } as const;
  if (web.prefix === '/') {
    app.get('/', options, (request, reply) => answer(request, reply, ''));
    app.get<{ Params: { '*': string } }>('/*', options, (request, reply) =>
      answer(request, reply, request.params['*']),
    );
  } else {
    const base = web.prefix.slice(0, -1);
    app.get(base, options, (_request, reply) => reply.redirect(web.prefix));
    app.get<{ Params: { '*': string } }>(`${base}/*`, options, (request, reply) =>
      answer(request, reply, request.params['*']),
    );
  }
}
