// npm start: open the configured store (seeding the curated data on a first
// start), build the client if it is not built, and serve everything on PORT.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_DIST, createApp } from './app.ts';
import { startUpSecret } from './auth/start-up-secret.ts';
import { readConfig } from './config.ts';
import { seedReport } from './ingest/report.ts';
import { seedCurated } from './ingest/seed-curated.ts';
import { shutDownGracefully } from './shutdown.ts';
import { isEmpty } from './store/empty-store.ts';
import { openStore } from './store/open-store.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** How long a shutdown waits, beyond the time limit of a request, for the work of the last requests to finish. */
const SHUTDOWN_MARGIN_MS = 30_000;

function buildClientIfMissing(): void {
  if (existsSync(join(CLIENT_DIST, 'index.html'))) return;
  console.log('Building the client (first start)...');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

async function main(): Promise<void> {
  const config = readConfig();
  buildClientIfMissing();
  const store = await openStore(config);
  if (await isEmpty(store)) {
    console.log('The store is empty: loading the curated data set.');
    console.log(await seedReport(store, 'Curated data set loaded.', await seedCurated(store)));
  }
  const jwtSecret = await startUpSecret(config);
  const { app, stop } = await createApp(store, { ...config, jwtSecret });
  const server = app.listen(config.port, () => {
    console.log(`C2C Graph on http://localhost:${config.port}/ (GraphQL at /graphql, store: ${store.engine})`);
  });

  shutDownGracefully(server, {
    close: async () => {
      await stop();
      await store.close();
    },
    // A request is answered within the time limit, but a write past it still finishes in the background.
    graceMs: config.http.requestTimeoutMs + SHUTDOWN_MARGIN_MS,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
