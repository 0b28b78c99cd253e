/** What staff may do. Routes declare the permission they need; roles are bundles of permissions. */
export const PERMISSIONS = [
  'catalog:read',
  'catalog:write',
  'inventory:read',
  'inventory:write',
  'orders:read',
  'orders:write',
  'payments:refund',
  // Approve or reject payments the risk rules held: a separate duty from refunds (see decision 0010).
  'risk:review',
  'shipping:write',
  'customers:read',
  // Unmasked contact details (phone, email, full address) when serving a customer; without it, masked.
  'customers:contact',
  'reports:read',
  // Aggregate dashboards (funnel, shopper portrait): never a single person's data.
  'analytics:read',
  // Mark customers as creators with a public name.
  'creators:manage',
  // Coupon templates: read them; create and disable them (decision 0013).
  'promotions:read',
  'promotions:write',
  // Hide and restore reviews, and reply to them as the shop.
  'reviews:moderate',
  'staff:manage',
  'settings:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const STAFF_ROLES = ['owner', 'operator', 'customer_service', 'analyst'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  owner: PERMISSIONS,
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
    'creators:manage',
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
    'customers:contact',
  ],
  analyst: ['catalog:read', 'inventory:read', 'orders:read', 'reports:read', 'analytics:read'],
};
