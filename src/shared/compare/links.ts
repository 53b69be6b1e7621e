/**
 * Links to the compare page (ADR 0096) for the other screens: the assessment page's "compare with the current
 * draft", the rules-change mark's "see what changed", the list's "compare two". Refs: d:<assessmentId> (the
 * current draft), v:<versionId> (a version as recorded), r:<versionId> (a version under the current rules).
 */
export type CompareRef = `d:${string}` | `v:${string}` | `r:${string}`;

export function compareHref(
  a: CompareRef,
  b: CompareRef,
  dates: { asOfA?: string; asOfB?: string } = {},
): string {
  const params = new URLSearchParams({ a, b });
  if (dates.asOfA) params.set('asOfA', dates.asOfA);
  if (dates.asOfB) params.set('asOfB', dates.asOfB);
  return `#/compare?${params.toString()}`;
}

/** A version against the current draft of its assessment. */
export const versionAgainstDraft = (versionId: string, assessmentId: string) =>
  compareHref(`v:${versionId}`, `d:${assessmentId}`);

/** A version as recorded under its (older) rules against the same answers under the current rules. */
export const versionUnderCurrentRules = (versionId: string) =>
  compareHref(`v:${versionId}`, `r:${versionId}`);
