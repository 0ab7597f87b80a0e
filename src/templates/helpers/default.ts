// `{{default person.company "your team"}}`: the value, or the fallback when the value is
// empty ("", null, missing, whitespace only, or an empty list).
export function defaultHelper(...args: unknown[]): unknown {
  const params = args.slice(0, -1);
  const [value, fallback = ''] = params;
  const empty =
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0);
  return empty ? fallback : value;
}
