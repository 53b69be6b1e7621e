/**
 * How the import plan names records and what differs between the two sides, in words. Pure.
 */
import { type Lang, LOCALES } from '../../i18n/languages';
import type { MessageId } from '../../i18n/message-id';
import type { Translator } from '../../i18n/translator';
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
export function namesFrom(tr: Translator, ...lists: readonly (readonly WorkspaceRecord[])[]): NameOf {
  const names = new Map<string, string>();
  for (const list of [...lists].reverse())
    for (const r of list) if (r.kind === 'assessment') names.set(r.id, r.name);
  return (id) => names.get(id) ?? tr.m('workspace.notInWorkspace');
}

/** `lower`: the version's name in running text ("Keep your version 2 of …"). */
export function describeRecord(r: WorkspaceRecord, nameOf: NameOf, tr: Translator, lower = false): string {
  switch (r.kind) {
    case 'assessment':
      return tr.m('workspace.recordAssessment', { name: r.name });
    case 'version':
      return tr.m(lower ? 'workspace.recordVersionLower' : 'workspace.recordVersion', {
        seq: r.seq,
        name: nameOf(r.assessmentId),
      });
    case 'task':
      return tr.m('workspace.recordTask', {
        article: articleOf(r.obligationId),
        item: r.itemKey ? tr.m('workspace.recordTaskItem') : '',
        name: nameOf(r.assessmentId),
      });
  }
}

const FIELD_WORDS: Record<string, MessageId> = {
  name: 'workspace.field_name',
  owner: 'workspace.field_owner',
  archived: 'workspace.field_archived',
  draft: 'workspace.field_draft',
  provenance: 'workspace.field_provenance',
  basedOnVersionId: 'workspace.field_basedOnVersionId',
  latest: 'workspace.field_latest',
  signoff: 'workspace.field_signoff',
  status: 'workspace.field_status',
  reason: 'workspace.field_reason',
  due: 'workspace.field_due',
  evidence: 'workspace.field_evidence',
  answers: 'workspace.field_answers',
  seq: 'workspace.field_seq',
  asOf: 'workspace.field_asOf',
  rulesVersion: 'workspace.field_rulesVersion',
};
/** Bookkeeping that changes with every write: not a difference a person weighs. */
const IGNORED = new Set(['rev', 'updatedAt', 'createdAt']);

/** What differs between the workspace's record and the file's, in words ("name, answers"). */
export function differences(mine: WorkspaceRecord, theirs: WorkspaceRecord, tr: Translator): string[] {
  const a = mine as unknown as Record<string, unknown>;
  const b = theirs as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !IGNORED.has(k));
  return keys
    .filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]))
    .map((k) => {
      const id = FIELD_WORDS[k];
      return id ? tr.m(id) : k;
    });
}

const WHEN = new Map<Lang, Intl.DateTimeFormat>();

/** When a record was last written, for the conflict's two sides. */
export function changedAt(r: WorkspaceRecord, tr: Translator): string {
  const at = r.kind === 'version' ? (r.signoff?.signedAt ?? r.createdAt) : r.updatedAt;
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  let when = WHEN.get(tr.lang);
  if (!when) {
    when = new Intl.DateTimeFormat(LOCALES[tr.lang], { dateStyle: 'long', timeStyle: 'short' });
    WHEN.set(tr.lang, when);
  }
  return when.format(d);
}
