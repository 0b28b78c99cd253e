import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error.ts';
import { ERROR_CATALOGUE, type ErrorCode } from './catalogue.ts';
import { CARD_NUMBER_KEYWORD } from '../schemas.ts';

export const PROBLEM_BASE = 'https://hexamall.dev/problems/';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  requestId: string;
  [extra: string]: unknown;
}

// Fastify's own codes, mapped onto ours so clients see one vocabulary.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_NOT_FOUND: 'ROUTE_NOT_FOUND',
  FST_ERR_BAD_URL: 'MALFORMED_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
};

export function toProblem(error: FastifyError | Error, request: FastifyRequest): Problem {
  const base = { instance: request.url.split('?')[0], requestId: String(request.id) };
  if (error instanceof AppError) {
    return {
      type: PROBLEM_BASE + error.code,
      title: ERROR_CATALOGUE[error.code].title,
      status: error.status,
      code: error.code,
      ...(error.detail ? { detail: error.detail } : {}),
      ...(error.data ?? {}),
      ...base,
    };
  }
  const fe = error as FastifyError;
  if (fe.validation?.some((v) => v.keyword === CARD_NUMBER_KEYWORD)) {
    // Which field, never the text: it holds the card number.
    return {
      type: PROBLEM_BASE + 'CARD_NUMBER_REFUSED',
      title: ERROR_CATALOGUE.CARD_NUMBER_REFUSED.title,
      status: ERROR_CATALOGUE.CARD_NUMBER_REFUSED.status,
      code: 'CARD_NUMBER_REFUSED',
      errors: fe.validation.map((v) => ({ in: fe.validationContext, path: v.instancePath || '/' })),
      ...base,
    };
  }
  if (fe.validation) {
    return {
      type: PROBLEM_BASE + 'VALIDATION_FAILED',
      title: ERROR_CATALOGUE.VALIDATION_FAILED.title,
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: fe.message,
      errors: fe.validation.map((v) => ({
        in: fe.validationContext,
        path: v.instancePath || '/',
        message: v.message,
        ...(v.params && 'additionalProperty' in v.params ? { field: v.params.additionalProperty } : {}),
      })),
      ...base,
    };
  }
  const mapped =
    (fe.code && FASTIFY_CODES[fe.code]) || (fe instanceof SyntaxError ? 'MALFORMED_BODY' : undefined);
  if (mapped) {
    return {
      type: PROBLEM_BASE + mapped,
      title: ERROR_CATALOGUE[mapped].title,
      status: ERROR_CATALOGUE[mapped].status,
      code: mapped,
      ...base,
    };
  }
  if (fe.statusCode === 429) {
    return {
      type: PROBLEM_BASE + 'RATE_LIMITED',
      title: ERROR_CATALOGUE.RATE_LIMITED.title,
      status: 429,
      code: 'RATE_LIMITED',
      ...base,
    };
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    // A client error from a plugin we have no specific code for: still a 4xx, never a 500.
    return {
      type: PROBLEM_BASE + 'VALIDATION_FAILED',
      title: ERROR_CATALOGUE.VALIDATION_FAILED.title,
      status: fe.statusCode,
      code: 'VALIDATION_FAILED',
      detail: fe.message,
      ...base,
    };
  }
  return {
    type: PROBLEM_BASE + 'INTERNAL',
    title: ERROR_CATALOGUE.INTERNAL.title,
    status: 500,
    code: 'INTERNAL',
    ...base,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

/** For errors Fastify's router raises before any route runs (bad percent-encoding, overlong params). */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void sendProblem(reply, toProblem(error, request));
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code }, 'request refused');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: PROBLEM_BASE + 'ROUTE_NOT_FOUND',
      title: ERROR_CATALOGUE.ROUTE_NOT_FOUND.title,
      status: 404,
      code: 'ROUTE_NOT_FOUND',
      instance: request.url.split('?')[0],
      requestId: String(request.id),
    }),
  );
}
