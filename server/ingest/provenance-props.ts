// How provenance and names are kept on nodes and relationships: graph
// properties cannot hold maps, so sources are three parallel lists, and the
// folded name key that search matches is built from the name and aliases.
import { foldName } from '../domain/text.ts';
import type { Source } from './schema.ts';

export type Props = Record<string, unknown>;

/** Sources as three parallel lists (and notes, null when there are none). */
export function sourceProps(sources: Source[], notes?: string[]) {
  return {
    sourceDocuments: sources.map((s) => s.document),
    // A source with no locator (one the API was given) keeps an empty one, for the same reason.
    sourceLocators: sources.map((s) => s.locator ?? ''),
    // An imported source may have no quote; lists of properties cannot hold null.
    sourceQuotes: sources.map((s) => s.quote ?? ''),
    notes: notes?.length ? notes : null,
  };
}

/** The sources stored as parallel lists, back as records. */
export function sourcesOf(props: Props): Source[] {
  const list = (key: string) => (props[key] as string[] | null | undefined) ?? [];
  const [locators, quotes] = [list('sourceLocators'), list('sourceQuotes')];
  return list('sourceDocuments').map((document, i) => ({ document, locator: locators[i] || undefined, quote: quotes[i] || undefined }));
}

/** What search matches an actor by: its name and aliases, folded. */
export const nameKeyOf = (name: string, aliases: string[] = []) => [name, ...aliases].map(foldName).join(' | ');
