import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/all';
import { english } from '../../i18n/english';
import { evidenceParts } from './evidence';
import {
  formFromTask,
  readDue as readDueIn,
  type TaskFormValues,
  validateTaskForm as validateIn,
} from './task-form';

const readDue = (text: string) => readDueIn(text, english);
const validateTaskForm = (v: TaskFormValues) => validateIn(v, english);

const base: TaskFormValues = { status: 'in-progress', reason: '', owner: ' Ana ', due: '', evidence: '' };

describe('task form', () => {
  it('requires a reason when a task is not needed, and only then', () => {
    const r = validateTaskForm({ ...base, status: 'not-needed', reason: '   ' });
    expect(r).toEqual({ ok: false, errors: { reason: 'Say why this task is not needed.' } });
    const ok = validateTaskForm({ ...base, status: 'not-needed', reason: ' Covered by the group policy ' });
    expect(ok.ok && ok.value.reason).toBe('Covered by the group policy');
    // A reason typed and then left behind by another status is not kept as one.
    const done = validateTaskForm({ ...base, status: 'done', reason: 'old' });
    expect(done.ok && done.value.reason).toBe('');
  });

  it('reads the due date like every date in the app; empty means the engine date', () => {
    expect(readDue('')).toEqual({ ok: true, iso: null });
    expect(readDue('15 March 2027')).toEqual({ ok: true, iso: '2027-03-15' });
    expect(readDue('15/3/2027')).toEqual({ ok: true, iso: '2027-03-15' });
    expect(readDue('2027-03-15')).toEqual({ ok: true, iso: '2027-03-15' });
    expect(readDue('31/2/2027')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    // A due date is a day: the format message leaves out "or only the month".
    expect(readDue('soon')).toEqual({
      ok: false,
      message: 'Write the date like 2 August 2025, 2/8/2025 or 2025-08-02 (day before month).',
    });
    expect(readDue('March 2027')).toEqual({
      ok: false,
      message: 'Enter a day in March 2027, like 15 March 2027.',
    });
    const checked = validateTaskForm({ ...base, due: '2/8/2027' });
    expect(checked).toEqual({
      ok: true,
      value: { status: 'in-progress', reason: '', owner: 'Ana', due: '2027-08-02', evidence: '' },
    });
    expect(validateTaskForm({ ...base, due: 'soon' }).ok).toBe(false);
  });

  it('says what a due date must look like in the reader’s language, without the month-only form', () => {
    expect(readDueIn('bald', translatorFor('de'))).toEqual({
      ok: false,
      message: 'Schreiben Sie das Datum wie 2. August 2025, 2.8.2025 oder 2025-08-02 (Tag vor Monat).',
    });
    expect(readDueIn('15 mars 2027', translatorFor('fr'))).toEqual({ ok: true, iso: '2027-03-15' });
  });

  it('refuses overlong owner, reason and evidence with a message each (at and beside the limit)', () => {
    expect(validateTaskForm({ ...base, owner: 'x'.repeat(200) }).ok).toBe(true);
    expect(validateTaskForm({ ...base, owner: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      errors: { owner: expect.any(String) },
    });
    expect(validateTaskForm({ ...base, evidence: 'x'.repeat(2000) }).ok).toBe(true);
    expect(validateTaskForm({ ...base, evidence: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      errors: { evidence: expect.any(String) },
    });
    expect(validateTaskForm({ ...base, status: 'not-needed', reason: 'x'.repeat(1001) })).toMatchObject({
      ok: false,
      errors: { reason: expect.any(String) },
    });
  });

  it('opens with the user date in words, and empty when the engine date applies', () => {
    const t = { status: 'done' as const, reason: '', owner: 'Bo', evidence: 'e' };
    expect(formFromTask({ ...t, due: '2027-03-15', dueSource: 'user' }).due).toBe('15 March 2027');
    expect(formFromTask({ ...t, due: '2026-03-01', dueSource: 'engine' }).due).toBe('');
  });
});

describe('evidence links', () => {
  it('makes links of http and https addresses only', () => {
    expect(evidenceParts('See https://wiki.example/doc?id=1, and http://x.test.')).toEqual([
      { kind: 'text', text: 'See ', start: 0 },
      {
        kind: 'link',
        text: 'https://wiki.example/doc?id=1',
        href: 'https://wiki.example/doc?id=1',
        start: 4,
      },
      { kind: 'text', text: ', and ', start: 33 },
      { kind: 'link', text: 'http://x.test', href: 'http://x.test/', start: 39 },
      { kind: 'text', text: '.', start: 52 },
    ]);
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'ftp://x.test/a',
      'wiki/page',
    ])
      expect(evidenceParts(text), text).toEqual([{ kind: 'text', text, start: 0 }]);
  });

  it('is empty for no evidence', () => {
    expect(evidenceParts('')).toEqual([]);
  });
});
