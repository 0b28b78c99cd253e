import type { AccessAlert, StaffMember } from './types.ts';

/** What the console offers for an alert: unfreeze only while the account is still frozen. */
export function actionsFor(alert: AccessAlert, staff: StaffMember | undefined): ('unfreeze' | 'resolve')[] {
  if (alert.status !== 'open') return [];
  const actions: ('unfreeze' | 'resolve')[] = [];
  if (alert.action === 'freeze' && staff?.status === 'frozen') actions.push('unfreeze');
  actions.push('resolve');
  return actions;
}

/** The message key and values that describe an alert; alerts hold counts, never personal data. */
export function describe(alert: AccessAlert): { key: string; values: Record<string, string | number> } {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(alert.detail)) if (v !== undefined) values[k] = v;
  return { key: `detail.${alert.rule}`, values };
}
