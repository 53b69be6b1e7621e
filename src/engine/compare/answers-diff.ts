/**
 * The answers that differ between two answer sets, in words (the questionnaire's own summary wording, as on
 * the check page). Only answers that count are compared: an answer to a question the other answers made
 * unnecessary is left out on that side (relevantAnswers), and a value shown the same in words but different
 * underneath (10²⁵ against 1.0001 × 10²⁵ FLOP, rounded alike) is written out exactly.
 */
import { getAt, relevantAnswers } from '../questionnaire';
import { answersInWords } from '../questionnaire/summary';
import type { DraftAnswers } from '../questionnaire/types';
import { flopParam, type Param, tx } from '../text';
// Two results are compared in English words (./same-words.ts): all of them, with this code only.
import '../../i18n/english-results';
import { sameWords, type Words } from './same-words';

export interface AnswerChange {
  /** Dotted path of the answer ("compute.parameterUpdateFlop"). */
  path: string;
  /** The question in short ("Training compute"). */
  label: Words;
  /** The screen it is asked on ("Training compute"). */
  section: Words;
  /** The answer in words on side A; null when the question is not asked or not answered there. */
  from: Words | null;
  to: Words | null;
}

interface Row {
  label: Words;
  section: Words;
  value: Words;
}

function rowsOf(answers: DraftAnswers): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const s of answersInWords(answers))
    for (const r of s.rows) rows.set(r.questionId, { label: r.label, section: s.title, value: r.value });
  return rows;
}

/** Equal as JSON values; arrays compared as sets (checkbox answers carry no order). */
function sameValue(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y))
    return x.length === y.length && x.every((v) => y.some((w) => sameValue(v, w)));
  if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object') {
    const kx = Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
    const ky = Object.keys(y).filter((k) => (y as Record<string, unknown>)[k] !== undefined);
    return (
      kx.length === ky.length &&
      kx.every((k) => sameValue((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]))
    );
  }
  return x === y;
}

/** The value as stored: a FLOP figure to 15 digits, anything else as JSON (never translated). */
function exactly(value: unknown): Param {
  return typeof value === 'number'
    ? flopParam(value, { digits: 15, unit: false })
    : String(JSON.stringify(value));
}

export function diffAnswers(a: DraftAnswers, b: DraftAnswers): AnswerChange[] {
  const relevantA = relevantAnswers(a);
  const relevantB = relevantAnswers(b);
  const rowsA = rowsOf(a);
  const rowsB = rowsOf(b);
  const paths = [...new Set([...rowsA.keys(), ...rowsB.keys()])];
  const out: AnswerChange[] = [];
  for (const path of paths) {
    const rowA = rowsA.get(path);
    const rowB = rowsB.get(path);
    const valueA = rowA ? getAt(relevantA, path) : undefined;
    const valueB = rowB ? getAt(relevantB, path) : undefined;
    if (rowA && rowB && sameValue(valueA, valueB)) continue;
    if (!rowA && !rowB) continue;
    let from = rowA?.value ?? null;
    let to = rowB?.value ?? null;
    if (from !== null && to !== null && sameWords(from, to)) {
      from = tx('compare.answerExactly', { answer: from, exactly: exactly(valueA) });
      to = tx('compare.answerExactly', { answer: to, exactly: exactly(valueB) });
    }
    const row = (rowA ?? rowB) as Row;
    out.push({ path, label: row.label, section: row.section, from, to });
  }
  return out;
}
