// The profile details form's state and what it sends: pure, so it is tested without a browser.

export const GENDERS = ['female', 'male', 'other'] as const;
export const INCOME_BANDS = ['under_3k', '3k_to_5k', '5k_to_10k', '10k_to_20k', '20k_plus'] as const;
export const OUTSIDE_TABLE = ['other-cn', 'overseas'] as const;

export interface PortraitDetails {
  birthYear: number | null;
  gender: (typeof GENDERS)[number] | null;
  city: string | null;
  incomeBand: (typeof INCOME_BANDS)[number] | null;
}

export const EMPTY_DETAILS: PortraitDetails = { birthYear: null, gender: null, city: null, incomeBand: null };

/** Birth years offered: from this year minus 13 back to 1920, newest first. */
export function birthYears(now: Date): number[] {
  const last = now.getFullYear() - 13;
  return Array.from({ length: last - 1920 + 1 }, (_, i) => last - i);
}

/** Whether saving these details needs the analytics consent: any value does, clearing does not. */
export function needsConsent(details: PortraitDetails): boolean {
  return Object.values(details).some((v) => v !== null);
}

export interface CityOption {
  key: string;
  name: string;
}

/** The picker's cities: the table sorted by name in the reader's language, then the two outside it. */
export function cityOptions(
  table: readonly CityOption[],
  outsideLabel: (key: (typeof OUTSIDE_TABLE)[number]) => string,
  locale: string,
): CityOption[] {
  const sorted = [...table].sort((a, b) => a.name.localeCompare(b.name, locale));
  return [...sorted, ...OUTSIDE_TABLE.map((key) => ({ key, name: outsideLabel(key) }))];
}
