import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../../engine/answers';
import type { Report } from '../../engine/report';
import { FIXTURE_ANSWERS } from '../../features/report/test-reports';
import { english } from '../../i18n/english';
import { evaluateInEnglish } from '../../i18n/test-helpers';
import { maximalAnswers } from '../../share/arbitraries';
import { PERSONAS } from '../../share/test-personas';
import { buildMemo } from './build-memo';
import type { MemoInput } from './input';
import { cellText, type Memo, type MemoBlock, plainText } from './model';
import { nextDateWords } from './summary';
import { MANDATE_CHECKLIST_HEADING, NOTIFICATION_DRAFT_HEADING } from './test-helpers';

const AS_OF = '2026-11-25';
const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const frontierCompute = frontier.compute as NonNullable<Answers['compute']>;
const frontierRisk = frontier.systemicRisk as NonNullable<Answers['systemicRisk']>;

function memoOf(answers: Answers): Memo {
  const input: MemoInput = {
    report: evaluateInEnglish(answers, AS_OF),
    answers,
    answersInWords: [],
    shareLink: 'https://gpai.example.org/#/report?a=v2.x',
    generatedAt: '2026-11-25T14:03:27Z',
    answersHash: 'abc',
    translator: english,
  };
  return buildMemo(input);
}

function blockText(b: MemoBlock): string {
  switch (b.kind) {
    case 'title':
      return `${b.title}\n${b.subtitle}\n${b.note}`;
    case 'heading':
      return b.text;
    case 'para':
      return plainText(b.text);
    case 'bullets':
      return b.items.map(plainText).join('\n');
    case 'table':
      return [...(b.head ?? []), ...b.rows.flatMap((r) => r.map((c) => plainText(cellText(c))))].join('\n');
    case 'summary':
      return b.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
    case 'signOff':
      return b.rows.map((r) => r.capacity).join('\n');
  }
}

/** The text of the section under a level-1 heading, up to the next one; null when there is no such heading. */
function section(memo: Memo, heading: string): string | null {
  const start = memo.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === heading);
  if (start < 0) return null;
  const rest = memo.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level === 1);
  return rest
    .slice(0, end < 0 ? undefined : end)
    .map(blockText)
    .join('\n');
}

const parse = (a: unknown) => answersSchema.parse(a);

describe('Art. 52(1) notification draft (R35, R36, R62, R88, R89)', () => {
  it('appears when the notification is owed, with the compute to two significant figures, the method and the dates', () => {
    const answers: Answers = {
      ...frontier,
      compute: { ...frontierCompute, parameterUpdateFlop: 3.8467e25 },
    };
    const draft = section(memoOf(answers), NOTIFICATION_DRAFT_HEADING);
    expect(draft).not.toBeNull();
    expect(draft).toContain(
      '3.8 × 10²⁵ FLOP — cumulative training compute (R33), given to two significant figures',
    );
    expect(draft).not.toContain('3.85');
    expect(draft).toContain('Measured or logged during training');
    expect(draft).toContain('Threshold met or known to be met on\n10 November 2025');
    expect(draft).toContain('First placing on the Union market\n1 March 2026');
    expect(draft).toContain('Due by 24 November 2025 — Overdue by 366 days.');
    expect(draft).toContain('Łódź AI');
    expect(draft).toContain('Sources: Art. 52(1); Art. 52(2); Art. 51(2); GL §2.3.2; GL ¶31.');
  });

  it('leaves a bracketed blank for what the answers do not say, and bounds an unknown date by placing (R89)', () => {
    const answers = parse(FIXTURE_ANSWERS.atLatest);
    const draft = section(memoOf(answers), NOTIFICATION_DRAFT_HEADING) ?? '';
    expect(draft).toContain(
      '[Date the threshold was met or it became known it would be — not known from your answers (R89)]',
    );
    expect(draft).toMatch(/Due at the latest by 26 January 2026 — Overdue by \d+ days\./);
    const unknownMethod = { ...frontier, compute: { ...frontierCompute, method: 'unknown' as const } };
    expect(section(memoOf(unknownMethod), NOTIFICATION_DRAFT_HEADING)).toContain(
      '[State how the figure was obtained',
    );
  });

  it('does not appear once the answers say the Commission was notified, nor without the presumption', () => {
    const notified: Answers = {
      ...frontier,
      systemicRisk: { ...frontierRisk, notifiedDate: '2025-11-20' },
    };
    expect(evaluateInEnglish(notified, AS_OF).obligations.find((o) => o.id === 'art52_1')?.status).toBe(
      'done',
    );
    expect(section(memoOf(notified), NOTIFICATION_DRAFT_HEADING)).toBeNull();
    const integrator = parse(FIXTURE_ANSWERS.integrator);
    expect(evaluateInEnglish(integrator, AS_OF).obligations.some((o) => o.id === 'art52_1')).toBe(false);
    expect(section(memoOf(integrator), NOTIFICATION_DRAFT_HEADING)).toBeNull();
  });
});

