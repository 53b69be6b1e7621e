/**
 * The report route's search check (`#/report?a=<share value>&asOf=YYYY-MM-DD`), as a plain function so that
 * no schema library is in the first load. Both values are only checked to be strings of a sane length here
 * (errors thrown in validateSearch would skip the error component); the page decodes them and explains
 * anything wrong in words.
 *
 * A share value that fails the check (too long, or not a string, e.g. a number the router parsed) becomes the
 * marker "invalid" rather than undefined: the router rewrites the address to the validated search, and
 * undefined would silently show the saved draft instead of saying the link is bad. "invalid" decodes to the
 * codec's "not a share link" message. A bad asOf is dropped (the report then uses today).
 */
export type ReportSearch = { a?: string; asOf?: string };

export const MAX_SHARE_VALUE_LENGTH = 4000;
export const MAX_AS_OF_LENGTH = 40;

export function validateReportSearch(search: Record<string, unknown>): ReportSearch {
  const out: ReportSearch = {};
  const { a, asOf } = search;
  if (a !== undefined) {
    out.a = typeof a === 'string' && a.length <= MAX_SHARE_VALUE_LENGTH ? a : 'invalid';
  }
  if (typeof asOf === 'string' && asOf.length <= MAX_AS_OF_LENGTH) out.asOf = asOf;
  return out;
}
