// `{{firstWord person.fullName}}` → "Ana". Not called `first`: Handlebars 4 resolves the bare
// mustache `{{@first}}` as a helper named "first" before the data variable, so the name would
// break `{{@first}}` inside `{{#each}}`.
export function firstWord(...args: unknown[]): string {
  const value = args.length > 1 ? args[0] : undefined;
  if (typeof value !== 'string') return '';
  return value.trim().split(/\s+/)[0] ?? '';
}
