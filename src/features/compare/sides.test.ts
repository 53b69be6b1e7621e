import { describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { comparableSummary } from '../../engine/compare';
import { evaluate } from '../../engine/evaluate';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { RULES_VERSION } from '../../engine/rules-version';
import { english } from '../../i18n/all';
import { inEnglish } from '../../i18n/english';
import type { AssessmentRecord, VersionRecord } from '../../shared/workspace/types';
import { pickerGroups } from './picker-options';
import { formatRef, parseRef } from './refs';
import { finishedDraft, loadSide, type SideReader } from './sides';

const TODAY = '2026-11-30';
const draft = WIZARD_PERSONAS.frontierLab.answers;
const done = finishedDraft(draft);
if (!done.ok) throw new Error('frontierLab is not complete');
const answers: Answers = done.answers;

function assessment(over: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return {
    kind: 'assessment',
    format: 1,
    id: 'a1',
    name: 'Aurora-3',
    owner: '',
    archived: false,
    createdAt: '',
    updatedAt: '',
    rev: 1,
    draft,
    provenance: {},
    basedOnVersionId: null,
    latest: null,
    ...over,
  };
}

function version(over: Partial<VersionRecord> = {}): VersionRecord {
  return {
    kind: 'version',
    format: 1,
    id: 'v1',
    assessmentId: 'a1',
    seq: 1,
    createdAt: '',
    answers,
    provenance: {},
    rulesVersion: RULES_VERSION,
    asOf: '2026-11-25',
    answersHash: 'h',
    result: inEnglish(comparableSummary(evaluate(answers, '2026-11-25'))),
    signoff: null,
    ...over,
  };
}

const reader = (a: AssessmentRecord[], v: VersionRecord[]): SideReader => ({
  getAssessment: async (id) => a.find((x) => x.id === id) ?? null,
  getVersion: async (id) => v.find((x) => x.id === id) ?? null,
});

describe('refs', () => {
  it('reads d:, v: and r: refs and refuses anything else', () => {
    expect(parseRef('d:abc')).toEqual({ kind: 'd', id: 'abc' });
    expect(parseRef('r:v-1')).toEqual({ kind: 'r', id: 'v-1' });
    expect(formatRef({ kind: 'v', id: 'x' })).toBe('v:x');
    for (const bad of [undefined, '', 'abc', 'x:abc', 'v:', `v:${'x'.repeat(101)}`])
      expect(parseRef(bad)).toBeNull();
  });
});

describe('loadSide', () => {
  it('a draft is evaluated today unless the side has its own date', async () => {
    const side = await loadSide(
      reader([assessment()], []),
      { kind: 'd', id: 'a1' },
      undefined,
      TODAY,
      english,
    );
    expect(side).toMatchObject({ ok: true, label: 'Aurora-3 — current draft', input: { asOf: TODAY } });
    const dated = await loadSide(
      reader([assessment()], []),
      { kind: 'd', id: 'a1' },
      '2027-01-01',
      TODAY,
      english,
    );
    expect(dated.ok && dated.input.asOf).toBe('2027-01-01');
  });

  it('an unfinished draft names the screens still to answer; a missing record says it is not here', async () => {
    const unfinished = assessment({ draft: { role: 'developer' } });
    const side = await loadSide(reader([unfinished], []), { kind: 'd', id: 'a1' }, undefined, TODAY, english);
    expect(side.ok).toBe(false);
    expect(!side.ok && side.message).toMatch(/^The draft of “Aurora-3” is not finished: .+ an answer\.$/u);
    const missing = await loadSide(reader([], []), { kind: 'v', id: 'nope' }, undefined, TODAY, english);
    expect(missing).toEqual({ ok: false, message: 'This version is not in this browser’s workspace.' });
  });

  it('a version is taken on its own date; recorded under older rules it keeps its stored result (v:), or not (r:)', async () => {
    const old = version({ rulesVersion: '2026.11.1' });
    const store = reader([assessment()], [old]);
    const asRecorded = await loadSide(store, { kind: 'v', id: 'v1' }, undefined, TODAY, english);
    expect(asRecorded).toMatchObject({ ok: true, label: 'Aurora-3 — version 1 (25 November 2026)' });
    expect(asRecorded.ok && asRecorded.input.asOf).toBe('2026-11-25');
    expect(asRecorded.ok && asRecorded.input.recorded?.rulesVersion).toBe('2026.11.1');
    const now = await loadSide(store, { kind: 'r', id: 'v1' }, undefined, TODAY, english);
    expect(now).toMatchObject({ ok: true, label: 'Aurora-3 — version 1 under the current rules' });
    expect(now.ok && now.input.recorded).toBeNull();
    // Another date asks for an evaluation on it: the stored result (of another date) cannot stand for it.
    const dated = await loadSide(store, { kind: 'v', id: 'v1' }, '2027-01-01', TODAY, english);
    expect(dated.ok && dated.input.recorded).toBeNull();
  });
});

describe('pickerGroups', () => {
  it('groups by assessment (archived last): the draft, versions newest first, and "under the current rules" for older ones', () => {
    const groups = pickerGroups(
      [
        assessment(),
        assessment({ id: 'a0', name: 'Zeta', archived: true }),
        assessment({ id: 'a2', name: 'Beta' }),
      ],
      [version(), version({ id: 'v2', seq: 2, rulesVersion: '2026.11.1' })],
      english,
    );
    expect(groups.map((g) => g.label)).toEqual(['Aurora-3', 'Beta', 'Zeta (archived)']);
    expect(groups[0]?.options).toEqual([
      { value: 'd:a1', label: 'Aurora-3 — current draft' },
      { value: 'v:v2', label: 'Aurora-3 — version 2 (25 November 2026)' },
      { value: 'r:v2', label: `Aurora-3 — version 2 under the current rules (${RULES_VERSION})` },
      { value: 'v:v1', label: 'Aurora-3 — version 1 (25 November 2026)' },
    ]);
  });
});
