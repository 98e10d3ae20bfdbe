// `npm start`: build what is missing, start the local cloud with the H5 app, seed demo data on
// first start, and print where to open it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createLocalCloud } from '../local';
import { DEMO_ADMIN_OPENID, DEMO_USERS } from '../cloudfunctions/domain/demo-data';
import { DEPARTMENT_LABELS, ROLE_LABELS } from '../cloudfunctions/domain/labels';

const root = path.resolve(__dirname, '..');
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const rebuild = process.argv.includes('--rebuild');

function buildIfMissing(what: string, marker: string, script: string) {
  if (!rebuild && existsSync(path.join(root, marker))) return;
  console.log(`构建 ${what} …`);
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`${what} 构建失败 (npm run ${script})`);
    process.exit(1);
  }
  console.log(`${what} 构建完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
}

async function main() {
  buildIfMissing('云函数', 'dist/cloudfunctions/ticket/index.js', 'build:functions');
  buildIfMissing('H5 应用', 'dist/h5/index.html', 'build:h5');

  const cloud = await createLocalCloud({
    dataDir,
    functionsRoot: path.join(root, 'dist/cloudfunctions'),
    staticRoot: path.join(root, 'dist/h5'),
    databaseConfigFile: path.join(root, 'cloudfunctions/database.json'),
    timers: true,
  });
  const seed = (await cloud.invoke('bootstrap', { action: 'seedDemo' }, { openid: DEMO_ADMIN_OPENID })) as {
    ok: boolean;
    data?: { seeded: boolean };
    error?: { message: string };
  };
  if (!seed.ok) throw new Error(`写入演示数据失败: ${seed.error?.message}`);
  const { url } = await cloud.listen(port, host);

  console.log(`\n物业服务台 Estate Desk 已启动: ${url}`);
  console.log(`数据目录: ${dataDir}${seed.data?.seeded ? '（已写入演示数据）' : ''}`);
  console.log('演示身份（在登录页选择）:');
  for (const user of DEMO_USERS) {
    const roles = user.roles.map((role) => ROLE_LABELS[role]).join('、');
    const department = user.department ? ` · ${DEPARTMENT_LABELS[user.department]}` : '';
    console.log(`  ${user.openid.padEnd(24)} ${user.name}（${roles}${department}）`);
  }

  const stop = async () => {
    await cloud.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
