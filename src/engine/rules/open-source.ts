/**
 * The open-source exemption: R48–R55, E14–E16. One step per condition (rights, terms, public availability,
 * monetisation); the exclusion for systemic risk (E14) and the microenterprise exception (R54, E16) are
 * stated where they are taken.
 */
import type { Answers, LicenceAnswers } from '../answers';
import type { DecisiveAnswer, Verdict } from '../report';
import { art, gl, rec } from '../sources';
import { yesNo } from '../words';
import { Findings } from './context';

export interface OpenSourceResult {
  exempt: boolean;
  /** The licence facts qualify, but systemic risk excludes the exemption (R48, E14): owed from when it arose. */
  exemptButForSystemicRisk?: boolean;
  verdict: Verdict;
}

const DISQUALIFYING_RESTRICTIONS = {
  nonCommercial: 'the licence forbids commercial use or limits it to research',
  userCap: 'the licence limits use above a user-count threshold (e.g. monthly active users)',
  separateCommercialLicence: 'some uses require a separate commercial licence',
  noDistribution: 'the licence bans distribution',
} as const;

const MONETISATION_WORDS = {
  price: 'the model is offered for a price',
  dualLicence: 'it is dual-licensed (free for some, paid for commercial use or above a scale)',
  requiredPaidSupport: 'paid support, services or a runtime without which it cannot be used are required',
  exclusivePaidHosting:
    'it is accessible only through your paid platform (or free access funded by advertising)',
  personalData: 'access or use requires the collection of personal data',
} as const;

const RIGHT_WORDS: Record<'access' | 'use' | 'modify' | 'distribute', string> = {
  access: 'free access for anyone',
  use: 'free use',
  modify: 'free modification',
  distribute: 'free distribution',
};

const PUBLIC_WORDS: Record<'weightsPublic' | 'architecturePublic' | 'usageInfoPublic', string> = {
  weightsPublic: 'the weights are public',
  architecturePublic: 'information on the architecture is public',
  usageInfoPublic: 'model-usage information is public',
};

const PUBLIC_LABELS: Record<keyof typeof PUBLIC_WORDS, string> = {
  weightsPublic: 'Weights are public',
  architecturePublic: 'Architecture information is public',
  usageInfoPublic: 'Model-usage information is public',
};

