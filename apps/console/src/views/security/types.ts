import type { paths } from '@hexamall/sdk';

type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

export type AlertPage = Ok<paths['/api/admin/privacy/alerts']['get']>;
export type AccessAlert = AlertPage['items'][number];
export type StaffPage = Ok<paths['/api/admin/staff']['get']>;
export type StaffMember = StaffPage['items'][number];
