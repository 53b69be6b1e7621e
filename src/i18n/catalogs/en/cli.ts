/** The command line's text report (src/cli/render-text.ts, `--format text`). */
export const cli = {
  title: 'GPAI Navigator — assessment as of {date} ({iso})',
  rulesVersion: 'Rules version {version}. Not legal advice: the guidelines are non-binding.',
  verdictLine: '{name}: {text}',
  verdicts: 'Verdicts',
  verdict_gpai: 'General-purpose AI model',
  verdict_provider: 'Provider',
  verdict_systemicRisk: 'Systemic risk',
  verdict_openSource: 'Open-source exemption',
  basedOn: 'Based on: {answers}',
  rulesAndSources: 'Rules: {rules}. Sources: {sources}',
  ambiguous: 'Ambiguous: {edgeCases} (see Ambiguities)',
  role: 'Role in the value chain: {role} [{key}]',
  compute: 'Compute',
  parameterUpdateCompute: 'Parameter-update compute ({gpaiPower} test): {flop}',
  cumulativeCompute: 'Cumulative compute ({systemicRiskPower} test): {flop}',
  band: '±{estimateTolerance} band (R43): {low} to {high}',
  deadlines: 'Deadlines',
  notification: 'Notification to the Commission (Art. 52(1)): {when}',
  notOwed: 'not owed, or date unknown',
  date: '{date}',
  atLatestDate: 'at the latest {date}',
  compliance: 'Compliance with the obligations: {when}',
  noneOrUnknown: 'none, or date unknown',
  obligations: 'Obligations',
  none: 'None.',
  status_inForce: 'in force',
  status_upcoming: 'upcoming',
  status_overdue: 'OVERDUE',
  status_exempted: 'exempted',
  status_dateUnknown: 'date unknown',
  status_done: 'done',
  appliesFrom: 'applies from {date}',
  stepsTaken: 'Steps already taken: {step}',
  exempted: 'Exempted: {reason}',
  scope: 'Scope: {scope}',
  whatToProduce: 'What to produce:',
  codeOfPractice: 'Code of Practice: {chapter}',
  notApplicable: 'Not applicable:',
  signposts: 'AI-system duties not assessed by this tool',
  signpostsIntro:
    'You build or run an AI system on a general-purpose AI model. These duties of AI-system providers and deployers may apply to you; this tool does not assess them.',
  notAssessed: 'NOT ASSESSED',
  timeline: 'Timeline',
  atLatest: 'At the latest:',
  enforcement: 'Enforcement and fines',
  enforcementIntro:
    'From {date} the Commission enforces the obligations of providers of general-purpose AI models. It can:',
  fineGrounds: 'It may fine a provider (Art. 101(1)) for:',
  maximumFine: 'Maximum fine: {ceiling}',
  ambiguities: 'Ambiguities',
  readingChosen: 'Reading chosen: {reading}',
  alternative: 'Alternative: {alternative}',
  warnings: 'Warnings',
  openQuestions: 'Open questions',
  askWhom: 'Ask: {whom}. Meanwhile assumed: {assumption} ({rules})',
  counterfactuals: 'What would change the result',
  reasoning: 'Reasoning',
  answer: 'Answer: {answer}',
  footer: 'Rules version {version} · evaluated as of {iso}.',
  notLegalAdvice:
    'Not legal advice: the Commission guidelines are non-binding; only the Court of Justice interprets the AI Act authoritatively.',
  dateUnknown: 'date unknown',
  today: 'today',
  tomorrow: 'tomorrow',
  yesterday: 'yesterday',
  inDays: 'in {n} days',
  daysAgo: '{n} days ago',
  // The command line's own words (src/cli/run.ts, batch.ts, compare.ts): usage, arguments, files
  usage: `Usage: npm run assess -- <answers.json> [--as-of YYYY-MM-DD] [--format json|text]

Prints the GPAI Navigator report for the answers in <answers.json>.

  <answers.json>        answers file, schema version 2 (see docs/answers.schema.json and
                        docs/examples/); a version 1 file is migrated, with a "note:" line on
                        stderr for each answer now read differently. "-" reads standard input.
                        A regular UTF-8 file of at most 256 KB; keys must not repeat
  --as-of YYYY-MM-DD    evaluate as of this calendar date (default: today)
  --format json|text    json (default): the report object; text: a readable summary
  --lang en|de|fr       the language of the report's text (default en); the JSON keys and
                        values other than text do not change
  -h, --help            show this help

  npm run assess -- --compare <a.json> <b.json> [--as-of YYYY-MM-DD] [--json]
                        what differs between two answers files (--compare --help for more)

  npm run assess -- --batch <register.csv|register.jsonl> [--as-of YYYY-MM-DD]
                        one result line per model of a register (--batch --help for more)

Exit codes: 0 report printed · 2 bad input (arguments, file, JSON, answers, date) · 1 internal error.
Not legal advice.
`,
  helpHint: 'Run "npm run assess -- --help" for usage.',
  unknownOption: 'Unknown option "{name}".',
  unknownOptionNear: 'Unknown option "{name}". Did you mean "{near}"?',
  needsValue: '{name} needs a value: {example}.',
  formatExample: '--format json or --format text',
  givenTwice: '{name} is given twice; give it once.',
  missingAnswersFile: 'Missing the answers file: npm run assess -- <answers.json>.',
  oneAnswersFile: 'Give one answers file; got {count}: {files}.',
  formatValue: '--format must be "json" or "text", not {value}.',
  langValue: '--lang must be one of {langs}, not {value}.',
  asOfFormat: '--as-of must be a date written YYYY-MM-DD, for example 2026-11-25; got {value}.',
  asOfCalendar:
    '--as-of {value} is not a date in the calendar (or is outside 1900–2200). Check the day and month.',
  standardInput: '(standard input)',
  readNoFile: '{file}: no such file. Check the path.',
  readDirectory: '{file}: this is a directory, not an answers file.',
  readPermission: '{file}: permission denied: the file cannot be read.',
  readNotRegular:
    '{file}: this is {kind}, not a regular file. Give the path of an answers file, or "-" and the answers on standard input.',
  readTooLarge: '{file}: too large ({size}): an answers file is a few kilobytes; at most {kb} KB is read.',
  readTerminal:
    '{file}: standard input is a terminal. Pipe the answers in: npm run assess -- - < answers.json',
  readFailed: '{file}: cannot be read ({error}).',
  kindFifo: 'a named pipe (FIFO)',
  kindDevice: 'a device',
  kindSocket: 'a socket',
  kindOther: 'not a regular file',
  bytes: '{n} bytes',
  moreThanBytes: 'more than {n} bytes',
  notUtf8: '{file}: not UTF-8 text. Save the answers file with the UTF-8 encoding.',
  emptyFile: '{file}: the file is empty; expected a JSON object with the answers.',
  jsonAt: '{file}: line {line}, column {column}: {reason}',
  notJson: '{file}: not valid JSON ({error}).',
  tooDeep: '{file}: the JSON is nested too deeply to be an answers file.',
  duplicateKey:
    '{file}: line {line}, column {column}: the key "{key}" appears twice in {where}; keep one of them.',
  topLevelObject: 'the top-level object',
  todayUnreadable: "could not read today's date ({date}); pass --as-of YYYY-MM-DD.",
  internalError: 'internal error while evaluating {file}: {error}',
  bugInTool: 'This is a bug in GPAI Navigator, not in your answers; please report it with the answers file.',
  // --batch
  batchUsage: `Usage: npm run assess -- --batch <register.csv|register.jsonl> [--as-of YYYY-MM-DD]

Prints one line per model, tab-separated: name, GPAI, provider role, systemic risk,
open-source exemption, next date. Bad rows go to standard error with their line number.

  --batch <file>        a model register: CSV with a header row (columns in the README,
                        "Model register (CSV)"), or JSON lines (.jsonl: one answers object per
                        line). A regular UTF-8 file of at most {mb} MB; "-" reads standard input
  --as-of YYYY-MM-DD    evaluate as of this calendar date (default: today)

Exit codes: 0 every row assessed · 1 some rows were bad · 2 the file cannot be read.
Not legal advice.
`,
  batchOnlyAsOf: '--batch takes only --as-of besides the register; got {arg}.',
  batchTwice: '--batch is given twice; give one register.',
  batchAsOf: '--as-of must be a real date written YYYY-MM-DD, for example 2026-11-25; got {value}.',
  batchMissingRegister: 'Missing the register: npm run assess -- --batch register.csv.',
  batchReadDirectory: '{file}: this is a directory, not a register.',
  batchReadNotRegular: '{file}: this is {kind}, not a regular file.',
  batchReadTooLarge:
    '{file}: too large ({size}); a register is read up to {mb} MB. Split it into smaller files.',
  batchReadTerminal:
    '{file}: standard input is a terminal. Pipe the register in: npm run assess -- --batch - < register.csv',
  batchNotUtf8: '{file}: not UTF-8 text. Save the register with the UTF-8 encoding.',
  batchRowInternalError:
    'internal error while evaluating this row ({error}); this is a bug in GPAI Navigator, please report it.',
  batchAtLine: 'line {line}: {message}',
  batchAtLineColumn: 'line {line}, {column}: {message}',
  batchColumn: 'column {column}',
  batchNotJsonLine: 'not valid JSON ({error})',
  batchDuplicateKey: 'the key "{key}" appears twice; keep one of them.',
  batchNoModelName: '(line {line}, no model name)',
  batchEmptyJsonLines: 'the file is empty: expected one answers object per line.',
  batchSummary:
    '{bad} of {total} rows had problems and were not assessed; the other {rest} are on standard output.',
  resultGpai: 'GPAI: {label}',
  resultRole: 'role: {role}',
  resultSystemicRisk: 'systemic risk: {label}',
  resultOpenSource: 'open-source exemption: {label}',
  resultNext: 'next: {next}',
  // --compare
  compareUsage: `Usage: npm run assess -- --compare <a.json> <b.json> [--as-of YYYY-MM-DD] [--json]

Prints what differs between two answers files: the answers, then the verdicts, role,
obligations and dates, each with the rules (R-numbers) and the reasons that moved it.

  <a.json> <b.json>     two answers files, read like the single-file mode ("-" for one of them
                        reads standard input)
  --as-of YYYY-MM-DD    evaluate both as of this calendar date (default: today)
  --json                print the comparison as JSON (format "gpai-navigator/comparison",
                        formatVersion 1; the web page's JSON export) instead of text

Exit codes: 0 comparison printed (whether or not they differ) · 2 bad input · 1 internal error.
Not legal advice.
`,
  compareAsOfValue: '--as-of needs a value: --as-of 2026-11-25.',
  compareUnknownOption: 'Unknown option "{name}" with --compare. Options: --as-of, --json.',
  compareTwoFiles:
    '--compare needs two answers files: npm run assess -- --compare a.json b.json; got {count}.',
  compareTwoFilesListed:
    '--compare needs two answers files: npm run assess -- --compare a.json b.json; got {count}: {files}.',
  compareStdinOnce: 'Standard input ("-") can be read for one file only.',
  compareAsOf: '--as-of must be a calendar date written YYYY-MM-DD, for example 2026-11-25; got {value}.',
  compareInternalError: 'internal error while comparing: {error}',
  compareBug: 'This is a bug in GPAI Navigator, not in your answers; please report it with the two files.',
};
