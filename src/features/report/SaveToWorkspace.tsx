/**
 * "Save to my workspace" for a share link's recipient (issue #9): the link's answers become a new assessment
 * in this browser (named after the model, or "Shared model"), whose report then opens — from there they can
 * be changed like any other. Nothing in the workspace is replaced. A failed write says so, and the answers
 * stay in the link.
 */
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from '../../components/Button';
import type { Answers } from '../../engine/answers';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import { errorMessage } from './workspace-report';
import { loadWorkspaceStore } from './workspace-store';

export function sharedAssessmentName(answers: Answers, tr: Translator): string {
  return answers.modelName?.trim() || tr.m('reportPage.sharedModel');
}

export function SaveToWorkspace({
  answers,
  label,
  then = 'report',
}: {
  answers: Answers;
  label?: string;
  /** Where to go once saved: the new assessment's report, or its check page to change the answers. */
  then?: 'report' | 'check';
}) {
  const tr = useTranslator();
  const navigate = useNavigate();
  const [state, setState] = useState<{ saving: boolean; error: string | null }>({
    saving: false,
    error: null,
  });
  const save = async () => {
    if (state.saving) return;
    setState({ saving: true, error: null });
    try {
      const store = await loadWorkspaceStore();
      const record = await store.createAssessment({
        name: sharedAssessmentName(answers, tr),
        draft: answers,
      });
      await navigate(
        then === 'report'
          ? { to: '/report', search: { id: record.id } }
          : { to: '/check', search: { id: record.id } },
      );
    } catch (e) {
      setState({
        saving: false,
        error: errorMessage(e) ?? tr.m('reportPage.storeRefused'),
      });
    }
  };
  return (
    <>
      <Button variant="link" aria-disabled={state.saving || undefined} onClick={() => void save()}>
        {label ?? tr.m('reportPage.saveToWorkspace')}
      </Button>
      {state.saving ? (
        <span role="status" className="ml-2 text-sm">
          {tr.m('reportPage.saving')}
        </span>
      ) : null}
      {state.error ? (
        <span role="alert" className="mt-1 block text-sm text-red-900">
          {tr.m('reportPage.notSaved', { error: state.error })}
        </span>
      ) : null}
    </>
  );
}
