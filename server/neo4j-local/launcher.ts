// Starts Neo4jLocal.java (Neo4j Community 5.26 with Bolt) in a child JVM: the
// classpath comes from Maven, resolved once (showing the download) and then
// kept beside node_modules, so later starts need neither Maven nor a network.
// With Graph Data Science (the pom's profile gds), a classpath of its own, and
// a plugins directory of links to GDS's jars in it, where Neo4j finds the
// procedures (Neo4jLocal.java says why both).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEO4J_DEFAULT_PASSWORD, NEO4J_DEFAULT_USERNAME } from '../config.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const POM = join(HERE, 'pom.xml');
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/neo4j-local/', import.meta.url));
/** The Java releases Neo4j 5.26 supports. */
const SUPPORTED_JAVA = [17, 21];
/** What Neo4jLocal.java gives the page cache unless told otherwise: enough for the curated data and the tests' synthetic sets. */
export const DEFAULT_PAGE_CACHE = '512m';
/** A JVM size as -Xmx and Neo4j's settings take it. */
export const SIZE = /^\d+[kmg]$/i;
/** GDS's own jars, in the local Maven repository: those Neo4j scans for procedures. */
const GDS_JAR = /\/org\/neo4j\/gds\/[^:]+\.jar$/;

export class Neo4jLocalError extends Error {}

export interface LocalNeo4jOptions {
  port: number;
  dir: string;
  /** The JVM's heap (-Xmx), such as 1g. */
  heap: string;
  /** Neo4j's page cache, such as 2g (default DEFAULT_PAGE_CACHE). */
  pageCache?: string;
  /** Loads Neo4j Graph Data Science Community as a plugin (the first start fetches it, about 30 MB more). */
  gds?: boolean;
  username?: string;
  password?: string;
  /** Where Maven's download progress and the JVM's messages go (default: this process's stderr). */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  child: ChildProcess;
  /** Resolves when the JVM has exited. */
  exited: Promise<number | null>;
  /** Shuts the database down cleanly (SIGTERM) and waits for the JVM to exit. */
  stop(): Promise<void>;
}

function javaBinary(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * Throws a one-line Neo4jLocalError unless a Java that Neo4j 5.26 runs on is present, with the compiler that running
 * Neo4jLocal.java as a source file needs (a JDK, not a bare runtime).
 */
export function checkJava(): void {
  const probe = spawnSync(javaBinary(), ['-version'], { encoding: 'utf8' });
  if (probe.error) throw new Neo4jLocalError(`Java was not found (${javaBinary()}): Neo4j needs a JDK 17 or 21 (Debian: apt-get install openjdk-17-jdk-headless)`);
  const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1]);
  if (!SUPPORTED_JAVA.includes(major)) throw new Neo4jLocalError(`Neo4j 5.26 runs on Java 17 or 21, and ${javaBinary()} is Java ${major || 'of an unknown version'}: set JAVA_HOME to a Java 17 or 21`);
  const modules = spawnSync(javaBinary(), ['--list-modules'], { encoding: 'utf8' }).stdout ?? '';
  if (!modules.includes('jdk.compiler')) throw new Neo4jLocalError(`${javaBinary()} is a Java runtime without the compiler the launcher needs: install a JDK (Debian: apt-get install openjdk-17-jdk-headless)`);
}

const MAVEN_MISSING = 'Maven (mvn) was not found: it fetches Neo4j once from Maven Central (Debian: apt-get install maven)';

/** Throws a one-line Neo4jLocalError unless Neo4j can start here: a supported Java, and Neo4j fetched already or Maven to fetch it. */
export function checkPrerequisites(): void {
  checkJava();
  if (!cachedClasspath() && spawnSync('mvn', ['-v']).error) throw new Neo4jLocalError(MAVEN_MISSING);
}

/** A resolution of the pom, with or without its profile gds. */
type Flavour = 'neo4j' | 'gds';

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 16);
}

function classpathFile(flavour: Flavour): string {
  return join(CACHE_DIR, flavour === 'gds' ? `classpath-gds-${pomHash()}.txt` : `classpath-${pomHash()}.txt`);
}

function cachedClasspath(flavour: Flavour = 'neo4j'): string | null {
  const file = classpathFile(flavour);
  if (!existsSync(file)) return null;
  const classpath = readFileSync(file, 'utf8').trim();
  return classpath.split(':').every((jar) => existsSync(jar)) ? classpath : null;
}

