import type { Answer } from '../../api/types.ts';

export type Consents = Answer<'/api/store/privacy/consents', 'get'>;
export type Consent = Consents['items'][number];
export type ConsentPurpose = Consent['purpose'];
export type PrivacyRequest = Answer<'/api/store/privacy/requests', 'get'>['items'][number];
export type RequestKind = PrivacyRequest['kind'];
