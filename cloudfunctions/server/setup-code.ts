// The setup code a company sets on the `bootstrap` function (environment variable
// ADMIN_SETUP_CODE) to create its first administrator. Read at each call, never stored.

export const ADMIN_SETUP_CODE_VARIABLE = 'ADMIN_SETUP_CODE';

/** A code shorter than this is treated as not set: it could be guessed. */
export const MIN_SETUP_CODE_LENGTH = 12;

/** The configured code, or null when it is unset, blank or too short to be safe. */
export function configuredSetupCode(env: NodeJS.ProcessEnv = process.env): string | null {
  const code = (env[ADMIN_SETUP_CODE_VARIABLE] ?? '').trim();
  return code.length >= MIN_SETUP_CODE_LENGTH ? code : null;
}
