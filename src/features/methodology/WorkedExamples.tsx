import { useMemo } from 'react';
import { answersSchema } from '../../engine/answers';
import { formatDate } from '../../engine/dates';
import { evaluate } from '../../engine/evaluate';
import type { ProviderRole, Report } from '../../engine/report';
import { SCENARIOS, type Scenario } from '../../engine/scenarios/scenarios';
import { useTranslator } from '../../i18n/react';
import { localizeReport } from '../../i18n/report';
import { compactArticles } from '../../shared/legal-text/articles';
import { RuleLink } from '../../shared/legal-text/RuleLinks';
import { superscriptPowers } from '../../shared/legal-text/superscript';

const ROLE_SHORT: Record<ProviderRole, string> = {
  provider: 'Yes',
  'modification-provider': 'Yes, of the modification',
  'integrator-as-model-provider': 'Yes, as integrator bringing it into the EU',
  'downstream-system-provider': 'No (downstream provider)',
  host: 'No (host)',
  contractor: 'No (contractor for the provider)',
  'not-placed': 'No (not placed)',
  'out-of-scope': 'No (out of scope)',
};

const SR_WORDS = { presumed: 'Presumed', designated: 'Designated', none: 'None' } as const;

interface Row {
  scenario: Scenario;
  report: Report | null;
}

/** Runs the engine on its own worked scenarios and shows what it concludes, so readers can check the rules. */
export function WorkedExamples({ scenarios = SCENARIOS }: { scenarios?: readonly Scenario[] }) {
  const translator = useTranslator();
  const rows = useMemo<Row[]>(
    () =>
      scenarios.map((scenario) => {
        try {
          const report = evaluate(answersSchema.parse(scenario.answers), scenario.asOf);
          return { scenario, report: localizeReport(report, translator) };
        } catch {
          return { scenario, report: null };
        }
      }),
    [scenarios, translator],
  );
  return (
    <section aria-labelledby="m-examples">
      <h2 id="m-examples" className="mt-10 text-xl font-semibold">
        Worked examples
      </h2>
      <p className="mt-3">
        These {rows.length} examples are the engine’s own test scenarios, written from the rules reference.
        The results below are computed live by the same engine that produces your report, each as of the date
        shown.
      </p>
      <section
        className="table-scroll mt-4 overflow-x-auto rounded-md border border-slate-300"
        aria-labelledby="m-examples-caption"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        <table className="worked-examples w-full min-w-[44rem] table-fixed border-collapse text-left text-sm">
          <caption id="m-examples-caption" className="sr-only">
            Worked examples and the engine’s verdicts
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
                Example
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                GPAI model?
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                Provider?
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                Systemic risk
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                Open-source exemption
              </th>
              <th scope="col" className="p-2 align-bottom font-semibold">
                Obligations that apply
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ scenario, report }) => (
              <tr
                key={scenario.id}
                data-scenario={scenario.id}
                className="border-t border-slate-200 align-top"
              >
                <th scope="row" className="p-2 font-normal">
                  <span className="block">{superscriptPowers(scenario.title)}</span>
                  <span className="mt-1 block font-mono text-xs text-slate-600">
                    {scenario.rules.map((id) => (
                      <span key={id}>
                        <RuleLink id={id} />
                        {' · '}
                      </span>
                    ))}
                    as of {formatDate(scenario.asOf)}
                  </span>
                </th>
                {report ? (
                  <>
                    <td className="p-2">{report.isGPAI ? 'Yes' : 'No'}</td>
                    <td className="p-2">{ROLE_SHORT[report.role]}</td>
                    <td className="p-2">{SR_WORDS[report.systemicRisk]}</td>
                    <td className="p-2">{report.openSourceExemption ? 'Yes' : 'No'}</td>
                    <td className="p-2">
                      {compactArticles(report.obligations.filter((o) => !o.exempted).map((o) => o.id))}
                      {report.obligations.some((o) => o.exempted) ? (
                        <span className="block text-slate-600">
                          Exempted:{' '}
                          {compactArticles(
                            report.obligations.filter((o) => o.exempted).map((o) => o.id),
                          ).replace(/^Art\. /, '')}
                        </span>
                      ) : null}
                      {report.signposts.length > 0 ? (
                        <span className="block text-slate-600">AI-system duties: not assessed</span>
                      ) : null}
                    </td>
                  </>
                ) : (
                  <td className="p-2" colSpan={5}>
                    Could not be evaluated.
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
