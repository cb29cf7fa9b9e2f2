// Every actor with one label, by name (the lists of associations, networks,
// donors and programmes). A label cannot be a parameter, so the label is
// matched through labels().
// @mode read
// @param label  Association, Network, Donor, Programme or Organisation
MATCH (a:Actor)
WHERE $label IN labels(a)
RETURN a.id AS id, properties(a) AS props
ORDER BY a.name, a.id
