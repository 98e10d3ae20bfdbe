/**
 * Errors of the local cloud runtime. Each has a stable `code` (for programs and tests) and, where
 * the cloud has one, the cloud's `errCode` and an `errMsg` worded as WeChat words it, so the
 * gateway and `invoke` report failures the way `wx.cloud.callFunction` does.
 */
export const RuntimeErrorCodes = {
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  FUNCTION_NOT_FOUND: 'FUNCTION_NOT_FOUND',
  FUNCTION_LOAD_FAIL: 'FUNCTION_LOAD_FAIL',
  FUNCTION_EXECUTE_FAIL: 'FUNCTION_EXECUTE_FAIL',
  FUNCTION_TIMEOUT: 'FUNCTION_TIMEOUT',
  NETWORK_BLOCKED: 'NETWORK_BLOCKED',
  INVALID_CONFIG: 'INVALID_CONFIG',
  CLOSED: 'CLOSED',
} as const;

export type RuntimeErrorCode = (typeof RuntimeErrorCodes)[keyof typeof RuntimeErrorCodes];

/** The cloud's numeric codes (wx-server-sdk `TCB_ERR_CODE`). */
export const CloudErrCodes = {
  SYS_ERR: -501001,
  INVALID_PARAM: -501007,
  FUNCTION_NOT_FOUND: -501000,
  FUNCTIONS_EXECUTE_FAIL: -504002,
  FUNCTIONS_TIMEOUT: -504003,
} as const;

export class LocalCloudError extends Error {
  readonly code: RuntimeErrorCode;
  /** The cloud's numeric error code, as `wx.cloud.callFunction` rejects with. */
  readonly errCode: number;
  /** The text after `errMsg:` in the cloud's message. */
  readonly detail: string;

  constructor(code: RuntimeErrorCode, errCode: number, detail: string, options?: { cause?: unknown }) {
    super(detail);
    this.name = 'LocalCloudError';
    this.code = code;
    this.errCode = errCode;
    this.detail = detail;
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }

  /** The message as the mini-program sees it, e.g. `cloud.callFunction:fail Error: errCode: -504002 functions execute fail | errMsg: Error: boom`. */
  get errMsg(): string {
    const label = CLOUD_LABELS[this.errCode] ?? '';
    return `cloud.callFunction:fail Error: errCode: ${this.errCode} ${label} | errMsg: ${this.detail}`;
  }

  toJSON(): { code: RuntimeErrorCode; errCode: number; errMsg: string } {
    return { code: this.code, errCode: this.errCode, errMsg: this.errMsg };
  }
}

const CLOUD_LABELS: Record<number, string> = {
  [CloudErrCodes.SYS_ERR]: 'system error',
  [CloudErrCodes.INVALID_PARAM]: 'invalid parameter',
  [CloudErrCodes.FUNCTION_NOT_FOUND]: '',
  [CloudErrCodes.FUNCTIONS_EXECUTE_FAIL]: 'functions execute fail',
  [CloudErrCodes.FUNCTIONS_TIMEOUT]: 'functions execute timeout',
};

export const invalidArgument = (message: string): LocalCloudError =>
  new LocalCloudError(RuntimeErrorCodes.INVALID_ARGUMENT, CloudErrCodes.INVALID_PARAM, message);

export const functionNotFound = (name: string): LocalCloudError =>
  new LocalCloudError(
    RuntimeErrorCodes.FUNCTION_NOT_FOUND,
    CloudErrCodes.FUNCTION_NOT_FOUND,
    `FunctionName parameter could not be found. (function "${name}" is not in the functions folder)`,
  );

export const invalidConfig = (message: string): LocalCloudError =>
  new LocalCloudError(RuntimeErrorCodes.INVALID_CONFIG, CloudErrCodes.SYS_ERR, message);

/** How the cloud describes an exception thrown by a function: `Error: boom`. */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name || 'Error'}: ${error.message}`;
  if (error && typeof error === 'object') {
    try {
      return JSON.stringify(error);
    } catch {
      return String(error);
    }
  }
  return String(error);
}
