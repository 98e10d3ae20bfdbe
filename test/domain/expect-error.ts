import { isDomainError } from '../../cloudfunctions/domain/errors';
import type { ErrorCode } from '../../cloudfunctions/domain/api';

/** Runs `fn` and answers the code of the DomainError it threw; fails when it threw nothing else. */
export function errorCodeOf(fn: () => unknown): ErrorCode {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}

export function errorOf(fn: () => unknown): { code: ErrorCode; field?: string } {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, ...(error.field ? { field: error.field } : {}) };
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}
