// Another client build served in place of this checkout's (an earlier
// commit's `vite build` output), through Playwright's routing, against the
// same server: "before" and "after" measured in one run, under the same load.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves the files of `dist` for every request but the API's. */
export async function serveClient(page: Page, dist: string): Promise<void> {
  await page.route(
    (url) => url.pathname !== '/graphql' && url.pathname !== '/health',
    (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = join(dist, path === '/' || !existsSync(join(dist, path)) ? 'index.html' : path);
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    },
  );
}

