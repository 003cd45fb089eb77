/** RFC 4180 CSV: fields quoted when needed, CRLF line ends. Cells that a spreadsheet would run as
 * a formula (=, +, -, @ at the start) get a leading apostrophe (CSV injection). */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
