/**
 * The page of one question screen (#/assess/<step>?id=<assessment>): edits the assessment's draft in the
 * workspace, saved as it is typed (ADR 0091); shows the progress for these answers and the screen's form.
 * Without an id, the first answer creates a new assessment and its id is put in the address. Steps that do
 * not exist or do not apply are explained, never an error page. `#/assess/continue?id=` resumes at the first
 * unanswered screen.
 */
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import {
  type DraftAnswers,
  getScreen,
  incompleteScreens,
  isScreenComplete,
  nextScreenId,
  previousScreenId,
  relevantAnswers,
  type Screen,
  type ScreenId,
  visibleScreens,
} from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';
import type { AssessmentRecord, Provenance, ProvenanceMap } from '../../shared/workspace/types';
import { AssessmentMissing } from './AssessmentMissing';
import type { LoadedAssessment } from './load-assessment';
import { Progress, type StepsChange } from './Progress';
import { SaveProblem, SaveStatus } from './SaveNotices';
import { StepForm } from './StepForm';
import { useAssessmentDraft, useSaverSelect } from './useAssessmentDraft';

export const CONTINUE_STEP = 'continue';

export function StepPage({
  step,
  from,
  loaded,
  urlId,
}: {
  step: string;
  from?: 'check';
  loaded: LoadedAssessment;
  /** The id in the address (none: a new assessment, created by the first answer). */
  urlId: string | undefined;
}) {
  if (loaded.status === 'not-found' || loaded.status === 'unavailable') {
    return <AssessmentMissing loaded={loaded} />;
  }
  const record = loaded.status === 'ok' ? loaded.record : null;
  return <AssessmentStep step={step} from={from} urlId={urlId} record={record} />;
}

function withProvenance(map: ProvenanceMap, path: string, value: Provenance | undefined): ProvenanceMap {
  const { [path]: _old, ...rest } = map;
  return value ? { ...rest, [path]: value } : rest;
}

