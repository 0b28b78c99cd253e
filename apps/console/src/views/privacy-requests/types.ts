import type { paths } from '@hexamall/sdk';

type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

export type RequestPage = Ok<paths['/api/admin/privacy/requests']['get']>;
export type AdminPrivacyRequest = RequestPage['items'][number];
export type AdminPrivacyRequestDetail = Ok<paths['/api/admin/privacy/requests/{id}']['get']>;
export type RequestAction = 'start' | 'complete' | 'reject';
