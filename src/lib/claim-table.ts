/** Pure helpers for the optional data table on a claim page (see claimTableSchema). */
import type { Locale } from './i18n';
import type { TableCell } from './schemas';

/** The text of a cell in one locale: a string shared by both languages, or that locale's own. */
export function cellText(cell: TableCell, locale: Locale): string {
  return typeof cell === 'string' ? cell : cell[locale];
}
