/**
 * The open-source exemption: R48–R55, E14–E16. One step per condition (rights, terms, public availability,
 * monetisation); the exclusion for systemic risk (E14) and the microenterprise exception (R54, E16) are
 * stated where they are taken.
 */
import type { Answers, LicenceAnswers } from '../answers';
import type { DecisiveAnswer, Verdict } from '../report';
import { art, gl, rec } from '../sources';
import { listParam, type MessageId, type Text, tx } from '../text';
import { valueText, yesNo } from '../words';
import { Findings } from './context';

export interface OpenSourceResult {
  exempt: boolean;
  /** The licence facts qualify, but systemic risk excludes the exemption (R48, E14): owed from when it arose. */
  exemptButForSystemicRisk?: boolean;
  verdict: Verdict<Text>;
}

const DISQUALIFYING_RESTRICTIONS = {
  nonCommercial: tx('openSource.restrictionNonCommercial'),
  userCap: tx('openSource.restrictionUserCap'),
  separateCommercialLicence: tx('openSource.restrictionSeparateCommercialLicence'),
  noDistribution: tx('openSource.restrictionNoDistribution'),
} as const;

const MONETISATION_WORDS = {
  price: tx('openSource.monetisationPrice'),
  dualLicence: tx('openSource.monetisationDualLicence'),
  requiredPaidSupport: tx('openSource.monetisationRequiredPaidSupport'),
  exclusivePaidHosting: tx('openSource.monetisationExclusivePaidHosting'),
  personalData: tx('openSource.monetisationPersonalData'),
} as const;

type Right = 'access' | 'use' | 'modify' | 'distribute';

/** Each right in whole sentences (German and French decline or negate it differently in each). */
const RIGHT_LABELS: Record<Right, MessageId> = {
  access: 'openSource.rightLabelAccess',
  use: 'openSource.rightLabelUse',
  modify: 'openSource.rightLabelModify',
  distribute: 'openSource.rightLabelDistribute',
};

const RIGHT_FAILURES: Record<Right, MessageId> = {
  access: 'openSource.rightFailureAccess',
  use: 'openSource.rightFailureUse',
  modify: 'openSource.rightFailureModify',
  distribute: 'openSource.rightFailureDistribute',
};

const RIGHT_QUESTIONS: Record<Right, MessageId> = {
  access: 'openSource.askRightAccess',
  use: 'openSource.askRightUse',
  modify: 'openSource.askRightModify',
  distribute: 'openSource.askRightDistribute',
};

const PUBLIC_WORDS: Record<'weightsPublic' | 'architecturePublic' | 'usageInfoPublic', Text> = {
  weightsPublic: tx('openSource.publicWeights'),
  architecturePublic: tx('openSource.publicArchitecture'),
  usageInfoPublic: tx('openSource.publicUsageInfo'),
};

const PUBLIC_LABELS: Record<keyof typeof PUBLIC_WORDS, Text> = {
  weightsPublic: tx('openSource.publicLabelWeights'),
  architecturePublic: tx('openSource.publicLabelArchitecture'),
  usageInfoPublic: tx('openSource.publicLabelUsageInfo'),
};

function notApplicable(summary: Text, rules: Verdict['rules']): OpenSourceResult {
  return {
    exempt: false,
    verdict: {
      key: 'openSource',
      label: tx('openSource.labelNotApplicable'),
      summary,
      decisiveAnswers: [],
      rules,
      citations: [art('53(2)')],
      ambiguous: [],
    },
  };
}

/**
 * R48: the exemption is only for providers, and never for a model with systemic risk — that exclusion (E14)
 * overrides whatever the licence says, so it is taken before the licence is read.
 */
export function assessOpenSource(
  a: Answers,
  isProvider: boolean,
  hasSystemicRisk: boolean,
  f: Findings,
): OpenSourceResult {
  if (!isProvider) return notApplicable(tx('openSource.summaryNotProvider'), ['R48']);
  if (hasSystemicRisk) return excludedBySystemicRisk(a, f);
  const l = a.licence;
  if (!l) return noLicenceFacts(f);
  return assessLicence(l, f);
}

