/**
 * Shown above the report when its answers were made in an older answers format and migrated (ADR 0050): the
 * rules they were made under, each answer that is now read differently (with its question, when the
 * questionnaire asks it as one question) and a way to change them.
 */

import { type ReactNode, useId } from 'react';
import { SCREENS } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import type { ReportMigration } from './report-input';

export interface MigrationNoticeProps {
  migration: ReportMigration;
  /** The way to change the answers (a share link's: save them to the workspace first). */
  change?: ReactNode;
}

function questionLabel(field: string, translator: Translator): string | null {
  for (const screen of SCREENS)
    for (const q of screen.questions) if (q.id === field) return translator.t(q.label);
  return null;
}

export function MigrationNotice({ migration, change }: MigrationNoticeProps) {
  const titleId = useId();
  const translator = useTranslator();
  const { fromVersion, notes, rulesVersion } = migration;
  return (
    <div
      role="note"
      aria-labelledby={titleId}
      data-testid="migration-notice"
      className="migration-notice mb-6 rounded-md border border-amber-700/50 bg-amber-50 p-4"
    >
      <p id={titleId} className="font-semibold">
        {rulesVersion
          ? translator.m('reportPage.migratedUnderRules', { version: rulesVersion, format: fromVersion })
          : translator.m('reportPage.migratedUnderEarlierRules', { format: fromVersion })}
      </p>
      {notes.length > 0 ? (
        <>
          <p className="mt-1">{translator.m('reportPage.migrationChanged')}</p>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            {notes.map((note) => {
              const question = questionLabel(note.field, translator);
              return (
                <li key={note.field}>
                  {question ? <span className="font-medium">{question} </span> : null}
                  {typeof note.change === 'string' ? note.change : translator.t(note.change)}{' '}
                  <span className="text-sm text-slate-700">({note.rules.join(', ')})</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="mt-1">{translator.m('reportPage.migrationUnchanged')}</p>
      )}
      {change ? <p className="mt-3">{change}</p> : null}
    </div>
  );
}
