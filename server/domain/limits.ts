// How long names, titles and ids may be, and how many aliases an actor has.
// Neo4j's range indexes (the unique constraints on ids, the indexes on names,
// search keys and titles) refuse a key over 8,167 bytes, and a write that
// meets one fails whole. The search key folds the name and every alias into
// one value: (1 + 8) x (200 + 3) characters, 7,308 bytes even if each took
// four, stays inside that on both engines. The documents' longest name has
// 76 characters, their longest title 96, and no actor more than 4 aliases.
export const MAX_NAME_LENGTH = 200;
export const MAX_ALIASES = 8;
/** A kind's prefix and the slug of a name of MAX_NAME_LENGTH characters. */
export const MAX_ID_LENGTH = 300;

export const tooLong = (max: number) => `must be at most ${max} characters long`;
export const tooManyAliases = `must hold at most ${MAX_ALIASES} aliases`;
