// `{{list me.targetCompanies}}` → "Acme, Globex and Initech"; `conjunction="or"` for choices.
// Empty entries are dropped so a half-filled list never reads "Acme,  and".
export function joinList(items: readonly string[], conjunction = 'and'): string {
  const clean = items.map((item) => item.trim()).filter((item) => item !== '');
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} ${conjunction} ${clean.at(-1)}`;
}

export function list(...args: unknown[]): string {
  const value = args.length > 1 ? args[0] : undefined;
  const options = args.at(-1) as { hash?: Record<string, unknown> } | undefined;
  const conjunction = options?.hash?.conjunction;
  const items = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
  return joinList(items, typeof conjunction === 'string' ? conjunction : 'and');
}
