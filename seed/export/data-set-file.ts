// Writes a JSON data set file (seed/FORMAT.md) as its records come, a page at
// a time, one record per line as `npm run synthetic` writes them (the lines
// `npm run import` names in its problems point at one record each). The file
// is written beside its name and renamed when complete: a failed export
// leaves no file that looks whole.
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { COLLECTIONS, type Collection } from '../../server/ingest/schema.ts';

/** The records of a collection, in pages. */
export type RecordPages = (collection: Collection) => AsyncIterable<object[]>;

async function writeRecords(file: FileHandle, document: string, pagesOf: RecordPages): Promise<void> {
  // One write a page, each awaited: the file takes what the store gives at the pace of the disk.
  const write = (text: string) => file.write(text);
  await write(`{\n"document": ${JSON.stringify(document)}`);
  for (const collection of COLLECTIONS) {
    await write(`,\n"${collection}": [`);
    let first = true;
    for await (const page of pagesOf(collection)) {
      if (!page.length) continue;
      await write(`${first ? '\n' : ',\n'}${page.map((record) => JSON.stringify(record)).join(',\n')}`);
      first = false;
    }
    await write(first ? ']' : '\n]');
  }
  await write('\n}\n');
}

/** Writes the data set to `path`; returns the size of the file in bytes. */
export async function writeDataSetFile(path: string, document: string, pagesOf: RecordPages): Promise<number> {
  const partial = `${path}.partial`;
  const file = await open(partial, 'w');
  try {
    await writeRecords(file, document, pagesOf).finally(() => file.close());
  } catch (error) {
    await unlink(partial);
    throw error;
  }
  await rename(partial, path);
  return (await stat(path)).size;
}
