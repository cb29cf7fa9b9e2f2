// Counts of every kind of actor, of partnerships and of relationships.
// @mode read
RETURN
  COUNT { (:City) } AS cities,
  COUNT { (:Association) } AS associations,
  COUNT { (:Network) } AS networks,
  COUNT { (:Donor) } AS donors,
  COUNT { (:Programme) } AS programmes,
  COUNT { (:Organisation) } AS organisations,
  COUNT { (:Partnership) } AS partnerships,
  COUNT { ()-[]->() } AS relationships
