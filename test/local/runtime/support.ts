import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createLocalCloud } from '../../../local';
import type { LocalCloud, LocalCloudOptions } from '../../../local';
import type { GatewaySettingsInput } from '../../../local/gateway/settings';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const FIXTURE_FUNCTIONS = path.join(FIXTURES, 'functions');

export interface TestCloud {
  cloud: LocalCloud;
  dataDir: string;
  logs: string[];
  close(): Promise<void>;
}

/** A local cloud over the fixture functions, in a fresh data folder; logs are kept, not printed. */
export async function startTestCloud(options: Partial<LocalCloudOptions> = {}): Promise<TestCloud> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-'));
  const logs: string[] = [];
  const keep = (...args: unknown[]) => logs.push(args.map(String).join(' '));
  const cloud = await createLocalCloud({
    dataDir,
    functionsRoot: FIXTURE_FUNCTIONS,
    databaseConfigFile: path.join(FIXTURES, 'database.json'),
    logger: { error: keep, warn: keep, info: keep },
    ...options,
  });
  return {
    cloud,
    dataDir,
    logs,
    async close() {
      await cloud.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ListeningTestCloud extends TestCloud {
  /** where the gateway answers, e.g. http://127.0.0.1:40123 */
  url: string;
}

/** A test cloud whose gateway listens on a free loopback port (with these timeouts and upload limits). */
export async function startListeningTestCloud(
  options: Partial<LocalCloudOptions> = {},
  gateway: GatewaySettingsInput = {},
): Promise<ListeningTestCloud> {
  const t = await startTestCloud(options);
  const { url } = await t.cloud.listen(0, '127.0.0.1', { gateway });
  return { ...t, url };
}
