// Every setting comes from the environment; the README lists them all.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  /** Where the embedded database lives; null keeps it in memory. */
  dataDir: string | null;
  neo4j: { uri: string; username: string; password: string; database?: string } | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  const dataDir = env.C2C_DATA_DIR ?? './data';
  return {
    port,
    dataDir: dataDir === ':memory:' ? null : resolve(dataDir),
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          username: env.NEO4J_USERNAME ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE || undefined,
        }
      : null,
  };
}
