/**
 * One question screen as a form: react-hook-form with the screen's schema (derived from answersSchema via
 * form-model.ts), validated on submit only, GOV.UK error summary focused on failure, questions revealed or
 * hidden live as the answers on this screen change. One small component per kind of question (radio,
 * checkboxes, text, FLOP, count, date) renders it through a react-hook-form Controller.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  type Control,
  Controller,
  type FieldErrors,
  type Resolver,
  type UseFormSetValue,
  useForm,
  useWatch,
} from 'react-hook-form';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import {
  answersBefore,
  type DraftAnswers,
  getAt,
  type Question,
  type Screen,
  visibleQuestions,
} from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import type { Provenance, ProvenanceMap } from '../../shared/workspace/types';
import { CountField } from './CountField';
import { choices } from './choices';
import { DateField } from './DateField';
import { type FieldError, FlopField } from './FlopField';
import {
  applyStep,
  buildFormSchema,
  type CountFormValue,
  type DateFormValue,
  errorMap,
  type FlopFormValue,
  fieldDomId,
  liveAnswers,
  type StepFormValues,
  savableAnswers,
  toFormValues,
} from './form-model';
import { HelpDetails } from './HelpDetails';
import { ProvenanceFields } from './ProvenanceFields';
import { QuestionHint } from './QuestionHint';

function errorFor(errors: FieldErrors<StepFormValues>, q: Question): FieldError | undefined {
  const e = getAt(errors, q.id) as
    | { message?: string; choice?: { message?: string }; text?: { message?: string } }
    | undefined;
  if (!e) return undefined;
  if (q.kind === 'flop' || q.kind === 'date' || q.kind === 'count') {
    if (e.choice?.message) return { message: e.choice.message, on: 'choice' };
    if (e.text?.message) return { message: e.text.message, on: 'text' };
    if (e.message) return { message: e.message, on: 'text' };
    return undefined;
  }
  return e.message ? { message: e.message, on: 'choice' } : undefined;
}

export interface StepFormProps {
  screen: Screen;
  /** The whole draft (every answer so far). */
  answers: DraftAnswers;
  /** Called with the whole draft after this screen's answers were applied. */
  onSubmitted: (answers: DraftAnswers) => void;
  /** Called when the user goes back; receives the draft with this screen's answers applied when they are valid. */
  onBack: (answers: DraftAnswers) => void;
  /** Label of the submit button. */
  submitLabel?: string;
  onErrorsChange?: (hasErrors: boolean) => void;
  /** Shown above the error summary (e.g. the progress indicator). */
  top?: ReactNode;
  /** The page heading and intro, shown under the error summary. */
  header?: ReactNode;
  backLabel?: string;
  /** Called as the inputs change, with the draft as it would be saved now (savableAnswers). */
  onDraftChange?: (answers: DraftAnswers) => void;
  /** Each answer's source and note, by its path; with onProvenanceChange, the inputs are shown. */
  provenance?: ProvenanceMap;
  onProvenanceChange?: (path: string, value: Provenance | undefined) => void;
  /** Shown beside the submit button (the save status). */
  status?: ReactNode;
}

export function StepForm(props: StepFormProps) {
  const tr = useTranslator();
  const { screen, top, header } = props;
  const submitLabel = props.submitLabel ?? tr.m('wizard.continue');
  const backLabel = props.backLabel ?? tr.m('wizard.back');
  const { provenance, onProvenanceChange, status } = props;
  const { control, setValue, errors, live, visible, failedSubmits, submit, back } = useStepForm(props);
  const dropped = useDroppedQuestions(visible);
  return (
    <>
      <BackLink onClick={back}>{backLabel}</BackLink>
      {top}
      <ErrorSummary items={errorSummaryItems(visible, errors)} focusKey={failedSubmits} />
      {header}
      <form noValidate onSubmit={submit} aria-describedby={`${screen.id}-intro`}>
        <div className="space-y-10">
          {visible.map((q) => (
            <div key={q.id}>
              <QuestionField
                q={q}
                domId={fieldDomId(q)}
                error={errorFor(errors, q)}
                control={control}
                live={live}
                setValue={setValue}
              />
              <HelpDetails help={q.help} />
              {onProvenanceChange ? (
                <ProvenanceFields
                  q={q}
                  domId={fieldDomId(q)}
                  value={provenance?.[q.id]}
                  onChange={(p) => onProvenanceChange(q.id, p)}
                />
              ) : null}
            </div>
          ))}
        </div>
        <p role="status" className={dropped.length > 0 ? 'mt-8 text-slate-700' : undefined}>
          {dropped.length > 0 ? droppedText(dropped, tr) : null}
        </p>
        <div className="mt-10 flex flex-wrap items-center gap-x-6 gap-y-2">
          <Button type="submit">{submitLabel}</Button>
          {status}
        </div>
      </form>
    </>
  );
}

