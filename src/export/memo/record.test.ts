/** The memo of a workspace version (ADR 0094): the sign-off block filled when signed, provenance in the appendix. */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { english } from '../../i18n/english';
import { evaluateInEnglish } from '../../i18n/test-helpers';
import { PERSONAS } from '../../share/test-personas';
import type { Signoff } from '../../shared/workspace/types';
import { provenanceWords } from './answers';
import { buildMemo } from './build-memo';
import type { MemoInput, MemoRecord } from './input';
import { cellText, type MemoBlock, plainText } from './model';
import { NOT_A_CRYPTOGRAPHIC_SIGNATURE } from './test-helpers';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const SIGNOFF: Signoff = {
  name: 'Zofia Wąsik',
  role: 'General Counsel',
  date: '2026-11-27',
  note: 'Checked the FLOP figure against the training log.',
  signedAt: '2026-11-27T15:04:00.000Z',
};

function memo(record?: MemoRecord) {
  const input: MemoInput = {
    report: evaluateInEnglish(frontier, '2026-11-25'),
    answers: frontier,
    answersInWords: [
      {
        section: 'Compute',
        question: 'Training compute',
        answer: '3.8 × 10^25 FLOP',
        questionId: 'compute.parameterUpdateFlop',
      },
      { section: 'Compute', question: 'Method', answer: 'Measured', questionId: 'compute.method' },
    ],
    shareLink: 'https://gpai.example.org/#/report?a=v2.x',
    generatedAt: '2026-11-28T09:00:00Z',
    answersHash: 'a1b2c3d4e5f6',
    translator: english,
    ...(record ? { record } : {}),
  };
  return buildMemo(input);
}

const of = <K extends MemoBlock['kind']>(blocks: readonly MemoBlock[], kind: K) =>
  blocks.filter((b): b is Extract<MemoBlock, { kind: K }> => b.kind === kind);
const texts = (blocks: readonly MemoBlock[]) => of(blocks, 'para').map((p) => plainText(p.text));
/** The table right after the "Your answers" heading. */
function answersTable(blocks: readonly MemoBlock[]) {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Your answers');
  const next = blocks[at + 1];
  return next?.kind === 'table' ? next : undefined;
}

describe('sign-off block', () => {
  it('stays two blank rows to sign by hand without a record, or with an unsigned version', () => {
    for (const m of [memo(), memo({ signoff: null, provenance: {}, versionSeq: 2 })]) {
      const [block] = of(m.blocks, 'signOff');
      expect(block?.rows).toEqual([{ capacity: 'Prepared by' }, { capacity: 'Reviewed by' }]);
      expect(texts(m.blocks)).not.toContain(NOT_A_CRYPTOGRAPHIC_SIGNATURE);
    }
  });

  it('is filled with the reviewer of a signed version, says what the sign-off is and is not, and gives the hash', () => {
    const m = memo({ signoff: SIGNOFF, provenance: {}, versionSeq: 3 });
    const [block] = of(m.blocks, 'signOff');
    expect(block?.rows[1]).toEqual({
      capacity: 'Reviewed by',
      name: 'Zofia Wąsik',
      role: 'General Counsel',
      date: '27 November 2026',
      signature: 'Signed off in GPAI Navigator',
    });
    const words = texts(m.blocks);
    expect(words).toContain(
      'Version 3 of this assessment was signed off by Zofia Wąsik (General Counsel) on 27 November 2026; recorded 27 November 2026, 15:04 (UTC). Answers hash a1b2c3d4e5f6.',
    );
    expect(words).toContain("Reviewer's note: Checked the FLOP figure against the training log.");
    expect(words).toContain(NOT_A_CRYPTOGRAPHIC_SIGNATURE);
    // The first page says which version and who signed it.
    const front = of(m.blocks, 'table')[0]?.rows.map((r) => r.map((c) => plainText(cellText(c))));
    expect(front).toContainEqual(['Version', '3 (signed, locked)']);
    expect(front).toContainEqual(['Signed off by', 'Zofia Wąsik, General Counsel, 27 November 2026']);
  });

  it('leaves out an empty note', () => {
    const words = texts(memo({ signoff: { ...SIGNOFF, note: '  ' }, provenance: {}, versionSeq: 1 }).blocks);
    expect(words.some((w) => w.startsWith("Reviewer's note"))).toBe(false);
  });
});

describe('answers appendix with provenance', () => {
  it('has no source column when no answer has a recorded source', () => {
    for (const m of [
      memo(),
      memo({ signoff: null, provenance: { other: { source: 'x' } }, versionSeq: null }),
    ])
      expect(answersTable(m.blocks)?.head).toEqual(['Question', 'Answer']);
  });

  it('adds the source, exactness and note of each answer that has one, and a blank cell for the others', () => {
    const m = memo({
      signoff: null,
      provenance: {
        'compute.parameterUpdateFlop': {
          source: 'ML lead',
          exactness: 'estimate',
          note: '12 Nov: logged FLOP',
        },
      },
      versionSeq: null,
    });
    const table = answersTable(m.blocks);
    expect(table?.head).toEqual(['Question', 'Answer', 'Source (exact or estimate, note)']);
    const rows = table?.rows.map((r) => r.map((c) => plainText(cellText(c))));
    expect(rows).toContainEqual([
      'Training compute',
      '3.8 × 10²⁵ FLOP',
      'ML lead · estimate · 12 Nov: logged FLOP',
    ]);
    expect(rows).toContainEqual(['Method', 'Measured', '']);
  });

  it('words a provenance from whatever parts were given', () => {
    expect(provenanceWords(undefined)).toBe('');
    expect(provenanceWords({})).toBe('');
    expect(provenanceWords({ exactness: 'exact' })).toBe('exact');
    expect(provenanceWords({ source: ' run-42 log ', note: '' })).toBe('run-42 log');
  });
});
