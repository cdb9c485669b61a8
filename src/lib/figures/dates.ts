/**
 * Dates in figures are kept at the precision the source gives (YYYY, YYYY-MM, YYYY-MM-DD). To
 * place one on a time axis we use the middle of the period it names, not an invented first day.
 */
export function dateMidpoint(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return new Date(Date.UTC(year, 6, 2));
  if (day === undefined) return new Date(Date.UTC(year, month - 1, 16));
  return new Date(Date.UTC(year, month - 1, day));
}

export const yearOf = (iso: string) => Number(iso.slice(0, 4));