/**
 * Questions an answer on this screen just made unnecessary (shown before, hidden now), so that they do not
 * vanish without a word; a question that comes back leaves the list.
 */
function useDroppedQuestions(visible: readonly Question[]): readonly Question[] {
  const before = useRef(visible);
  const [dropped, setDropped] = useState<readonly Question[]>([]);
  const key = visible.map((q) => q.id).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the visible questions
  useEffect(() => {
    const now = new Set(visible.map((q) => q.id));
    const gone = before.current.filter((q) => !now.has(q.id));
    setDropped((d) => [...d.filter((q) => !now.has(q.id) && !gone.some((g) => g.id === q.id)), ...gone]);
    before.current = visible;
  }, [key]);
  return dropped;
}

function droppedText(dropped: readonly Question[], tr: Translator): string {
  return tr.m('wizard.droppedQuestions', {
    n: dropped.length,
    questions: tr.list(
      dropped.map((q) => tr.t(q.shortLabel)),
      'semicolon',
    ),
  });
}

/**
 * The screen's state: the questions visible with the values as they are typed, the errors of the last
 * submit, and what submitting and going back do with the answers.
 */
function useStepForm({ screen, answers, onSubmitted, onBack, onErrorsChange, onDraftChange }: StepFormProps) {
  const translator = useTranslator();
  const { form, base, visibleFor } = useScreenForm(screen, answers, translator);
  const { control, handleSubmit, formState, setValue, getValues } = form;
  const values = useWatch({ control }) as StepFormValues;
  const live = liveAnswers(screen, base, values);
  useDraftChange(screen, answers, values, onDraftChange);
  const visible = visibleQuestions(screen, live);
  const [failedSubmits, setFailedSubmits] = useState(0);

  const submit = handleSubmit(
    (output) => {
      onErrorsChange?.(false);
      onSubmitted(applyStep(answers, visibleFor(getValues()), output));
    },
    () => {
      setFailedSubmits((n) => n + 1);
      onErrorsChange?.(true);
    },
  );

  // Going back keeps this screen's answers when they are valid, and drops them otherwise.
  const back = () => {
    const current = getValues();
    const shown = visibleFor(current);
    const parsed = buildFormSchema(shown, translator).safeParse(current, {
      error: errorMap(shown, translator),
    });
    onBack(parsed.success ? applyStep(answers, shown, parsed.data) : answers);
  };

  return { control, setValue, errors: formState.errors, live, visible, failedSubmits, submit, back };
}

/** Reports the draft as typed whenever an input changes (not on the first render: nothing was typed yet). */
function useDraftChange(
  screen: Screen,
  answers: DraftAnswers,
  values: StepFormValues,
  onDraftChange: ((answers: DraftAnswers) => void) | undefined,
) {
  const report = useRef(onDraftChange);
  report.current = onDraftChange;
  const key = JSON.stringify(values);
  const first = useRef(key);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the values
  useEffect(() => {
    if (key === first.current) return;
    first.current = '';
    report.current?.(savableAnswers(screen, answers, values));
  }, [key]);
}

/**
 * The form of one screen, validated with the schema of the questions visible for the values being submitted.
 * What this screen's questions may depend on: the relevant answers of the screens before it (`base`).
 */
function useScreenForm(screen: Screen, answers: DraftAnswers, translator: Translator) {
  const base = useMemo(() => answersBefore(screen.id, answers), [screen.id, answers]);
  const defaultValues = useMemo(() => toFormValues(screen, answers), [screen, answers]);
  const visibleFor = useCallback(
    (values: StepFormValues) => visibleQuestions(screen, liveAnswers(screen, base, values)),
    [screen, base],
  );
  const resolver = useCallback<Resolver<StepFormValues, unknown, DraftAnswers>>(
    (values, context, options) => {
      const visible = visibleFor(values);
      return zodResolver(buildFormSchema(visible, translator), { error: errorMap(visible, translator) })(
        values,
        context,
        options,
      ) as ReturnType<Resolver<StepFormValues, unknown, DraftAnswers>>;
    },
    [visibleFor, translator],
  );
  const form = useForm<StepFormValues, unknown, DraftAnswers>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  return { form, base, visibleFor };
}

