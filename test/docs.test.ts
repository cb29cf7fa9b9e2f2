// The documentation, checked against the code (docs/development.md, "The
// documentation and its test"): every relative link and image of README.md
// and docs/**/*.md names a file, and every #anchor a heading of its target
// (GitHub's slugs); every graphql block validates against the served schema;
// every npm script named in a shell block or inline code exists; and every
// shell block that calls the API with curl runs in bash against `npm start`'s
// server on a fresh data directory holding the curated data, the README's
// five-minute tour included, and so does every graphql query that needs no
// variables. A block whose info string has the word `no-run` is not run (nor,
// for graphql, validated).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import GithubSlugger from 'github-slugger';
import { buildSchema, parse, validate } from 'graphql';
import { marked, type Token, type Tokens } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../server/graphql/schema.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

// The served schema's type definitions (the executable schema's graphql module may be another instance than this file's).
const schema = buildSchema(typeDefs.join('\n'));
const ROOT = resolve(new URL('..', import.meta.url).pathname);
const run = promisify(execFile);

/** README.md and every Markdown file under docs/, as paths relative to the root. */
function documents(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) return under(path);
      return name.endsWith('.md') ? [path] : [];
    });
  return ['README.md', ...under('docs')];
}

/** Every token of a document, nested ones (list items, table cells, inline tokens) included. */
function* tokensOf(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if ('tokens' in token && Array.isArray(token.tokens)) yield* tokensOf(token.tokens);
    if (token.type === 'list') for (const item of (token as Tokens.List).items) yield* tokensOf(item.tokens);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) yield* tokensOf(cell.tokens);
    }
  }
}

/** A heading's text as GitHub renders it, inline HTML left out. */
function plainText(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.type === 'html' ? '' : 'tokens' in t && Array.isArray(t.tokens) ? plainText(t.tokens) : 'text' in t ? String(t.text) : '')).join('');
}

interface Doc {
  path: string;
  tokens: Token[];
}

const docs: Doc[] = documents().map((path) => ({ path, tokens: marked.lexer(readFileSync(join(ROOT, path), 'utf8')) }));
const tokensOfType = <T extends Token>(doc: Doc, type: string) => [...tokensOf(doc.tokens)].filter((t) => t.type === type) as T[];

const anchorCache = new Map<string, Set<string>>();
/** The anchors GitHub gives the headings of a Markdown file. */
function anchorsOf(path: string): Set<string> {
  let anchors = anchorCache.get(path);
  if (!anchors) {
    const slugger = new GithubSlugger();
    const headings = [...tokensOf(marked.lexer(readFileSync(join(ROOT, path), 'utf8')))].filter((t) => t.type === 'heading') as Tokens.Heading[];
    anchors = new Set(headings.map((h) => slugger.slug(plainText(h.tokens))));
    anchorCache.set(path, anchors);
  }
  return anchors;
}

/** The words of a code block's info string: its language first, then flags such as no-run. */
const infoOf = (block: Tokens.Code) => (block.lang ?? '').trim().split(/\s+/);
const isShell = (block: Tokens.Code) => ['bash', 'sh', 'shell'].includes(infoOf(block)[0]!);
const noRun = (block: Tokens.Code) => infoOf(block).includes('no-run');
const codeBlocks = (doc: Doc) => tokensOfType<Tokens.Code>(doc, 'code');
/** Shell blocks that call the API: run against a real server unless marked no-run. */
const callsApi = (block: Tokens.Code) => isShell(block) && !noRun(block) && /\bcurl\b[^\n]*localhost:4000\/graphql/.test(block.text);

describe('links and images', () => {
  for (const doc of docs) {
    it(`resolve in ${doc.path}`, () => {
      const targets = [...tokensOfType<Tokens.Link | Tokens.Image>(doc, 'link'), ...tokensOfType<Tokens.Image>(doc, 'image')].map((t) => t.href);
      const broken: string[] = [];
      for (const href of targets) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // http:, https:, mailto:
        const [file, anchor] = href.split('#') as [string, string | undefined];
        const target = file ? relative(ROOT, resolve(ROOT, dirname(doc.path), decodeURIComponent(file))) : doc.path;
        if (!existsSync(join(ROOT, target))) broken.push(`${href}: no file ${target}`);
        else if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(target).has(anchor)) broken.push(`${href}: no heading #${anchor} in ${target}`);
      }
      expect(broken).toEqual([]);
    });
  }
});

