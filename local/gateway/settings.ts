/**
 * The gateway's limits: how long a client may take to send a request, how long an idle keep-alive
 * connection is kept, and how much one user may upload. Defaults fit a small site; every value can
 * be overridden from the environment (see `gatewaySettingsFromEnv` and docs/local-runtime.md).
 */
export interface UploadLimits {
  /** Files one user may upload per day (China time). */
  filesPerDay: number;
  /** Bytes one user may upload per day (China time). */
  bytesPerDay: number;
  /** Upload attempts one user may make in any 60 seconds. */
  perMinute: number;
}

export interface GatewaySettings {
  /** A client must have sent every request header within this time. */
  headersTimeoutMs: number;
  /** A client must have sent a whole request (headers and body) within this time … */
  requestTimeoutMs: number;
  /** … except an upload, which may take this long (photos from a phone on a slow line). */
  uploadTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /** At most one "client went away mid-request" line per this time; the rest are counted. */
  disconnectLogIntervalMs: number;
  uploads: UploadLimits;
}

export const DEFAULT_GATEWAY_SETTINGS: GatewaySettings = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  uploadTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  disconnectLogIntervalMs: 60_000,
  uploads: { filesPerDay: 200, bytesPerDay: 200 * 1024 * 1024, perMinute: 30 },
};

export interface GatewaySettingsInput extends Partial<Omit<GatewaySettings, 'uploads'>> {
  uploads?: Partial<UploadLimits>;
}

const positiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;

/** Defaults completed by `input`; throws a plain Error naming the first bad value. */
export function resolveGatewaySettings(input: GatewaySettingsInput = {}): GatewaySettings {
  const settings: GatewaySettings = {
    ...DEFAULT_GATEWAY_SETTINGS,
    ...withoutUndefined(input),
    uploads: { ...DEFAULT_GATEWAY_SETTINGS.uploads, ...withoutUndefined(input.uploads ?? {}) },
  };
  const { uploads, ...timeouts } = settings;
  for (const [name, value] of [...Object.entries(timeouts), ...Object.entries(uploads)]) {
    if (!positiveInteger(value)) throw new Error(`gateway setting ${name} must be a positive integer, not ${value}`);
  }
  // Node refuses a header timeout longer than the request timeout; the upload timeout is the
  // server-wide one (the longest), so both request timeouts must allow for the headers.
  if (settings.headersTimeoutMs > settings.requestTimeoutMs) {
    throw new Error('gateway setting headersTimeoutMs must not exceed requestTimeoutMs');
  }
  if (settings.requestTimeoutMs > settings.uploadTimeoutMs) {
    throw new Error('gateway setting requestTimeoutMs must not exceed uploadTimeoutMs');
  }
  return settings;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Environment variables and the setting each overrides (documented in docs/local-runtime.md). */
const ENV_SECONDS = {
  GATEWAY_HEADERS_TIMEOUT_S: 'headersTimeoutMs',
  GATEWAY_REQUEST_TIMEOUT_S: 'requestTimeoutMs',
  GATEWAY_UPLOAD_TIMEOUT_S: 'uploadTimeoutMs',
  GATEWAY_KEEPALIVE_TIMEOUT_S: 'keepAliveTimeoutMs',
} as const;

/** The settings named in the environment; throws a plain Error for a value that is not a positive integer. */
export function gatewaySettingsFromEnv(env: Record<string, string | undefined>): GatewaySettingsInput {
  const read = (name: string): number | undefined => {
    const text = env[name];
    if (text === undefined || text === '') return undefined;
    const value = Number(text);
    if (!positiveInteger(value)) throw new Error(`${name} must be a positive integer, not "${text}"`);
    return value;
  };
  const input: GatewaySettingsInput = {};
  for (const [name, key] of Object.entries(ENV_SECONDS)) {
    const seconds = read(name);
    if (seconds !== undefined) input[key] = seconds * 1000;
  }
  const megabytes = read('UPLOAD_MB_PER_DAY');
  input.uploads = {
    filesPerDay: read('UPLOAD_FILES_PER_DAY'),
    bytesPerDay: megabytes === undefined ? undefined : megabytes * 1024 * 1024,
    perMinute: read('UPLOAD_PER_MINUTE'),
  };
  resolveGatewaySettings(input); // report a bad combination at start, with the variables' names nearby
  return input;
}
