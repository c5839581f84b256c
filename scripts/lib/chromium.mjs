// Finds the Chromium binary used by the e2e tests, the demo, the benchmark and the icon renderer.
// Browser downloads (npx playwright install) fail on our machines, so we drive Debian's Chromium.
import fs from 'node:fs';

const INSTALL_HINT = [
  'No Chromium found. Factmark drives a system Chromium for its browser tests, demo and benchmark.',
  'Install one and try again:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  or point CHROMIUM_PATH at any Chromium/Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

/**
 * Returns the path of the Chromium binary to use: `CHROMIUM_PATH` if set (and then only it: a wrong
 * override is an error, not a silent fallback), else /usr/bin/chromium.
 * @param {Record<string, string | undefined>} env
 * @param {(file: string) => boolean} exists
 * @throws {Error} with install instructions when there is none.
 */
export function findChromium(env = process.env, exists = fs.existsSync) {
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.\n${INSTALL_HINT}`);
  }
  if (exists('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(INSTALL_HINT);
}

/**
 * Command-line flags that load an unpacked extension and keep Chromium off the network.
 * Both extension flags are required: Playwright passes --disable-extensions by default, and only
 * --disable-extensions-except lifts it for our directory.
 */
export function extensionArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...quietArgs,
  ];
}

/** Flags that stop Chromium's own background traffic (this machine has no route to Google). */
export const quietArgs = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
