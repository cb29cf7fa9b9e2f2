// The graph model in one place: the labels, relationship types and property
// keys the statements in cypher/ may use. The Cypher lint checks every
// statement against it, so a misspelt label or property fails the tests.
export const LABELS = [
  'Actor', 'City', 'Association', 'Network', 'Donor', 'Programme', 'Organisation', 'Partnership',
  // Neo4j only: the node every write transaction locks first (cypher/begin-write.cypher).
  'Writes',
] as const;

export const RELATIONSHIP_TYPES = ['PARTICIPATES_IN', 'MEMBER_OF', 'FUNDS', 'SUPPORTS', 'RUN_BY'] as const;

/** Which labels each relationship type joins (checked by the lint as schema paths). */
export const RELATIONSHIP_PATHS: { from: string; relType: string; to: string }[] = [
  ...['City', 'Association', 'Network', 'Donor', 'Programme', 'Organisation'].map((from) => ({ from, relType: 'PARTICIPATES_IN', to: 'Partnership' })),
  ...['City', 'Association', 'Organisation'].flatMap((from) => ['Association', 'Network'].map((to) => ({ from, relType: 'MEMBER_OF', to }))),
  ...['City', 'Partnership', 'Programme', 'Association', 'Network'].map((to) => ({ from: 'Donor', relType: 'FUNDS', to })),
  ...['Programme', 'Organisation'].flatMap((from) => ['City', 'Partnership', 'Association', 'Network'].map((to) => ({ from, relType: 'SUPPORTS', to }))),
  ...['Association', 'Network', 'Donor', 'City', 'Organisation'].map((to) => ({ from: 'Programme', relType: 'RUN_BY', to })),
  // Every actor also carries the Actor label, through which lookups by id go.
  { from: 'Actor', relType: 'PARTICIPATES_IN', to: 'Partnership' },
  { from: 'Actor', relType: 'MEMBER_OF', to: 'Actor' },
  { from: 'Donor', relType: 'FUNDS', to: 'Actor' },
  { from: 'Programme', relType: 'SUPPORTS', to: 'Actor' },
  { from: 'Actor', relType: 'SUPPORTS', to: 'Actor' },
  { from: 'Programme', relType: 'RUN_BY', to: 'Actor' },
];

const SOURCE_KEYS = ['sourceDocuments', 'sourceLocators', 'sourceQuotes', 'notes'];

export const PROPERTY_KEYS = [
  ...SOURCE_KEYS,
  // every actor
  'id', 'name', 'nameKey', 'kind', 'aliases',
  // cities
  'country', 'region', 'bloc', 'ldc', 'population', 'latitude', 'longitude', 'geonameId', 'donorType', 'level', 'locationIsSeat',
  // what a city declares it seeks or offers (server/analytics/declared-offers.ts)
  'cooperationOffers',
  // organisations
  'organisationType',
  // associations, networks, donors, programmes
  'scope', 'themes', 'modalities', 'fundingSources', 'startYear', 'endYear',
  // partnerships
  'title', 'orientation', 'orientationStated', 'modality', 'modalityStated', 'focus', 'parties', 'outcomes', 'status',
  // relationships
  'role', 'amount', 'currency', 'inferred',
  // the Writes node
  'commits',
] as const;

/**
 * Keys of the parameter rows that UNWIND statements read (`row.actor`). They
 * are not stored, but Neo4j's linter sees `row.key` as a property access.
 */
export const PARAMETER_ROW_KEYS = ['props', 'actor', 'partnership', 'member', 'organisation', 'donor', 'recipient', 'programme', 'target', 'runner', 'type'] as const;
