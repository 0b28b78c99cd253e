import { Type, type Static } from 'typebox';
import type { PrivacyRequestRow } from './tables.ts';

export const PRIVACY_REQUEST_KINDS = ['export', 'erasure', 'rectification'] as const;
export const PRIVACY_REQUEST_STATES = ['received', 'in_progress', 'completed', 'rejected'] as const;
/** How long a request may take, from receipt. */
export const REQUEST_DEADLINE_DAYS = 30;

const DateTime = Type.String({ format: 'date-time' });
const NullableDateTime = Type.Union([DateTime, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const PrivacyRequestSchema = Type.Object(
  {
    id: Type.String(),
    kind: Type.Enum([...PRIVACY_REQUEST_KINDS]),
    state: Type.Enum([...PRIVACY_REQUEST_STATES]),
    receivedAt: DateTime,
    dueAt: DateTime,
    closedAt: NullableDateTime,
    resolution: NullableString,
    /** Where a completed export's archive can be downloaded, until it expires. */
    archiveUrl: NullableString,
  },
  { additionalProperties: false },
);
export type PrivacyRequestView = Static<typeof PrivacyRequestSchema>;

export const AdminPrivacyRequestSchema = Type.Object(
  {
    ...PrivacyRequestSchema.properties,
    subjectId: Type.String(),
    handledBy: NullableString,
    startedAt: NullableDateTime,
    /** Still open after its due date. */
    overdue: Type.Boolean(),
    /** Whole days until the due date; negative once overdue; null once closed. */
    daysLeft: Type.Union([Type.Integer(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type AdminPrivacyRequestView = Static<typeof AdminPrivacyRequestSchema>;

export const AdminPrivacyRequestDetailSchema = Type.Object(
  { ...AdminPrivacyRequestSchema.properties, details: NullableString },
  { additionalProperties: false },
);
export type AdminPrivacyRequestDetailView = Static<typeof AdminPrivacyRequestDetailSchema>;

/** The export archive: one entry per module that holds something on the person. */
export const ExportArchiveSchema = Type.Object(
  {
    format: Type.Literal('hexamall.personal-data/1'),
    requestId: Type.String(),
    subjectId: Type.String(),
    merchantId: Type.String(),
    generatedAt: DateTime,
    modules: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false },
);
export type ExportArchive = Static<typeof ExportArchiveSchema>;

const DAY_MS = 24 * 60 * 60_000;

export function toRequestView(row: PrivacyRequestRow): PrivacyRequestView {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    resolution: row.resolution,
    archiveUrl: row.resultLocation,
  };
}

export function toAdminRequestView(row: PrivacyRequestRow, now: Date): AdminPrivacyRequestView {
  const open = row.closedAt === null;
  return {
    ...toRequestView(row),
    subjectId: row.subjectId,
    handledBy: row.handledBy,
    startedAt: row.startedAt?.toISOString() ?? null,
    overdue: open && row.dueAt.getTime() < now.getTime(),
    daysLeft: open ? Math.floor((row.dueAt.getTime() - now.getTime()) / DAY_MS) : null,
  };
}
