/** One jest run, several projects: each test folder picks the environment it needs. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];

const nodeProject = (displayName, roots, extra = {}) => ({
  displayName,
  testEnvironment: 'node',
  roots,
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  ...extra,
});

module.exports = {
  testTimeout: 30000,
  projects: [
    nodeProject('domain', ['<rootDir>/test/domain']),
    // the app's own code reaches the domain as @domain/*, as its build does
    nodeProject('app', ['<rootDir>/test/app'], {
      moduleNameMapper: { '^@domain/(.*)$': '<rootDir>/cloudfunctions/domain/$1' },
    }),
    nodeProject('local', ['<rootDir>/test/local']),
    nodeProject('functions', ['<rootDir>/test/functions'], { globalSetup: '<rootDir>/test/functions/global-setup.ts' }),
    nodeProject('deploy', ['<rootDir>/test/deploy'], { globalSetup: '<rootDir>/test/deploy/global-setup.ts' }),
    nodeProject('weapp', ['<rootDir>/test/weapp'], { globalSetup: '<rootDir>/test/weapp/global-setup.ts' }),
    nodeProject('e2e', ['<rootDir>/test/e2e'], {
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/test/e2e/timeout.ts'],
    }),
  ].filter((p) => require('fs').existsSync(p.roots[0].replace('<rootDir>', __dirname))),
};
