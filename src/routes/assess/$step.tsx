import { createFileRoute } from '@tanstack/react-router';
import { useEffect } from 'react';
import { StepPage } from '../../features/wizard/StepPage';
import { recordIdParam } from '../-record-id';
import { useWarmRoute } from '../-warm';

/**
 * `?id=<assessment>`: the workspace assessment whose draft the questions edit (none: the first answer creates
 * one). `?from=check` when the user came from "Check your answers" through a Change link, with
 * `focus=<question id>` naming the answer being changed. No zod here: this runs in the first load. The
 * loader reads the assessment (the workspace code is imported then, never in the first load); loaded afresh
 * on every visit (gcTime 0), as the previous page has just written it.
 */
export const Route = createFileRoute('/assess/$step')({
  // Typed here; checked where used (the loader's deps, and the page in its own chunk) to keep the first load small.
  validateSearch: (search: Record<string, unknown>) => search as AssessSearch,
  loaderDeps: ({ search }) => ({ id: recordIdParam(search.id) }),
  // The loader's code (and the store's) is fetched only when the page opens: not in the first load.
  loader: ({ deps }) =>
    import('../../features/wizard/load-assessment').then((m) => m.loadAssessment(deps.id)),
  gcTime: 0,
  component: AssessStep,
});

type AssessSearch = { id?: string; from?: 'check'; focus?: string };

function checkAssessSearch(search: Record<string, unknown>): AssessSearch {
  const id = recordIdParam(search.id);
  return {
    ...(id !== undefined ? { id } : {}),
    ...(search.from === 'check' ? { from: 'check' as const } : {}),
    ...(typeof search.focus === 'string' && /^[A-Za-z][A-Za-z0-9.]{0,79}$/.test(search.focus)
      ? { focus: search.focus }
      : {}),
  };
}

function AssessStep() {
  useWarmRoute('/check');
  const { step } = Route.useParams();
  const { from, focus, id } = checkAssessSearch(Route.useSearch());
  const loaded = Route.useLoaderData();
  useFocusQuestion(focus);
  return <StepPage step={step} from={from} loaded={loaded} urlId={id} />;
}

/**
 * After "Change" on the check page the focus lands on the answer being changed, not on the screen's heading
 * (this effect runs after the step page's own, which focuses the heading). The field's first input has the id
 * `f-<question id with dots as dashes>` (fieldDomId in the wizard); a radio group focuses its chosen option.
 */
function useFocusQuestion(focus: string | undefined) {
  useEffect(() => {
    if (!focus) return;
    const id = `f-${focus.replace(/\./g, '-')}`;
    const place = () => {
      const first = document.getElementById(id);
      if (!(first instanceof HTMLElement)) return false;
      const chosen =
        first instanceof HTMLInputElement && (first.type === 'radio' || first.type === 'checkbox')
          ? document.querySelector<HTMLInputElement>(`input[name="${CSS.escape(first.name)}"]:checked`)
          : null;
      const target = chosen ?? first;
      target.focus({ preventScroll: true });
      target.scrollIntoView?.({ block: 'center' });
      return true;
    };
    if (place()) return;
    // The form may render a moment later (saved answers are read first): wait for the field, briefly.
    const observer = new MutationObserver(() => {
      if (place()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 3000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [focus]);
}
