import type { StaffRole } from '../api/types.ts';

export type Permission =
  | 'catalog:read'
  | 'catalog:write'
  | 'inventory:read'
  | 'inventory:write'
  | 'orders:read'
  | 'orders:write'
  | 'payments:refund'
  | 'risk:review'
  | 'promotions:read'
  | 'promotions:write'
  | 'reviews:moderate'
  | 'shipping:write'
  | 'customers:read'
  | 'reports:read'
  | 'analytics:read'
  | 'staff:manage'
  | 'settings:write';

/**
 * What each role may do, as packages/server/src/platform/permissions.ts grants it. The console uses it only to
 * hide what a role cannot use; the server checks every request.
 */
export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  owner: [
    'catalog:read',
    'catalog:write',
    'inventory:read',
    'inventory:write',
    'orders:read',
    'orders:write',
    'payments:refund',
    'risk:review',
    'promotions:read',
    'promotions:write',
    'reviews:moderate',
    'shipping:write',
    'customers:read',
    'reports:read',
    'analytics:read',
    'staff:manage',
    'settings:write',
  ],
  operator: [
    'promotions:read',
    'promotions:write',
    'reviews:moderate',
    'catalog:read',
    'catalog:write',
    'inventory:read',
    'inventory:write',
    'orders:read',
    'orders:write',
    'shipping:write',
    'reports:read',
  ],
  customer_service: [
    'reviews:moderate',
    'catalog:read',
    'inventory:read',
    'orders:read',
    'orders:write',
    'payments:refund',
    'risk:review',
    'customers:read',
  ],
  analyst: ['catalog:read', 'inventory:read', 'orders:read', 'reports:read', 'analytics:read'],
};

export function can(role: StaffRole | undefined, permission: Permission): boolean {
  return role !== undefined && ROLE_PERMISSIONS[role].includes(permission);
}
