// What one deploy command ships, read from the files themselves: every function folder, its timer
// trigger and timeout are declared in cloudbaserc.json; every open API a function calls is granted in
// its config.json; every collection is closed to clients, in database.json and in the deploy file.
import fs from 'node:fs';
import path from 'node:path';
import { readDatabaseConfig } from '../../local/runtime/database-config';

const root = path.resolve(__dirname, '../..');
const functionsSource = path.join(root, 'cloudfunctions');
const SHARED = new Set(['domain', 'server']);
/** The cloud's timeout when config.json names none. */
const CLOUD_DEFAULT_TIMEOUT = 3;

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

interface Trigger {
  name: string;
  type: string;
  config: string;
}
interface FunctionConfig {
  triggers?: Trigger[];
  timeout?: number;
  permissions?: { openapi?: string[] };
}
interface DeployedFunction {
  name: string;
  handler?: string;
  timeout?: number;
  installDependency?: boolean;
  triggers?: Trigger[];
}
interface CloudbaseRc {
  functionRoot: string;
  functions: DeployedFunction[];
  framework: {
    plugins: Record<string, { use: string; inputs: { collections?: Array<Record<string, unknown>> } }>;
  };
}

const rc = readJson(path.join(root, 'cloudbaserc.json')) as CloudbaseRc;
const database = readJson(path.join(functionsSource, 'database.json')) as {
  collections: Record<string, { permission?: unknown; rules?: unknown }>;
};

/** Function folders: an index.ts and a config.json, outside the shared code. */
const functionFolders = fs
  .readdirSync(functionsSource, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !SHARED.has(d.name))
  .map((d) => d.name)
  .filter((name) => ['index.ts', 'config.json'].every((f) => fs.existsSync(path.join(functionsSource, name, f))))
  .sort();

const configOf = (name: string): FunctionConfig => readJson(path.join(functionsSource, name, 'config.json'));
const declared = (name: string) => rc.functions.find((f) => f.name === name);

/** `cloud.openapi.<x>.<y>` as written in source, or as a bundler renames the `cloud` import. */
function openApiCalls(source: string): string[] {
  const calls = new Set<string>();
  for (const match of source.matchAll(/\bopenapi\s*\.\s*([A-Za-z_$][\w$]*)\s*\.\s*([A-Za-z_$][\w$]*)\s*\(/g))
    calls.add(`${match[1]}.${match[2]}`);
  return [...calls].sort();
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, pattern);
    return pattern.test(entry.name) ? [full] : [];
  });
}

test('the function folders are found (a broken discovery would make every check below pass)', () => {
  expect(functionFolders).toEqual(expect.arrayContaining(['ticket', 'user']));
});

describe('cloudbaserc.json', () => {
  test('deploys from the built functions folder', () => {
    expect(rc.functionRoot).toBe('dist/cloudfunctions');
  });

  test('declares every function folder, once, and nothing else', () => {
    expect(rc.functions.map((f) => f.name).sort()).toEqual(functionFolders);
  });

  test.each(functionFolders)('%s: its timer trigger is declared exactly as in its config.json', (name) => {
    expect(declared(name)?.triggers ?? []).toEqual(configOf(name).triggers ?? []);
  });

  test.each(functionFolders)(
    '%s: timeout, handler and dependencies match what WeChat DevTools would deploy',
    (name) => {
      expect(declared(name)).toMatchObject({
        timeout: configOf(name).timeout ?? CLOUD_DEFAULT_TIMEOUT,
        handler: 'index.main',
        installDependency: true,
      });
      expect(readJson(path.join(functionsSource, name, 'package.json')).dependencies).toHaveProperty('wx-server-sdk');
    },
  );

  test('one framework deploy ships the functions (from the list above) and the collections', () => {
    const plugins = Object.values(rc.framework.plugins);
    const functionPlugin = plugins.find((p) => p.use === '@cloudbase/framework-plugin-function');
    // no list of its own: the plugin then deploys the top-level `functions` from `functionRoot`
    expect(functionPlugin?.inputs).toEqual({});
    expect(plugins.some((p) => p.use === '@cloudbase/framework-plugin-database')).toBe(true);
  });
});

describe('open API permissions', () => {
  test('the scanner finds calls as written and as bundled', () => {
    const written = 'await cloud.openapi.subscribeMessage.send({ touser })';
    const bundled = 'await import_wx_server_sdk.default.openapi.security.msgSecCheck({ content });';
    expect(openApiCalls(`${written}\n${bundled}`)).toEqual(['security.msgSecCheck', 'subscribeMessage.send']);
    expect(openApiCalls('const openapi = { a: 1 }; openapi.a;')).toEqual([]);
  });

  test.each(functionFolders)('%s: every open API its deployed bundle calls is granted in config.json', (name) => {
    const bundle = fs.readFileSync(path.join(root, 'dist/cloudfunctions', name, 'index.js'), 'utf8');
    const granted = configOf(name).permissions?.openapi ?? [];
    for (const call of openApiCalls(bundle)) expect(granted).toContain(call);
  });
});

describe('database permissions', () => {
  const collections = Object.keys(database.collections).sort();
  const databasePlugin = Object.values(rc.framework.plugins).find(
    (p) => p.use === '@cloudbase/framework-plugin-database',
  );
  const deployed = databasePlugin?.inputs.collections ?? [];

  test('every collection in database.json is closed to clients (only functions read and write it)', () => {
    expect(collections.length).toBeGreaterThan(0);
    for (const name of collections) {
      const { permission, rules } = database.collections[name];
      const strictest = permission === 'ADMINONLY' || JSON.stringify(rules) === '{"read":false,"write":false}';
      if (!strictest)
        throw new Error(`collection "${name}" is not ADMINONLY: ${JSON.stringify({ permission, rules })}`);
    }
  });

  test('the deploy file creates exactly those collections, each ADMINONLY', () => {
    expect(deployed.map((c) => c.collectionName).sort()).toEqual(collections);
    for (const collection of deployed) expect(collection.aclTag).toBe('ADMINONLY');
  });

  test('the local runtime still reads database.json, permissions and all', () => {
    const indexes = readDatabaseConfig(path.join(functionsSource, 'database.json'));
    expect(Object.keys(indexes).sort()).toEqual(collections);
  });
});

describe('the app never reaches the database itself', () => {
  test('no source file under src/ opens the database', () => {
    const files = filesUnder(path.join(root, 'src'), /\.(tsx?|jsx?)$/);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((file) => /cloud\.database|\.database\(/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(root, file))).toEqual([]);
  });
});
