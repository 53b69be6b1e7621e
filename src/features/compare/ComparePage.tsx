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
import { tx } from '../../engine/text';
import { useTranslator } from '../../i18n/react';
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
  const tr = useTranslator();
  const { t } = tr;
  useDocumentTitle(t(tx('compare.pageTitle')));
  const refA = parseRef(search.a);
  const refB = parseRef(search.b);
  const asOfA = dateOrUndefined(search.asOfA);
  const asOfB = dateOrUndefined(search.asOfB);
  const request: SidesRequest | null = refA && refB ? { a: refA, b: refB, asOfA, asOfB, today } : null;
  const { workspace, sides } = useCompareData(request);

  const groups = useMemo(
    () => (workspace.kind === 'ready' ? pickerGroups(workspace.assessments, workspace.versions, tr) : []),
    [workspace, tr],
  );
  const addressProblems = [
    search.a !== undefined && !refA ? t(tx('compare.addressBadRef', { side: 'A' })) : null,
    search.b !== undefined && !refB ? t(tx('compare.addressBadRef', { side: 'B' })) : null,
    search.asOfA !== undefined && !asOfA
      ? t(tx('compare.addressBadDate', { side: 'A', date: search.asOfA }))
      : null,
    search.asOfB !== undefined && !asOfB
      ? t(tx('compare.addressBadDate', { side: 'B', date: search.asOfB }))
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
      <h1 className="text-2xl font-semibold">{t(tx('compare.pageHeading'))}</h1>
      <p className="mt-3 max-w-column">{t(tx('compare.pageIntro'))}</p>
      {addressProblems.length > 0 ? (
        <ul className="mt-4 border-l-4 border-amber-700 bg-slate-50 p-4" data-testid="address-problems">
          {addressProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}

      {workspace.kind === 'loading' ? (
        <p role="status" className="mt-6">
          {t(tx('compare.openingWorkspace'))}
        </p>
      ) : workspace.kind === 'unavailable' ? (
        <p className="mt-6 font-semibold text-red-700" role="alert">
          {t(tx('compare.workspaceUnavailable', { message: workspace.message }))}
        </p>
      ) : groups.length === 0 ? (
        <p className="mt-6">
          {t(tx('compare.emptyWorkspace'))}{' '}
          <a href="#/workspace" className="text-accent underline">
            {t(tx('compare.openWorkspace'))}
          </a>
          {t(tx('compare.openWorkspaceAfter'))}
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
          {t(tx('compare.readingSides'))}
        </p>
      ) : sides?.kind === 'ready' ? (
        <Result a={sides.a} b={sides.b} today={today} focus={asked} />
      ) : null}
    </div>
  );
}

function Result({ a, b, today, focus }: { a: SideState; b: SideState; today: string; focus: boolean }) {
  const tr = useTranslator();
  const { t } = tr;
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
        <p className="font-semibold">{t(tx('compare.cannotCompare'))}</p>
        <ul className="mt-2 list-disc pl-5">
          {!a.ok ? <li>{t(tx('compare.sideA', { text: a.message }))}</li> : null}
          {!b.ok ? <li>{t(tx('compare.sideB', { text: b.message }))}</li> : null}
        </ul>
      </div>
    );
  if (!computed?.ok)
    return (
      <p className="mt-8 font-semibold text-red-700" role="alert">
        {t(tx('compare.compareFailed', { message: computed?.message ?? '' }))}
      </p>
    );
  const worded = wordComparison(computed.comparison, { a: a.label, b: b.label }, tr);
  return (
    <ComparisonView
      worded={worded}
      focusOnShow={focus}
      exports={<CompareExports comparison={computed.comparison} worded={worded} today={today} />}
    />
  );
}
