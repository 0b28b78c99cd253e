import { describe as group, expect, it } from 'vitest';
import { actionsFor, describe } from './alert-view.ts';
import type { AccessAlert, StaffMember } from './types.ts';

const alert = (over: Partial<AccessAlert>): AccessAlert => ({
  id: 'alert_1',
  staffId: 'stf_1',
  rule: 'mass_read',
  action: 'freeze',
  detail: { people: 200, limit: 100, windowMinutes: 1 },
  status: 'open',
  createdAt: '2026-11-24T02:00:00.000Z',
  resolvedBy: null,
  resolvedAt: null,
  ...over,
});
const staff = (status: StaffMember['status']): StaffMember => ({
  id: 'stf_1',
  email: 'a@b.test',
  displayName: 'A',
  role: 'customer_service',
  status,
  createdAt: '2026-11-24T02:00:00.000Z',
});

group('security alerts', () => {
  it('offers unfreeze only for an open freeze alert whose account is still frozen', () => {
    expect(actionsFor(alert({}), staff('frozen'))).toEqual(['unfreeze', 'resolve']);
    expect(actionsFor(alert({}), staff('active'))).toEqual(['resolve']);
    expect(actionsFor(alert({ action: 'alert', rule: 'new_network' }), staff('frozen'))).toEqual(['resolve']);
    expect(actionsFor(alert({ status: 'resolved' }), staff('frozen'))).toEqual([]);
  });

  it("describes an alert by its rule's message and counts", () => {
    expect(describe(alert({}))).toEqual({
      key: 'detail.mass_read',
      values: { people: 200, limit: 100, windowMinutes: 1 },
    });
  });
});
