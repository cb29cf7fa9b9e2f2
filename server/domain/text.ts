// Name folding shared by search, seeding and import: case- and accent-
// insensitive, so that "medellin" finds Medellín and "esteli" finds Estelí.
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
