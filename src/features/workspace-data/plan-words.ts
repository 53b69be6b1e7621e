/**
 * How the import plan names records and what differs between the two sides, in words. Pure.
 */
import { canonicalJson } from '../../share/canonical';
import type { WorkspaceRecord } from '../../shared/workspace/types';

/** "art53_1_a" → "Art. 53(1)(a)", "art54" → "Art. 54". */
export function articleOf(obligationId: string): string {
  const m = /^art(\d+)(?:_(\d+))?(?:_([a-z]))?$/u.exec(obligationId);
  if (!m) return obligationId;
  return `Art. ${m[1]}${m[2] ? `(${m[2]})` : ''}${m[3] ? `(${m[3]})` : ''}`;
}

export type NameOf = (assessmentId: string) => string;

/** Names assessments from any of the given record lists (the file's first, then the workspace's). */
export function namesFrom(...lists: readonly (readonly WorkspaceRecord[])[]): NameOf {
  const names = new Map<string, string>();
  for (const list of [...lists].reverse())
    for (const r of list) if (r.kind === 'assessment') names.set(r.id, r.name);
  return (id) => names.get(id) ?? 'an assessment not in this workspace';
}

export function describeRecord(r: WorkspaceRecord, nameOf: NameOf): string {
  switch (r.kind) {
    case 'assessment':
      return `Assessment “${r.name}”`;
    case 'version':
      return `Version ${r.seq} of “${nameOf(r.assessmentId)}”`;
    case 'task':
      return `Task ${articleOf(r.obligationId)}${r.itemKey ? ' (an item to produce)' : ''} of “${nameOf(r.assessmentId)}”`;
  }
}

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  owner: 'owner',
  archived: 'archived or not',
  draft: 'answers',
  provenance: 'sources and notes',
  basedOnVersionId: 'the version it follows',
  latest: 'latest version',
  signoff: 'sign-off',
  status: 'status',
  reason: 'reason',
  due: 'due date',
  evidence: 'evidence',
  answers: 'answers',
  seq: 'number',
  asOf: 'as-of date',
  rulesVersion: 'rules version',
};
/** Bookkeeping that changes with every write: not a difference a person weighs. */
const IGNORED = new Set(['rev', 'updatedAt', 'createdAt']);

/** What differs between the workspace's record and the file's, in words ("name, answers"). */
export function differences(mine: WorkspaceRecord, theirs: WorkspaceRecord): string[] {
  const a = mine as unknown as Record<string, unknown>;
  const b = theirs as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !IGNORED.has(k));
  return keys.filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k])).map((k) => FIELD_WORDS[k] ?? k);
}

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** When a record was last written, for the conflict's two sides. */
export function changedAt(r: WorkspaceRecord): string {
  const at = r.kind === 'version' ? (r.signoff?.signedAt ?? r.createdAt) : r.updatedAt;
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : WHEN.format(d);
}