/** R48, E14: no exemption with systemic risk; whether the licence would qualify is kept for the dates. */
function excludedBySystemicRisk(a: Answers, f: Findings): OpenSourceResult {
  f.step({
    verdict: 'openSource',
    question: tx('openSource.systemicRiskQuestion'),
    answer: tx('openSource.systemicRiskAnswer'),
    rule: 'R48',
    outcome: tx('openSource.systemicRiskOutcome'),
    citations: [art('53(2)'), art('54(6)'), rec(104)],
  });
  return {
    exempt: false,
    exemptButForSystemicRisk: a.licence !== undefined && assessLicence(a.licence, new Findings()).exempt,
    verdict: {
      key: 'openSource',
      label: tx('openSource.labelNo'),
      summary: tx('openSource.summarySystemicRisk'),
      decisiveAnswers: [],
      rules: ['R48', 'E14'],
      citations: [art('53(2)'), art('54(6)')],
      ambiguous: [],
    },
  };
}

/** R48: without licence facts the exemption is not established. */
function noLicenceFacts(f: Findings): OpenSourceResult {
  f.step({
    verdict: 'openSource',
    question: tx('openSource.noLicenceQuestion'),
    answer: tx('openSource.noLicenceAnswer'),
    rule: 'R48',
    outcome: tx('openSource.noLicenceOutcome'),
    citations: [art('53(2)')],
  });
  return {
    exempt: false,
    verdict: {
      key: 'openSource',
      label: tx('openSource.labelNo'),
      summary: tx('openSource.summaryNoLicence'),
      decisiveAnswers: [],
      rules: ['R48'],
      citations: [art('53(2)')],
      ambiguous: [],
    },
  };
}

/** What the licence checks find, in the order the steps find it (the summary names the first failure). */
interface LicenceCheck {
  failures: Text[];
  /** Answer fields still unknown: each becomes an open question. */
  unknowns: string[];
  decisive: DecisiveAnswer<Text>[];
  rules: Verdict['rules'];
}

/**
 * R48–R55: every condition must hold, so no condition overrides another — each failure is listed, the first
 * one gives the summary. The one exception is taken where it applies: between microenterprises, monetisation
 * is deemed absent (R54, E16).
 */
function assessLicence(l: LicenceAnswers, f: Findings): OpenSourceResult {
  const check: LicenceCheck = { failures: [], unknowns: [], decisive: [], rules: ['R48'] };
  rightsStep(l, check, f);
  licenceTermsStep(l, check, f);
  publicAvailabilityStep(l, check, f);
  monetisationStep(l, check, f);
  askUnknowns(check.unknowns, f);
  const exempt = check.failures.length === 0 && check.unknowns.length === 0;
  licenceCounterfactuals(exempt, check.failures, f);
  return {
    exempt,
    verdict: {
      key: 'openSource',
      label: exempt ? tx('openSource.labelYesPartial') : tx('openSource.labelNo'),
      summary: exempt
        ? tx('openSource.summaryExempt')
        : check.unknowns.length > 0 && check.failures.length === 0
          ? tx('openSource.summaryNotEstablished')
          : tx('openSource.summaryFailure', { reason: check.failures[0] as Text }),
      decisiveAnswers: check.decisive,
      rules: check.rules,
      citations: [art('53(2)'), art('54(6)'), gl('§4')],
      ambiguous: f.flagged('E15', 'E16'),
    },
  };
}

const RIGHTS = ['access', 'use', 'modify', 'distribute'] as const;

