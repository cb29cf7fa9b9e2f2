// Name lookups for every actor (exact names, as imports match them).
// @mode write
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)
