// A synthetic data set as the text of a JSON data set file (seed/FORMAT.md),
// one record per line: a file of a million records stays readable, and the
// lines `npm run import` names in its problems point at one record each.
// Given as lines so that a large set can be streamed to disk.
import { COLLECTIONS } from '../../server/ingest/schema.ts';
import type { SyntheticDataSet } from './generate.ts';

export function* dataSetLines(file: SyntheticDataSet['file']): Generator<string> {
  yield '{';
  yield `"document": ${JSON.stringify(file.document)},`;
  for (const [i, collection] of COLLECTIONS.entries()) {
    const records = file[collection];
    const end = i === COLLECTIONS.length - 1 ? '' : ',';
    if (!records.length) {
      yield `"${collection}": []${end}`;
      continue;
    }
    yield `"${collection}": [`;
    for (const [j, record] of records.entries()) yield JSON.stringify(record) + (j === records.length - 1 ? '' : ',');
    yield `]${end}`;
  }
  yield '}';
}
