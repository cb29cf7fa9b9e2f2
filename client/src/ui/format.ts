// Enum values as words: NORTH_SOUTH -> "North south", WATER_SANITATION -> "Water sanitation".
export function words(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1998–2003", "since 1998", "until 2003", or null when the sources give no year. */
export function years(start: number | null | undefined, end: number | null | undefined): string | null {
  if (start != null && end != null) return start === end ? String(start) : `${start}–${end}`;
  if (start != null) return `since ${start}`;
  if (end != null) return `until ${end}`;
  return null;
}
