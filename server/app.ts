// The HTTP face of the server: GraphQL at /graphql, a health check at
// /health, and the built client at /. The protections (docs/api.md, "Limits"):
// a body size limit, a time limit per request, graphql-armor's query limits,
// Apollo's CSRF prevention, CORS only for the configured origins,
// introspection and sandbox as configured, and bearer tokens for writes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';
import { Analytics } from './analytics/analytics.ts';
import { callerOf } from './auth/caller.ts';
import { readConfig, type Config } from './config.ts';
import { createContext, type Context } from './graphql/context.ts';
import { createErrorFormatter } from './graphql/format-error.ts';
import { NameSearch } from './graphql/name-search.ts';
import { schema } from './graphql/schema.ts';
import { queryProtection } from './http/query-limits.ts';
import { requestErrors } from './http/request-errors.ts';
import { storeUnavailableStatus } from './http/store-unavailable.ts';
import { ignoreLateAnswers, timeLimit } from './http/time-limit.ts';
import type { GraphStore } from './store/store.ts';

export const CLIENT_DIST = fileURLToPath(new URL('../client/dist/', import.meta.url));

export interface App {
  app: Express;
  stop(): Promise<void>;
}

export type AppConfig = Pick<Config, 'http' | 'jwtSecret' | 'development'> & Partial<Pick<Config, 'analyticsMaxStalenessMs'>>;

/** Cross-origin calls only from the configured origins; with none, no CORS headers at all: the browser keeps the API to its own origin. */
function corsFor(origins: string[]): RequestHandler[] {
  if (!origins.length) return [];
  return [cors({ origin: origins.includes('*') ? true : origins, methods: ['GET', 'POST'], maxAge: 600 })];
}

export async function createApp(store: GraphStore, config: AppConfig = readConfig()): Promise<App> {
  const { http, development } = config;
  const protection = queryProtection(http.queryLimits, http.introspection);
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: development,
    formatError: createErrorFormatter(development),
    // Refuses GET and form-like POSTs a browser could send from another site without a preflight (the client sends application/json).
    csrfPrevention: true,
    introspection: http.introspection,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    plugins: [
      ...protection.plugins,
      storeUnavailableStatus(),
      // The schema sets no cache hints, so Apollo's default cache-control plugin would only wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      http.introspection ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const analytics = new Analytics(store, undefined, config.analyticsMaxStalenessMs ?? 0);
  const names = new NameSearch(store);
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ok', store: { engine: store.engine, answers: true } });
    } catch (error) {
      // The cause stays in the log: internal messages do not leave the server (docs/api.md, "Limits").
      console.error('Health check: the store does not answer:', error);
      res.status(503).json({ status: 'unavailable', store: { engine: store.engine, answers: false } });
    }
  });

  app.use(
    '/graphql',
    ...corsFor(http.corsOrigins),
    timeLimit(http.requestTimeoutMs),
    // Room for the file content that importDataSet carries.
    express.json({ limit: http.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(store, analytics, names, callerOf(config.jwtSecret, req.headers.authorization)),
    }),
  );
  app.use('/graphql', ignoreLateAnswers, requestErrors(http.bodyLimit));

  if (existsSync(join(CLIENT_DIST, 'index.html'))) {
    app.use(express.static(CLIENT_DIST));
    // The client routes in the browser: every other GET gets the page.
    app.get(/^(?!\/graphql|\/health).*/, (_req, res) => res.sendFile(join(CLIENT_DIST, 'index.html')));
  }

  return { app, stop: () => apollo.stop() };
}
