// Reads a data set in the seed's JSON format (seed/FORMAT.md) with a
// location-aware parser (jsonc-parser, strict JSON: no comments, no trailing
// commas), so that every record, and every field in it, can be placed on its
// line of the file.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LinesAndColumns } from 'lines-and-columns';
import { COLLECTIONS, type Collection } from '../schema.ts';
import type { ImportProblem } from './problems.ts';
import type { ParsedFile, RawRecord } from './raw-record.ts';

const isCollection = (key: string): key is Collection => (COLLECTIONS as readonly string[]).includes(key);

/** "participants[1].actor" */
const formatPath = (path: PropertyKey[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

export function parseJsonDataSet(content: string): ParsedFile {
  const lines = new LinesAndColumns(content);
  const lineOf = (offset: number) => (lines.locationForIndex(offset)?.line ?? 0) + 1;
  const problem = (node: Node | undefined, field: string | null, reason: string): ImportProblem => ({ line: node ? lineOf(node.offset) : null, record: null, field, reason });

  const errors: ParseError[] = [];
  const root = parseTree(content, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // Only the first syntax error: the ones after it mostly follow from it.
  const [error] = errors;
  if (error) {
    const at = lines.locationForIndex(error.offset);
    const where = at ? `line ${at.line + 1}, column ${at.column + 1}` : 'the end';
    return {
      records: [],
      problems: [{ line: at ? at.line + 1 : null, record: null, field: null, reason: `not valid JSON: ${printParseErrorCode(error.error)} at ${where}` }],
      unreadable: 'not valid JSON',
    };
  }
  if (root?.type !== 'object') {
    return { records: [], problems: [problem(root, null, 'the file must hold one JSON object: { "cities": [...], "memberships": [...], ... }')], unreadable: 'not a data set' };
  }

  const records: RawRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = String(keyNode?.value);
    if (key === 'document') {
      if (valueNode?.type !== 'string') problems.push(problem(valueNode, key, 'must be a string: the document the data set comes from'));
    } else if (!isCollection(key)) {
      problems.push(problem(keyNode, key, `is not part of the format; a data set holds "document" and the collections ${COLLECTIONS.join(', ')}`));
    } else if (valueNode?.type !== 'array') {
      problems.push(problem(valueNode, key, 'must be an array of records'));
    } else {
      (valueNode.children ?? []).forEach((node, index) => {
        records.push({
          collection: key,
          line: lineOf(node.offset),
          // A plain copy: the parser's objects have no prototype.
          value: structuredClone(getNodeValue(node)),
          locate(path) {
            // A field that is missing is placed where the nearest enclosing value is.
            let at: Node = node;
            for (let depth = path.length; depth > 0; depth--) {
              const found = findNodeAtLocation(node, path.slice(0, depth) as (string | number)[]);
              if (found) {
                at = found;
                break;
              }
            }
            return { line: lineOf(at.offset), field: `${key}[${index}]${path.length ? '.' : ''}${formatPath(path)}` };
          },
        });
      });
    }
  }
  return { records, problems };
}
