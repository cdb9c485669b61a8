import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/lib/claim-table';

describe('claim table cells', () => {
  it('uses a shared string in both languages and a per-locale string in its own', () => {
    expect(cellText('700 PS', 'en')).toBe('700 PS');
    expect(cellText('700 PS', 'zh')).toBe('700 PS');
    expect(cellText({ en: 'petrol', zh: '汽油' }, 'zh')).toBe('汽油');
    expect(cellText({ en: 'petrol', zh: '汽油' }, 'en')).toBe('petrol');
  });
});
