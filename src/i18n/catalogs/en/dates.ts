/** Messages of the area "dates" (ids "dates.<key>"). */
export const dates = {
  // ── Periods under Reg. 1182/71 (src/engine/periods.ts) ──
  /** {day} is "Saturday" or "Sunday" (a select value). */
  nonWorkingWeekend: '{date} is a {day, select, Saturday {Saturday} other {Sunday}}',
  nonWorkingHoliday: '{date} is a Commission public holiday',
  lengthWeeks: '{weeks, plural, one {# week} other {# weeks}}',
  lengthMonths: '{months, plural, one {# month} other {# months}}',
  /** {reasons}: the days skipped, joined by semicolons. */
  periodMoved:
    '{reasons}: a period ending on a Saturday, Sunday or public holiday ends at the end of the next working day (Reg. (EEC, Euratom) No 1182/71, Art. 3(4)).',

  // ── The Art. 52(1) notification and the Art. 55 start (src/engine/rules/obligation-dates.ts) ──
  notificationDueQuestion: 'When is the Art. 52(1) notification due?',
  thresholdMetAnswer: 'Threshold met or known on {date}',
  notificationBeforeChapterVOutcome:
    'Art. 52 applies from {chapterVApplies}, so the Commission expected the notification within two weeks of that date: by {lastDay}.',
  notificationWithinTwoWeeksOutcome: 'Within two weeks of {met}: by {lastDay}.',
  crossedAfterPlacingQuestion: 'Did the model cross {systemicRiskThreshold} after it was placed?',
  crossedAfterPlacingAnswer: 'Placed {placed}; threshold met {met}',
  crossedAfterPlacingOutcome:
    'Continued training is the same model: it has systemic risk from the moment the threshold is met, and the notification is due within two weeks of that.',
  boundByPlacingQuestion:
    'When is the Art. 52(1) notification due, when the date the threshold was met is unknown?',
  boundByPlacingAnswer:
    'Threshold date unknown; {placing, select, planned {placing planned} other {first placed}} {date}',
  boundByPlacingOutcome:
    'Training before placing met the threshold no later than the placing date, so the notification is due at the latest two weeks after it — by {lastDay} — and earlier if the threshold was met earlier. If training after placing crossed the threshold, give that date instead (E20).',
  dueNowQuestion:
    'When is the Art. 52(1) notification due, when neither the threshold date nor the placing date is known?',
  dueNowAnswer: 'Both dates unknown; the model is on the market',
  dueNowOutcome:
    'The notification is due without delay: the model has been placed, so the two weeks have most likely run. Give either date to see the deadline.',
  legacyCrossingTitle: 'Model placed before {chapterVApplies} that crossed {systemicRiskThreshold} later',
  legacyCrossingReading:
    'Continued training stays in the model’s lifecycle, so Art. 111(3) gives {legacyComplianceDeadline} as the outer limit for all its obligations; notify by {lastDay} (two weeks after crossing) all the same.',
  legacyCrossingAlternative:
    'On the stricter reading (E20) the notification was due two weeks after the threshold was crossed and the Art. 55 obligations applied from then.',
  legacyCrossingWarning:
    'The model crossed {systemicRiskThreshold} after {chapterVApplies}: the legal outer limit shown is {legacyComplianceDeadline}, but notify by {lastDay} (two weeks after crossing) to be safe on the stricter reading.',
  legacyNotificationTitle: 'Notification for a model with systemic risk placed before {chapterVApplies}',
  legacyNotificationReading:
    'The legal outer limit is {legacyComplianceDeadline} (Art. 111(3) covers “the obligations laid down in this Regulation”), but notify without delay: Art. 52 has applied since {chapterVApplies} and the Commission can designate ex officio.',
  legacyNotificationAlternative:
    'Art. 52 has applied since {chapterVApplies}, so the notification was arguably due two weeks after that date.',
  legacyNotificationWarning:
    'For a model placed before {chapterVApplies} the notification deadline shown is the legal outer limit ({legacyComplianceDeadline}); Art. 52 has applied since {chapterVApplies} and the Commission can designate the model itself — notify without delay.',
  workingDayQuestion: 'Does the deadline fall on a working day?',
  twoWeeksEndAnswer: 'Two weeks end on {date}',
  /** {reason}: the period's movedBecause. */
  movedOutcome: 'Moved to {lastDay}: {reason}',
  prepareTitle: 'Systemic-risk obligations before placing',
  prepareReadingWithStart:
    'Art. 55 applies from placing ({start}) at the latest; prepare from {prepareFrom}, when the threshold was met or known.',
  prepareReading:
    'Art. 55 applies from placing at the latest; prepare from {prepareFrom}, when the threshold was met or known.',
  prepareAlternative:
    'The Commission’s guidelines read the systemic-risk obligations as running from the moment the threshold is met, even before placing; Art. 3(3) and 3(63) tie a provider’s duties to placing.',

  // ── Timeline milestones (src/engine/rules/timeline.ts) ──
  chapterVAppliesLabel: 'Obligations for general-purpose AI models apply',
  chapterVAppliesDescription: 'Chapter V of the AI Act applies to providers of general-purpose AI models.',
  finesApplyLabel: 'The Commission can fine providers',
  finesApplyDescription: 'Fines of up to {fineCeiling} (Art. 101).',
  legacyDeadlineLabel: 'Compliance deadline for models placed before {chapterVApplies}',
  legacyDeadlineDescription:
    'Take the necessary steps to comply with the obligations for the whole lifecycle of the model.',
  modifiedToBePlacedLabel: 'Modified model to be placed on the EU market',
  modifiedPlacedLabel: 'Modified model placed on the EU market',
  toBePlacedLabel: 'Model to be placed on the EU market',
  firstPlacedLabel: 'Model first placed on the EU market',
  placedLegacyDescription: 'Placed before {chapterVApplies}: compliance due by {legacyComplianceDeadline}.',
  placedDescription: 'The provider obligations apply from this date.',
  thresholdMetLabel: '{systemicRiskThreshold} threshold met or known to be met',
  thresholdMetAfterPlacingDescription:
    'Crossed after placing (E20): systemic risk, and the Art. 55 obligations, apply from this moment; the two weeks for the notification run from here.',
  thresholdMetDescription:
    'Systemic-risk classification starts from this moment and the two weeks for the notification run; the Art. 55 obligations apply from placing at the latest — prepare from here (E28).',
  notificationRecommendedLabel: 'Notify the Commission — recommended date (Art. 52(1))',
  notificationRecommendedDescription:
    'Two weeks after the model crossed {systemicRiskThreshold}: the stricter reading’s deadline; {legacyComplianceDeadline} is only the outer legal limit (ambiguous, E29).',
  notificationAtLatestLabel: 'Notify the Commission — at the latest (Art. 52(1))',
  notificationLabel: 'Notify the Commission (Art. 52(1))',
  notificationAtLatestDescription:
    'At the latest two weeks after first placing, since the date the threshold was met is unknown (R89); earlier if it was met earlier. Include the compute estimate to two significant figures and the method.',
  notificationDescription:
    'Notification with the compute estimate to two significant figures and the method.',
  designationLabel: 'Informed of the Commission’s designation',
  designationDescription: 'The systemic-risk obligations apply from this date.',
  reassessmentLabel: 'Earliest request for reassessment of the designation',
  reassessmentDescription: 'With objective, detailed and new reasons; again six months after any refusal.',
  contestAcceptedLabel: 'Commission accepted your contest of the presumption',
  contestAcceptedDescription:
    'The systemic-risk obligations end from this date; notify again on a substantial change.',

  // ── Dates typed by the reader (src/shared/dates/date-input.ts) ──
  /** {month} is a select value, january … december; {year} is given as written ("2025"). */
  monthOfYear:
    '{month, select, january {January} february {February} march {March} april {April} may {May} june {June} july {July} august {August} september {September} october {October} november {November} other {December}} {year}',
  /** A date in figures, day first, the way the language writes it: 2/8/2025. */
  numericDate: '{day}/{month}/{year}',
  /** The date field's hint: what may be typed. */
  typedHint:
    'For example 12 March 2025, 12/3/2025 (day first) or 2025-03-12. If you know only the month, write it, like March 2025.',
};
