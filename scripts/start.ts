// `npm start`: build what is missing, start the local cloud with the H5 app, seed demo data on
// first start, and print where to open it. SIGINT / SIGTERM stop it cleanly, also mid-build.
// Environment: DATA_DIR (.data), PORT (8080), HOST (127.0.0.1), STATIC_ROOT (an H5 build of your
// own; default dist/h5, built when missing), and the gateway settings of local/gateway/settings.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createLocalCloud, readMessagePush } from '../local';
import { isLoopbackHost } from '../local/gateway/loopback';
import { gatewaySettingsFromEnv } from '../local/gateway/settings';
import { stopOnSignals } from '../local/stop-on-signals';
import { DEMO_ADMIN_OPENID, DEMO_USERS } from '../cloudfunctions/domain/demo-data';
import { DEPARTMENT_LABELS, ROLE_LABELS } from '../cloudfunctions/domain/labels';
import { buildCloudFunctions } from './build-cloudfunctions';
import { progressPrinter, startH5Build, stopH5Build } from './h5-build';

const root = path.resolve(__dirname, '..');
const env = process.env;
const dataDir = path.resolve(root, env.DATA_DIR || '.data');
const port = Number(env.PORT ?? 8080);
const host = env.HOST || '127.0.0.1';
const staticRoot = env.STATIC_ROOT ? path.resolve(env.STATIC_ROOT) : path.join(root, 'dist/h5');
const rebuild = process.argv.includes('--rebuild');

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

// What a signal has to stop changes as the start proceeds: a build, then the cloud.
let stopping = false;
let stopCurrent: (signal: NodeJS.Signals) => Promise<void> = async () => undefined;
stopOnSignals(async (signal) => {
  stopping = true;
  await stopCurrent(signal);
});

async function buildFunctionsIfMissing(): Promise<void> {
  if (!rebuild && existsSync(path.join(root, 'dist/cloudfunctions/ticket/index.js'))) return;
  console.log('构建云函数 …');
  const started = Date.now();
  await buildCloudFunctions(() => undefined);
  console.log(`云函数构建完成，用时 ${seconds(started)} 秒`);
}

/** False when the build failed or was stopped. */
async function buildH5IfMissing(): Promise<boolean> {
  if (env.STATIC_ROOT || (!rebuild && existsSync(path.join(staticRoot, 'index.html')))) return true;
  console.log('构建 H5 应用（首次启动需要，大约一两分钟）…');
  const started = Date.now();
  const printer = progressPrinter(process.stdout);
  const build = startH5Build(root, (progress) => printer.show(progress));
  stopCurrent = (signal) => stopH5Build(build, signal);
  const { ok, output } = await build.done;
  printer.end();
  stopCurrent = async () => undefined;
  if (stopping) return false;
  if (!ok) {
    console.error(output.split('\n').slice(-60).join('\n'));
    console.error('H5 应用构建失败（完整输出: npm run build:h5）');
    return false;
  }
  console.log(`H5 应用构建完成，用时 ${seconds(started)} 秒`);
  return true;
}

async function main() {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be an integer 0–65535, not "${env.PORT}"`);
  if (!isLoopbackHost(host)) throw new Error(`HOST=${host} is not loopback; npm start serves this machine only`);
  const gateway = gatewaySettingsFromEnv(env);

  await buildFunctionsIfMissing();
  if (!(await buildH5IfMissing())) {
    if (!stopping) process.exit(1);
    return;
  }
  if (stopping) return;

  const cloud = await createLocalCloud({
    dataDir,
    functionsRoot: path.join(root, 'dist/cloudfunctions'),
    staticRoot,
    databaseConfigFile: path.join(root, 'cloudfunctions/database.json'),
    messagePush: readMessagePush(path.join(root, 'cloudfunctions/message-push.json')),
    timers: true,
    devRoutes: true,
  });
  stopCurrent = () => cloud.close();
  if (stopping) return cloud.close();
  const seed = (await cloud.invoke('bootstrap', { action: 'seedDemo' }, { openid: DEMO_ADMIN_OPENID })) as {
    ok: boolean;
    data?: { seeded: boolean };
    error?: { message: string };
  };
  if (!seed.ok) {
    await cloud.close();
    throw new Error(`写入演示数据失败: ${seed.error?.message}`);
  }
  let url: string;
  try {
    ({ url } = await cloud.listen(port, host, { gateway }));
  } catch (error) {
    await cloud.close();
    throw error;
  }

  console.log(`\n物业服务台 Estate Desk 已启动: ${url}`);
  console.log(`数据目录: ${dataDir}${seed.data?.seeded ? '（已写入演示数据）' : ''}`);
  console.log('演示身份（在登录页选择）:');
  for (const user of DEMO_USERS) {
    const roles = user.roles.map((role) => ROLE_LABELS[role]).join('、');
    const department = user.department ? ` · ${DEPARTMENT_LABELS[user.department]}` : '';
    console.log(`  ${user.openid.padEnd(24)} ${user.name}（${roles}${department}）`);
  }
  console.log('按 Ctrl+C 停止');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