/** Runs Maven to resolve the pom's classpath, reporting each file it downloads; the first run fetches about 140 MB (GDS: 30 MB more). */
function resolveClasspath(flavour: Flavour, log: (line: string) => void): Promise<string> {
  const file = classpathFile(flavour);
  mkdirSync(CACHE_DIR, { recursive: true });
  log(flavour === 'gds' ? 'Resolving Neo4j and Graph Data Science from Maven Central…' : 'Resolving Neo4j from Maven Central (the first run downloads about 140 MB)…');
  const profile = flavour === 'gds' ? ['-P', 'gds'] : [];
  return new Promise((resolve, reject) => {
    const maven = spawn('mvn', ['-B', '-f', POM, ...profile, 'dependency:build-classpath', `-Dmdep.outputFile=${file}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let files = 0;
    let output = '';
    maven.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      for (const match of chunk.matchAll(/Downloaded from \S+ (\S+) \(([^)]*?)(?: at [^)]*)?\)/g)) {
        files += 1;
        log(`  [${files}] ${match[1]!.split('/').pop()} (${match[2]})`);
      }
    });
    maven.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    maven.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Neo4jLocalError(error.code === 'ENOENT' ? MAVEN_MISSING : `Maven failed to start: ${error.message}`)),
    );
    maven.once('exit', (code) => {
      if (code !== 0) {
        const reason = output.split('\n').find((line) => line.includes('[ERROR]')) ?? `exit code ${code}`;
        reject(new Neo4jLocalError(`Maven could not resolve Neo4j: ${reason.replace('[ERROR] ', '').trim()}`));
        return;
      }
      log(files ? `Fetched ${files} files into the local Maven repository` : 'Neo4j was already in the local Maven repository');
      resolve(readFileSync(file, 'utf8').trim());
    });
  });
}

/**
 * The plugins directory of a GDS classpath: links to its GDS jars, named after the classpath, made once (in a
 * directory of its own, then renamed) so that a JVM starting meanwhile never scans a half-made one.
 */
function gdsPlugins(classpath: string): string {
  const dir = join(CACHE_DIR, `plugins-gds-${createHash('sha256').update(classpath).digest('hex').slice(0, 16)}`);
  if (existsSync(dir)) return dir;
  const jars = classpath.split(':').filter((jar) => GDS_JAR.test(jar));
  if (!jars.length) throw new Neo4jLocalError(`the classpath Maven resolved for Graph Data Science has none of its jars (${classpathFile('gds')})`);
  const making = mkdtempSync(`${dir}-`);
  for (const jar of jars) symlinkSync(jar, join(making, basename(jar)));
  try {
    renameSync(making, dir);
  } catch (error) {
    // Another launcher made it first.
    rmSync(making, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
  return dir;
}

/** Starts Neo4j and resolves once it accepts Bolt connections; rejects with the launcher's one-line reason if it cannot. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const username = options.username || NEO4J_DEFAULT_USERNAME;
  const password = options.password || NEO4J_DEFAULT_PASSWORD;
  checkJava();
  const flavour: Flavour = options.gds ? 'gds' : 'neo4j';
  const pageCache = options.pageCache ?? DEFAULT_PAGE_CACHE;
  if (!SIZE.test(pageCache)) throw new Neo4jLocalError(`the page cache must be a size such as 512m or 2g, not "${pageCache}"`);
  const classpath = cachedClasspath(flavour) ?? (await resolveClasspath(flavour, log));
  const plugins = flavour === 'gds' ? [gdsPlugins(classpath)] : [];
  mkdirSync(options.dir, { recursive: true });
  const launcherArgs = [join(HERE, 'Neo4jLocal.java'), String(options.port), options.dir, pageCache, ...plugins];
  const child = spawn(javaBinary(), [`-Xmx${options.heap}`, '-XX:+UseG1GC', '-cp', classpath, ...launcherArgs], {
    env: { ...process.env, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let errors = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
    // The launcher's own "neo4j: reason" line becomes the rejection's message instead.
    for (const line of chunk.split('\n').filter((l) => l && !l.startsWith('neo4j: '))) log(line);
  });
  const uri = await new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        const match = /^NEO4J_URI=(\S+)$/.exec(line);
        if (match) resolve(match[1]!);
        else log(line);
      }
    });
    void exited.then((code) => {
      const reason = /^neo4j: (.*)$/m.exec(errors)?.[1] ?? `the JVM exited (${code}) before Neo4j started: ${errors.trim().split('\n').pop() ?? 'no message'}`;
      reject(new Neo4jLocalError(reason));
    });
  });
  return {
    uri,
    username,
    password,
    child,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
