/**
 * What `a` and `b` of `#/compare` name (ADR 0096):
 * - `d:<assessmentId>` — an assessment's current draft, evaluated now (or on the side's as-of date);
 * - `v:<versionId>` — a recorded version as it was recorded: its answers, its as-of date, and, when it was
 *   recorded under older rules, its stored result (the reasons are not kept; the rules that govern each change
 *   are named in general);
 * - `r:<versionId>` — a recorded version's answers evaluated again under the current rules (on its own as-of
 *   date unless the side's date says otherwise). `v:X` against `r:X` is "one set of answers under two rules
 *   versions".
 * An `asOfA`/`asOfB` date re-evaluates that side under the current rules on that date.
 */
export type RefKind = 'd' | 'v' | 'r';
export interface Ref {
  kind: RefKind;
  id: string;
}

/** Record ids are UUIDs; anything much longer is not one of ours. */
const MAX_ID = 100;

export function parseRef(value: string | undefined): Ref | null {
  if (value === undefined) return null;
  const m = /^([dvr]):(.+)$/u.exec(value);
  if (!m || (m[2] as string).length > MAX_ID) return null;
  return { kind: m[1] as RefKind, id: m[2] as string };
}

export function formatRef(ref: Ref): string {
  return `${ref.kind}:${ref.id}`;
}
