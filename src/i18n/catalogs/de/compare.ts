import type { Messages } from '../../message-id';
import type { compare as en } from '../en/compare';

export const compare: Messages<typeof en> = {
  // Engine
  answerExactly: '{answer} (genau {exactly})',

  // Vergleich in Worten
  statusInForce: 'In Kraft',
  statusUpcoming: 'Bevorstehend',
  statusOverdue: 'Überfällig',
  statusExempted: 'Ausgenommen',
  statusDateUnknown: 'Datum unbekannt',
  statusDone: 'Erledigt',
  deadlineNotification: 'Frist für die Mitteilung nach Art. 52 Abs. 1',
  deadlineCompliance: 'Frist für die Erfüllung der Pflichten',
  notAsked: 'Nicht gefragt oder nicht beantwortet',
  notReached: 'Nicht erreicht',
  stepSide: '{answer} — {outcome}',
  decisiveAnswers: 'Abweichende ausschlaggebende Antworten: {answers}.',
  asOfMoved: 'Der Stichtag ist verschieden ({a} gegenüber {b}): Allein der Kalender bewirkt die Änderung.',
  reasonStep: '{rule}: {question}',
  sideA: 'A: {text}',
  sideB: 'B: {text}',
  doesNotApply: 'Gilt nicht',
  obligationState: '{status}',
  obligationApplies: '{status}, gilt ab {appliesFrom}',
  obligationDue: '{status}, fällig am {dueBy}',
  obligationAppliesDue: '{status}, gilt ab {appliesFrom}, fällig am {dueBy}',
  bothAsOf: 'Beide bewertet zum {date}.',
  eachAsOf: 'Bewertet zum {a} (A) und zum {b} (B).',
  bothRules: 'Beide nach Regelversion {version}.',
  eachRules: 'Regelversion {a} (A) und {b} (B).',
  recordedSide:
    '{side} ist das Ergebnis, wie es nach den Regeln {version} gespeichert wurde; die Gründe dafür wurden nicht aufbewahrt, daher nennen seine Änderungen die Regeln, die sie allgemein bestimmen.',
  verdictAmbiguous: '{label} (unklar)',
  role: 'Rolle',
  obligationWhat: '{article} {title}',
  headingVerdicts: 'Einstufungen',
  headingObligations: 'Pflichten',
  headingDates: 'Fristen',
  verdictsDiffer: 'Abweichende Einstufungen ({count})',
  obligationsDiffer: 'Abweichende Pflichten ({count})',
  datesDiffer: 'Abweichende Fristen ({count})',
  noDifference: 'Kein Unterschied: Die Antworten und das Ergebnis sind gleich.',

  // Seite, PDF und Befehlszeile
  answersDiffer: 'Abweichende Antworten ({count})',
  answersHeading: 'Antworten',
  noAnswerDiffers: 'Keine Antwort weicht ab.',
  answerRow: '{label} ({section})',
  resultHeading: 'Ergebnis',
  sameResult: 'Das Ergebnis ist gleich: Einstufungen, Rolle, Pflichten und Fristen weichen nicht ab.',
  rulesLine: 'Regeln: {rules}',
  whyLine: 'Grund: {reason}',

  // Seite
  comparisonHeading: 'Vergleich',
  rulesLabel: 'Regeln:',
  whyHeading: 'Gründe',
  pageNote:
    'Keine Rechtsberatung. Jeder Unterschied nennt die Regeln der Referenz, die ihn bestimmen; öffnen Sie eine Regelnummer, um sie zu lesen.',
  exportHeading: 'Diesen Vergleich exportieren',
  makingPdf: 'PDF wird erstellt…',
  downloadPdf: 'PDF herunterladen',
  downloadJson: 'JSON herunterladen',
  pdfFailed:
    'Das PDF konnte nicht erstellt werden: {error} Versuchen Sie es erneut oder laden Sie das JSON herunter.',
  jsonNoteBefore: 'Das JSON folgt dem Format „gpai-navigator/comparison“, Version 1 — dasselbe Dokument wie',

  // Die beiden Seiten und die Auswahl
  sideInvalidAnswers: 'einige Antworten sind noch nicht gültig',
  sideAssessmentMissing: 'Diese Bewertung ist nicht im Arbeitsbereich dieses Browsers.',
  sideDraftUnfinished:
    'Der Entwurf von „{name}“ ist nicht fertig: {screens} {count, plural, one {muss} other {müssen}} noch beantwortet werden.',
  sideCurrentDraft: '{name} — aktueller Entwurf',
  sideVersionMissing: 'Diese Version ist nicht im Arbeitsbereich dieses Browsers.',
  deletedAssessment: 'Eine gelöschte Bewertung',
  sideUnreadable:
    'Die Antworten der Version {seq} von „{name}“ können von dieser Version der Anwendung nicht gelesen werden: {issues}',
  sideVersionCurrentRules: '{name} — Version {seq} nach den aktuellen Regeln',
  sideVersion: '{name} — Version {seq} ({date})',
  pickerVersionSigned: '{name} — Version {seq} ({date}, freigegeben)',
  pickerVersionCurrentRules: '{name} — Version {seq} nach den aktuellen Regeln ({rulesVersion})',
  pickerArchived: '{name} (archiviert)',
  workspaceUnreadable: 'Der Arbeitsbereich in diesem Browser konnte nicht gelesen werden.',
  pageTitle: 'Vergleichen',
  pageHeading: 'Zwei Bewertungen vergleichen',
  pageIntro:
    'Zwei beliebige: zwei Modelle, zwei Versionen eines Modells, eine Version gegenüber dem aktuellen Entwurf oder dieselben Antworten zu zwei Stichtagen oder nach zwei Regelversionen. Zuerst kommen die abweichenden Antworten, dann die abweichenden Einstufungen, Pflichten und Fristen — jeweils mit den Regeln, die sich ausgewirkt haben.',
  addressBadRef: '{side} in der Adresse bezeichnet weder einen Entwurf noch eine Version.',
  addressBadDate: 'Der Stichtag für {side} ({date}) ist kein Datum; {side} verwendet sein eigenes Datum.',
  openingWorkspace: 'Arbeitsbereich wird geöffnet…',
  workspaceUnavailable: 'Der Arbeitsbereich kann nicht geöffnet werden: {message}',
  emptyWorkspace: 'Ihr Arbeitsbereich ist leer: Es gibt noch nichts zu vergleichen.',
  openWorkspace: 'Öffnen Sie Ihren Arbeitsbereich',
  openWorkspaceAfter: ', um eine Bewertung zu beginnen.',
  readingSides: 'Die beiden Seiten werden gelesen…',
  cannotCompare: 'Diese beiden können noch nicht verglichen werden:',
  compareFailed:
    'Der Vergleich konnte nicht ermittelt werden ({message}). Dies ist ein Fehler in GPAI Navigator, nicht in Ihren Antworten.',
  chooseSide: 'Wählen Sie, was als {side} gezeigt werden soll.',
  dayInMonth: 'Geben Sie einen Tag im {month} ein, etwa den 1. {month}.',
  pickerFormLabel: 'Auswählen, was verglichen wird',
  compareButton: 'Vergleichen',
  pickerLabel: 'Bewertung, Version oder Entwurf',
  pickerChoose: 'Auswählen…',
  asOfLabel: 'Bewerten zum (optional)',
  asOfHint: 'Ein Tag wie {example}. Leer: ein Entwurf zum heutigen Tag, eine Version zu ihrem eigenen Datum.',

  // PDF
  pdfTitle: 'Vergleich: {a} und {b}',
  pdfSubject: 'Vergleich zweier Bewertungen durch GPAI Navigator',
  pdfKeywords: 'KI-Verordnung, KI-Modell mit allgemeinem Verwendungszweck, GPAI, Vergleich',
  pdfHeading: 'Vergleich zweier Bewertungen',
  pdfSideA: 'A: {label}',
  pdfSideB: 'B: {label}',
  pdfGenerated: 'Erstellt am {date}.',
  pdfDisclaimer:
    'Keine Rechtsberatung. Ein Vergleich zweier Bewertungen durch GPAI Navigator nach den oben genannten Regeln; jeder Unterschied wird durch die Regeln der Referenz (RULES.md) erklärt, die ihn bestimmen.',
  pdfFooter: 'Vergleich durch GPAI Navigator',

  // Befehlszeile
  cliComparing: 'Vergleich von A: {label}',
  cliWith: '          mit B: {label}',
  cliNoAnswerDiffers: 'Antworten: Keine Antwort weicht ab.',
  cliSameResult: 'Ergebnis: gleich — Einstufungen, Rolle, Pflichten und Fristen weichen nicht ab.',
  cliBecause: 'Grund: {reason}',
  notLegalAdvice: 'Keine Rechtsberatung.',
};
