import { api } from './client.ts';

/** What the storefront reports about browsing, for recommendations (see the server's recommend module). */
export type TrackedEventType = 'view' | 'search' | 'click' | 'add_to_cart' | 'favourite' | 'dwell' | 'share';

interface QueuedEvent {
  type: TrackedEventType;
  productId?: string;
  at: string;
  value?: number;
}

const MAX_BATCH = 50;
const FLUSH_AFTER_MS = 4_000;
const SESSION_KEY = 'hm.session-id';
const ENDPOINT = '/api/store/events';

const queue: QueuedEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let installed = false;

/** A random id for this visit (a tab's lifetime): ties the visit's events together, names nobody. */
export function visitId(): string {
  const store = globalThis.sessionStorage;
  const existing = store?.getItem(SESSION_KEY);
  if (existing) return existing;
  const fresh = `v${crypto.randomUUID().replaceAll('-', '')}`;
  store?.setItem(SESSION_KEY, fresh);
  return fresh;
}

export function deviceClass(): 'mobile' | 'tablet' | 'desktop' {
  const width = globalThis.innerWidth ?? 0;
  if (width < 768) return 'mobile';
  if (width < 1100) return 'tablet';
  return 'desktop';
}

function batchBody(events: QueuedEvent[]) {
  return { sessionId: visitId(), device: deviceClass(), events };
}

/** Sends what is queued with the shopper's credentials, so consented events join their profile. */
export async function flushEvents(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  while (queue.length > 0) {
    const events = queue.splice(0, MAX_BATCH);
    // Losing a few browsing events is better than retrying them into a broken server.
    await api.POST(ENDPOINT, { body: batchBody(events) }).catch(() => undefined);
  }
}

/**
 * On page hide the page may be gone before an ordinary fetch completes. A keepalive fetch outlives the
 * page and, unlike sendBeacon, carries the Authorization header, so a consented shopper's last events
 * still join their profile instead of counting for the visit only.
 */
function flushOnHide() {
  if (queue.length === 0) return;
  clearTimeout(timer);
  timer = undefined;
  while (queue.length > 0) {
    const events = queue.splice(0, MAX_BATCH);
    void api.POST(ENDPOINT, { body: batchBody(events), keepalive: true }).catch(() => undefined);
  }
}

function install() {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  addEventListener('pagehide', flushOnHide);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushOnHide();
  });
}

/** Queues an event; batches leave every few seconds, when full, and when the page is hidden. */
export function track(type: TrackedEventType, productId?: string, value?: number): void {
  install();
  queue.push({
    type,
    at: new Date().toISOString(),
    ...(productId ? { productId } : {}),
    ...(value !== undefined ? { value: Math.max(0, Math.round(value)) } : {}),
  });
  if (queue.length >= MAX_BATCH) void flushEvents();
  else timer ??= setTimeout(() => void flushEvents(), FLUSH_AFTER_MS);
}

/** Time on a product page: call when it opens, call the result when it closes. */
export function startDwell(productId: string): () => void {
  const opened = Date.now();
  return () => track('dwell', productId, Math.min(Date.now() - opened, 3_600_000));
}