describe('code blocks', () => {
  it('every graphql block parses and validates against the served schema', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const doc of docs) {
      for (const block of codeBlocks(doc).filter((b) => infoOf(b)[0] === 'graphql' && !noRun(b))) {
        checked += 1;
        try {
          const errors = validate(schema, parse(block.text));
          if (errors.length) problems.push(`${doc.path}: ${errors.map((e) => e.message).join('; ')}\n${block.text}`);
        } catch (error) {
          problems.push(`${doc.path}: ${(error as Error).message}\n${block.text}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it('every npm script named in shell blocks and inline code is a script of package.json', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts);
    const unknown: string[] = [];
    for (const doc of docs) {
      const texts = [...codeBlocks(doc).filter(isShell), ...tokensOfType<Tokens.Codespan>(doc, 'codespan')].map((t) => t.text);
      for (const text of texts) {
        for (const [, name] of text.matchAll(/\bnpm run(?:\s+--?[a-z-]+)*\s+([a-z][\w:-]*)/g)) if (!scripts.includes(name!)) unknown.push(`${doc.path}: npm run ${name}`);
        for (const [, name] of text.matchAll(/\bnpm (start|test)\b/g)) if (!scripts.includes(name!)) unknown.push(`${doc.path}: npm ${name}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});

describe('the README', () => {
  it('stays a front door: at most 250 lines', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(250);
  });
});

describe('the shell blocks that call the API, run against npm start on the curated data', () => {
  const readme = docs.find((d) => d.path === 'README.md')!;
  // The tour's two terminals share one secret: the server is started with it, as its no-run block says.
  const secrets = new Set(codeBlocks(readme).flatMap((b) => [...b.text.matchAll(/export C2C_JWT_SECRET=(\S+)/g)].map((m) => m[1]!)));
  let server: ServerProcess;
  let dataDir: string;

  beforeAll(async () => {
    expect(secrets.size, 'one C2C_JWT_SECRET in the README tour').toBe(1);
    dataDir = mkdtempSync(join(tmpdir(), 'c2c-docs-'));
    // An empty directory: the server's first start loads the curated data set, as `npm start` does.
    server = await startServerProcess(dataDir, { env: { C2C_JWT_SECRET: [...secrets][0]! } });
  });

  afterAll(async () => {
    await server?.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Runs a block in bash, with curl pointed at the test server; one JSON answer per curl call. */
  async function runBlock(text: string): Promise<any[]> {
    const script = [
      'set -euo pipefail',
      'curl() { local args=(); for a in "$@"; do args+=("${a//localhost:4000/$DOCS_SERVER}"); done; command curl --max-time 60 "${args[@]}"; echo; }',
      text,
    ].join('\n');
    const { stdout } = await run('bash', ['-c', script], { cwd: ROOT, env: { ...process.env, DOCS_SERVER: new URL(server.url).host }, timeout: 120_000 });
    return stdout
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line));
  }

  // The graphql blocks that need neither variables nor a token: queries without variable definitions, run as they are.
  const queries = docs.flatMap((doc) =>
    codeBlocks(doc)
      .filter((b) => infoOf(b)[0] === 'graphql' && !noRun(b))
      .filter((b) => {
        try {
          return parse(b.text).definitions.every((d) => d.kind === 'OperationDefinition' && d.operation === 'query' && !d.variableDefinitions?.length);
        } catch {
          return false; // the validation test above reports it
        }
      })
      .map((block) => ({ doc: doc.path, text: block.text })),
  );

  it('runs every graphql query block without variables, without errors', async () => {
    expect(queries.length).toBeGreaterThan(2);
    for (const query of queries) {
      const answer = await server.gql(query.text);
      expect(answer.errors, `${query.doc}: ${JSON.stringify(answer.errors)}\n${query.text}`).toBeUndefined();
    }
  });

  const blocks = docs.flatMap((doc) => codeBlocks(doc).filter(callsApi).map((block, i) => ({ doc: doc.path, i, text: block.text })));

  it('finds the README tour among them', () => {
    expect(blocks.filter((b) => b.doc === 'README.md').length).toBeGreaterThanOrEqual(2);
  });

  for (const block of blocks) {
    it(`${block.doc}, block ${block.i + 1}, answers without errors`, async () => {
      const answers = await runBlock(block.text);
      expect(answers.length).toBeGreaterThan(0);
      for (const answer of answers) {
        expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
        expect(answer.data).toBeTruthy();
      }
      if (/declareCooperationOffer/.test(block.text)) {
        // The tour's mutation wrote, and the read after it shows the declaration.
        const declared = answers.find((a) => a.data.declareCooperationOffer)!.data.declareCooperationOffer;
        expect(declared).toMatchObject({ city: { name: 'Maputo' }, direction: 'OFFERS', theme: 'HOUSING', basis: 'DECLARED' });
        const offers = answers.find((a) => a.data.actor)!.data.actor.offers;
        expect(offers).toContainEqual({ theme: 'HOUSING', basis: 'DECLARED', note: 'Upgrading informal settlements' });
      }
    });
  }
});
