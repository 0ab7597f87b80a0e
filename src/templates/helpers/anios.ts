// `{{años person.yearsSinceContact}}` → "un año", "3 años", "menos de un año": the Spanish
// `years`, to follow "hace" or "desde hace" ("hace 3 años"); "" when unknown, so templates can
// wrap it in `{{#if}}`. Registered as `años`; the file name stays ASCII for every file system.
// The options object Handlebars passes last is ignored.
export function anios(...args: unknown[]): string {
  const value = args.length > 1 ? args[0] : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return '';
  const whole = Math.round(value);
  if (whole === 0) return 'menos de un año';
  if (whole === 1) return 'un año';
  return `${whole} años`;
}
