/**
 * `#/compare` (issue #9 "Compare", ADR 0096): choose any two of the workspace's drafts and versions — two
 * models, two versions of one, a version against the current draft, the same answers on two as-of dates, or
 * a version as recorded under older rules against its answers under the current rules — and see what differs,
 * side by side, each change explained by its rules. Exports: PDF and JSON.
 */
import { useMemo, useState } from 'react';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { isRealCalendarDate } from '../../engine/answers';
import { type Comparison, compare } from '../../engine/compare';
import { wordComparison } from '../../shared/compare/words';
import { CompareExports } from './CompareExports';
import { type CompareChoice, ComparePicker } from './ComparePicker';
import { ComparisonView } from './ComparisonView';
import { pickerGroups } from './picker-options';
import { parseRef } from './refs';
import type { SideState } from './sides';
import { type SidesRequest, useCompareData } from './useCompareData';

export interface CompareParams {
  a?: string;
  b?: string;
  asOfA?: string;
  asOfB?: string;
}

export interface ComparePageProps {
  search: CompareParams;
  today: string;
  onCompare: (next: CompareParams) => void;
}

const dateOrUndefined = (d: string | undefined) => (d !== undefined && isRealCalendarDate(d) ? d : undefined);

export function ComparePage({ search, today, onCompare }: ComparePageProps) {
  useDocumentTitle('Compare');
  const refA = parseRef(search.a);
  const refB = parseRef(search.b);
  const asOfA = dateOrUndefined(search.asOfA);
  const asOfB = dateOrUndefined(search.asOfB);
  const request: SidesRequest | null = refA && refB ? { a: refA, b: refB, asOfA, asOfB, today } : null;
  const { workspace, sides } = useCompareData(request);

  const groups = useMemo(
    () => (workspace.kind === 'ready' ? pickerGroups(workspace.assessments, workspace.versions) : []),
    [workspace],
  );
  const addressProblems = [
    search.a !== undefined && !refA ? 'A in the address does not name a draft or a version.' : null,
    search.b !== undefined && !refB ? 'B in the address does not name a draft or a version.' : null,
    search.asOfA !== undefined && !asOfA
      ? `The as-of date for A (${search.asOfA}) is not a date; A uses its own date.`
      : null,
    search.asOfB !== undefined && !asOfB
      ? `The as-of date for B (${search.asOfB}) is not a date; B uses its own date.`
      : null,
  ].filter((p): p is string => p !== null);

  // A comparison the user asked for on this page takes the focus; one opened from a link does not.
  const [asked, setAsked] = useState(false);
  const choose = (c: CompareChoice) => {
    setAsked(true);
    onCompare({ a: c.a, b: c.b, asOfA: c.asOfA, asOfB: c.asOfB });
  };

  return (
    <div>
      <h1 className="text-2xl font-semibold">Compare two assessments</h1>
      <p className="mt-3 max-w-column">
        Any two: two models, two versions of one model, a version against the current draft, or the same
        answers on two dates or under two rules versions. The answers that differ come first, then the
        verdicts, obligations and dates that differ — each with the rules that moved.
      </p>
      {addressProblems.length > 0 ? (
        <ul className="mt-4 border-l-4 border-amber-700 bg-slate-50 p-4" data-testid="address-problems">
          {addressProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}

      {workspace.kind === 'loading' ? (
        <p role="status" className="mt-6">
          Opening the workspace…
        </p>
      ) : workspace.kind === 'unavailable' ? (
        <p className="mt-6 font-semibold text-red-700" role="alert">
          The workspace cannot be opened: {workspace.message}
        </p>
      ) : groups.length === 0 ? (
        <p className="mt-6">
          Your workspace is empty: there is nothing to compare yet.{' '}
          <a href="#/workspace" className="text-accent underline">
            Open your workspace
          </a>{' '}
          to start an assessment.
        </p>
      ) : (
        <ComparePicker
          key={[search.a, search.b, search.asOfA, search.asOfB].join('|')}
          groups={groups}
          initial={search}
          onCompare={choose}
        />
      )}

      {sides?.kind === 'loading' ? (
        <p role="status" className="mt-6">
          Reading the two sides…
        </p>
      ) : sides?.kind === 'ready' ? (
        <Result a={sides.a} b={sides.b} today={today} focus={asked} />
      ) : null}
    </div>
  );
}

function Result({ a, b, today, focus }: { a: SideState; b: SideState; today: string; focus: boolean }) {
  const computed = useMemo(():
    | { ok: true; comparison: Comparison }
    | { ok: false; message: string }
    | null => {
    if (!a.ok || !b.ok) return null;
    try {
      return { ok: true, comparison: compare(a.input, b.input) };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }, [a, b]);
  if (!a.ok || !b.ok)
    return (
      <div
        className="mt-8 border-l-4 border-amber-700 bg-slate-50 p-4"
        role="alert"
        data-testid="side-problems"
      >
        <p className="font-semibold">These two cannot be compared yet:</p>
        <ul className="mt-2 list-disc pl-5">
          {!a.ok ? <li>A: {a.message}</li> : null}
          {!b.ok ? <li>B: {b.message}</li> : null}
        </ul>
      </div>
    );
  if (!computed?.ok)
    return (
      <p className="mt-8 font-semibold text-red-700" role="alert">
        The comparison could not be worked out ({computed?.message}). This is a bug in GPAI Navigator, not in
        your answers.
      </p>
    );
  const worded = wordComparison(computed.comparison, { a: a.label, b: b.label });
  return (
    <ComparisonView
      worded={worded}
      focusOnShow={focus}
      exports={<CompareExports comparison={computed.comparison} worded={worded} today={today} />}
    />
  );
}
