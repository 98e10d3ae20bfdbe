// Errors the domain raises on purpose; the function handler turns them into `{ ok: false, error }`.
import type { ErrorCode } from './api';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

export const illegalTransition = (message: string) => new DomainError('ILLEGAL_TRANSITION', message);
export const forbidden = (message = '您没有权限执行此操作') => new DomainError('FORBIDDEN', message);
export const notFound = (message = '诉求不存在或您无权查看') => new DomainError('NOT_FOUND', message);
export const invalidInput = (message: string, field?: string) => new DomainError('INVALID_INPUT', message, field);
export const conflict = (message = '该诉求刚被他人更新，请刷新后重试') => new DomainError('CONFLICT', message);
