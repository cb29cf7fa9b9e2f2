// The case- and accent-folded name that search matches on.
// @mode write
CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.nameKey)
