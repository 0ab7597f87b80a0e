/** The reason something failed, as the background put it (already in the user's words). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
