// The registry of named Cypher statements: every statement the server runs
// lives in cypher/<name>.cypher, with a header that declares how it is run:
//
//   // What the statement does, in a sentence or two.
//   // @mode read | write
//   // @param name  what the parameter holds
//   // @engine embedded | neo4j   (optional: a schema statement only that engine runs)
//
// Every other statement is the same file on both engines (the engines-agree
// test compares their answers).
//
// The store refuses parameters a statement does not declare and requires the
// ones it does, so a typo fails loudly instead of matching nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName } from './store.ts';

export type StatementMode = 'read' | 'write';

export interface Statement {
  name: string;
  mode: StatementMode;
  params: string[];
  text: string;
  file: string;
  /** The one engine that runs it, for a schema statement the other does not need or would refuse. */
  engine?: EngineName;
}

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

const MODE_LINE = /^\/\/\s*@mode\s+(\w+)\s*$/;
const PARAM_LINE = /^\/\/\s*@param\s+(\w+)\b/;
const ENGINE_LINE = /^\/\/\s*@engine\s+(\w+)\s*$/;

export function parseStatement(file: string, text: string): Statement {
  const name = basename(file, '.cypher');
  let mode: StatementMode | undefined;
  let engine: EngineName | undefined;
  const params: string[] = [];
  for (const line of text.split('\n')) {
    const modeMatch = MODE_LINE.exec(line.trim());
    if (modeMatch) {
      if (modeMatch[1] !== 'read' && modeMatch[1] !== 'write') {
        throw new Error(`${file}: @mode must be read or write, not "${modeMatch[1]}"`);
      }
      mode = modeMatch[1];
    }
    const engineMatch = ENGINE_LINE.exec(line.trim());
    if (engineMatch) {
      if (engineMatch[1] !== 'embedded' && engineMatch[1] !== 'neo4j') {
        throw new Error(`${file}: @engine must be embedded or neo4j, not "${engineMatch[1]}"`);
      }
      engine = engineMatch[1];
    }
    const paramMatch = PARAM_LINE.exec(line.trim());
    if (paramMatch?.[1]) params.push(paramMatch[1]);
  }
  if (!mode) throw new Error(`${file}: missing "// @mode read|write" header`);
  return { name, mode, params, text: text.trim(), file, ...(engine && { engine }) };
}

export function loadStatements(dir: string = CYPHER_DIR): Map<string, Statement> {
  const statements = new Map<string, Statement>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()) {
    const statement = parseStatement(file, readFileSync(join(dir, file), 'utf8'));
    statements.set(statement.name, statement);
  }
  return statements;
}

/** Checks a call against the statement's declared parameters. */
export function checkParams(statement: Statement, params: Record<string, unknown>): void {
  const given = Object.keys(params);
  const unknown = given.filter((p) => !statement.params.includes(p));
  const missing = statement.params.filter((p) => !(p in params));
  if (unknown.length || missing.length) {
    const parts = [];
    if (missing.length) parts.push(`missing ${missing.map((p) => '$' + p).join(', ')}`);
    if (unknown.length) parts.push(`undeclared ${unknown.map((p) => '$' + p).join(', ')}`);
    throw new Error(`Statement ${statement.name}: ${parts.join('; ')}`);
  }
}

/** Whether the statement creates a constraint or an index (its name starts with "schema-"). */
export const isSchemaStatement = (statement: Statement) => statement.name.startsWith('schema-');

/** Statements `engine` runs on start-up to create constraints and indexes, in name order. */
export function schemaStatements(statements: Map<string, Statement>, engine: EngineName): Statement[] {
  return [...statements.values()].filter((s) => isSchemaStatement(s) && (!s.engine || s.engine === engine));
}

/** The statement `name`, checked against the parameters of the call. */
export function resolveStatement(statements: Map<string, Statement>, name: string, params: Record<string, unknown>): Statement {
  const statement = statements.get(name);
  if (!statement) throw new Error(`Unknown statement "${name}": no file cypher/${name}.cypher`);
  checkParams(statement, params);
  return statement;
}
