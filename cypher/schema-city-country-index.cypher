// Cities are filtered and rolled up by country.
// @mode write
CREATE INDEX city_country IF NOT EXISTS FOR (n:City) ON (n.country)
