import { useDeferredValue, useEffect } from 'react';
import { GPAI_THRESHOLD_FLOP, SYSTEMIC_RISK_THRESHOLD_FLOP } from '../../engine/compute';
import {
  type ChangelogEntry,
  RULES_CHANGELOG,
  RULES_SOURCES_AS_OF,
  RULES_VERSION,
} from '../../engine/rules-version';
import { annex, art, gl, SOURCES } from '../../engine/sources';
import type { MessageId } from '../../engine/text';
import { sourceUrl } from '../../i18n/citations';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { Citations } from '../../shared/legal-text/Citations';
import { WithRuleLinks } from '../../shared/legal-text/RuleLinks';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import '../../shared/print.css';
import { LawParameters } from './LawParameters';
import { PeriodsAndHolidays } from './PeriodsAndHolidays';
import {
  changeMessage,
  sourceNoteMessage,
  sourceReferenceMessage,
  sourceTitleMessage,
} from './reference-text';
import { WorkedExamples } from './WorkedExamples';

/** RULES.md §6: items that could not be confirmed against a primary text. */
const UNVERIFIED = [
  'app.methodologyUnverifiedAdoptedGuidelines',
  'app.methodologyUnverifiedParagraphs',
  'app.methodologyUnverifiedTemplate',
  'app.methodologyUnverifiedArt56',
  'app.methodologyUnverifiedImplementing',
  'app.methodologyUnverifiedDelegatedAct',
  'app.methodologyUnverifiedSignatories',
  'app.methodologyUnverifiedBlueGuide',
] as const satisfies readonly MessageId[];

const H2 = 'mt-10 text-xl font-semibold';