/** R50: the licence grants free access, use, modification and distribution. */
function rightsStep(l: LicenceAnswers, check: LicenceCheck, f: Findings): void {
  const before = check.failures.length + check.unknowns.length;
  for (const right of RIGHTS) {
    check.decisive.push({
      field: `licence.${right}`,
      label: tx(RIGHT_LABELS[right]),
      value: yesNo(l[right]),
    });
    if (l[right] === 'no') check.failures.push(tx(RIGHT_FAILURES[right]));
    if (l[right] === 'unknown') check.unknowns.push(`licence.${right}`);
  }
  const allGranted = check.failures.length + check.unknowns.length === before;
  f.step({
    verdict: 'openSource',
    question: tx('openSource.rightsQuestion'),
    answer: tx('openSource.rightsAnswer', {
      access: yesNo(l.access),
      use: yesNo(l.use),
      modify: yesNo(l.modify),
      distribute: yesNo(l.distribute),
    }),
    rule: 'R50',
    outcome: allGranted
      ? tx('openSource.rightsOutcomeGranted')
      : tx('openSource.rightsOutcomeNotEstablished'),
    citations: [gl('§4.2.1'), rec(102)],
  });
}

const isDisqualifying = (r: string): r is keyof typeof DISQUALIFYING_RESTRICTIONS =>
  r in DISQUALIFYING_RESTRICTIONS;

/** R51 (disqualifying terms) and R52, E15 (allowed terms: attribution, share-alike, safety clauses). */
function licenceTermsStep(l: LicenceAnswers, check: LicenceCheck, f: Findings): void {
  for (const r of l.restrictions) {
    if (isDisqualifying(r)) {
      check.failures.push(DISQUALIFYING_RESTRICTIONS[r]);
      check.rules.push('R51');
    }
  }
  if (l.restrictions.length > 0) {
    const disqualifying = l.restrictions.some(isDisqualifying);
    f.step({
      verdict: 'openSource',
      question: tx('openSource.termsQuestion'),
      answer: valueText(
        listParam(
          l.restrictions.map((r) =>
            r === 'safetyClauses'
              ? tx('openSource.restrictionSafetyClauses')
              : r === 'attributionShareAlike'
                ? tx('openSource.restrictionAttributionShareAlike')
                : DISQUALIFYING_RESTRICTIONS[r],
          ),
          'semicolon',
        ),
      ),
      rule: disqualifying ? 'R51' : 'R52',
      outcome: disqualifying
        ? tx('openSource.termsOutcomeDisqualifying')
        : tx('openSource.termsOutcomeAllowed'),
      citations: [gl('§4.2.1')],
    });
  }
  if (l.restrictions.includes('safetyClauses')) {
    check.rules.push('R52');
    f.ambiguous({
      edgeCase: 'E15',
      title: tx('openSource.e15Title'),
      readingChosen: tx('openSource.e15ReadingChosen'),
      alternative: tx('openSource.e15Alternative'),
      rules: ['R52'],
      citations: [gl('§4.2.1')],
    });
  }
}

const PUBLIC_FACTS = ['weightsPublic', 'architecturePublic', 'usageInfoPublic'] as const;

/** R55: the weights, architecture information and model-usage information are public. */
function publicAvailabilityStep(l: LicenceAnswers, check: LicenceCheck, f: Findings): void {
  for (const key of PUBLIC_FACTS) {
    check.decisive.push({
      field: `licence.${key}`,
      label: PUBLIC_LABELS[key],
      value: yesNo(l[key]),
    });
    if (l[key] === 'no') check.failures.push(tx('openSource.publicFailure', { fact: PUBLIC_WORDS[key] }));
    if (l[key] === 'unknown') check.unknowns.push(`licence.${key}`);
  }
  f.step({
    verdict: 'openSource',
    question: tx('openSource.publicQuestion'),
    answer: tx('openSource.publicAnswer', {
      weights: yesNo(l.weightsPublic),
      architecture: yesNo(l.architecturePublic),
      usage: yesNo(l.usageInfoPublic),
    }),
    rule: 'R55',
    outcome:
      l.weightsPublic === 'yes' && l.architecturePublic === 'yes' && l.usageInfoPublic === 'yes'
        ? tx('openSource.publicOutcomeAll')
        : tx('openSource.publicOutcomeNotEstablished'),
    citations: [art('53(2)'), gl('§4.2.3')],
  });
}

