// `{{jahre person.yearsSinceContact}}` → "einem Jahr", "3 Jahren": the German `years`, in the
// dative, so it reads after "vor" and "seit" ("vor 3 Jahren", "seit einem Jahr"); "" when
// unknown, so templates can wrap it in `{{#if}}`. The options object Handlebars passes last is
// ignored.
export function jahre(...args: unknown[]): string {
  const value = args.length > 1 ? args[0] : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return '';
  const whole = Math.round(value);
  if (whole === 0) return 'weniger als einem Jahr';
  if (whole === 1) return 'einem Jahr';
  return `${whole} Jahren`;
}
