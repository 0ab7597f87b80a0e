// `{{years person.yearsSinceContact}}` → "a year", "3 years"; "" when unknown, so templates can
// wrap it in `{{#if}}`. Handlebars passes an options object last; it is ignored.
export function years(...args: unknown[]): string {
  const value = args.length > 1 ? args[0] : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return '';
  const whole = Math.round(value);
  if (whole === 0) return 'less than a year';
  if (whole === 1) return 'a year';
  return `${whole} years`;
}
