// Partnerships are found by title.
// @mode write
CREATE INDEX partnership_title IF NOT EXISTS FOR (n:Partnership) ON (n.title)
