// Settings as the form shows them: number limits (the same as SettingsSchema) and what the
// account type means for messages. Pure.

export const CAP_RANGE = { min: 1, max: 200 } as const;
export const FOLLOW_UP_RANGE = { min: 1, max: 60 } as const;
export const NOTES_RANGE = { min: 0, max: 100 } as const;
/** LinkedIn's own weekly invitation limit is about this. */
export const LINKEDIN_WEEKLY_LIMIT = 100;

/** A whole number typed within [min, max], or null. */
export function parseWhole(text: string, range: { min: number; max: number }): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= range.min && value <= range.max ? value : null;
}

/** LinkedIn caps an invitation note at 300 characters, 200 on a free account. */
export function inviteNoteLimit(premium: boolean): number {
  return premium ? 300 : 200;
}
