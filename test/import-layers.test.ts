// The code's layers, from its imports (madge): the server imports nothing
// from seed/ (the curated data, its generators and the command-line entry
// points import from the server, not the other way round), and no module
// imports itself through others. Type-only imports are left out: they are
// erased before the code runs, and the generated resolver types import the
// models they map to by design (codegen.ts).
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
let graph: Awaited<ReturnType<typeof madge>>;

beforeAll(async () => {
  graph = await madge(['server', 'seed', 'client/src', 'bench', 'test'], {
    baseDir: ROOT,
    fileExtensions: ['ts', 'tsx'],
    tsConfig: `${ROOT}tsconfig.json`,
    detectiveOptions: { ts: { skipTypeImports: true }, tsx: { skipTypeImports: true } },
  });
});

describe('import layers', () => {
  it('reads the whole code base', () => {
    const files = Object.keys(graph.obj());
    expect(files).toContain('server/main.ts');
    expect(files).toContain('seed/cli.ts');
    expect(graph.obj()['seed/cli.ts']!.some((file) => file.startsWith('server/'))).toBe(true);
  });

  it('has the server import nothing from seed/', () => {
    const reaching = Object.entries(graph.obj()).flatMap(([file, imports]) =>
      file.startsWith('server/') ? imports.filter((i) => i.startsWith('seed/')).map((i) => `${file} imports ${i}`) : [],
    );
    expect(reaching).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(graph.circular()).toEqual([]);
  });
});
