import type { AdminPrivacyRequest, RequestAction } from './types.ts';

/**
 * The actions staff may take on a request, as the server allows them: rectification is started and
 * completed by hand; exports and erasures are carried out by a job, so they can only be rejected while
 * still open.
 */
export function actionsFor(request: AdminPrivacyRequest): RequestAction[] {
  if (request.state === 'received')
    return request.kind === 'rectification' ? ['start', 'reject'] : ['reject'];
  if (request.state === 'in_progress') return ['complete', 'reject'];
  return [];
}

/** Element Plus tag type per state; overdue open requests are shown as danger whatever their state. */
export function tagFor(request: AdminPrivacyRequest): 'info' | 'primary' | 'success' | 'danger' | 'warning' {
  if (request.overdue) return 'danger';
  return ({ received: 'warning', in_progress: 'primary', completed: 'success', rejected: 'info' } as const)[
    request.state
  ];
}