/** GOV.UK error summary: one link per visible question in error, to the input that holds the error. */
function errorSummaryItems(
  visible: readonly Question[],
  errors: FieldErrors<StepFormValues>,
): ErrorSummaryItem[] {
  return visible.flatMap((q) => {
    const e = errorFor(errors, q);
    if (!e) return [];
    const domId = fieldDomId(q);
    return [{ targetId: e.on === 'text' ? `${domId}-text` : domId, message: e.message }];
  });
}

// ── One component per kind of question ───────────────────────────────────────────────────────────────

type StepControl = Control<StepFormValues, unknown, DraftAnswers>;

interface QuestionProps {
  q: Question;
  /** DOM id of the question's first input (fieldDomId). */
  domId: string;
  error: FieldError | undefined;
  control: StepControl;
}

interface QuestionFieldProps extends QuestionProps {
  /** The answers as they stand with this screen's live values (the estimator reads them). */
  live: DraftAnswers;
  setValue: UseFormSetValue<StepFormValues>;
}

function QuestionField({ live, setValue, ...props }: QuestionFieldProps) {
  switch (props.q.kind) {
    case 'radio':
      return <RadioQuestion {...props} />;
    case 'checkboxes':
      return <CheckboxesQuestion {...props} />;
    case 'text':
      return <TextQuestion {...props} />;
    case 'flop':
      return <FlopQuestion {...props} live={live} setValue={setValue} />;
    case 'count':
      return <CountQuestion {...props} />;
    case 'date':
      return <DateQuestion {...props} />;
  }
}

/** The hint under a radio or checkbox legend, when the question has a hint or examples. */
function groupHint(q: Question): ReactNode {
  return q.hint || q.examples ? <QuestionHint question={q} /> : undefined;
}

function RadioQuestion({ q, domId, error, control }: QuestionProps) {
  const { t } = useTranslator();
  const options = choices(q.options, t);
  return (
    <Controller
      name={q.id}
      control={control}
      render={({ field }) => (
        <RadioGroup
          id={domId}
          name={q.id}
          legend={t(q.label)}
          hint={groupHint(q)}
          error={error?.message}
          options={options}
          value={field.value as string | null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inline={options.length === 3 && options.every((o) => o.label.length < 16)}
        />
      )}
    />
  );
}

function CheckboxesQuestion({ q, domId, error, control }: QuestionProps) {
  const { t } = useTranslator();
  return (
    <Controller
      name={q.id}
      control={control}
      render={({ field }) => (
        <CheckboxGroup
          id={domId}
          name={q.id}
          legend={t(q.label)}
          hint={groupHint(q)}
          error={error?.message}
          options={choices(q.options, t)}
          value={(field.value as string[] | undefined) ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

function TextQuestion({ q, domId, error, control }: QuestionProps) {
  const { t } = useTranslator();
  return (
    <Controller
      name={q.id}
      control={control}
      render={({ field }) => (
        <TextField
          id={domId}
          label={t(q.label)}
          hint={q.hint ? t(q.hint) : undefined}
          error={error?.message}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          widthCh={40}
          autoComplete="off"
        />
      )}
    />
  );
}

/** A compute figure; the training-compute question also records how an estimate was made (R36, R43). */
function FlopQuestion({
  q,
  domId,
  error,
  control,
  live,
  setValue,
}: QuestionProps & Pick<QuestionFieldProps, 'live' | 'setValue'>) {
  return (
    <Controller
      name={q.id}
      control={control}
      render={({ field }) => (
        <FlopField
          question={q}
          domId={domId}
          value={(field.value as FlopFormValue | undefined) ?? { choice: null, text: '' }}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error}
          live={live}
          onEstimate={
            q.id === 'compute.parameterUpdateFlop'
              ? (method) => setValue('compute.method' as never, method as never)
              : undefined
          }
        />
      )}
    />
  );
}

function CountQuestion({ q, domId, error, control }: QuestionProps) {
  return (
    <Controller
      name={q.id}
      control={control}
      render={({ field }) => (
        <CountField
          question={q}
          domId={domId}
          value={(field.value as CountFormValue | undefined) ?? { choice: null, text: '' }}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}

function DateQuestion({ q, domId, error, control }: QuestionProps) {
  return (
    <Controller
      name={q.id}
      control={control}
      render={({ field }) => (
        <DateField
          question={q}
          domId={domId}
          value={(field.value as DateFormValue | undefined) ?? { choice: null, text: '' }}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}
