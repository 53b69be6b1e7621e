import type { Messages } from '../../message-id';
import type { wizard as en } from '../en/wizard';

export const wizard: Messages<typeof en> = {
  // ── Gemeinsame Bedienelemente ──
  back: 'Zurück',
  or: 'oder',
  errorPrefix: 'Fehler:',
  errorSummaryTitle: 'Es gibt ein Problem',
  noticeInfo: 'Information:',
  noticeWarning: 'Warnung:',
  noticeSuccess: 'Erledigt:',

  // ── Fragenseite ──
  stepDocumentTitle: '{error, select, yes {Fehler: } other {}}{title} – Schritt {position} von {total}',
  resumingTitle: 'Ihre Antworten werden fortgesetzt',
  resuming: 'Sie werden dorthin gebracht, wo Sie aufgehört haben …',
  pageNotFound: 'Seite nicht gefunden',
  noSuchStep: 'Es gibt keine Fragenseite namens „{step}“.',
  goToStart: 'Zur Startseite',
  stepDoesNotApply:
    'Diese Fragen betreffen Ihre Antworten nicht, Sie müssen sie also nicht beantworten. Antworten, die Sie hier früher gegeben haben, bleiben gespeichert, werden aber nicht verwendet.',
  continueWithApplicable: 'Mit den zutreffenden Fragen fortfahren',
  backToAnswers: 'Zurück zu Ihren Antworten',
  continue: 'Weiter',
  saveAndReturn: 'Speichern und zurück',
  savedAsYouType:
    'Ihre Antworten werden während der Eingabe im Arbeitsbereich dieses Browsers gespeichert. Nichts wird irgendwohin gesendet. Die Seite bittet den Browser, diesen Speicher auch bei knappem Speicherplatz zu behalten, damit Ihre Arbeit nicht ohne Ihr Zutun gelöscht wird; exportieren Sie den Arbeitsbereich, um anderswo eine Kopie aufzubewahren.',
  manageInWorkspace: 'Diese Bewertung in Ihrem Arbeitsbereich umbenennen, duplizieren oder löschen',
  droppedQuestions:
    '{n, plural, one {# Frage ist} other {# Fragen sind}} nach Ihrer Antwort nicht mehr nötig: {questions}.',

  // ── Fortschritt ──
  stepOf: 'Schritt {position} von {total}',
  lastStep: 'letzter Schritt vor der Prüfung Ihrer Antworten',
  moreAfterThis: '{n, plural, one {noch # weiterer} other {noch # weitere}} nach diesem',
  stepsChanged: 'Ihre letzten Antworten haben die Schritte geändert: {changes}.',
  stepsRemoved: '{n, plural, one {# Schritt} other {# Schritte}} nicht mehr nötig ({titles})',
  stepsAdded: '{n, plural, one {# Schritt} other {# Schritte}} hinzugekommen ({titles})',
  stepsForAnswers: 'Schritte für Ihre Antworten',
  stepThisPage: 'diese Seite',
  stepAnswered: 'beantwortet',
  stepToDo: 'offen',
  stepsExplained: 'Schritte kommen hinzu oder fallen weg, je nachdem, was nach Ihren Antworten zutrifft.',

  // ── Hilfe und Hinweise zu einer Frage ──
  whyWeAsk: 'Warum wir das fragen, und die Quelle',
  rules: 'Regeln:',
  sources: 'Quellen:',
  opensInNewTab: ' (öffnet in einem neuen Tab)',
  examplesTitle: '{title}:',

  // ── Quelle oder Notiz zu einer Antwort ──
  addSourceOrNote: 'Quelle oder Notiz hinzufügen',
  source: 'Quelle',
  sourceHint: 'Wer oder was das sagt, zum Beispiel „ML-Leitung“ oder „Trainingsprotokoll run-42“.',
  note: 'Notiz',
  exactOrEstimate: 'Ist diese Angabe genau oder eine Schätzung?',
  exact: 'Genau',
  estimate: 'Schätzung',
  sourceLine: 'Quelle: {source}',

  // ── Eingabe von Anzahlen, Daten und Rechenaufwand ──
  countNumber: 'Zahl',
  countHint: 'Zum Beispiel 7e9, 7 000 000 000, 7,000,000,000 oder 7B.',
  countHaveNumber: 'Ich habe eine Zahl oder eine Schätzung',
  readAs: 'Gelesen als {value}',
  dateLabel: 'Datum',
  dateYesOnThisDate: 'Ja, an diesem Datum',
  dateOnThisDate: 'An diesem Datum',
  dateReadsAs: 'Gelesen als {value}',
  dateMonthOnly: 'Nur der Monat ist angegeben ({month}): Die Antwort erfasst {why}.',
  dateMonthFirst: 'den ersten Tag, damit nichts, was ab diesem Tag zählt, später liegt, als es könnte',
  dateMonthLast: 'den letzten Tag, damit nichts als früher erledigt gilt, als es war',
  flopLabel: 'Rechenaufwand in FLOP',
  flopHint:
    'Zum Beispiel 3.8e25, {notation}, 380 ZFLOP, about 3e25 (ungefähr) oder ein Bereich wie 2e25–4e25.',
  flopYesThisMuch: 'Ja, so viel',
  flopHaveFigure: 'Ich habe eine Zahl oder eine Schätzung',
  flopAbout: '„About“: als Schätzung gelesen. ',
  flopBand: 'Spanne ±{estimateTolerance}: {low} bis {high}',
  flopYourRange: '; Ihr Bereich: {low} bis {high}',

  // ── Schätzhilfe für den Rechenaufwand ──
  estimatorSummary: 'Aus der Hardware oder der Architektur schätzen',
  estimatorHardwareHeading: 'Aus der Hardware: Einheiten × Zeit × Spitzenleistung × Auslastung',
  estimatorAccelerator: 'Beschleuniger',
  estimatorAcceleratorOption: '{name} — {peak} FLOP/s ({precision})',
  estimatorOther: 'Anderer: Spitzenleistung in FLOP/s eingeben',
  estimatorPeak: 'Spitzenleistung einer Einheit in FLOP/s',
  estimatorPeakHint: 'Bei der Genauigkeit, mit der der Lauf rechnete, zum Beispiel 989e12.',
  estimatorUnits: 'Anzahl der Einheiten',
  estimatorDays: 'Trainingstage',
  estimatorUtilisation: 'Auslastung',
  estimatorUtilisationPercent: 'Auslastung (%)',
  estimatorUtilisationWhy:
    'Die Auslastung gibt an, wie viel der Spitzenleistung der Lauf im Durchschnitt tatsächlich erreicht hat. Beschleuniger laufen selten mit Spitzenleistung: Sie warten auf Daten und aufeinander. 40 % ist vorausgefüllt, weil große Trainingsläufe üblicherweise etwa 30 % bis 50 % der Spitzenleistung erreichen. Wenn Ihr Team sie gemessen hat (oft Model FLOPs Utilization, MFU, genannt), geben Sie stattdessen diesen Wert ein.',
  estimatorCalculateHardware: 'Aus Hardware berechnen',
  estimatorArchitectureHeading: 'Aus der Architektur: 6 × Parameter × Trainings-Tokens',
  estimatorArchitectureNote: 'Für große dichte Transformer. Angaben wie 7B oder 2T sind möglich.',
  estimatorParameters: 'Parameter',
  estimatorParametersHint: 'Zum Beispiel 7B oder 7e9.',
  estimatorTokens: 'Trainings-Tokens',
  estimatorTokensHint: 'Einschließlich wiederholter Epochen, zum Beispiel 2T.',
  estimatorCalculateArchitecture: 'Aus Architektur berechnen',
  estimatorUnread: '{field}: {message}',
  estimatorCheckInputs: 'Prüfen Sie die Eingaben:',
  estimatorResult: 'Schätzung: etwa {flop}',
  estimatorAssumptions: 'Zu dokumentierende Annahmen',
  estimatorUse: 'Diese Schätzung übernehmen',

  // ── Fehler im Formular ──
  exclusiveAndOthers: 'Wählen Sie entweder „{option}“ oder die anderen Optionen, nicht beides.',
  enterFlop: 'Geben Sie den Rechenaufwand in FLOP ein, zum Beispiel 3.8e25 oder {notation}.',
  enterCount: 'Geben Sie die Zahl ein, zum Beispiel 7e9 oder 7B.',
  countUnreadable:
    '„{text}“ kann nicht als Zahl gelesen werden. Schreiben Sie sie etwa als 7e9, 7 000 000 000 oder 7B.',
  enterDate: 'Geben Sie das Datum ein, zum Beispiel {example}, oder wählen Sie „Weiß ich nicht“.',
  tooLong: 'Verwenden Sie höchstens {max} Zeichen.',
  enterANumber: 'Geben Sie eine Zahl ein.',
  numberUnreadable:
    '„{text}“ konnte nicht als Zahl gelesen werden. Schreiben Sie sie etwa als 2048, 2 048, 7e9 oder 7B.',

  // ── Speichern ──
  notSaved: 'Nicht gespeichert',
  saving: 'Wird gespeichert …',
  saved: 'Gespeichert',
  updatedFromOtherTab: 'Aus einem anderen Tab aktualisiert',
  conflictTitle: 'Diese Bewertung wurde in einem anderen Tab geändert',
  conflictBody:
    'Ihre Antworten hier wurden nicht gespeichert, es wurde also nichts überschrieben. Wählen Sie, welche Antworten bleiben sollen: Ihre (sie ersetzen die des anderen Tabs) oder die des anderen Tabs (Ihre Änderungen auf dieser Seite werden verworfen).',
  keepMine: 'Meine Antworten behalten',
  takeTheirs: 'Antworten des anderen Tabs übernehmen',
  notSavedTitle: 'Ihre Antworten auf dieser Seite sind NICHT gespeichert',
  notSavedBody:
    'Sie stehen noch auf dem Bildschirm und bleiben erhalten, solange diese Seite geöffnet ist. Laden Sie sie als Datei herunter, um eine Kopie zu behalten, und versuchen Sie es dann erneut.',
  downloadAnswers: 'Meine Antworten herunterladen (JSON)',
  tryAgain: 'Erneut versuchen',
  answersFileWord: 'antworten',
  browserRefused: 'Der Browser hat das Speichern der Antworten verweigert.',
  assessmentDeleted:
    'Diese Bewertung wurde gelöscht, vielleicht in einem anderen Tab. Ihre Antworten auf dem Bildschirm sind nicht gespeichert.',

  // ── Antworten prüfen ──
  checkTitle: 'Antworten prüfen',
  checkNoAssessment:
    'Es ist keine Bewertung geöffnet, daher gibt es noch keine Antworten zu prüfen. Öffnen Sie eine aus Ihrem Arbeitsbereich oder beginnen Sie eine neue.',
  startQuestions: 'Mit den Fragen beginnen',
  openWorkspace: 'Arbeitsbereich öffnen',
  checkIntro:
    'Aufgeführt sind nur die Antworten, die für Ihre Situation von Bedeutung sind. Antworten auf Fragen, die nicht mehr zutreffen, bleiben in diesem Browser gespeichert, werden aber nicht verwendet.',
  updatedFromOtherTabSentence: 'Aus einem anderen Tab aktualisiert.',
  stillNeedAnswer: 'Einige Fragen müssen noch beantwortet werden',
  notAnsweredYet: 'Noch nicht beantwortet.',
  change: 'Ändern',
  seeResult: 'Ergebnis ansehen',
  inWorkspace: 'Diese Bewertung in Ihrem Arbeitsbereich',

  // ── Bewertung nicht vorhanden ──
  assessmentNotFound: 'Bewertung nicht gefunden',
  assessmentsUnavailable: 'Gespeicherte Bewertungen können nicht geöffnet werden',
  assessmentNotFoundBody:
    'Der Arbeitsbereich dieses Browsers enthält keine Bewertung mit dieser Adresse. Sie wurde vielleicht gelöscht, oder die Adresse stammt aus einem anderen Browser: Bewertungen werden nur in dem Browser aufbewahrt, in dem sie erstellt wurden.',
  startNewAssessment: 'Neue Bewertung beginnen',
};
