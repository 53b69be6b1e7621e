/** Messages of the area "enforcement" (ids "enforcement.<key>"): src/engine/rules/enforcement.ts. */
export const enforcement = {
  // The Commission's powers (Art. 91–93)
  art91: 'Art. 91',
  power91: 'Request the documentation and information needed to assess compliance.',
  art92: 'Art. 92',
  power92: 'Evaluate the model, including through access by API or to its source code.',
  art93: 'Art. 93',
  power93:
    'Request measures: compliance, mitigation of systemic risks, restriction, withdrawal or recall of the model, or make commitments binding.',
  // The grounds for fines (Art. 101(1)(a)–(d)) and their ceiling
  fineGroundA: 'Infringing the provisions of the Regulation.',
  fineGroundB:
    'Failing to comply with a request for a document or information under Art. 91, or supplying incorrect, incomplete or misleading information.',
  fineGroundC: 'Failing to comply with a measure requested under Art. 93.',
  fineGroundD: 'Failing to make the model available for an evaluation under Art. 92.',
  ceiling: 'Up to {fineCeiling} — with no reduction for SMEs.',
};
