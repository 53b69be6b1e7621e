import { useTranslator } from '../i18n/react';
import { errorId } from './ids';

/** The message under a field in error. "Error:" is read by screen readers; the red bar is not the only cue. */
export function ErrorMessage({ fieldId, message }: { fieldId: string; message: string | undefined }) {
  const tr = useTranslator();
  if (!message) return null;
  return (
    <p id={errorId(fieldId)} className="mt-1 font-semibold text-red-700">
      <span className="sr-only">{tr.m('wizard.errorPrefix')}</span> {message}
    </p>
  );
}