/**
 * R53, R54, E16: monetisation defeats the exemption (R53) — except between microenterprises, where it is
 * deemed absent (R54), an exception taken here before R53 and flagged E16. Optional paid services alongside
 * free use are not monetisation.
 */
function monetisationStep(l: LicenceAnswers, check: LicenceCheck, f: Findings): void {
  const monetised = l.monetisation.filter((m) => m !== 'optionalPaidServices');
  if (monetised.length === 0) {
    f.step({
      verdict: 'openSource',
      question: tx('openSource.monetisationQuestion'),
      answer: l.monetisation.includes('optionalPaidServices')
        ? tx('openSource.monetisationAnswerOptionalServices')
        : tx('common.no'),
      rule: 'R54',
      outcome: tx('openSource.monetisationOutcomeNone'),
      citations: [gl('§4.2.2')],
    });
    return;
  }
  const answer = valueText(
    listParam(
      monetised.map((m) => MONETISATION_WORDS[m]),
      'semicolon',
    ),
  );
  if (l.microenterpriseDeal === 'yes') {
    check.rules.push('R54');
    microenterpriseException(answer, f);
    return;
  }
  check.rules.push('R53');
  for (const m of monetised) check.failures.push(MONETISATION_WORDS[m]);
  f.step({
    verdict: 'openSource',
    question: tx('openSource.monetisationQuestion'),
    answer,
    rule: 'R53',
    outcome: tx('openSource.monetisationOutcomeDefeats'),
    citations: [gl('§4.2.2'), rec(103)],
  });
  if (l.microenterpriseDeal === 'unknown') check.unknowns.push('licence.microenterpriseDeal');
}

/** R54, E16: transactions between microenterprises are deemed not to be monetisation. */
function microenterpriseException(answer: Text, f: Findings): void {
  f.step({
    verdict: 'openSource',
    question: tx('openSource.monetisationQuestion'),
    answer,
    rule: 'R54',
    outcome: tx('openSource.monetisationOutcomeMicroenterprise'),
    citations: [gl('§4.2.2'), rec(103)],
  });
  f.ambiguous({
    edgeCase: 'E16',
    title: tx('openSource.e16Title'),
    readingChosen: tx('openSource.e16ReadingChosen'),
    alternative: tx('openSource.e16Alternative'),
    rules: ['R50', 'R54'],
    citations: [gl('§4.2.2')],
  });
}

/** R48, R50, R55: each unknown licence or release fact is asked; the exemption waits for it. */
function askUnknowns(unknowns: readonly string[], f: Findings): void {
  for (const field of unknowns) {
    f.ask({
      field,
      question:
        field === 'licence.microenterpriseDeal'
          ? tx('openSource.askMicroenterprise')
          : field.startsWith('licence.') && field.endsWith('Public')
            ? tx('openSource.askPublic', { fact: PUBLIC_WORDS[field.slice(8) as keyof typeof PUBLIC_WORDS] })
            : tx(RIGHT_QUESTIONS[field.slice(8) as Right]),
      askWhom: tx('openSource.askWhom'),
      assumption: tx('openSource.askAssumption'),
      rules: ['R48', 'R50', 'R55'],
    });
  }
}

function licenceCounterfactuals(exempt: boolean, failures: readonly Text[], f: Findings): void {
  if (!exempt && failures.length > 0) {
    f.whatIf(
      'open-source',
      tx('openSource.whatIfExemptChange', { failures: listParam(failures, 'semicolon') }),
      tx('openSource.whatIfExemptEffect'),
      ['R48', 'R50', 'R51', 'R53', 'R55'],
    );
  }
  if (exempt) {
    f.whatIf('lose-open-source', tx('openSource.whatIfLoseChange'), tx('openSource.whatIfLoseEffect'), [
      'R48',
      'R51',
      'R53',
    ]);
  }
}
