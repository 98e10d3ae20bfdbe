// A browser test drives whole flows through Chromium and the local cloud: give each test room on a
// busy 2-core machine (jest reads `testTimeout` only from the root config, so it is set here).
jest.setTimeout(90_000);
