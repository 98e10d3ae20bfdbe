// Bundles each cloud function folder with the shared domain/ and server/ code into a folder WeChat
// DevTools uploads as is: dist/cloudfunctions/<fn>/{index.js, package.json, config.json}.
import { build } from 'esbuild';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'cloudfunctions');
const output = path.join(root, 'dist', 'cloudfunctions');
const SHARED = new Set(['domain', 'server']);

export function functionNames(): string[] {
  return readdirSync(source, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !SHARED.has(d.name))
    .map((d) => d.name)
    .sort();
}

export async function buildCloudFunctions(log: (line: string) => void = console.log): Promise<string[]> {
  const names = functionNames();
  for (const name of names) {
    for (const file of ['index.ts', 'package.json', 'config.json']) {
      if (!existsSync(path.join(source, name, file))) throw new Error(`cloudfunctions/${name}/${file} is missing`);
    }
  }
  rmSync(output, { recursive: true, force: true });
  await Promise.all(
    names.map(async (name) => {
      const dir = path.join(output, name);
      mkdirSync(dir, { recursive: true });
      await build({
        entryPoints: [path.join(source, name, 'index.ts')],
        outfile: path.join(dir, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node16',
        format: 'cjs',
        external: ['wx-server-sdk'],
        logLevel: 'silent',
        legalComments: 'none',
      });
      copyFileSync(path.join(source, name, 'package.json'), path.join(dir, 'package.json'));
      copyFileSync(path.join(source, name, 'config.json'), path.join(dir, 'config.json'));
      // files a function reads at run time (a font), uploaded with it
      const assets = path.join(source, name, 'assets');
      if (existsSync(assets)) cpSync(assets, path.join(dir, 'assets'), { recursive: true });
    }),
  );
  for (const name of names) {
    const size = statSync(path.join(output, name, 'index.js')).size;
    log(`  ${name.padEnd(12)} ${(size / 1024).toFixed(1).padStart(7)} KB  dist/cloudfunctions/${name}/index.js`);
  }
  return names;
}

if (require.main === module) {
  const started = Date.now();
  buildCloudFunctions()
    .then((names) => console.log(`built ${names.length} cloud functions in ${Date.now() - started} ms`))
    .catch((error: unknown) => {
      const errors = (error as { errors?: Array<{ text: string; location?: { file: string; line: number } | null }> })
        .errors;
      if (errors?.length)
        for (const e of errors)
          console.error(`${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`);
      else console.error(error);
      process.exit(1);
    });
}
