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
import { errorMessage } from './workspace-report';
import { loadWorkspaceStore } from './workspace-store';

export function sharedAssessmentName(answers: Answers): string {
  return answers.modelName?.trim() || 'Shared model';
}

export function SaveToWorkspace({
  answers,
  label = 'Save to my workspace',
  then = 'report',
}: {
  answers: Answers;
  label?: string;
  /** Where to go once saved: the new assessment's report, or its check page to change the answers. */
  then?: 'report' | 'check';
}) {
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
      const record = await store.createAssessment({ name: sharedAssessmentName(answers), draft: answers });
      await navigate(
        then === 'report'
          ? { to: '/report', search: { id: record.id } }
          : { to: '/check', search: { id: record.id } },
      );
    } catch (e) {
      setState({
        saving: false,
        error: errorMessage(e, 'The browser refused to store the answers.'),
      });
    }
  };
  return (
    <>
      <Button variant="link" aria-disabled={state.saving || undefined} onClick={() => void save()}>
        {label}
      </Button>
      {state.saving ? (
        <span role="status" className="ml-2 text-sm">
          Saving…
        </span>
      ) : null}
      {state.error ? (
        <span role="alert" className="mt-1 block text-sm text-red-900">
          Not saved: {state.error} The answers are still in this link; you can also download them under “Keep
          and share this result”.
        </span>
      ) : null}
    </>
  );
}
