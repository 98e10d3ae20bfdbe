/**
 * Starts the local cloud from the environment:
 *   DATA_DIR (.data)  PORT (8080)  HOST (127.0.0.1)  FUNCTIONS_ROOT (dist/cloudfunctions)
 *   STATIC_ROOT (dist/h5)  DATABASE_CONFIG (cloudfunctions/database.json)  APP_ID
 *   TIMERS (1; 0 turns timer triggers off)  ALLOW_NON_LOOPBACK (1 to bind a non-loopback HOST)
 *   the gateway's timeouts and upload limits (local/gateway/settings.ts)
 *   LOCAL_INDEX_POLICY (warn; strict fails a database query no declared index serves, off is silent)
 * SIGINT / SIGTERM close it cleanly. Usage: npx tsx local/main.ts
 */
import * as path from 'path';
import { createLocalCloud, readMessagePush } from './index';
import { isLoopbackHost } from './gateway/loopback';
import { gatewaySettingsFromEnv } from './gateway/settings';
import { stopOnSignals } from './stop-on-signals';
import { parseIndexPolicy } from './runtime/database-config';

async function main(): Promise<void> {
  const env = process.env;
  const cwd = process.cwd();
  const port = Number(env.PORT ?? 8080);
  const host = env.HOST || '127.0.0.1';
  const allowNonLoopback = env.ALLOW_NON_LOOPBACK === '1';
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be an integer 0–65535, not "${env.PORT}"`);
  if (!isLoopbackHost(host) && !allowNonLoopback) {
    throw new Error(
      `HOST=${host} is not loopback; set ALLOW_NON_LOOPBACK=1 to expose the local cloud beyond this machine`,
    );
  }
  const gateway = gatewaySettingsFromEnv(env);

  const cloud = await createLocalCloud({
    dataDir: path.resolve(cwd, env.DATA_DIR || '.data'),
    functionsRoot: path.resolve(cwd, env.FUNCTIONS_ROOT || 'dist/cloudfunctions'),
    staticRoot: path.resolve(cwd, env.STATIC_ROOT || 'dist/h5'),
    databaseConfigFile: path.resolve(cwd, env.DATABASE_CONFIG || 'cloudfunctions/database.json'),
    messagePush: readMessagePush(path.resolve(cwd, 'cloudfunctions/message-push.json')),
    appId: env.APP_ID || undefined,
    timers: env.TIMERS !== '0',
    indexPolicy: parseIndexPolicy(env.LOCAL_INDEX_POLICY, 'LOCAL_INDEX_POLICY'),
  });
  stopOnSignals(() => cloud.close());
  let url: string;
  try {
    ({ url } = await cloud.listen(port, host, { allowNonLoopback, gateway }));
  } catch (error) {
    await cloud.close(); // e.g. the port is taken: release the data folder before exiting
    throw error;
  }
  console.log(`local cloud listening on ${url} (functions: ${cloud.functions().join(', ') || 'none'})`);
}

main().catch((error) => {
  console.error(`local cloud failed to start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
