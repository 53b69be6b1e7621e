/**
 * What an answers file may carry beside the answers (issue #9, ADR 0094): the provenance of each answer and,
 * for a signed workspace version, its sign-off. They sit at the top level of the answers object under two
 * reserved keys, `provenance` and `signoff`, so that the file stays the answers object the command line and
 * older imports read; a reader takes them out before the answers are checked. Both are optional: files
 * without them read as before.
 */
import { z } from 'zod';
import { tx } from '../engine/text';
import type { AnswersIssue } from '../engine/validate';
import type { ProvenanceMap, Signoff } from '../shared/workspace/types';

export const RECORD_KEYS = ['provenance', 'signoff'] as const;

const isoDay = z.iso.date({ message: 'expected a date written YYYY-MM-DD' });

export const provenanceSchema = z.record(
  z.string().max(200),
  z
    .object({
      source: z.string().max(500).optional(),
      note: z.string().max(2000).optional(),
      exactness: z.enum(['exact', 'estimate']).optional(),
    })
    .strict(),
);

export const signoffSchema = z
  .object({
    name: z.string().min(1, 'a sign-off needs the reviewer’s name').max(200),
    role: z.string().max(200),
    date: isoDay,
    note: z.string().max(4000),
    signedAt: z.iso.datetime({
      offset: true,
      message: 'expected a timestamp such as 2026-11-30T11:20:00.000Z',
    }),
  })
  .strict();

export interface AnswersRecord {
  provenance?: ProvenanceMap;
  signoff?: Signoff;
}

export type SplitResult =
  | { ok: true; answers: unknown; record: AnswersRecord }
  | { ok: false; issues: AnswersIssue[] };

/** The answers without the two record keys, and those keys checked. Anything but an object passes through. */
export function splitAnswersRecord(value: unknown): SplitResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: true, answers: value, record: {} };
  const { provenance, signoff, ...answers } = value as Record<string, unknown>;
  const record: AnswersRecord = {};
  const issues: AnswersIssue[] = [];
  for (const [key, raw, schema] of [
    ['provenance', provenance, provenanceSchema],
    ['signoff', signoff, signoffSchema],
  ] as const) {
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) Object.assign(record, { [key]: parsed.data });
    else
      for (const i of parsed.error.issues)
        issues.push({
          path: [key, ...i.path.map(String)].join('.'),
          message: tx('validation.verbatim', { text: i.message }),
        });
  }
  return issues.length ? { ok: false, issues } : { ok: true, answers, record };
}
