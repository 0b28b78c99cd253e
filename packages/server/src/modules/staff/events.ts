declare module '../../platform/events/index.ts' {
  interface DomainEventMap {
    /** An owner (or `hexamall staff unfreeze`) unfroze a staff member; the privacy module closes the alerts. */
    'staff.unfrozen': { staffId: string; by: string };
  }
}

export {};
