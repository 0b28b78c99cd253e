// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({ POST: vi.fn() }));
vi.mock('./client.ts', () => ({ api }));

describe('storefront events', () => {
  beforeEach(() => {
    vi.resetModules();
    api.POST.mockReset().mockResolvedValue({ data: { accepted: 1 }, response: new Response() });
    sessionStorage.clear();
  });

  it('batches events for one visit and sends them with the shopper credentials', async () => {
    const events = await import('./events.ts');
    events.track('view', 'prod_1');
    events.track('add_to_cart', 'prod_1');
    await events.flushEvents();
    expect(api.POST).toHaveBeenCalledTimes(1);
    const [path, init] = api.POST.mock.calls[0]!;
    expect(path).toBe('/api/store/events');
    expect(init.body.sessionId).toBe(events.visitId());
    expect(init.body.events.map((e: { type: string }) => e.type)).toEqual(['view', 'add_to_cart']);
  });

  it('sends what is left when the page is hidden as a keepalive request, which keeps its Authorization', async () => {
    const events = await import('./events.ts');
    events.track('dwell', 'prod_2', 1234.6);
    dispatchEvent(new Event('pagehide'));
    expect(api.POST).toHaveBeenCalledWith('/api/store/events', {
      body: expect.objectContaining({ events: [expect.objectContaining({ type: 'dwell', value: 1235 })] }),
      keepalive: true,
    });
    // Nothing is sent twice.
    await events.flushEvents();
    expect(api.POST).toHaveBeenCalledTimes(1);
  });
});
