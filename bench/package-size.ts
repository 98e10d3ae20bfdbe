// Sizes of the built mini-program (dist/weapp): the main package and each subpackage, as WeChat
// counts them (every file under the package's root; the main package is everything else).
import fs from 'node:fs';
import path from 'node:path';

export interface PackageSizes {
  main: number;
  subpackages: Record<string, number>;
  total: number;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export function measureWeappPackages(weappRoot: string): PackageSizes {
  const appJson = JSON.parse(fs.readFileSync(path.join(weappRoot, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  const sizes: PackageSizes = { main: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])), total: 0 };
  for (const file of filesUnder(weappRoot)) {
    const relative = path.relative(weappRoot, file).split(path.sep).join('/');
    const size = fs.statSync(file).size;
    const root = roots.find((r) => relative.startsWith(r));
    if (root) sizes.subpackages[root] += size;
    else sizes.main += size;
    sizes.total += size;
  }
  return sizes;
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

if (require.main === module) {
  const sizes = measureWeappPackages(path.resolve(__dirname, '../dist/weapp'));
  console.log(
    `weapp main package ${formatKiB(sizes.main)} (limit 2048 KiB, our budget 1024 KiB); total ${formatKiB(sizes.total)}`,
  );
  for (const [root, size] of Object.entries(sizes.subpackages)) console.log(`  subpackage ${root} ${formatKiB(size)}`);
}
