import type { AccessPurpose, Ctx, Permission } from '../../../platform/index.ts';
import { AppError } from '../../../platform/index.ts';

/**
 * How sensitive a personal field is. The class, not the column, decides who sees it in clear, so a new
 * module's field gets the same treatment as the customers module's by naming its class.
 */
export type FieldClass =
  | 'name'
  | 'contact'
  | 'address'
  | 'region'
  | 'id_number'
  | 'location'
  | 'device'
  // Self-declared birth year, gender, city and income band: for aggregate analytics only (decision 0012).
  | 'demographic';

export type Visibility = 'clear' | 'masked';

/** What a staff member needs to read personal data for a purpose at all (else FORBIDDEN). */
const PURPOSE_PERMISSION: Record<AccessPurpose, Permission | undefined> = {
  self: undefined,
  authentication: undefined,
  fulfilment: 'orders:read',
  customer_service: 'customers:read',
  marketing: 'reports:read',
  analytics: 'reports:read',
  legal: 'staff:manage',
  administration: 'staff:manage',
};

/**
 * Which classes a purpose shows in clear, and the extra permission that unlocks them. Everything else
 * the purpose allows is masked: enough to recognise a person (138****1234), not to contact them
 * outside the platform.
 */
const CLEAR_FOR: Record<AccessPurpose, { classes: readonly FieldClass[]; permission?: Permission }> = {
  self: {
    classes: ['name', 'contact', 'address', 'region', 'id_number', 'location', 'device', 'demographic'],
  },
  authentication: { classes: ['name', 'contact'] },
  // Packing and shipping need the recipient, their phone and the address; nothing else.
  fulfilment: { classes: ['name', 'contact', 'address', 'region'], permission: 'shipping:write' },
  customer_service: { classes: ['name', 'contact', 'address', 'region'], permission: 'customers:contact' },
  marketing: { classes: ['region'] },
  analytics: { classes: ['region', 'demographic'] },
  legal: {
    classes: ['name', 'contact', 'address', 'region', 'id_number', 'location', 'device', 'demographic'],
  },
  administration: { classes: ['name', 'contact'] },
};

/**
 * Decides, for one read, how each field class is shown; throws FORBIDDEN when the actor may not read
 * personal data for this purpose at all. Shoppers may only read their own data ('self').
 */
export function accessFor(
  ctx: Ctx,
  purpose: AccessPurpose,
  subjectId: string,
): (field: FieldClass) => Visibility {
  const actor = ctx.actor;
  if (actor.kind === 'shopper') {
    if (purpose !== 'self' || actor.customerId !== subjectId) throw new AppError('FORBIDDEN');
    return () => 'clear';
  }
  if (actor.kind === 'guest') {
    if (purpose !== 'authentication') throw new AppError('FORBIDDEN');
    return clearOnly(CLEAR_FOR.authentication.classes);
  }
  if (actor.kind === 'system') return () => 'clear';
  if (purpose === 'self') {
    if (actor.staffId !== subjectId) throw new AppError('FORBIDDEN');
    return () => 'clear';
  }
  const needed = PURPOSE_PERMISSION[purpose];
  if (needed && !actor.permissions.has(needed)) throw new AppError('FORBIDDEN');
  const rule = CLEAR_FOR[purpose];
  if (rule.permission && !actor.permissions.has(rule.permission)) return () => 'masked';
  return clearOnly(rule.classes);
}

function clearOnly(classes: readonly FieldClass[]): (field: FieldClass) => Visibility {
  return (field) => (classes.includes(field) ? 'clear' : 'masked');
}
