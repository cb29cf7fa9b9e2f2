// Slugs for the ids of twin-cities records (seed/FORMAT.md: lower-case ASCII,
// words joined by "-"). Names are folded as everywhere else (case and
// accents, server/domain/text.ts), then transliterated by any-ascii, since
// folding leaves letters such as "ł" and "ß" and whole scripts as they are.
import anyAscii from 'any-ascii';
import { foldName } from '../../server/domain/text.ts';

/** "Łódź" -> "lodz", "Halle (Saale)" -> "halle-saale"; "" when nothing is left. */
export function slugOf(name: string): string {
  return anyAscii(foldName(name))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Qualifiers that name another local authority than the bare name (the rural
 * gmina around a Polish town, a German district, a French agglomeration): a
 * name carrying one is never taken for the bare name.
 */
const OTHER_AUTHORITY = /(?<!\p{L})(district|gmina|county|communaut[eé]|commune|municipality|region|province|prefecture|department|oblast|raion|rayon|powiat|kreis|borough|township|agglomeration|metropolitan)(?!\p{L})/iu;

/** The qualifier of a name ("Saale" in "Halle (Saale)", "Jiangsu" in "Suzhou, Jiangsu"), or "" when there is none. */
export function qualifierOf(name: string): string {
  const qualifiers = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim());
  const comma = name.replace(/\s*\([^)]*\)/g, '').split(',').slice(1).join(',').trim();
  return [...qualifiers, comma].filter(Boolean).join(', ');
}

/**
 * A name without the qualifier that places it: "Halle (Saale)" -> "Halle",
 * "Suzhou, Jiangsu" -> "Suzhou"; a name qualified as another authority
 * ("Kłodzko (rural gmina)") stays as it is.
 */
export function bareName(name: string): string {
  if (OTHER_AUTHORITY.test(qualifierOf(name))) return name;
  return name.replace(/\s*\([^)]*\)/g, '').split(',')[0]!.trim();
}
