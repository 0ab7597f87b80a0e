// A sentence for the contact page an action moved the user to (a merge keeps the older record,
// which may be the other page): that page mounts afresh, so it cannot be told through its state.
let pending: { id: string; text: string } | null = null;

export function leaveNotice(id: string, text: string): void {
  pending = { id, text };
}

/** The sentence left for this contact's page, once. */
export function takeNotice(id: string): string {
  const notice = pending?.id === id ? pending.text : '';
  if (notice) pending = null;
  return notice;
}
