import { describe, expect, it } from 'vitest';
import { actionsFor, tagFor } from './request-actions.ts';
import type { AdminPrivacyRequest } from './types.ts';

const request = (over: Partial<AdminPrivacyRequest>): AdminPrivacyRequest => ({
  id: 'prq_1',
  kind: 'rectification',
  state: 'received',
  receivedAt: '2026-12-01T00:00:00.000Z',
  dueAt: '2026-12-31T00:00:00.000Z',
  closedAt: null,
  resolution: null,
  archiveUrl: null,
  subjectId: 'cus_1',
  handledBy: null,
  startedAt: null,
  overdue: false,
  daysLeft: 30,
  ...over,
});

describe('privacy request actions', () => {
  it('offers what the server allows for each kind and state', () => {
    expect(actionsFor(request({}))).toEqual(['start', 'reject']);
    expect(actionsFor(request({ state: 'in_progress' }))).toEqual(['complete', 'reject']);
    expect(actionsFor(request({ kind: 'export' }))).toEqual(['reject']);
    expect(actionsFor(request({ kind: 'erasure', state: 'completed', daysLeft: null }))).toEqual([]);
  });

  it('marks overdue requests as danger whatever their state', () => {
    expect(tagFor(request({}))).toBe('warning');
    expect(tagFor(request({ state: 'in_progress', overdue: true }))).toBe('danger');
    expect(tagFor(request({ state: 'completed' }))).toBe('success');
  });
});
