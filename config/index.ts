import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// The shared domain (labels, schemas, contract) lives beside the cloud functions; compile it too.
const sharedDomain = { include: [path.resolve(__dirname, '../cloudfunctions/domain')] };

// weapp and h5 build into different folders, or each build would delete the other.
const outputRoot = `dist/${process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'}`;

export default defineConfig<'webpack5'>((merge) => {
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'estate-desk',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    framework: 'react',
    compiler: 'webpack5',
    plugins: [],
    alias: {
      '@domain': path.resolve(__dirname, '../cloudfunctions/domain'),
    },
    defineConstants: {
      // In h5 the app talks to the local cloud's gateway; empty means "the origin that served the app".
      CLOUD_GATEWAY: JSON.stringify(process.env.CLOUD_GATEWAY ?? ''),
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV ?? ''),
    },
    copy: { patterns: [], options: {} },
    cache: { enable: false },
    mini: {
      compile: sharedDomain,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // No *.LICENSE.txt files beside the bundles: they would count against the package size.
        chain.optimization.minimizer('terserPlugin').tap((args: Array<Record<string, unknown>>) => {
          args[0] = { ...args[0], extractComments: false };
          return args;
        });
      },
    },
    h5: {
      compile: sharedDomain,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      devServer: { host: '127.0.0.1', port: 10086 },
    },
  };
  return merge({}, base, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
