/** Whether reopening a version would lose something (ADR 0094). Pure. */
import { draftHash } from '../../shared/workspace/status';
import type { AssessmentRecord, ProvenanceMap, VersionRecord } from '../../shared/workspace/types';

const provenanceKey = (p: ProvenanceMap) =>
  JSON.stringify(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k]?.source ?? '', p[k]?.note ?? '', p[k]?.exactness ?? '']),
  );

/**
 * True when the draft holds answers or sources that no version keeps: replacing it would lose them. A draft
 * equal to its latest version (same answers hash, same provenance — which the hash does not cover) loses
 * nothing; an empty draft with no version loses nothing either.
 */
export function draftHasUnsavedChanges(
  record: Pick<AssessmentRecord, 'draft' | 'provenance' | 'latest'>,
  versions: readonly VersionRecord[],
): boolean {
  const latest = record.latest ? versions.find((v) => v.id === record.latest?.versionId) : undefined;
  if (!record.latest || !latest)
    return Object.keys(record.draft).length > 0 || Object.keys(record.provenance).length > 0;
  return (
    draftHash(record) !== record.latest.answersHash ||
    provenanceKey(record.provenance) !== provenanceKey(latest.provenance)
  );
}
