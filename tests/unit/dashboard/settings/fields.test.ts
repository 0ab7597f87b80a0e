import { describe, expect, it } from 'vitest';
import { CAP_RANGE, inviteNoteLimit, parseWhole } from '../../../../src/dashboard/settings/fields';

describe('settings fields', () => {
  it('accepts whole numbers in range only', () => {
    expect(parseWhole(' 60 ', CAP_RANGE)).toBe(60);
    expect(parseWhole('200', CAP_RANGE)).toBe(200);
    expect(parseWhole('201', CAP_RANGE)).toBeNull();
    expect(parseWhole('0', CAP_RANGE)).toBeNull();
    expect(parseWhole('1.5', CAP_RANGE)).toBeNull();
    expect(parseWhole('', CAP_RANGE)).toBeNull();
    expect(parseWhole('1e2', CAP_RANGE)).toBeNull();
  });
  it('invitation notes: 200 characters on a free account, 300 on Premium', () => {
    expect(inviteNoteLimit(false)).toBe(200);
    expect(inviteNoteLimit(true)).toBe(300);
  });
});
