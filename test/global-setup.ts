// Builds the client once before the suites that serve it (the browser test
// and the start-up test), so they never race to build it at the same time.
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}
