// What only the embedded engine has: a database file that survives a restart,
// and the schema statements marked `@engine embedded`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../server/store/open-store.ts';
import { loadStatements, parseStatement, schemaStatements } from '../server/store/statements.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';

describe('the embedded engine on disk', () => {
  it('keeps committed data across a restart, and creates constraints idempotently on reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c2c-store-'));
    const open = () => openStore({ dataDir: dir, neo4j: null });
    const first = await open();
    await seedCurated(first);
    const [before] = await first.run('stats');
    await first.close();
    const second = await open();
    expect((await second.run('stats'))[0]).toEqual(before);
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('schema statements', () => {
  it('runs a statement marked `@engine embedded` on that engine only', () => {
    const names = (engine: 'embedded' | 'neo4j') => schemaStatements(loadStatements(), engine).map((s) => s.name);
    expect(names('embedded')).toEqual(expect.arrayContaining(['schema-city-id-unique', 'schema-embedded-city-id-index']));
    expect(names('neo4j')).toContain('schema-city-id-unique');
    expect(names('neo4j').filter((n) => n.startsWith('schema-embedded-'))).toEqual([]);
    expect(() => parseStatement('x.cypher', '// @mode write\n// @engine sqlite\nRETURN 1')).toThrow(/@engine must be embedded or neo4j/);
  });
});
