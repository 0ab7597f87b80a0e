// `{{ans person.yearsSinceContact}}` → "un an", "3 ans", "moins d'un an": the French `years`,
// to follow "il y a" or "depuis" ("il y a 3 ans", "depuis un an"); "" when unknown, so templates
// can wrap it in `{{#if}}`. The options object Handlebars passes last is ignored.
export function ans(...args: unknown[]): string {
  const value = args.length > 1 ? args[0] : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return '';
  const whole = Math.round(value);
  if (whole === 0) return 'moins d’un an';
  if (whole === 1) return 'un an';
  return `${whole} ans`;
}
