/**
 * The sign-off form's check (ADR 0094): name, role and the date of the review are required, the note is
 * optional. The date is read like every date in the app (src/shared/dates/date-input.ts) but must be a day
 * (a month alone is not a date a review happened on) and not later than today. Pure: `today` is passed in.
 */
import type { MessageId } from '../../i18n/message-id';
import type { Translator } from '../../i18n/translator';
import { readDate } from '../../shared/dates/date-input';
import type { Signoff } from '../../shared/workspace/types';

export interface SignoffFields {
  name: string;
  role: string;
  date: string;
  note: string;
}

export type SignoffField = keyof SignoffFields;

export const LIMITS: Record<SignoffField, number> = { name: 200, role: 200, date: 40, note: 4000 };

export type SignoffCheck =
  | { ok: true; signoff: Omit<Signoff, 'signedAt'> }
  | { ok: false; errors: Partial<Record<SignoffField, string>> };

const LABELS: Record<SignoffField, MessageId> = {
  name: 'workspace.fieldName',
  role: 'workspace.fieldRole',
  date: 'workspace.fieldDate',
  note: 'workspace.fieldNote',
};

export function checkSignoff(fields: SignoffFields, today: string, tr: Translator): SignoffCheck {
  const errors: Partial<Record<SignoffField, string>> = {};
  const name = fields.name.trim();
  const role = fields.role.trim();
  const note = fields.note.trim();
  if (!name) errors.name = tr.m('workspace.signNameMissing');
  if (!role) errors.role = tr.m('workspace.signRoleMissing');
  for (const f of ['name', 'role', 'note'] as const)
    if (!errors[f] && fields[f].trim().length > LIMITS[f])
      errors[f] = tr.m('workspace.signTooLong', { field: tr.m(LABELS[f]), max: LIMITS[f] });

  let date = '';
  if (!fields.date.trim()) errors.date = tr.m('workspace.signDateMissing');
  else {
    const read = readDate(fields.date, undefined, tr);
    if (!read.ok) errors.date = read.message;
    else if (read.month) errors.date = tr.m('workspace.signMonthOnly', { month: read.month.label });
    else if (read.iso > today) errors.date = tr.m('workspace.signDateFuture', { today: tr.date(today) });
    else date = read.iso;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, signoff: { name, role, date, note } };
}

/** The fields in the order they appear: the error summary lists problems in this order. */
export const FIELD_ORDER: readonly SignoffField[] = ['name', 'role', 'date', 'note'];