/** Every entry of the engine's changelog, newest first ("2026.11.10" after "2026.11.2": parts compare as numbers). */
function changelogNewestFirst(): ChangelogEntry[] {
  const parts = (v: string) => v.split('.').map(Number);
  return [...RULES_CHANGELOG].sort((a, b) => {
    const pa = parts(a.version);
    const pb = parts(b.version);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pb[i] ?? 0) - (pa[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
}
const P = 'mt-3';

export function MethodologyPage() {
  // The reference data's words are an area of their own, loaded with this page (ADR 0100).
  const tr = useTranslator(['reference']);
  const { m } = tr;
  useEffect(() => {
    document.title = m('app.methodologyDocumentTitle');
  }, [m]);
  const strong = (key: MessageId) => <strong>{m(key)}</strong>;
  // The worked examples run the engine on 181 scenarios: they follow in a second render, in the background,
  // so that the page's text is shown first (issue #12), as the report shows its verdicts first.
  const withExamples = useDeferredValue(true, false);
  return (
    <article className="methodology" aria-labelledby="methodology-title">
      <WithRuleLinks>
        <h1 id="methodology-title" className="text-3xl font-semibold">
          {m('app.methodologyHeading')}
        </h1>
        <p className="mt-3 text-lg">{m('app.methodologyIntro')}</p>
        <p className="mt-3 font-medium">{m('app.methodologyNotAdvice')}</p>

        <section aria-labelledby="m-version">
          <h2 id="m-version" className={H2}>
            {m('app.methodologyVersionHeading')}
          </h2>
          <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
            <dt className="text-slate-600">{m('app.methodologyRulesVersion')}</dt>
            <dd data-testid="rules-version">{RULES_VERSION}</dd>
            <dt className="text-slate-600">{m('app.methodologySourcesAsOf')}</dt>
            <dd>{tr.date(RULES_SOURCES_AS_OF)}</dd>
          </dl>
          <p className={P}>{m('app.methodologyVersionText')}</p>
          <ol className="mt-4 space-y-3" aria-label={m('app.methodologyChangelog')}>
            {changelogNewestFirst().map((entry) => (
              <li key={entry.version} className="border-l-4 border-slate-300 pl-3">
                <p className="font-semibold">
                  {entry.version} <span className="font-normal text-slate-600">· {tr.date(entry.date)}</span>
                </p>
                <ul className="mt-1 list-disc pl-5">
                  {entry.changes.map((c) => (
                    <li key={c.rule}>{superscriptPowers(m(changeMessage(entry.version, c)))}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="m-sources">
          <h2 id="m-sources" className={H2}>
            {m('app.methodologySourcesHeading')}
          </h2>
          <p className={P}>{m('app.methodologySourcesText')}</p>
          <ul className="mt-4 space-y-4">
            {SOURCES.map((s) => (
              <li key={s.code} className="source">
                <p className="font-semibold">
                  <a
                    href={sourceUrl(s.url, tr.lang)}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="text-accent underline"
                  >
                    {m(sourceTitleMessage(s.code))}
                    <span className="sr-only"> {m('app.opensInNewTab')}</span>
                  </a>
                </p>
                <p className="text-sm">
                  {richText(
                    tr,
                    'app.methodologySourceDated',
                    { reference: m(sourceReferenceMessage(s.code)) },
                    { date: <time dateTime={s.date}>{tr.date(s.date)}</time> },
                  )}
                </p>
                <p className="text-sm text-slate-700">{m(sourceNoteMessage(s.code))}</p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="m-procedure">
          <h2 id="m-procedure" className={H2}>
            {m('app.methodologyProcedureHeading')}
          </h2>
          <p className={P}>
            {richText(
              tr,
              'app.methodologyProcedureText',
              {},
              {
                rulesLink: (
                  <a href="#/rules" className="text-accent underline underline-offset-2">
                    {m('app.methodologyRulesLink')}
                  </a>
                ),
              },
            )}
          </p>
          <ol className="mt-3 list-decimal space-y-2 pl-6">
            <li>
              {strong('app.methodologyStepScope')} {m('app.methodologyStepScopeText')}
            </li>
            <li>
              {strong('app.methodologyStepGpai')} {m('app.methodologyStepGpaiText')}
            </li>
            <li>
              {strong('app.methodologyStepProvider')} {m('app.methodologyStepProviderText')}
            </li>
            <li>
              {strong('app.methodologyStepSystemicRisk')} {m('app.methodologyStepSystemicRiskText')}
            </li>
            <li>
              {strong('app.methodologyStepOpenSource')} {m('app.methodologyStepOpenSourceText')}
            </li>
            <li>
              {strong('app.methodologyStepObligations')} {m('app.methodologyStepObligationsText')}
            </li>
            <li>
              {strong('app.methodologyStepSystems')} {m('app.methodologyStepSystemsText')}
            </li>
          </ol>
          <Citations citations={[art('3(63)'), art('51'), art('52'), art('53'), art('55'), gl('§2–§5')]} />
        </section>

        <section aria-labelledby="m-compute">
          <h2 id="m-compute" className={H2}>
            {m('app.methodologyComputeHeading')}
          </h2>
          <p className={P}>{m('app.methodologyComputeIntro')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              {strong('app.methodologyUpdateCompute')} {m('app.methodologyUpdateComputeText')}
            </li>
            <li>
              {strong('app.methodologyCumulativeCompute')} {m('app.methodologyCumulativeComputeText')}
            </li>
          </ul>
          <p className={P}>{m('app.methodologyEstimateMethods')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              {strong('app.methodologyFromHardware')} <span className="font-mono">C = N × L × H × U</span>{' '}
              {m('app.methodologyFromHardwareText')}
            </li>
            <li>
              {strong('app.methodologyFromArchitecture')} <span className="font-mono">C ≈ 6 × P × D</span>{' '}
              {m('app.methodologyFromArchitectureText', { example: tr.flop(7.5e22) })}
            </li>
          </ul>
          <p className={P}>
            {m('app.methodologyEstimateMargin', {
              systemicRiskThird: tr.flop(SYSTEMIC_RISK_THRESHOLD_FLOP / 3),
              gpaiThird: tr.flop(GPAI_THRESHOLD_FLOP / 3),
            })}
          </p>
          <Citations
            citations={[gl('Annex A.1'), gl('Annex A.2'), gl('Annex A.3'), gl('¶60–61'), art('51(2)')]}
          />
        </section>

        <LawParameters />

        <PeriodsAndHolidays />

        <section aria-labelledby="m-limits">
          <h2 id="m-limits" className={H2}>
            {m('app.methodologyLimitsHeading')}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            <li>
              {richText(
                tr,
                'app.methodologyLimitGuidelines',
                {},
                {
                  notBinding: <strong>{m('app.methodologyNotBinding')}</strong>,
                  court: <strong>{m('app.methodologyCourt')}</strong>,
                },
              )}
            </li>
            <li>{m('app.methodologyLimitAmbiguous')}</li>
            <li>
              {richText(
                tr,
                'app.methodologyLimitSystems',
                {},
                {
                  models: <em>{m('app.methodologyModels')}</em>,
                  systems: <em>{m('app.methodologySystems')}</em>,
                },
              )}
            </li>
            <li>{m('app.methodologyLimitAuthentic')}</li>
            <li>{m('app.methodologyLimitUnknown')}</li>
          </ul>
          <h3 className="mt-6 text-lg font-semibold">{m('app.methodologyUnverifiedHeading')}</h3>
          <p className="mt-2">{m('app.methodologyUnverifiedIntro')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {UNVERIFIED.map((u) => (
              <li key={u}>{m(u)}</li>
            ))}
          </ul>
          <Citations citations={[gl('¶9'), annex('XIII')]} />
        </section>

        {withExamples ? <WorkedExamples /> : null}
      </WithRuleLinks>
    </article>
  );
}
