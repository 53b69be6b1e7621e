/** The command line reads an answers file that carries a workspace record (ADR 0094), as the web import does. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run';
import type { Answers } from '../engine/answers';
import { evaluateInEnglish } from '../i18n/test-helpers';
import { PERSONAS } from '../share/test-personas';
import { answersToJson } from './answers-json';
import { splitAnswersRecord } from './answers-record';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const signoff = {
  name: 'Zofia Wąsik',
  role: 'General Counsel',
  date: '2026-11-27',
  note: '',
  signedAt: '2026-11-27T15:04:00.000Z',
};

function cli(text: string) {
  return runCli(['file.json', '--as-of', '2026-11-25'], {
    readFile: () => new TextEncoder().encode(text),
    today: () => '2026-11-25',
  });
}

describe('an answers file with provenance and a sign-off', () => {
  it('prints the same report on the command line as the file without them', () => {
    const withRecord = cli(
      answersToJson(frontier, { signoff, provenance: { 'compute.method': { exactness: 'exact' } } }),
    );
    expect(withRecord.code).toBe(0);
    expect(JSON.parse(withRecord.stdout)).toEqual(
      JSON.parse(JSON.stringify(evaluateInEnglish(frontier, '2026-11-25'))),
    );
  });

  it('is refused on the command line when the sign-off is malformed, naming the field', () => {
    const r = cli(answersToJson(frontier, { signoff: { ...signoff, date: 'yesterday' } }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('file.json: signoff.date: expected a date written YYYY-MM-DD');
  });

  it('passes anything that is not an object through untouched, for the answers check to explain', () => {
    expect(splitAnswersRecord([1])).toEqual({ ok: true, answers: [1], record: {} });
    expect(splitAnswersRecord(null)).toEqual({ ok: true, answers: null, record: {} });
  });
});
