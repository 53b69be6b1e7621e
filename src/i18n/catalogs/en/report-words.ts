/** Report values in words for every renderer (src/export/period-words.ts, src/export/words.ts). */
export const reportWords = {
  // R87 periods, R89 bounds, E28 "prepare from"
  dayAndDate:
    '{weekday, select, 0 {Sunday} 1 {Monday} 2 {Tuesday} 3 {Wednesday} 4 {Thursday} 5 {Friday} other {Saturday}} {date}',
  rule1182:
    'a period ending on a Saturday, Sunday or public holiday ends at the end of the next working day (Reg. (EEC, Euratom) No 1182/71, Art. 3(4))',
  rule1182Sentence:
    'A period ending on a Saturday, Sunday or public holiday ends at the end of the next working day (Reg. (EEC, Euratom) No 1182/71, Art. 3(4)).',
  movedBecause: '{why}: {rule}.',
  moved: 'Moved from {nominal} to {lastDay}. {reason}',
  periodAtLatest:
    'At the latest {lastDay}: {length} after first placing on {from}. The date the threshold was met is not known; if it was met before placing, the deadline was two weeks after that date (R89).',
  periodExact: '{length} after {from}; last day {lastDay}.',
  due: 'Due by {date}',
  dueAtLatest: 'Due at the latest by {date}',
  prepareFromNote:
    'the Commission’s guidelines read the systemic-risk obligations as running from the day the threshold was met; the Act ties them to placing, so this report applies them from {from} at the latest (ambiguous, E28).',
  placing: 'placing',
  prepareFrom: 'Prepare from {date}: {note}',
  stepNotifiedYes: 'You answered that the Commission has been notified.',
  stepNotifiedNo: 'You answered that the Commission has not been notified.',
  stepNotifiedUnknown: 'You answered that you do not know whether the Commission has been notified.',
  stepYes: 'You answered that this is in place.',
  stepNo: 'You answered that this is not in place yet.',
  stepUnknown: 'You answered that you do not know whether this is in place.',
  // Verdicts and roles
  verdictTitle_gpai: 'General-purpose AI model?',
  verdictTitle_provider: 'Are you its provider?',
  verdictTitle_systemicRisk: 'Systemic risk',
  verdictTitle_openSource: 'Open-source exemption',
  role_provider: 'Provider of the model',
  'role_modification-provider': 'Provider of the modified model (obligations limited to the modification)',
  'role_integrator-as-model-provider': 'Treated as the provider of the model (non-EU chain)',
  'role_downstream-system-provider': 'Downstream provider of an AI system (no model obligations)',
  role_host: 'Host of models made available by others (not their provider)',
  role_contractor:
    'Contractor developing or modifying the model for a client that places it under its own name (the client is the provider)',
  'role_not-placed': 'Not placed on the Union market',
  'role_out-of-scope': 'Outside the GPAI model rules',
  // Days and statuses
  today: 'today',
  inDays: '{n, plural, one {in # day} other {in # days}}',
  daysAgo: '{n, plural, one {# day ago} other {# days ago}}',
  appliesFrom: 'Applies from {date}',
  noDate: 'No date (depends on an unknown answer)',
  withPrepareFrom: '{dates}; prepare from {date} (E28)',
  statusInForce: 'In force',
  statusUpcoming: 'Upcoming',
  statusDueIn: 'Due {days}',
  statusAppliesIn: 'Applies {days}',
  statusOverdue: 'Overdue',
  statusOverdueBy: '{n, plural, one {Overdue by # day} other {Overdue by # days}}',
  statusExempted: 'Exempted',
  statusDateUnknown: 'Date unknown',
  statusDone: 'Done',
  riskNone: 'None',
  riskPresumed: 'Presumed',
  riskDesignated: 'Designated',
};
