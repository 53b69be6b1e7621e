/**
 * The `?id=` of the wizard's routes, checked without a schema library (first load). Record ids are UUIDs;
 * anything else becomes "invalid", which no record has, so the page says the assessment was not found.
 */
export function recordIdParam(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' && /^[A-Za-z0-9-]{1,100}$/.test(value) ? value : 'invalid';
}
