/**
 * The cloud's database error answers. `code` is the name the cloud's HTTP API sends; the SDK maps
 * it to the numeric errCode its callers see (see wx-server-sdk TCB_ERR_CODE).
 */
export const ErrorCodes = {
  /** -502005: the collection does not exist (add, get, update, aggregate … on a missing collection). */
  COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  /** -502001: generic database failure, also a duplicate key on a unique index or `_id`. */
  REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  /** -502002: an operator the engine does not support (geo) or an invalid operator. */
  INVALID_OPERATOR: 'DATABASE_INVALID_OPERRATOR',
  /** -501007: malformed request parameters. */
  INVALID_PARAM: 'INVALID_PARAM',
  /** Not in the SDK's table, so callers see -501001 (SYS_ERR), as for the cloud's own answer. */
  COLLECTION_ALREADY_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  /** A write conflict inside a transaction; runTransaction retries on this code. */
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  /** -501001: the engine itself failed (e.g. the journal could not be written). */
  SYS_ERR: 'SYS_ERR',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export class DatabaseError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

export const collectionNotExist = (name: string): DatabaseError =>
  new DatabaseError(
    ErrorCodes.COLLECTION_NOT_EXIST,
    `[ResourceNotFound] Db or Table not exist: ${name}. Please check your request, but if the problem cannot be solved, contact us.`,
  );

export const invalidParam = (message: string): DatabaseError =>
  new DatabaseError(ErrorCodes.INVALID_PARAM, `[InvalidParameter] ${message}`);

export const duplicateKey = (collection: string, index: string, key: string): DatabaseError =>
  new DatabaseError(
    ErrorCodes.REQUEST_FAILED,
    `[FailedOperation] E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${key}`,
  );

export const unsupportedOperator = (what: string): DatabaseError =>
  new DatabaseError(
    ErrorCodes.INVALID_OPERATOR,
    `[InvalidParameter] ${what} is not supported by the local database engine`,
  );

/** Turns anything thrown while executing a request into the cloud's error body. */
export function toErrorAnswer(error: unknown, requestId: string): { code: string; message: string; requestId: string } {
  if (error instanceof DatabaseError) return { code: error.code, message: error.message, requestId };
  const message = error instanceof Error ? error.message : String(error);
  // mingo reports unknown/invalid operators this way; the cloud answers with an operator error.
  if (/operator/i.test(message))
    return { code: ErrorCodes.INVALID_OPERATOR, message: `[InvalidParameter] ${message}`, requestId };
  return { code: ErrorCodes.REQUEST_FAILED, message: `[FailedOperation] ${message}`, requestId };
}