describe('authorised representative mandate checklist (Art. 54, R61)', () => {
  it('appears for a provider established outside the Union, with the Art. 54(3)(a)–(d) tasks', () => {
    const list = section(memoOf(frontier), MANDATE_CHECKLIST_HEADING) ?? '';
    for (const point of [
      'Art. 54(3)(a)',
      'Art. 54(3)(b)',
      'Art. 54(3)(c)',
      'Art. 54(3)(d)',
      'Art. 54(4)',
      'Art. 54(5)',
    ])
      expect(list).toContain(point);
    expect(list).toContain('all obligations of Art. 53 and Art. 55'); // systemic risk: Art. 55 too
    expect(list).toContain('for 10 years after the model is placed on the market');
    expect(list).toContain('for this model: by 1 March 2026');
    expect(list).not.toMatch(/official/i);
  });

  it('does not appear for a provider established in the Union, nor for an exempt open-source model (Art. 54(6))', () => {
    const inEu: Answers = { ...frontier, euEstablished: 'yes' };
    expect(section(memoOf(inEu), MANDATE_CHECKLIST_HEADING)).toBeNull();
    const open = parse({ ...FIXTURE_ANSWERS.openWeights, euEstablished: 'no' });
    const report = evaluateInEnglish(open, AS_OF);
    expect(report.obligations.find((o) => o.id === 'art54' && !o.exempted)).toBeUndefined();
    expect(section(memoOf(open), MANDATE_CHECKLIST_HEADING)).toBeNull();
  });
});

describe('summary box and the memo’s wording', () => {
  it('carries each verdict’s nuance and marks overdue items as a warning', () => {
    const summary = memoOf(frontier).blocks.find((b) => b.kind === 'summary');
    expect(summary?.kind).toBe('summary');
    if (summary?.kind !== 'summary') return;
    expect(summary.rows.find((r) => r.label === 'Systemic risk')?.value).toBe('Presumed — ambiguous (E28)');
    const overdue = summary.rows.filter((r) => r.tone === 'warning');
    expect(overdue.map((r) => r.label)).toEqual(['Overdue']);
    expect(overdue[0]?.value).toContain('Art. 52(1)');
    expect(summary.rows.find((r) => r.label === 'Next date')?.value).toBe(
      'Due now: the overdue obligations above',
    );
  });

  it('says "No dates ahead" only when nothing dated, overdue or undated lies ahead', () => {
    const base = evaluateInEnglish(frontier, AS_OF);
    const quiet: Report = { ...base, timeline: [], obligations: [], signposts: [] };
    expect(nextDateWords(quiet, english)).toBe('No dates ahead');
    const undated: Report = {
      ...quiet,
      obligations: [{ ...(base.obligations[0] as Report['obligations'][number]), status: 'date-unknown' }],
    };
    const inForce: Report = {
      ...quiet,
      obligations: [{ ...(base.obligations[0] as Report['obligations'][number]), status: 'in-force' }],
    };
    expect(nextDateWords(inForce, english)).toBe(
      'No dates ahead: the obligations that apply are in force now',
    );
    expect(nextDateWords(undated, english)).toMatch(
      /^No known date ahead; Art\. 53\(1\)\(a\) depends on an answer/,
    );
    const signpost = base.signposts.find((sp) => sp.appliesFrom !== null) as Report['signposts'][number];
    expect(
      nextDateWords({ ...quiet, signposts: [{ ...signpost, appliesFrom: '2027-12-02' }] }, english),
    ).toBe(
      `No GPAI model dates ahead; AI-system duty ahead (not assessed here): ${signpost.article} from 2 December 2027`,
    );
    expect(
      nextDateWords({ ...quiet, signposts: [{ ...signpost, appliesFrom: '2026-01-01' }] }, english),
    ).toBe('No dates ahead');
    const ahead: Report = {
      ...quiet,
      timeline: [{ ...(base.timeline[0] as Report['timeline'][number]), daysFromAsOf: 0 }],
    };
    expect(nextDateWords(ahead, english)).toMatch(/\(today\): /);
  });

  it('writes every power of ten one way (10²⁵), never 10^25 or 1e25', () => {
    for (const answers of [frontier, maximalAnswers(), parse(FIXTURE_ANSWERS.atLatest)]) {
      const text = memoOf(answers).blocks.map(blockText).join('\n');
      expect(text).not.toMatch(/10\^|\de[+-]?\d/);
      expect(text).toMatch(/10[²³]/);
    }
  });
});
