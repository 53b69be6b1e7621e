import { useMemo } from 'react';
import { answersSchema } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import type { EngineReport, ProviderRole } from '../../engine/report';
import { SCENARIOS, type Scenario } from '../../engine/scenarios/scenarios';
import type { MessageId } from '../../engine/text';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import { compactArticles } from '../../shared/legal-text/articles';
import { RuleLink } from '../../shared/legal-text/RuleLinks';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import { scenarioMessage, scenarioTitleParams } from './reference-text';

const ROLE_SHORT: Record<ProviderRole, MessageId> = {
  provider: 'app.examplesRoleProvider',
  'modification-provider': 'app.examplesRoleModification',
  'integrator-as-model-provider': 'app.examplesRoleIntegrator',
  'downstream-system-provider': 'app.examplesRoleDownstream',
  host: 'app.examplesRoleHost',
  contractor: 'app.examplesRoleContractor',
  'not-placed': 'app.examplesRoleNotPlaced',
  'out-of-scope': 'app.examplesRoleOutOfScope',
};

const SR_WORDS: Record<EngineReport['systemicRisk'], MessageId> = {
  presumed: 'app.examplesRiskPresumed',
  designated: 'app.examplesRiskDesignated',
  none: 'app.examplesRiskNone',
};

/** The scenario's verdicts; null if its answers no longer parse (the row says it was not evaluated). */
function evaluateScenario(scenario: Scenario): EngineReport | null {
  try {
    return evaluate(answersSchema.parse(scenario.answers), scenario.asOf);
  } catch {
    return null;
  }
}

/** Runs the engine on its own worked scenarios and shows what it concludes, so readers can check the rules. */
export function WorkedExamples({ scenarios = SCENARIOS }: { scenarios?: readonly Scenario[] }) {
  const translator = useTranslator(['reference']);
  return (
    <section aria-labelledby="m-examples" className="layout-when-near [contain-intrinsic-size:auto_1750rem]">
      <h2 id="m-examples" className="mt-10 text-xl font-semibold">
        {translator.m('app.examplesHeading')}
      </h2>
      <p className="mt-3">{translator.m('app.examplesIntro', { n: scenarios.length })}</p>
      <section
        className="table-scroll mt-4 overflow-x-auto rounded-md border border-slate-300"
        aria-labelledby="m-examples-caption"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        <table className="worked-examples w-full min-w-[44rem] table-fixed border-collapse text-left text-sm">
          <caption id="m-examples-caption" className="sr-only">
            {translator.m('app.examplesCaption')}
          </caption>
          <colgroup>
            <col className="w-[37%]" />
            <col className="w-[8%]" />
            <col className="w-[14%]" />
            <col className="w-[10%]" />
            <col className="w-[14%]" />
            <col className="w-[17%]" />
          </colgroup>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2 align-bottom font-semibold">
                {translator.m('app.examplesExample')}
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                {translator.m('app.examplesGpai')}
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                {translator.m('app.examplesProvider')}
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                {translator.m('app.examplesSystemicRisk')}
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                {translator.m('app.examplesOpenSource')}
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                {translator.m('app.examplesObligations')}
              </th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((scenario) => (
              <ExampleRow key={scenario.id} scenario={scenario} translator={translator} />
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/**
 * One scenario, evaluated as its row renders (not all 181 in one render of the table): React renders the rows
 * in slices and lets the browser answer in between (issue #12; 0.7 s in one task at CPU ×4 before). It
 * shows the verdicts' values only, never the report's texts: nothing to translate.
 */
function ExampleRow({ scenario, translator }: { scenario: Scenario; translator: Translator }) {
  const report = useMemo(() => evaluateScenario(scenario), [scenario]);
  return (
    <tr data-scenario={scenario.id} className="border-t border-slate-200 align-top">
      <th scope="row" className="p-2 font-normal">
        <span className="block">
          {superscriptPowers(
            translator.m(scenarioMessage(scenario.id), scenarioTitleParams(translator, scenario)),
          )}
        </span>
        <span className="mt-1 block font-mono text-xs text-slate-600">
          {scenario.rules.map((id) => (
            <span key={id}>
              <RuleLink id={id} />
              {' · '}
            </span>
          ))}
          {translator.m('app.examplesAsOf', { date: translator.date(scenario.asOf) })}
        </span>
      </th>
      {report ? (
        <>
          <td className="p-2">{translator.m(report.isGPAI ? 'common.yes' : 'common.no')}</td>
          <td className="p-2">{translator.m(ROLE_SHORT[report.role])}</td>
          <td className="p-2">{translator.m(SR_WORDS[report.systemicRisk])}</td>
          <td className="p-2">{translator.m(report.openSourceExemption ? 'common.yes' : 'common.no')}</td>
          <td className="p-2">
            {report.obligations.some((o) => !o.exempted)
              ? compactArticles(
                  report.obligations.filter((o) => !o.exempted).map((o) => o.id),
                  translator.lang,
                )
              : translator.m('common.none')}
            {report.obligations.some((o) => o.exempted) ? (
              <span className="block text-slate-600">
                {translator.m('app.examplesExempted')}{' '}
                {compactArticles(
                  report.obligations.filter((o) => o.exempted).map((o) => o.id),
                  translator.lang,
                ).replace(translator.lang === 'en' ? /^Art\. / : /^$/, '')}
              </span>
            ) : null}
            {report.signposts.length > 0 ? (
              <span className="block text-slate-600">{translator.m('app.examplesSystemDuties')}</span>
            ) : null}
          </td>
        </>
      ) : (
        <td className="p-2" colSpan={5}>
          {translator.m('app.examplesNotEvaluated')}
        </td>
      )}
    </tr>
  );
}
