// The HTTP face of the server: GraphQL at /graphql, a health check at
// /health, and the built client at /.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { Analytics } from './analytics/analytics.ts';
import { createContext, type Context } from './graphql/context.ts';
import { createErrorFormatter } from './graphql/format-error.ts';
import { schema } from './graphql/schema.ts';
import type { GraphStore } from './store/store.ts';

export const CLIENT_DIST = fileURLToPath(new URL('../client/dist/', import.meta.url));

export interface App {
  app: Express;
  stop(): Promise<void>;
}

export async function createApp(store: GraphStore): Promise<App> {
  const development = process.env.NODE_ENV === 'development';
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: development,
    formatError: createErrorFormatter(development),
  });
  await apollo.start();

  const analytics = new Analytics(store);
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ok', store: { engine: store.engine, answers: true } });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', store: { engine: store.engine, answers: false, error: (error as Error).message } });
    }
  });

  app.use(
    '/graphql',
    // Room for the file content that importDataSet carries.
    express.json({ limit: '16mb' }),
    expressMiddleware(apollo, { context: async () => createContext(store, analytics) }),
  );

  if (existsSync(join(CLIENT_DIST, 'index.html'))) {
    app.use(express.static(CLIENT_DIST));
    // The client routes in the browser: every other GET gets the page.
    app.get(/^(?!\/graphql|\/health).*/, (_req, res) => res.sendFile(join(CLIENT_DIST, 'index.html')));
  }

  return { app, stop: () => apollo.stop() };
}
