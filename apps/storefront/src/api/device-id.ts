/**
 * A random id for this browser, sent as X-Device-Id when paying so the server's device rules can tell
 * one phone's attempts from another's. It is not personal data by itself (a fresh UUID, nothing read
 * from the device) and the server keeps only a blind index of it.
 */
export const DEVICE_ID_KEY = 'hm.deviceId';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Where localStorage is unavailable (a private window may refuse writes) the id lasts the page's life.
let fallback: string | undefined;

export function deviceId(): string {
  try {
    const stored = globalThis.localStorage?.getItem(DEVICE_ID_KEY);
    if (stored && UUID.test(stored)) return stored;
    const fresh = fallback ?? crypto.randomUUID();
    globalThis.localStorage?.setItem(DEVICE_ID_KEY, fresh);
    fallback = fresh;
    return fresh;
  } catch {
    fallback ??= crypto.randomUUID();
    return fallback;
  }
}
