/**
 * Messages of the area "validation" (ids "validation.<key>"): what is wrong with answers read from a file, a
 * link or the web import (src/engine/validate.ts), and the notes on migrated answers (src/engine/migrate.ts).
 */
export const validation = {
  // Building blocks
  twoSentences: '{first} {second}',
  verbatim: '{text}',
  readVersions: '{v1} and {v2}',
  unknownHint: 'Or write "unknown" if you do not know.',
  didYouMean: 'Did you mean "{suggestion}"?',
  // The whole object and its version
  unreadable: 'The answers could not be read: {error}',
  notAnObject: 'The answers must be a JSON object such as {example}, but this is {value}.',
  missingVersion:
    'Missing "schemaVersion". Add "schemaVersion": {version} — this tool reads answers schema versions {versions}.',
  versionUnsupported:
    'This file was written for answers schema version {v}; this tool reads versions {versions}.',
  versionNewer:
    'It was probably saved by a newer version of GPAI Navigator: open it there, or export the answers again as version {version}.',
  versionOlder:
    'Set "schemaVersion": {version} only after checking every answer against the current questions.',
  versionQuoted: '"schemaVersion" must be a number: write {v} without quotes.',
  versionNotNumber: '"schemaVersion" must be the number {version}, but this is {value}.',
  // One field
  requiredField: 'Required field is missing. Add "{key}": {expected}.',
  requiredItem: 'Required field is missing. Add {expected}.',
  expectedButIs: 'Expected {expected}, but this is {value}.',
  booleanForYesNo:
    'Expected one of {allowed}, but this is {value}. Write "yes" or "no" in quotes instead of true or false.',
  notAllowed: '{value} is not an allowed value. Allowed: {allowed}.',
  enterPositive: 'Enter 0 or a positive {example}.',
  exampleCount: 'number, for example 7e9',
  exampleFlop: 'number of FLOP, for example 3.8e25',
  emptyList: 'The list is empty. Give {items}, with at least {minimum} item.',
  tooShort: 'Too short: {message}',
  writeFigureCount: 'Write the figure as a number, for example 7e9.',
  writeFigureFlop: 'Write the figure in FLOP, for example 3.8e25.',
  tooLong: 'Too long: at most {maximum} characters (this is {length}). Shorten it.',
  notADate: '{value} is not a date written YYYY-MM-DD. Write it like 2026-03-15.',
  wrongFormat: '{value} has the wrong format: {message}',
  otherProblem: '{message}. Expected {expected}.',
  dateOutOfRange: '"{value}" is outside the supported years; use a year between 1900 and 2200.',
  dateNotInCalendar: '"{value}" is not a date in the calendar. Check the day and month (YYYY-MM-DD).',
  fixJsonNumber: 'Write it as a JSON number without quotes: {number}.',
  fixDateString: 'Write the date as a string in quotes, for example "2026-03-15".',
  fixList: 'Put the value in a list: ["{value}"].',
  fixYesNo: 'Write "yes" or "no" in quotes instead of true or false.',
  unknownField: 'Unknown field "{key}" — remove it or check the spelling.',
  // What a field expects
  oneOf: 'one of {options}',
  eitherOr: '{a} or {b}',
  unionOr: '{a}, or {b}',
  aCount: 'a number (for example 7e9 for seven billion)',
  aFlopNumber: 'a number of FLOP (for example 3.8e25)',
  aDate: 'a date written YYYY-MM-DD (for example "2026-03-15")',
  aText: 'text in quotes',
  itemsFrom: 'items from {options}',
  itemsEach: 'items that are each {item}',
  aList: 'a list with {items} (for example {example})',
  anObject: 'an object with the fields {fields}',
  aValidValue: 'a valid value',
  // A value as found
  valueNothing: '{start, select, yes {Nothing} other {nothing}}',
  valueText: '{start, select, yes {The text {text}} other {the text {text}}}',
  valueNumber: '{start, select, yes {The number {number}} other {the number {number}}}',
  valueList: '{start, select, yes {A list} other {a list}}',
  valueObject: '{start, select, yes {An object} other {an object}}',
  valueOther: '{start, select, yes {A {type}} other {a {type}}}',
  // Notes on answers of an older version, migrated (src/engine/migrate.ts)
  migratedAudio:
    '“Speech or other audio” is now two answers: audio with speech counts as language, music or sound effects alone do not. It was read as speech (the conservative reading); change it if the model produces no speech.',
  migratedNarrow:
    '“Only one narrow task” was a judgement; the questions now ask facts. It was kept as “built for one specific task”: name the task and answer the other facts about the model.',
  migratedBroad:
    '“A wide range of distinct tasks” was a judgement; the questions now ask facts (parameters, training data, tasks). Until they are answered the compute criterion decides, so a model below {gpaiThreshold} is no longer treated as general-purpose on that answer alone.',
  migratedIntention:
    'Whether the model is meant to be placed on the EU market was not asked before. It is read as undecided, which counts as intended: a model meant to be placed owes the Art. 52(1) notification before placing if it will exceed {systemicRiskThreshold}. Answer “No” if it will never be made available.',
  migratedInternalLocation:
    'Where the internal use takes place is a new question: internal use only outside the EU is not placing on the EU market. It is read as unknown, so the use is assumed to take place in the EU.',
  migratedInternalEssential:
    '“Internal use essential to a service or affecting people’s rights” is now two facts. It was kept as “our own processes that a product or service for others depends on”; add “internal use to make or support decisions about people” if that applies too.',
  migratedCommercialFacts:
    'Facts of commercial activity (a price, an API or app run as a business, regular supply) are now asked of individuals and research labs: they decide whether the model is made available, whatever the description chosen.',
  // The web import of an answers file (src/export/answers-json.ts)
  importJsonAt: 'Line {line}, column {column}: {reason}',
  importNotJson: '{what} Export the answers again, or fix the file in a text editor.',
  importDuplicateKey: 'Line {line}, column {column}: the key "{key}" appears twice; keep one of them.',
  // A compute figure typed by a person (src/engine/compute-input.ts)
  flopExamples: 'for example 3.8e25, 3.8 × {systemicRiskPower}, {gpaiPower}, 2 000 000 or 380 ZFLOP',
  flopEnterCompute: 'Enter the compute as a number of FLOP, {examples}.',
  flopEnterTraining: 'Enter the training compute as a number of FLOP, {examples}.',
  flopTooLong: 'That is too long for a number of FLOP. Write it like 3.8e25.',
  flopRate:
    'That is a rate (FLOP per second). Enter the total number of FLOP used for training, or use the hardware estimate (units × time × peak FLOP/s × utilisation).',
  flopMarks:
    '{sep, select, comma {{n, plural, one {the comma} other {the commas}}} other {{n, plural, one {the dot} other {the dots}}}}',
  flopGroupingNote: 'Read {marks} as digit grouping: {exact}.',
  flopGroupingDecimalNote: 'Read {marks} as digit grouping and the comma as a decimal point: {exact}.',
  flopTooLargeCheckFigure:
    'That is more than 10^30 FLOP, which is not plausible for a training run. Check the figure.',
  flopPfDaysNote: 'Read {days} petaFLOP/s-days as {words} (1 petaFLOP/s-day = 8.64 × 10¹⁹ FLOP).',
  flopPfDaysCommaNote:
    'Read {days} petaFLOP/s-days (the comma read as a decimal point) as {words} (1 petaFLOP/s-day = 8.64 × 10¹⁹ FLOP).',
  flopNumberBeforeUnit: 'Enter the number before the unit, {examples}.',
  flopPrefixCase:
    'Write the unit prefix as a capital letter: {upper}FLOP. A lower-case "{prefix}" is not a multiple of FLOP.',
  flopUnknownPrefix:
    '"{prefix}" is not a unit prefix this tool knows. Use k, M, G, T, P, E, Z or Y before FLOP (380 ZFLOP = 3.8 × {gpaiThreshold}), or write the number with an exponent such as 3.8e23.',
  flopNegative:
    'Compute cannot be negative. Enter the total number of FLOP as a positive figure, e.g. 3.8e25.',
  flopNotFinite: '"{value}" is not a number of FLOP. Enter a finite figure, {examples}.',
  flopSuperscript: 'Superscript digits are read only as a power of ten, such as 4.2·10²⁴. Or write 4.2e24.',
  flopAmbiguous:
    '"{written}" is ambiguous: the "{mark}" could be {kind, select, comma {a decimal comma or a thousands separator} other {a decimal point or a thousands separator (as in German or Italian)}}. Write {whole} (or {grouped}) if it groups thousands, or {decimal} if it is a decimal {kind, select, comma {comma} other {point}}.',
  flopGroupWithMarks:
    'Do not group digits with commas or dots: they could be read as decimal marks. Write {example} — or group with spaces (2 000 000) or underscores (2_000_000).',
  flopDigitsExample: '{digits} or {exponent}',
  flopGroupThrees:
    'Group digits in threes from the right (2 000 000 or 2_000_000), or leave the spaces out (2000000).',
  flopOnePower: 'Use one way of writing the power of ten: 3.8e25 or 3.8 × {systemicRiskPower}, not both.',
  flopAddPower: 'Add the power of ten after 10, for example 3.8 × {systemicRiskPower}.',
  flopPowerAfterSign:
    'Write the power of ten as {systemicRiskPower} after the sign, for example 3.8 × {systemicRiskPower} or 3.8e25.',
  flopExponentMissing: 'The exponent is missing after "e". Write it like 3.8e25.',
  flopAddUnit:
    'Add FLOP after the unit prefix, for example 380 ZFLOP; or write the number with an exponent, such as 3.8e23.',
  flopUnreadable: 'Could not read "{text}" as a number of FLOP. Write it {examples}.',
  flopTooLarge:
    'That is more than 10^30 FLOP, which is not plausible for a training run. Check the exponent: 3.8e25 means 3.8 × {systemicRiskPower}.',
  flopCommaNote: 'Read the comma as a decimal point: {echoed}',
  // A compute figure given as a range (src/engine/flop-figure.ts)
  flopRangePowerBothEnds:
    'Write the power of ten on both ends of the range, for example 2e24–4e24 or 2 × 10^24 to 4 × 10^24.',
  flopRangeLower: 'The lower end of the range: {message}',
  flopRangeUpper: 'The upper end of the range: {message}',
  flopRangeSmallerFirst: 'Write the smaller figure first: {low} to {high}.',
  flopRangeUpperNote:
    'A range from {low} to {high}: the answer records its upper end, {words}, because a larger figure never reduces the obligations.',
  flopRangeLowerNote:
    'A range from {low} to {high}: the answer records its lower end, {words}, because a smaller original compute lowers the one third your modification must exceed (R24).',
  // The compute estimators' inputs (src/engine/estimators.ts)
  estCountWhole: 'Enter the number of accelerators as a whole number, e.g. 1024.',
  estCountAtLeastOne: 'The number of accelerators must be at least 1.',
  estCountNotWhole: 'Enter a whole number of accelerators ({rounded}, not {count}).',
  estDurationBoth: 'Give the duration in days or in hours, not both.',
  estDurationMissing: 'Enter how long the accelerators were training, in days or in hours.',
  estDurationNumber: 'Enter the duration as a number of {unit, select, hours {hours} other {days}}, e.g. 30.',
  estDurationPositive: 'The duration must be more than 0 {unit, select, hours {hours} other {days}}.',
  estUnknownAccelerator:
    'Unknown accelerator "{accelerator}". Choose one from the list or enter its peak FLOP/s.',
  estPeakMissing: 'Choose an accelerator or enter the peak FLOP/s of one unit, e.g. 9.89e14 for 989 TFLOP/s.',
  estPeakPositive:
    'Enter the peak FLOP/s of one accelerator as a positive number, e.g. 9.89e14 for 989 TFLOP/s.',
  estPeakTooLow:
    '{peak} FLOP/s is far too low for a training accelerator — was it typed in TFLOP/s? {peak} TFLOP/s is {flop} FLOP/s.',
  estPeakTooHigh:
    '{peak} FLOP/s is more than any single accelerator delivers. Enter the peak of one unit; the number of units multiplies it.',
  estUtilisationMissing:
    'Enter the average utilisation as a fraction of peak between 0 and 1, e.g. 0.4 for 40 %.',
  estUtilisationPositive:
    'Utilisation must be more than 0: it is the share of peak actually achieved, e.g. 0.4 for 40 %.',
  estUtilisationPercent:
    'Utilisation is a fraction between 0 and 1, not a percentage, and cannot exceed 1 (100 %): for {percent} % write {fraction}.',
  estUtilisationAboveOne: 'Utilisation cannot exceed 1 (100 % of peak).',
  estNoPeriod: 'Add at least one training period.',
  estHardwareTooLarge:
    'The estimate is {flop}, more than 10^30 FLOP. Check the inputs: duration in days or hours, peak in FLOP/s (not TFLOP/s × 10^12 twice).',
  estParametersPositive:
    'Enter the number of parameters as a positive number, e.g. 7e9 for a 7-billion-parameter model.',
  estParametersInBillions:
    'Enter the number of parameters itself, not in billions: {given} billion is {count}.',
  estTokensPositive:
    'Enter the number of training tokens as a positive number, e.g. 2e12 for 2 trillion tokens.',
  estTokensInTrillions: 'Enter the number of tokens itself, not in trillions: {given} trillion is {count}.',
  estArchitectureTooLarge: '6 × P × D is {flop}, more than 10^30 FLOP. Check the parameter and token counts.',
  // The compute estimators' results and a figure's position against the thresholds (src/engine/estimators.ts)
  estBand: '{low} – {high}',
  estHardwareFormula: 'C = N × L × H × U = {term}',
  estHardwareFormulaSum: 'C = sum of N × L × H × U over {n} periods: {terms} = {total}',
  estParenthesised: '({term})',
  estPlus: '{a} + {b}',
  estHours: '{hours} h',
  estDays: '{days} days',
  estTerm: '{count} units × {seconds} s ({duration}) × {peak} FLOP/s{hardware} × {utilisation} = {flop}',
  estTermLabelled:
    '{label}: {count} units × {seconds} s ({duration}) × {peak} FLOP/s{hardware} × {utilisation} = {flop}',
  estPresetNote: 'Peak of {name}: {peak} FLOP/s, {precision} ({source}).',
  estAssumeFactors:
    'N, L, H and U as entered; L counts only the time the accelerators spent training the model (R44).',
  estAssumePeak:
    'H is the peak theoretical FLOP/s of one unit at the precision the run used; all operations count equally regardless of precision (R46).',
  estAssumeUtilisation:
    'U is the average utilisation over the whole period: the share of peak actually achieved (R44).',
  estAssumePeriods:
    'Hardware or unit count changed during the run: the compute of each period is summed (R44).',
  estAssumeFullUtilisation:
    'A utilisation of 1 (100 % of peak) is an upper bound; real training runs achieve less.',
  estComputeScope:
    'For the {gpaiPower} test and the one-third test count only compute that directly contributed to parameter updates (R12, R42); for the {systemicRiskPower} test add non-public synthetic-data generation and the compute behind merged or initialising weights (R33).',
  estBestJudgement:
    'Best-judgement estimate: the guidelines accept an overall error of up to {estimateTolerance} (R43), so the true figure is taken to lie between {band}.',
  estArchitectureFormula: 'C ≈ 6 × P × D = 6 × {parameters} parameters × {tokens} tokens = {flop}',
  estAssumeDense:
    'Dense transformer: about 6 FLOP per parameter per training token, i.e. one forward and one backward pass per token (R45).',
  estAssumeLarge:
    'Large model: the parameter count is much larger than 1/12 of the context length in tokens (R45).',
  estAssumeTokens: 'D counts every token processed in training, including repeated epochs.',
  estAssumeOtherArchitectures:
    'For other architectures (e.g. mixture-of-experts) count passes × operations per pass, or use the hardware-based estimate (R44, R45).',
  estNameGpai: 'indicative criterion for a general-purpose AI model',
  estNameSystemicRisk: 'presumption of systemic risk',
  estExactlyThreshold:
    '{flop} is exactly {t}, which does not exceed it: the {name} requires more than {t} ({rule}, E2).',
  estAboveThreshold: '{flop} is above {t}, the {name} ({rule}).',
  estBelowThreshold: '{flop} is below {t}, the {name} ({rule}).',
  estThresholdWithinBand:
    '{t} lies within the ±{estimateTolerance} band of the figure ({band}), so a more precise estimate could put it on the other side; document the method and keep monitoring (R43, E2).',
  estOneThirdExactly:
    '{mod} of modification compute is exactly one third of {basis}. That does not meet the criterion, which requires more than one third (R24, E2).',
  estOneThirdMet:
    '{mod} of modification compute is more than {oneThird}, one third of {basis}: the indicative criterion for becoming the provider of the modified model is met (R23, R24).',
  estOneThirdNotMet:
    '{mod} of modification compute is not more than {oneThird}, one third of {basis}: the indicative criterion for becoming the provider of the modified model is not met (R24, R30).',
  estOneThirdWithinBand:
    'One third lies within the ±{estimateTolerance} band of the modification figure ({band}); a more precise estimate could change this (R43).',
  estBasisOriginal: "the original's {flop}",
  estBasisFallbackSystemicRisk: "{flop} (the original's compute is unknown and it has systemic risk, R25)",
  estBasisFallbackNoSystemicRisk:
    "{flop} (the original's compute is unknown and it has no systemic risk, R25)",
  estBasisFallbackUnknown:
    "{flop} (neither the original's compute nor whether it has systemic risk is known: the conservative reading, R25, E4)",
  estRangeSpans:
    'Your range ({range}) spans {t}, the {name} ({rule}): the true figure could be on either side. The answer records {recorded}, {side, select, above {above it} other {not above it}}. Narrow the estimate if you can, and document the method and its uncertainty (R43, E2).',
  // Notes on the accelerator presets (src/engine/accelerators.ts)
  accVendorDatasheet: 'vendor datasheet',
  accNoteV100: 'No BF16 support; 125 TFLOP/s is the FP16 tensor-core peak (PCIe variant: 112 TFLOP/s).',
  accNoteA100: '624 TFLOP/s is the sparsity figure; use the dense 312 TFLOP/s.',
  accNoteH100:
    'The datasheet headline 1,979 TFLOP/s is with sparsity; dense is about 989 TFLOP/s. PCIe/NVL variants are lower.',
  accNoteH200: 'Same compute peak as H100 SXM; the H200 differs in memory.',
  accNoteB200: 'Per GPU; the 4.5 PFLOP/s figure is with sparsity.',
  accNoteGb200: 'Per GPU of a GB200 superchip (two GPUs per superchip); count GPUs, not superchips.',
  accNoteMi300x: 'The 2,614.9 TFLOP/s figure is with sparsity.',
  accNotePerChip: 'Per chip.',
  importSummaryTooLarge:
    'This file is too large to be a GPAI Navigator answers file (they are a few kilobytes).',
  importSummaryNotJson: 'This file is not valid JSON, so it cannot be read as answers.',
  importSummaryDuplicate: 'This file gives the same answer twice, so it is not clear which one is meant.',
  importSummaryRecord: 'The file could not be imported: the provenance or sign-off it carries is not valid.',
  importSummaryVersion:
    'This file uses an answers schema version this version of GPAI Navigator cannot read.',
  importSummaryInvalid:
    '{n, plural, one {The file could not be imported: one answer is not valid.} other {The file could not be imported: # answers are not valid.}}',
  importSummaryUnreadable: 'This file could not be read as answers.',
};
