import { useEffect } from 'react';
import { formatFlop, GPAI_THRESHOLD_FLOP, SYSTEMIC_RISK_THRESHOLD_FLOP } from '../../engine/compute';
import { formatDate } from '../../engine/dates';
import {
  type ChangelogEntry,
  RULES_CHANGELOG,
  RULES_SOURCES_AS_OF,
  RULES_VERSION,
} from '../../engine/rules-version';
import { annex, art, gl, SOURCES } from '../../engine/sources';
import { Citations } from '../../shared/legal-text/Citations';
import { WithRuleLinks } from '../../shared/legal-text/RuleLinks';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import '../../shared/print.css';
import { LawParameters } from './LawParameters';
import { PeriodsAndHolidays } from './PeriodsAndHolidays';
import { WorkedExamples } from './WorkedExamples';

/** RULES.md §6: items that could not be confirmed against a primary text. */
const UNVERIFIED: readonly string[] = [
  'Whether the formally adopted guidelines, C(2025) 7719 final of 19 November 2025, differ in wording from the July 2025 text that was read.',
  'Exact paragraph numbers in the guidelines other than those cited.',
  'Details of the training-content template (the top 10 % / top 5 % / 1 000-domain rule, the update cadence) and its formal Communication C(2025) 8311.',
  'The exact wording of Art. 56(6) as amended by Regulation (EU) 2026/1744, and the application date of the amended Art. 75.',
  'The content of Implementing Regulation (EU) 2026/1755 and the first Art. 91 information requests reported in September 2026.',
  'That no delegated act has changed the 10²⁵ FLOP threshold or Annex XIII after 27 July 2026.',
  'The list of Code of Practice signatories.',
  'The Blue Guide wording on “commercial activity” used for private hobbyists.',
];

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
  useEffect(() => {
    document.title = 'Methodology — GPAI Navigator';
  }, []);
  return (
    <article className="methodology" aria-labelledby="methodology-title">
      <WithRuleLinks>
        <h1 id="methodology-title" className="text-3xl font-semibold">
          Methodology
        </h1>
        <p className="mt-3 text-lg">
          How GPAI Navigator turns facts about a model into a cited result, which sources it uses, and where
          its limits are.
        </p>
        <p className="mt-3 font-medium">
          Not legal advice. The tool applies published rules to your answers; it does not replace a lawyer’s
          judgement.
        </p>

        <section aria-labelledby="m-version">
          <h2 id="m-version" className={H2}>
            Rules version and changelog
          </h2>
          <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
            <dt className="text-slate-600">Rules version</dt>
            <dd data-testid="rules-version">{RULES_VERSION}</dd>
            <dt className="text-slate-600">Legal sources as of</dt>
            <dd>{formatDate(RULES_SOURCES_AS_OF)}</dd>
          </dl>
          <p className={P}>
            Every report shows the rules version it was computed with. The version changes whenever a change
            could alter any result for the same answers and date, so a report can always be reproduced.
          </p>
          <ol className="mt-4 space-y-3" aria-label="Changelog">
            {changelogNewestFirst().map((entry) => (
              <li key={entry.version} className="border-l-4 border-slate-300 pl-3">
                <p className="font-semibold">
                  {entry.version}{' '}
                  <span className="font-normal text-slate-600">· {formatDate(entry.date)}</span>
                </p>
                <ul className="mt-1 list-disc pl-5">
                  {entry.changes.map((c) => (
                    <li key={c}>{superscriptPowers(c)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="m-sources">
          <h2 id="m-sources" className={H2}>
            Legal sources
          </h2>
          <p className={P}>
            The rules were read from these texts. Paraphrases are our own; each link goes to the page where
            the text is published.
          </p>
          <ul className="mt-4 space-y-4">
            {SOURCES.map((s) => (
              <li key={s.code} className="source">
                <p className="font-semibold">
                  <a href={s.url} target="_blank" rel="noopener noreferrer" className="text-accent underline">
                    {s.title}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                </p>
                <p className="text-sm">
                  {s.reference} · dated <time dateTime={s.date}>{formatDate(s.date)}</time>
                </p>
                <p className="text-sm text-slate-700">{s.note}</p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="m-procedure">
          <h2 id="m-procedure" className={H2}>
            How the result is worked out
          </h2>
          <p className={P}>
            You answer facts; the tool derives the legal conclusions. Each conclusion in a report names its
            rule (R1–R94, E1–E30 of the rules reference) and links to the article or guideline section. Each
            rule number links to{' '}
            <a href="#/rules" className="text-accent underline underline-offset-2">
              the rules
            </a>
            page, which states every rule with its sources and the revision that last changed it.
          </p>
          <ol className="mt-3 list-decimal space-y-2 pl-6">
            <li>
              <strong>Scope.</strong> A model used only for research before it is placed on the market is not
              yet covered; a model put into service only for scientific research is outside the Act (R2, R3).
            </li>
            <li>
              <strong>General-purpose AI model?</strong> More than {formatFlop(GPAI_THRESHOLD_FLOP)} of
              training compute and text, speech, image or video generation indicate a GPAI model; the range of
              tasks can overturn this both ways (R7–R11).
            </li>
            <li>
              <strong>Provider?</strong> Whoever develops the model (or has it developed) and first makes it
              available in the EU, through any channel, is the provider; a downstream modifier becomes one
              only when the modification uses more than a third of the original compute (R14–R30).
            </li>
            <li>
              <strong>Systemic risk.</strong> Presumed above {formatFlop(SYSTEMIC_RISK_THRESHOLD_FLOP)} of
              cumulative compute, or designated by the Commission; an accepted contest ends it (R31–R39).
            </li>
            <li>
              <strong>Open-source exemption.</strong> A free and open-source licence with public weights and
              no monetisation removes Art. 53(1)(a), 53(1)(b) and 54 — never the copyright policy or training
              summary, and never for a model with systemic risk (R48–R55).
            </li>
            <li>
              <strong>Obligations and dates.</strong> Obligations apply from placement, or by 2 August 2027
              for models placed before 2 August 2025; the systemic-risk obligations apply from placement at
              the latest, and the report says to prepare from the day the threshold was met (E28). The
              notification to the Commission is due two weeks after the threshold is met or known, also before
              placing (R88); when that date is unknown, at the latest two weeks after first placing (R89). The
              Commission can request information, evaluate models, order measures and fine from 2 August 2026
              (R56–R74, R94).
            </li>
            <li>
              <strong>AI systems.</strong> Whoever builds or runs an AI system on a general-purpose AI model
              also has duties as a provider or deployer of that system. The report names them, marked “not
              assessed”, and does not assess them (R93).
            </li>
          </ol>
          <Citations citations={[art('3(63)'), art('51'), art('52'), art('53'), art('55'), gl('§2–§5')]} />
        </section>

        <section aria-labelledby="m-compute">
          <h2 id="m-compute" className={H2}>
            How training compute is estimated
          </h2>
          <p className={P}>
            Compute is counted in floating-point operations (FLOP). All operations count the same, whatever
            their precision (R46). Two figures matter (R42):
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <strong>Parameter-update compute</strong> — the compute that directly updated the model’s
              weights. It decides the {formatFlop(GPAI_THRESHOLD_FLOP)} test and the one-third test for
              modifications (R7, R12, R24).
            </li>
            <li>
              <strong>Cumulative compute</strong> — everything that contributed to the model’s capabilities:
              parameter updates plus non-public synthetic data generation and the compute behind weights that
              were merged in or used for initialisation. It decides the{' '}
              {formatFlop(SYSTEMIC_RISK_THRESHOLD_FLOP)} systemic-risk test. Public synthetic data,
              evaluations, failed experiments, teacher and reward models are left out (R33).
            </li>
          </ul>
          <p className={P}>
            Without a measured figure, either method of the guidelines is accepted (R44, R45):
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <strong>From hardware:</strong> <span className="font-mono">C = N × L × H × U</span> — number of
              accelerators × seconds used × peak FLOP per second × average utilisation.
            </li>
            <li>
              <strong>From the architecture:</strong> <span className="font-mono">C ≈ 6 × P × D</span> — six
              times the number of parameters times the number of training tokens, for large dense
              transformers. For example, 3.8 billion parameters trained on 3.3 trillion tokens is about{' '}
              {formatFlop(7.5e22)} (R47).
            </li>
          </ul>
          <p className={P}>
            An estimate is acceptable if, in your best judgement, it is within a 30 % error margin (R43).
            Every threshold test is strictly “more than”: exactly {formatFlop(GPAI_THRESHOLD_FLOP)} or exactly{' '}
            {formatFlop(SYSTEMIC_RISK_THRESHOLD_FLOP)} does not meet it (E2). When an estimate lies within ±30
            % of a threshold, the report warns you so you keep monitoring. If a modifier cannot know the
            original model’s compute, the one-third test uses {formatFlop(SYSTEMIC_RISK_THRESHOLD_FLOP / 3)}{' '}
            for an original with systemic risk and {formatFlop(GPAI_THRESHOLD_FLOP / 3)} otherwise (R25).
          </p>
          <Citations
            citations={[gl('Annex A.1'), gl('Annex A.2'), gl('Annex A.3'), gl('¶60–61'), art('51(2)')]}
          />
        </section>

        <LawParameters />

        <PeriodsAndHolidays />

        <section aria-labelledby="m-limits">
          <h2 id="m-limits" className={H2}>
            Limits
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            <li>
              The Commission’s guidelines are <strong>not binding</strong>. They show how the Commission will
              apply the Act, but only the <strong>Court of Justice of the European Union</strong> interprets
              the AI Act authoritatively (GL ¶9).
            </li>
            <li>
              Where the law is unclear, the report gives the most defensible reading, says which one it chose
              and marks it “Ambiguous”. A reviewer may reasonably take the other reading.
            </li>
            <li>
              The tool covers general-purpose AI <em>models</em> (Chapter V). Obligations for AI{' '}
              <em>systems</em> — transparency under Art. 50, high-risk rules, prohibited practices — are not
              assessed: a report names the ones that may apply to you, marked “not assessed” (R93).
            </li>
            <li>
              Only the Official Journal text is authentic. The AI Act was read from a consolidated text
              including Regulation (EU) 2026/1744.
            </li>
            <li>
              Answers you mark “I don’t know” are replaced by stated assumptions; check them before relying on
              a result.
            </li>
          </ul>
          <h3 className="mt-6 text-lg font-semibold">Not verified against a primary text</h3>
          <p className="mt-2">These points rest on secondary sources only:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {UNVERIFIED.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
          <Citations citations={[gl('¶9'), annex('XIII')]} />
        </section>

        <WorkedExamples />
      </WithRuleLinks>
    </article>
  );
}