function notApplicable(summary: string, rules: Verdict['rules']): OpenSourceResult {
  return {
    exempt: false,
    verdict: {
      key: 'openSource',
      label: 'Not applicable',
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
  if (!isProvider)
    return notApplicable('Not applicable: you have no provider obligations to be exempted from.', ['R48']);
  if (hasSystemicRisk) return excludedBySystemicRisk(a, f);
  const l = a.licence;
  if (!l) return noLicenceFacts(f);
  return assessLicence(l, f);
}

/** R48, E14: no exemption with systemic risk; whether the licence would qualify is kept for the dates. */
function excludedBySystemicRisk(a: Answers, f: Findings): OpenSourceResult {
  f.step({
    verdict: 'openSource',
    question: 'Can the open-source exemption apply to a model with systemic risk?',
    answer: 'The model has systemic risk',
    rule: 'R48',
    outcome:
      'No: the exemption never applies to general-purpose AI models with systemic risk, whatever the licence (E14).',
    citations: [art('53(2)'), art('54(6)'), rec(104)],
  });
  return {
    exempt: false,
    exemptButForSystemicRisk: a.licence !== undefined && assessLicence(a.licence, new Findings()).exempt,
    verdict: {
      key: 'openSource',
      label: 'No',
      summary: 'No: the exemption never applies to a model with systemic risk, whatever the licence.',
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
    question: 'Is the model released under a free and open-source licence with public weights?',
    answer: 'Not answered',
    rule: 'R48',
    outcome: 'No licence facts were given, so the exemption is not established.',
    citations: [art('53(2)')],
  });
  return {
    exempt: false,
    verdict: {
      key: 'openSource',
      label: 'No',
      summary: 'No: nothing indicates a free and open-source release with public weights.',
      decisiveAnswers: [],
      rules: ['R48'],
      citations: [art('53(2)')],
      ambiguous: [],
    },
  };
}

/** What the licence checks find, in the order the steps find it (the summary names the first failure). */
interface LicenceCheck {
  failures: string[];
  /** Answer fields still unknown: each becomes an open question. */
  unknowns: string[];
  decisive: DecisiveAnswer[];
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
      label: exempt ? 'Yes (partial)' : 'No',
      summary: exempt
        ? 'Yes, partially: free and open-source with public weights and no monetisation, so Art. 53(1)(a), 53(1)(b) and 54 do not apply — the copyright policy and training summary still do.'
        : check.unknowns.length > 0 && check.failures.length === 0
          ? 'Not established: some licence or release facts are unknown.'
          : `No: ${check.failures[0]}.`,
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
      label: `Licence allows ${RIGHT_WORDS[right]}`,
      value: yesNo(l[right]),
    });
    if (l[right] === 'no') check.failures.push(`the licence does not allow ${RIGHT_WORDS[right]}`);
    if (l[right] === 'unknown') check.unknowns.push(`licence.${right}`);
  }
  const allGranted = check.failures.length + check.unknowns.length === before;
  f.step({
    verdict: 'openSource',
    question: 'Does the licence let anyone access, use, modify and distribute the model for free?',
    answer: RIGHTS.map((r) => `${r}: ${yesNo(l[r])}`).join('; '),
    rule: 'R50',
    outcome: allGranted ? 'Yes: all four rights are granted.' : 'Not all four rights are established.',
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
      question: 'Do the licence terms restrict use?',
      answer: l.restrictions
        .map((r) =>
          r === 'safetyClauses'
            ? 'safety-based use restrictions'
            : r === 'attributionShareAlike'
              ? 'attribution / share-alike'
              : DISQUALIFYING_RESTRICTIONS[r],
        )
        .join('; '),
      rule: disqualifying ? 'R51' : 'R52',
      outcome: disqualifying
        ? 'Disqualifying: non-commercial or research-only terms, user-count caps, separate commercial licences or distribution bans defeat the exemption.'
        : 'Allowed: attribution, share-alike and proportionate safety-based restrictions do not defeat the exemption.',
      citations: [gl('§4.2.1')],
    });
  }
  if (l.restrictions.includes('safetyClauses')) {
    check.rules.push('R52');
    f.ambiguous({
      edgeCase: 'E15',
      title: 'Safety-based licence restrictions',
      readingChosen:
        'Treated as allowed: proportionate, objective, non-discriminatory safety restrictions are permitted.',
      alternative:
        'Whether a given clause is proportionate is a judgement call; broad or vague “responsible use” clauses could be read as restricting use and defeat the exemption.',
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
    if (l[key] === 'no') check.failures.push(`not all of the following hold: ${PUBLIC_WORDS[key]}`);
    if (l[key] === 'unknown') check.unknowns.push(`licence.${key}`);
  }
  f.step({
    verdict: 'openSource',
    question: 'Are the weights, architecture information and usage information public?',
    answer: `weights: ${yesNo(l.weightsPublic)}; architecture: ${yesNo(l.architecturePublic)}; usage: ${yesNo(l.usageInfoPublic)}`,
    rule: 'R55',
    outcome:
      l.weightsPublic === 'yes' && l.architecturePublic === 'yes' && l.usageInfoPublic === 'yes'
        ? 'Yes: all three are public.'
        : 'Not all three are established as public.',
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
      question: 'Is the model monetised?',
      answer: l.monetisation.includes('optionalPaidServices')
        ? 'Only optional paid services alongside'
        : 'No',
      rule: 'R54',
      outcome: 'No monetisation: optional paid services that do not affect free use are allowed.',
      citations: [gl('§4.2.2')],
    });
    return;
  }
  const answer = monetised.map((m) => MONETISATION_WORDS[m]).join('; ');
  if (l.microenterpriseDeal === 'yes') {
    check.rules.push('R54');
    microenterpriseException(answer, f);
    return;
  }
  check.rules.push('R53');
  for (const m of monetised) check.failures.push(MONETISATION_WORDS[m]);
  f.step({
    verdict: 'openSource',
    question: 'Is the model monetised?',
    answer,
    rule: 'R53',
    outcome: 'Monetisation defeats the exemption.',
    citations: [gl('§4.2.2'), rec(103)],
  });
  if (l.microenterpriseDeal === 'unknown') check.unknowns.push('licence.microenterpriseDeal');
}

/** R54, E16: transactions between microenterprises are deemed not to be monetisation. */
function microenterpriseException(answer: string, f: Findings): void {
  f.step({
    verdict: 'openSource',
    question: 'Is the model monetised?',
    answer,
    rule: 'R54',
    outcome: 'Transactions between microenterprises are deemed not to be monetisation.',
    citations: [gl('§4.2.2'), rec(103)],
  });
  f.ambiguous({
    edgeCase: 'E16',
    title: 'Monetised only between microenterprises',
    readingChosen: 'The exemption survives: monetisation is deemed absent between microenterprises.',
    alternative:
      'The licence “access” right means free access for anyone; a paid deal could be read as defeating it.',
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
          ? 'Are you and every paying counterpart microenterprises (fewer than 10 staff and an annual turnover or balance-sheet total of at most EUR 2 million)?'
          : `Check the licence and release: ${field.startsWith('licence.') && field.endsWith('Public') ? PUBLIC_WORDS[field.slice(8) as keyof typeof PUBLIC_WORDS] : `does it grant ${RIGHT_WORDS[field.slice(8) as keyof typeof RIGHT_WORDS]}`}?`,
      askWhom: 'Legal (licence) and the release team',
      assumption: 'The exemption is not applied until this is confirmed.',
      rules: ['R48', 'R50', 'R55'],
    });
  }
}

function licenceCounterfactuals(exempt: boolean, failures: readonly string[], f: Findings): void {
  if (!exempt && failures.length > 0) {
    f.whatIf(
      'open-source',
      `If none of the following were the case any more — ${failures.join('; ')} —`,
      'the open-source exemption from Art. 53(1)(a), Art. 53(1)(b) and Art. 54 could apply (the copyright policy and training summary would still be owed).',
      ['R48', 'R50', 'R51', 'R53', 'R55'],
    );
  }
  if (exempt) {
    f.whatIf(
      'lose-open-source',
      'If you started charging for the model, added a non-commercial or user-cap clause, or it reached systemic risk,',
      'the exemption would fall away and technical documentation, downstream information (and an authorised representative if outside the EU) would be owed.',
      ['R48', 'R51', 'R53'],
    );
  }
}