function AssessmentStep({
  step,
  from,
  urlId,
  record,
}: {
  step: string;
  from?: 'check';
  urlId: string | undefined;
  record: AssessmentRecord | null;
}) {
  const navigate = useNavigate();
  const saver = useAssessmentDraft(record);
  // Not the status, nor the draft as typed: the page re-renders when the assessment, its provenance or the
  // draft from outside (another tab) changes; the form keeps the typing, the status line its own state.
  const { id, generation, provenance } = useSaverSelect(saver, (s) => ({
    id: s.record?.id,
    generation: s.generation,
    provenance: s.provenance,
  }));

  // The assessment the first answer created (or an old draft moved into the workspace) gets its id in the
  // address, without a history entry of its own — also before leaving the screen, so that the browser's Back
  // returns to this assessment. Not once leaving has begun: the next screen has the id already.
  const leaving = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new screen or address starts afresh
  useEffect(() => {
    leaving.current = false;
  }, [step, urlId]);
  useEffect(() => {
    if (!leaving.current && id !== undefined && id !== urlId && step !== CONTINUE_STEP) {
      void navigate({
        to: '/assess/$step',
        params: { step },
        search: (prev) => ({ ...prev, id }),
        replace: true,
      });
    }
  }, [id, urlId, step, navigate]);
  const [hasErrors, setHasErrors] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tr = useTranslator();
  const { t } = tr;
  const screen = getScreen(step);
  // The form starts from the draft as it stands when the screen is shown (or reloaded from another tab); the
  // steps are counted on it too, as they stand until this screen is submitted.
  const formKey = `${screen?.id}:${generation}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: taken once per screen shown, not on every keystroke
  const answers = useMemo(() => saver.getState().draft, [formKey, saver]);
  const formAnswers = answers;
  const screens = visibleScreens(answers);
  const applies = screen !== undefined && screens.some((s) => s.id === screen.id);
  const stepsChange = useStepsChange(applies ? screen?.id : undefined, screens);

  const keepIdInAddress = async () => {
    const assessment = saver.getState().record?.id;
    if (assessment === undefined || assessment === urlId) return;
    leaving.current = true;
    await navigate({
      to: '/assess/$step',
      params: { step },
      search: (prev) => ({ ...prev, id: assessment }),
      replace: true,
    });
  };
  const goTo = async (to: ScreenId | null, search: { from?: 'check' } = {}) => {
    await keepIdInAddress();
    const assessment = saver.getState().record?.id;
    return to === null
      ? navigate({ to: '/check', search: { id: assessment } })
      : navigate({ to: '/assess/$step', params: { step: to }, search: { ...search, id: assessment } });
  };

  // Resume: the first screen that still needs an answer, or the check page.
  useEffect(() => {
    if (step === CONTINUE_STEP) {
      const first = incompleteScreens(answers)[0] ?? null;
      void (first === null
        ? navigate({ to: '/check', search: { id }, replace: true })
        : navigate({ to: '/assess/$step', params: { step: first }, search: { id }, replace: true }));
    }
  }, [step, answers, navigate, id]);

  // Move focus to the heading when a new screen is shown (single-page navigation gives no other cue).
  useEffect(() => {
    if (screen) headingRef.current?.focus();
  }, [screen]);

  const position = screen ? screens.findIndex((s) => s.id === screen.id) + 1 : 0;
  useDocumentTitle(
    screen && applies
      ? tr.m('wizard.stepDocumentTitle', {
          error: hasErrors ? 'yes' : 'no',
          title: t(screen.title),
          position,
          total: screens.length,
        })
      : step === CONTINUE_STEP
        ? tr.m('wizard.resumingTitle')
        : tr.m('wizard.pageNotFound'),
  );

  if (step === CONTINUE_STEP) return <p>{tr.m('wizard.resuming')}</p>;

  if (!screen) {
    return (
      <section>
        <h1 className="text-3xl font-semibold">{tr.m('wizard.pageNotFound')}</h1>
        <p className="mt-4">{tr.m('wizard.noSuchStep', { step })}</p>
        <p className="mt-4">
          <Link to="/" className="underline">
            {tr.m('wizard.goToStart')}
          </Link>
        </p>
      </section>
    );
  }

  if (!applies) {
    const next = incompleteScreens(answers)[0] ?? null;
    return (
      <section>
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-semibold focus:outline-none">
          {t(screen.title)}
        </h1>
        <p className="mt-4 max-w-column">{tr.m('wizard.stepDoesNotApply')}</p>
        <p className="mt-6">
          {next === null ? (
            <Link to="/check" search={{ id }} className="underline">
              {tr.m('wizard.checkTitle')}
            </Link>
          ) : (
            <Link to="/assess/$step" params={{ step: next }} search={{ id }} className="underline">
              {tr.m('wizard.continueWithApplicable')}
            </Link>
          )}
        </p>
      </section>
    );
  }

  const complete = new Set(
    screens.filter((s) => isScreenComplete(s, relevantAnswers(answers))).map((s) => s.id),
  );

  // Continue and Back write what is on screen first and move on only once it is saved: the next page reads
  // the workspace, and a failed write must leave the answers on screen, with the notice.
  const onSubmitted = async (next: DraftAnswers) => {
    saver.edit({ draft: next });
    if (!(await saver.flush())) return;
    if (from === 'check') {
      const missing = incompleteScreens(next)[0] ?? null;
      void goTo(missing, missing ? { from: 'check' } : undefined);
    } else {
      void goTo(nextScreenId(screen.id, next));
    }
  };
  const onBack = async (next: DraftAnswers) => {
    if (next !== formAnswers) saver.edit({ draft: next });
    if (!(await saver.flush())) return;
    if (from === 'check') void goTo(null);
    else {
      const previous = previousScreenId(screen.id, next);
      void (previous === null ? keepIdInAddress().then(() => navigate({ to: '/' })) : goTo(previous));
    }
  };

  return (
    <div className="max-w-column">
      <StepForm
        key={formKey}
        screen={screen}
        answers={formAnswers}
        onSubmitted={(next) => void onSubmitted(next)}
        onBack={(next) => void onBack(next)}
        onErrorsChange={setHasErrors}
        onDraftChange={(draft) => saver.edit({ draft })}
        provenance={provenance}
        onProvenanceChange={(path, value) =>
          saver.edit({ provenance: withProvenance(saver.getState().provenance, path, value) })
        }
        status={<SaveStatus saver={saver} />}
        backLabel={from === 'check' ? tr.m('wizard.backToAnswers') : tr.m('wizard.back')}
        submitLabel={from === 'check' ? tr.m('wizard.saveAndReturn') : tr.m('wizard.continue')}
        top={<Progress screens={screens} current={screen.id} complete={complete} change={stepsChange} />}
        header={
          <header className="mb-8">
            <h1
              ref={headingRef}
              tabIndex={-1}
              className="text-3xl font-semibold break-words hyphens-auto focus:outline-none"
            >
              {t(screen.title)}
            </h1>
            <p id={`${screen.id}-intro`} className="mt-3 text-lg text-slate-700">
              {t(screen.intro)}
            </p>
            <SaveProblem saver={saver} />
          </header>
        }
      />
      <div className="mt-12 border-t border-slate-200 pt-4 text-sm text-slate-700">
        <p>
          {tr.m('wizard.savedAsYouType')}
          {id ? (
            <>
              {' '}
              <a href={`#/workspace/${encodeURIComponent(id)}`} className="underline">
                {tr.m('wizard.manageInWorkspace')}
              </a>
              .
            </>
          ) : null}
        </p>
      </div>
    </div>
  );
}

/**
 * The steps the answers of the previous screen added or removed, by title: compared when a new screen is
 * shown, with the steps as they stood while the previous screen was on display.
 */
function useStepsChange(current: ScreenId | undefined, screens: readonly Screen[]): StepsChange | null {
  const shown = useRef<{ id: ScreenId; screens: readonly Screen[] } | null>(null);
  const [change, setChange] = useState<StepsChange | null>(null);
  const { t } = useTranslator();
  useEffect(() => {
    const before = shown.current;
    // The steps are taken when a screen is first shown: its own answers are saved just before the next one
    // is shown, and they are what the comparison is about.
    if (current === undefined || before?.id === current) return;
    if (before) {
      const ids = new Set(screens.map((s) => s.id));
      const was = new Set(before.screens.map((s) => s.id));
      setChange({
        removed: before.screens.filter((s) => !ids.has(s.id)).map((s) => t(s.title)),
        added: screens.filter((s) => !was.has(s.id)).map((s) => t(s.title)),
      });
    }
    shown.current = { id: current, screens };
  }, [current, screens, t]);
  return change;
}
