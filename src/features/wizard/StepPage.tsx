/**
 * The page of one question screen (#/assess/<step>): loads the draft, shows the progress for these answers,
 * the screen's form, and saves the draft on every step. Steps that do not exist or do not apply are explained,
 * never an error page. `#/assess/continue` resumes at the first unanswered screen.
 */
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
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
import { useDraft } from '../../shared/draft/useDraft';
import { Progress, type StepsChange } from './Progress';
import { StepForm } from './StepForm';

export const CONTINUE_STEP = 'continue';

export function StepPage({ step, from }: { step: string; from?: 'check' }) {
  const navigate = useNavigate();
  const { state, answers, save, clear } = useDraft();
  const [discardNotice] = useState(state.status === 'discarded' ? state.reason : null);
  const [hasErrors, setHasErrors] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const screen = getScreen(step);
  const screens = visibleScreens(answers);
  const applies = screen !== undefined && screens.some((s) => s.id === screen.id);
  const stepsChange = useStepsChange(applies ? screen?.id : undefined, screens);

  const goTo = (id: ScreenId | null, search?: { from?: 'check' }) =>
    id === null
      ? navigate({ to: '/check' })
      : navigate({ to: '/assess/$step', params: { step: id }, search: search ?? {} });

  // Resume: the first screen that still needs an answer, or the check page.
  useEffect(() => {
    if (step === CONTINUE_STEP) {
      const first = incompleteScreens(answers)[0] ?? null;
      void (first === null
        ? navigate({ to: '/check', replace: true })
        : navigate({ to: '/assess/$step', params: { step: first }, replace: true }));
    }
  }, [step, answers, navigate]);

  // Move focus to the heading when a new screen is shown (single-page navigation gives no other cue).
  useEffect(() => {
    if (screen) headingRef.current?.focus();
  }, [screen]);

  const position = screen ? screens.findIndex((s) => s.id === screen.id) + 1 : 0;
  useDocumentTitle(
    screen && applies
      ? `${hasErrors ? 'Error: ' : ''}${screen.title} – step ${position} of ${screens.length}`
      : step === CONTINUE_STEP
        ? 'Resuming your answers'
        : 'Page not found',
  );

  if (step === CONTINUE_STEP) return <p>Taking you to where you left off…</p>;

  if (!screen) {
    return (
      <section>
        <h1 className="text-3xl font-semibold">Page not found</h1>
        <p className="mt-4">There is no question page called “{step}”.</p>
        <p className="mt-4">
          <Link to="/" className="underline">
            Go to the start page
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
          {screen.title}
        </h1>
        <p className="mt-4 max-w-column">
          These questions do not apply to your answers, so you do not need to answer them. Any answers you
          gave here earlier are kept but not used.
        </p>
        <p className="mt-6">
          {next === null ? (
            <Link to="/check" className="underline">
              Check your answers
            </Link>
          ) : (
            <Link to="/assess/$step" params={{ step: next }} className="underline">
              Continue with the questions that apply
            </Link>
          )}
        </p>
      </section>
    );
  }

  const complete = new Set(
    screens.filter((s) => isScreenComplete(s, relevantAnswers(answers))).map((s) => s.id),
  );

  const onSubmitted = (next: DraftAnswers) => {
    save(next);
    if (from === 'check') {
      const missing = incompleteScreens(next)[0] ?? null;
      void goTo(missing, missing ? { from: 'check' } : undefined);
    } else {
      void goTo(nextScreenId(screen.id, next));
    }
  };
  const onBack = (next: DraftAnswers) => {
    if (next !== answers) save(next);
    if (from === 'check') void navigate({ to: '/check' });
    else {
      const previous = previousScreenId(screen.id, next);
      void (previous === null ? navigate({ to: '/' }) : goTo(previous));
    }
  };

  return (
    <div className="max-w-column">
      {discardNotice ? (
        <Notice tone="warning" title="Saved answers could not be used">
          <p>{discardNotice} You can start again below; your new answers will be saved as you go.</p>
        </Notice>
      ) : null}
      <StepForm
        key={screen.id}
        screen={screen}
        answers={answers}
        onSubmitted={onSubmitted}
        onBack={onBack}
        onErrorsChange={setHasErrors}
        backLabel={from === 'check' ? 'Back to your answers' : 'Back'}
        submitLabel={from === 'check' ? 'Save and return' : 'Continue'}
        top={<Progress screens={screens} current={screen.id} complete={complete} change={stepsChange} />}
        header={
          <header className="mb-8">
            <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-semibold focus:outline-none">
              {screen.title}
            </h1>
            <p id={`${screen.id}-intro`} className="mt-3 text-lg text-slate-700">
              {screen.intro}
            </p>
          </header>
        }
      />
      <div className="mt-12 border-t border-slate-200 pt-4 text-sm text-slate-700">
        <p>Your answers are saved in this browser as you go. Nothing is sent anywhere.</p>
        <p className="mt-2">
          <Button
            variant="link"
            onClick={() => {
              clear();
              void navigate({ to: '/', search: { cleared: true } });
            }}
          >
            Clear my data
          </Button>
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
  useEffect(() => {
    const before = shown.current;
    // The steps are taken when a screen is first shown: its own answers are saved just before the next one
    // is shown, and they are what the comparison is about.
    if (current === undefined || before?.id === current) return;
    if (before) {
      const ids = new Set(screens.map((s) => s.id));
      const was = new Set(before.screens.map((s) => s.id));
      setChange({
        removed: before.screens.filter((s) => !ids.has(s.id)).map((s) => s.title),
        added: screens.filter((s) => !was.has(s.id)).map((s) => s.title),
      });
    }
    shown.current = { id: current, screens };
  }, [current, screens]);
  return change;
}
