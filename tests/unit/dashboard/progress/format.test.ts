import { describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { monthName, shortDay } from '../../../../src/dashboard/progress/format';

describe('chart labels', () => {
  it('write "12 Oct", and a stored text that is no calendar day as it is, without throwing', () => {
    expect(shortDay('2026-10-12')).toBe('12 Oct');
    expect(monthName('2026-10-12')).toBe('Oct');
    expect(shortDay('2026-02-30')).toBe('2026-02-30');
    expect(monthName('not a day')).toBe('not a day');
  });
});
