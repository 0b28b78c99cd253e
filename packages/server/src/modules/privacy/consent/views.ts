import { Type, type Static } from 'typebox';
import type { ConsentPurpose } from '../../../platform/index.ts';
import {
  CONSENT_CHANNELS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  CURRENT_NOTICE_VERSION,
  SEPARATE_CONSENT_PURPOSES,
} from './purposes.ts';
import type { ConsentState } from './services/current-consents.ts';

export const ConsentPurposeSchema = Type.Enum([...CONSENT_PURPOSES]);
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const ConsentSchema = Type.Object(
  {
    purpose: ConsentPurposeSchema,
    granted: Type.Boolean(),
    /** Granting it must be a request of its own (PIPL separate consent). */
    separate: Type.Boolean(),
    noticeVersion: Nullable(Type.String()),
    method: Nullable(Type.String()),
    channel: Nullable(Type.String()),
    at: Nullable(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);

export const NoticeSchema = Type.Object(
  { version: Type.String({ description: 'Send it back as noticeVersion with consent choices' }) },
  { additionalProperties: false },
);

export const ConsentsSchema = Type.Object(
  {
    currentNoticeVersion: Type.String(),
    /** A purpose is granted under an earlier notice: show the current one and ask again. */
    reviewNeeded: Type.Boolean(),
    items: Type.Array(ConsentSchema),
  },
  { additionalProperties: false },
);
export type ConsentsView = Static<typeof ConsentsSchema>;

export const RecordConsentsBody = Type.Object(
  {
    noticeVersion: Type.String({ minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9._-]+$' }),
    method: Type.Enum(CONSENT_METHODS.filter((m) => m !== 'staff_recorded')),
    channel: Type.Enum(CONSENT_CHANNELS.filter((c) => c !== 'console')),
    changes: Type.Array(
      Type.Object(
        { purpose: ConsentPurposeSchema, granted: Type.Boolean() },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: CONSENT_PURPOSES.length },
    ),
  },
  { additionalProperties: false },
);
export type RecordConsentsInput = Static<typeof RecordConsentsBody>;

/**
 * The choices a sign-up form offers beside the notice it shows. Sign-up bundles them with creating the
 * account, so the separate-consent purposes cannot be granted here (they are refused, not ignored).
 */
export const SignUpConsentsBody = Type.Object(
  {
    noticeVersion: RecordConsentsBody.properties.noticeVersion,
    channel: RecordConsentsBody.properties.channel,
    changes: RecordConsentsBody.properties.changes,
  },
  { additionalProperties: false, description: 'Consent choices made on the sign-up form' },
);
export type SignUpConsentsInput = Static<typeof SignUpConsentsBody>;

/** Every purpose, recorded or not, so the privacy centre can show a toggle for each. */
export function toConsentsView(states: Map<ConsentPurpose, ConsentState>): ConsentsView {
  const outdated = [...states.values()].some(
    (state) => state.granted && state.noticeVersion !== CURRENT_NOTICE_VERSION,
  );
  return {
    currentNoticeVersion: CURRENT_NOTICE_VERSION,
    reviewNeeded: outdated,
    items: CONSENT_PURPOSES.map((purpose) => {
      const state = states.get(purpose);
      return {
        purpose,
        granted: state?.granted ?? false,
        separate: SEPARATE_CONSENT_PURPOSES.includes(purpose),
        noticeVersion: state?.noticeVersion ?? null,
        method: state?.method ?? null,
        channel: state?.channel ?? null,
        at: state?.at.toISOString() ?? null,
      };
    }),
  };
}
