// A table as a CSV file the browser downloads (the views' "CSV" buttons).
import { download } from '../explore/export.ts';

const cell = (value: unknown) => {
  const text = value == null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function downloadCsv(name: string, header: string[], rows: unknown[][]): void {
  const lines = [header.join(','), ...rows.map((row) => row.map(cell).join(','))];
  download(name, new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' }));
}
