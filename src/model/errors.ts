// The message of anything thrown: the background words its errors for the user already.
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
