export { ERROR_CATALOGUE, isErrorCode, type ErrorCode } from './catalogue.ts';
export { AppError, unwrap } from './app-error.ts';
export { frameworkErrorHandler, registerProblemHandlers, toProblem, type Problem } from './problem.ts';
