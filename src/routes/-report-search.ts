/**
 * The report route's search check, as a plain function so that no schema library is in the first load:
 * - `#/report?a=<share value>` — a share link's answers;
 * - `#/report?id=<assessmentId>` — the report of a workspace assessment's draft;
 * - `#/report?id=<assessmentId>&v=<versionId>` — the report of one recorded version;
 * - `asOf=YYYY-MM-DD` with any of them.
 * Values are only checked to be strings of a sane length here (errors thrown in validateSearch would skip the
 * error component); the page decodes them and explains anything wrong in words.
 *
 * A share value that fails the check (too long, or not a string, e.g. a number the router parsed) becomes the
 * marker "invalid" rather than undefined: the router rewrites the address to the validated search, and
 * undefined would silently show another page instead of saying the link is bad. "invalid" decodes to the
 * codec's "not a share link" message. An id or version that fails the check becomes "invalid" for the same
 * reason (the store finds no record of that id, and the page says so). A bad asOf is dropped (the report then
 * uses its default date).
 */
export type ReportSearch = { a?: string; id?: string; v?: string; asOf?: string };

export const MAX_SHARE_VALUE_LENGTH = 4000;
export const MAX_AS_OF_LENGTH = 40;
/** Record ids are UUIDs (36 characters); anything far longer is not one of ours. */
export const MAX_RECORD_ID_LENGTH = 100;

function recordId(value: unknown): string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_RECORD_ID_LENGTH
    ? value
    : 'invalid';
}

export function validateReportSearch(search: Record<string, unknown>): ReportSearch {
  const out: ReportSearch = {};
  const { a, id, v, asOf } = search;
  if (a !== undefined) {
    out.a = typeof a === 'string' && a.length <= MAX_SHARE_VALUE_LENGTH ? a : 'invalid';
  }
  if (id !== undefined) out.id = recordId(id);
  if (v !== undefined) out.v = recordId(v);
  if (typeof asOf === 'string' && asOf.length <= MAX_AS_OF_LENGTH) out.asOf = asOf;
  return out;
}
