import type { Messages } from '../../message-id';
import type { reportPage as en } from '../en/report-page';

export const reportPage: Messages<typeof en> = {
  // Document titles
  docTitleReport: 'Bericht — GPAI Navigator',
  docTitleReportFor: 'Bericht für {name} — GPAI Navigator',
  docTitleVersion: 'Bericht für {name}, Version {seq} — GPAI Navigator',
  docTitleBadLink: 'Dieser Link kann nicht geöffnet werden — GPAI Navigator',
  docTitleNotFound: 'Bericht nicht gefunden — GPAI Navigator',
  docTitleNoAnswers: 'Noch keine Antworten — GPAI Navigator',
  // Share-link report (ReportPage)
  badLinkTitle: 'Dieser Link kann nicht geöffnet werden',
  startNew: 'Neue Bewertung beginnen',
  saveAndChange: 'In meinem Arbeitsbereich speichern und ändern',
  linkRulesChangedTitle: 'Die Regeln haben sich geändert, seit dieser Link erstellt wurde.',
  linkRulesChangedText:
    'Der Link wurde mit der Regelversion {linkVersion} erstellt; dieser Bericht wendet die aktuellen Regeln (Version {currentVersion}) an und kann daher von dem abweichen, was der Absender gesehen hat. {link}.',
  seeWhatChanged: 'Was sich geändert hat',
  today: 'heute',
  sourceShareLink: 'Ein geteilter Link',
  // Report header and footer (ReportView, Sections)
  kicker: 'KI-Verordnung · Bewertung eines GPAI-Modells',
  titleFor: 'Bericht für {name}',
  titleYours: 'Ihr Bericht',
  evaluatedAsOfLine: 'Bewertet zum {date} · Regelversion {version}',
  exportsHeading: 'Dieses Ergebnis aufbewahren und teilen',
  // At a glance
  glanceHeading: 'Auf einen Blick',
  glanceObligations: 'Pflichten',
  glanceNoGpaiObligations: 'Keine Pflichten für KI-Modelle mit allgemeinem Verwendungszweck',
  glanceNoneApply: 'Keine gilt für Sie',
  glanceApply: '{n} gelten: {counts}',
  glanceSystemDuties: 'Pflichten für KI-Systeme',
  notAssessed: 'Nicht bewertet',
  glanceDutiesToCheck: '{n, plural, one {Eine Pflicht} other {# Pflichten}} selbst zu prüfen ({link})',
  glanceListedBelow: 'unten aufgeführt',
  overdue: 'Überfällig',
  glanceNextDate: 'Nächstes Datum',
  glanceNext: '{date} ({relative}): {label}',
  glanceDueNow: 'Jetzt fällig: die oben genannten überfälligen Pflichten',
  glanceNoDatesAhead: 'Keine anstehenden Daten',
  glanceNoKnownDateAhead: 'Kein bekanntes anstehendes Datum',
  glanceNoGpaiDates: 'Keine Daten für KI-Modelle mit allgemeinem Verwendungszweck',
  glanceNoObligationDate:
    'Kein anstehendes Datum für Ihre Pflichten als Anbieter eines KI-Modells mit allgemeinem Verwendungszweck',
  glanceUnknownDates:
    'Noch nicht bekannt: Das Datum von {articles} hängt von einer mit „Weiß ich nicht“ beantworteten Frage ab ({link}).',
  glanceOpenQuestionsLink: 'offene Fragen',
  glanceSystemDateAhead: 'Anstehende Pflicht für KI-Systeme (nicht bewertet): {article}, {title}, ab {date}.',
  overdueWasDue: '{article} — war fällig am {date}',
  overdueWasDueAtLatest: '{article} — war spätestens fällig am {date}',
  // Verdict cards
  verdictsHeading: 'Ergebnisse',
  roleLabel: 'Rolle: ',
  basedOnAnswers: 'Auf Grundlage Ihrer Antworten',
  unclearInLaw: 'Rechtlich unklar ({rule}): ',
  readingChosen: 'Gewählte Auslegung: ',
  whyRulesApplied: 'Warum: die angewandten Regeln',
  legalBasis: 'Rechtsgrundlage',
  otherReadingRule: 'Andere Auslegung ({rule}): ',
  role_provider: 'Anbieter — Sie entwickeln das Modell (oder lassen es entwickeln) und bringen es in Verkehr',
  'role_modification-provider':
    'Anbieter des veränderten Modells — Ihre Pflichten betreffen Ihre Veränderung',
  'role_integrator-as-model-provider':
    'Anbieter des Modells — der vorgelagerte Anbieter hat die EU ausgeschlossen, und Sie bringen das Modell in die EU',
  'role_downstream-system-provider':
    'Nachgelagerter Anbieter — Sie bauen ein KI-System auf dem Modell eines anderen auf',
  role_host: 'Host — Sie stellen Modelle anderer bereit; Anbieter ist, wer sie hochlädt',
  role_contractor:
    'Auftragnehmer — Sie entwickeln oder verändern das Modell für einen Kunden, der es unter eigenem Namen in Verkehr bringt; Anbieter ist der Kunde',
  'role_not-placed': 'Nicht auf dem Unionsmarkt in Verkehr gebracht, daher entstehen keine Anbieterpflichten',
  'role_out-of-scope': 'Außerhalb der Vorschriften für KI-Modelle mit allgemeinem Verwendungszweck',
  // Obligations
  obligationsHeading: 'Ihre Pflichten',
  noObligationsProvider: 'Für Sie gelten keine Pflichten für KI-Modelle mit allgemeinem Verwendungszweck.',
  noObligationsNotProvider:
    'Sie sind nicht Anbieter eines KI-Modells mit allgemeinem Verwendungszweck, daher gelten die Pflichten für solche Modelle nicht für Sie.',
  systemDutiesMayApply: 'Pflichten für KI-Systeme können dennoch gelten: siehe {link}.',
  signpostsLinkText: 'die von diesem Werkzeug nicht bewerteten Pflichten für KI-Systeme',
  obligationsSummary: '{n, plural, one {Eine Pflicht gilt} other {# Pflichten gelten}}: {counts}.',
  obligationsListLabel: 'Geltende Pflichten',
  whyObligations: 'Warum diese Pflichten und Daten',
  notApplicableHeading: 'Nicht anwendbar oder ausgenommen',
  exemptedFallback: 'Ausgenommen.',
  exemptedReason: 'Ausgenommen: {reason}',
  countOverdue: '{n} überfällig',
  countUpcoming: '{n} bevorstehend',
  countDateUnknown: '{n, plural, one {# mit unbekanntem Datum} other {# mit unbekannten Daten}}',
  countInForce: '{n} in Kraft',
  countDone: '{n} erledigt',
  prepareFromLabel: 'Vorbereiten ab {date}:',
  scopeLabel: 'Umfang: ',
  codeOfPracticeChapter: 'Kapitel des Praxisleitfadens: ',
  whatToProduce: 'Zu erstellen ({n, plural, one {# Punkt} other {# Punkte}})',
  // Obligation status (badge and its second line)
  inForceSince: 'In Kraft seit {date}',
  mustBeMetBy: 'Zu erfüllen bis {date}',
  mustBeMetByIn: 'Zu erfüllen bis {date} ({relative})',
  statusDue:
    '{when, select, today {Heute fällig} later {{n, plural, one {Fällig in # Tag} other {Fällig in # Tagen}}} other {Fällig}}{atLatest, select, yes { (spätestens)} other {}}',
  dueAndAppliesFrom: '{due}; gilt ab {date}',
  appliesLater: 'Gilt später',
  appliesToday: 'Gilt ab heute',
  appliesIn: '{n, plural, one {Gilt in # Tag} other {Gilt in # Tagen}}',
  appliesFrom: 'Gilt ab {date}',
  wasDue: 'War fällig am {date}',
  wasDueAtLatest: 'War spätestens fällig am {date}',
  wasDueKeepRecord: '{was} — falls bereits erledigt, bewahren Sie den Nachweis auf',
  notifiedDeadline: 'Mitgeteilt; die Frist endete am {date}',
  notified: 'Mitgeteilt',
  inPlaceRequiredBy: 'Umgesetzt, laut Ihrer Antwort; erforderlich bis {date}',
  inPlaceRequiredSince: 'Umgesetzt, laut Ihrer Antwort; erforderlich seit {date}',
  inPlace: 'Umgesetzt, laut Ihrer Antwort',
  dateUnknownDetail:
    'Das Datum hängt von einer mit „Weiß ich nicht“ beantworteten Frage ab — siehe die offenen Fragen.',
  // Signposts
  signpostsHeading: 'Von diesem Werkzeug nicht bewertete Pflichten für KI-Systeme',
  signpostsIntro:
    'Sie bauen oder betreiben ein KI-System auf Grundlage eines KI-Modells mit allgemeinem Verwendungszweck. Diese Pflichten von Anbietern und Betreibern von KI-Systemen können für Sie gelten. Dieses Werkzeug bewertet sie nicht: Prüfen Sie jede einzelne für Ihr System.',
  // Timeline
  timelineHeading: 'Zeitplan',
  noDatesApply: 'Es gelten keine Daten.',
  milestonesLabel: 'Meilensteine',
  evaluationDate: 'Bewertungsdatum: {date}',
  atTheLatest: 'Spätestens',
  kind_law: 'Das Gesetz',
  kind_model: 'Ihr Modell',
  kind_deadline: 'Frist',
  kind_designation: 'Ausweisung',
  kind_reassessment: 'Neubewertung',
  // "Evaluate as of" control
  evaluateAsOf: 'Bewerten zum',
  asOfHint:
    'Sehen Sie, was an einem anderen Datum gilt, oder wiederholen Sie eine frühere Bewertung. Geben Sie ein Datum wie {example} oder {exampleNumeric} ein (Tag vor Monat). Das Datum wird in der Seitenadresse gespeichert.',
  asOfDayInMonth: 'Geben Sie einen Tag im {month} ein, z. B. 1 {month}.',
  asOfRange: 'Geben Sie ein Datum vom {from} bis zum {to} ein.',
  backTo: 'Zurück zu {when} ({date})',
  asOfEmpty: 'Geben Sie ein Datum ein; bis dahin bleibt der Bericht auf dem Stand vom {date}.',
  asOfReadsAs: 'Gelesen als {words}',
  asOfInvalid: '{message} Der Bericht bleibt auf dem Stand vom {date}.',
  versionsDate: 'dem Datum der Version',
  // Enforcement
  enforcementHeading: 'Durchsetzung und Geldbußen',
  enforcementFrom:
    'Ab dem {date} setzt die Kommission die Pflichten der Anbieter von KI-Modellen mit allgemeinem Verwendungszweck durch.',
  enforcementPowers: 'Was die Kommission tun kann',
  enforcementFines: 'Geldbußen (Art. 101 Abs. 1)',
  enforcementFineFor: 'Die Kommission kann Geldbußen gegen einen Anbieter verhängen bei:',
  maximumFine: 'Höchstbetrag der Geldbuße: ',
  // Warnings, open questions, ambiguities, counterfactuals
  warningsHeading: 'Warnungen',
  openQuestionsHeading: 'Offene Fragen und Annahmen',
  openQuestionsIntro:
    'Diese Fragen haben Sie mit „Weiß ich nicht“ beantwortet. Der Bericht geht von der angezeigten Antwort aus; klären Sie die Frage mit der genannten Person und aktualisieren Sie Ihre Antworten, sobald Sie mehr wissen.',
  ask: 'Fragen Sie',
  assumedForNow: 'Vorerst angenommen',
  ambiguitiesHeading: 'Wo das Recht unklar ist',
  ambiguousPrefix: 'Mehrdeutig: ',
  otherReading: 'Andere Auslegung: ',
  counterfactualsHeading: 'Was dies ändern würde',
  // About this report
  aboutHeading: 'Über diesen Bericht',
  rulesVersion: 'Regelversion',
  legalSourcesAsOf: 'Rechtsquellen mit Stand vom',
  evaluatedAsOf: 'Bewertet zum',
  answersHash: 'Hashwert der Antworten',
  answersFrom: 'Antworten aus',
  notLegalAdvice:
    'Keine Rechtsberatung. Dieser Bericht wendet veröffentlichte Regeln auf Ihre Antworten an; verbindlich ausgelegt wird die KI-Verordnung nur vom Gerichtshof der EU.',
  // Small building blocks
  rule: 'Regel',
  rules: 'Regeln',
  ambiguous: 'Mehrdeutig',
  traceQuestion: '{question}: ',
  // Answers and their sources
  answersHeading: 'Ihre Antworten und ihre Quellen',
  noSources:
    'Noch keine Antwort hat eine Quelle oder Notiz. Sie können bei jeder Antwort auf den Fragebildschirmen ergänzt werden.',
  allAnswers: 'Alle {n} Antworten',
  provenanceSource: 'Quelle: {source}',
  provenanceExact: 'Exakt',
  provenanceEstimate: 'Schätzung',
  // Migrated answers
  migratedUnderRules: 'Diese Antworten wurden unter den Regeln {version} gegeben (Antwortformat {format}).',
  migratedUnderEarlierRules: 'Diese Antworten wurden unter früheren Regeln gegeben (Antwortformat {format}).',
  migrationChanged: 'Regelrevision 2 hat geändert, wie einige Antworten gelesen werden:',
  migrationUnchanged:
    'Regelrevision 2 liest jede dieser Antworten wie zuvor; der Bericht wendet die aktuellen Regeln an.',
  // Failure states
  notWorkedOutTitle: 'Der Bericht konnte nicht erstellt werden',
  notWorkedOutText:
    'Beim Anwenden der Regeln auf diese Antworten ist ein Fehler aufgetreten. Ihre Antworten sind unverändert. Bitte versuchen Sie es später erneut oder prüfen Sie Ihre Antworten.',
  badAsOf:
    'Das Bewertungsdatum in der Seitenadresse („{value}“) ist kein gültiges Datum im Format JJJJ-MM-TT, daher wird der Bericht zum Stand {fallback} bewertet.',
  // Report actions
  reportActions: 'Aktionen zum Bericht',
  changeAnswers: 'Antworten ändern',
  checkAnswers: 'Antworten prüfen',
  newAssessment: 'Neue Bewertung',
  shareChangeHint:
    'Um diese Antworten zu ändern, speichern Sie sie in Ihrem Arbeitsbereich: Der Link bleibt unverändert, und nichts, was in diesem Browser gespeichert ist, wird ersetzt.',
  versionChangeHint:
    'Änderungen erfolgen im Entwurf der Bewertung und werden als neue Version gespeichert; diese Version ändert sich nie.',
  // Save to workspace
  sharedModel: 'Geteiltes Modell',
  saveToWorkspace: 'In meinem Arbeitsbereich speichern',
  storeRefused: 'Der Browser hat das Speichern der Antworten verweigert.',
  saving: 'Wird gespeichert…',
  notSaved:
    'Nicht gespeichert: {error} Die Antworten sind weiterhin in diesem Link enthalten; Sie können sie auch unter „Dieses Ergebnis aufbewahren und teilen“ herunterladen.',
  // Versions and sign-off (RecordLine)
  openAssessment: 'Bewertung „{name}“ öffnen',
  keepingVersion: 'Dieses Ergebnis wird als Version der Bewertung gespeichert…',
  versionN: 'Version {seq}',
  recordedVersion:
    '{version}, gespeichert am {date}. Sie bewahrt diese Antworten und dieses Ergebnis unverändert; eine Änderung der Antworten wird als neue Version gespeichert.',
  recordedSignedVersion:
    '{version}, gespeichert am {date} und freigegeben. Sie bewahrt diese Antworten und dieses Ergebnis unverändert; eine Änderung der Antworten wird als neue Version gespeichert.',
  whatIf: 'Bewertet zu einem anderen Tag als heute: Diese Ansicht wird nicht als Version gespeichert.',
  whatIfLatest:
    'Bewertet zu einem anderen Tag als heute: Diese Ansicht wird nicht als Version gespeichert (die neueste ist Version {seq}).',
  versionFailed:
    'Dieses Ergebnis konnte nicht als Version gespeichert werden: {message} Der Bericht unten wird weiterhin aus den gespeicherten Antworten erstellt; laden Sie ihn unter „Dieses Ergebnis aufbewahren und teilen“ herunter, um eine Kopie zu behalten.',
  forVersions: '{link}: Versionen, Freigabe und Aufgaben.',
  versionHeader:
    '{version} von „{name}“, gespeichert am {recorded} (damals bewertet zum {asOf}, Regelversion {rules}). Eine gespeicherte Version ändert sich nie.',
  forOtherVersions: '{link}: weitere Versionen, Freigabe und Aufgaben.',
  signedOff: 'Freigegeben',
  signedBy: 'Freigegeben von {name} am {date}{end}',
  signedByRole: 'Freigegeben von {name}, {role}, am {date}{end}',
  signedNote: ': {note}',
  signedEnd: '.',
  locksHash:
    'Die Freigabe sperrt die Antworten mit dem Hashwert {hash}: Diese Version kann sich nicht mehr ändern.',
  notCryptographic:
    'Dies ist ein in diesem Browser gespeicherter Prüfvermerk, keine kryptografische Signatur.',
  versionRulesChangedTitle: 'Die Regeln haben sich geändert, seit diese Version gespeichert wurde.',
  versionRulesChangedText:
    'Sie wurde unter der Regelversion {recordedVersion} gespeichert; dieser Bericht wendet die aktuellen Regeln (Version {currentVersion}) auf ihre Antworten an und kann daher vom damals gespeicherten Ergebnis abweichen. {link}.',
  compareVersion: 'Diese Version mit der Bewertung nach den aktuellen Regeln vergleichen',
  // Workspace report states
  openingAssessment: 'Die Bewertung wird geöffnet…',
  workspaceUnavailable: 'Der Arbeitsbereich kann nicht geöffnet werden',
  versionMissing: 'Diese Version ist nicht im Arbeitsbereich dieses Browsers',
  assessmentMissing: 'Diese Bewertung ist nicht im Arbeitsbereich dieses Browsers',
  missingText:
    'Sie wurde möglicherweise gelöscht oder in einem anderen Browser gespeichert: Bewertungen werden nur in dem Browser aufbewahrt, in dem sie erstellt wurden. Ein geteilter Link oder eine exportierte Datei überträgt sie an einen anderen Ort.',
  openWorkspace: 'Ihren Arbeitsbereich öffnen',
  noReportYetFor: 'Noch kein Bericht für „{name}“',
  screensNeedAnswer: 'Diese Bildschirme benötigen noch eine Antwort, bevor der Bericht erstellt werden kann:',
  continueQuestions: 'Weiter mit den Fragen',
  checkYourAnswers: 'Antworten prüfen',
  sourceVersion: 'Version {seq} von „{name}“, gespeichert am {date}, im Arbeitsbereich dieses Browsers',
  sourceDraft: 'Der Entwurf von „{name}“ im Arbeitsbereich dieses Browsers',
  // Bare #/report
  lookingForAnswers: 'Ihre Antworten werden gesucht…',
  noAnswersTitle: 'Noch keine Antworten für einen Bericht',
  noAnswersText:
    'Der Bericht wird aus den Antworten einer Bewertung erstellt, und der Arbeitsbereich dieses Browsers enthält noch keine.',
  workspaceUnreadable:
    'Der Arbeitsbereich in diesem Browser konnte nicht gelesen werden, daher kann dieser Bericht nicht angezeigt werden. Ihre Datensätze bleiben unverändert.',
};
