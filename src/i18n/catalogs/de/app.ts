import type { Messages } from '../../message-id';
import type { app as en } from '../en/app';

export const app: Messages<typeof en> = {
  // Startseite
  startIntro:
    'Finden Sie anhand einfacher Fakten über Ihr KI-Modell heraus, ob es ein KI-Modell mit allgemeinem Verwendungszweck im Sinne der KI-Verordnung der EU ist, ob Sie sein Anbieter sind, welche Pflichten gelten und bis wann.',
  startRemoved: 'Ihre Antworten wurden aus diesem Browser entfernt.',
  startUnusable: 'Gespeicherte Antworten konnten nicht verwendet werden',
  startMigrationFailed:
    'Die früher in diesem Browser gespeicherten Antworten konnten nicht in den Arbeitsbereich übernommen werden: {reason} Sie bleiben, wo sie sind.',
  startUnreadableNotUsed:
    'Beginnen Sie eine neue Bewertung; die unlesbaren Antworten werden nicht verwendet.',
  startRemoveUnreadable: 'Unlesbare Antworten entfernen',
  startOpeningLegacy: 'Die in diesem Browser gespeicherten Antworten werden geöffnet…',
  startWorkspaceHeading: 'Ihr Arbeitsbereich',
  startWorkspaceCount:
    '{n, plural, one {# Bewertung} other {# Bewertungen}}, nur in diesem Browser gespeichert.',
  startLastChanged: 'Zuletzt geändert: „{name}“.',
  startResume: 'Fortsetzen',
  startResumeNamed: '„{name}“ fortsetzen',
  startOpenWorkspace: 'Arbeitsbereich öffnen ({n, plural, one {# Bewertung} other {# Bewertungen}})',
  startNewAssessment: 'Neue Bewertung beginnen',
  startNewAssessmentHint:
    'Eine neue Bewertung kommt zum Arbeitsbereich hinzu; die übrigen bleiben unverändert.',
  startNow: 'Jetzt beginnen',
  startImportHeading: 'Oder eine gespeicherte Antwortdatei öffnen',
  startNeedHeading: 'Was Sie brauchen',
  startNeedIntro:
    'Fakten, keine rechtlichen Schlussfolgerungen. „Weiß ich nicht“ ist immer eine Antwort: Das Ergebnis nennt dann, wen Sie was fragen sollten.',
  startFactRole:
    'Ihre Beziehung zum Modell: Sie haben es trainiert, trainieren lassen, verändern das Modell eines anderen, bauen nur darauf auf oder hosten Modelle.',
  startFactModalities:
    'Was es erzeugen kann (Text, Sprache, Bilder, Video, anderes) und ob es viele Aufgaben oder eine eng umgrenzte Aufgabe erfüllt.',
  startFactCompute:
    'Seine Trainingsrechenleistung in FLOP – oder Hardware, Dauer und Auslastung oder die Zahl der Parameter und Token, um sie zu schätzen.',
  startFactAvailability:
    'Wie, wo und wann es bereitgestellt wird (oder werden soll): API, Download, App, Cloud, interne Nutzung; in der EU oder nicht.',
  startFactModification:
    'Wenn Sie ein Modell verändern: die Rechenleistung des ursprünglichen Modells und die Ihrer Veränderung.',
  startFactOpenSource:
    'Wenn Sie es offen veröffentlichen: die Lizenzbedingungen, was öffentlich ist und ob und wie es monetarisiert wird.',
  startFactCommission:
    'Jede Mitteilung an die Europäische Kommission, Ausweisung durch sie oder Anfechtung ihr gegenüber und ob Sie den Praxisleitfaden unterzeichnet haben.',
  startTimeHeading: 'Wie lange es dauert',
  startTimeText:
    'Etwa 5 bis 10 Minuten. Sie sehen nur die Fragen, die Ihr Ergebnis ändern können. Sie können jederzeit unterbrechen und später in diesem Browser fortsetzen.',
  startPrivacyHeading: 'Ihre Privatsphäre',
  startPrivacyText:
    'Nichts, was Sie eingeben, verlässt diesen Browser. Es gibt keinen Server, kein Konto, keine Analyse und keine Cookies. Ihre Bewertungen werden im Speicher dieses Browsers aufbewahrt, damit Sie fortsetzen können, bis Sie sie in Ihrem Arbeitsbereich löschen.',
  startAdviceHeading: 'Keine Rechtsberatung',
  startAdviceText:
    'Das Ergebnis ist ein strukturierter, mit Fundstellen belegter Ausgangspunkt für Ihre eigene Prüfung, keine Rechtsberatung. Die Leitlinien der Kommission sind nicht verbindlich; verbindlich ausgelegt wird die KI-Verordnung nur vom Gerichtshof der EU.',
  // Exportbereich: Link teilen
  exportsLinkCopiedWithName: 'Link kopiert. Er enthält Ihre Antworten und den Modellnamen.',
  exportsLinkCopiedWithoutName: 'Link kopiert. Er enthält Ihre Antworten, aber nicht den Modellnamen.',
  exportsCopyRefused:
    'Dieser Browser hat das Kopieren nicht erlaubt. Der Link ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
  exportsShareHeading: 'Link teilen',
  exportsShareIntro:
    'Der Link enthält Ihre Antworten, nicht das Ergebnis, hinter dem „#“ – dem Teil, den Browser nie an einen Server senden. Wer ihn öffnet, sieht diesen Bericht in seinem Browser neu berechnet.',
  exportsIncludeName: 'Modellnamen in den Link aufnehmen',
  exportsIncludeNameHint:
    'Standardmäßig aus: Der Name kann vertraulich sein. Auch ohne ihn sieht der Empfänger dieselben Ergebnisse.',
  exportsNoModelName: 'Es wurde kein Modellname angegeben.',
  exportsLinkLabel: 'Link zu diesem Bericht',
  exportsCopyLink: 'Link kopieren',
  // Exportbereich: Downloads
  exportsDownloadHeading: 'Herunterladen',
  exportsPdfPreparing: 'PDF wird erstellt…',
  exportsPdfButton: 'PDF-Zusammenfassung herunterladen',
  exportsPdfSaved: 'PDF-Zusammenfassung gespeichert als {fileName}.',
  exportsPdfFailed: 'Das PDF konnte nicht erstellt werden: {reason} Bitte versuchen Sie es erneut.',
  exportsPdfHintSigned:
    'Alles aus diesem Bericht, alle Ihre Antworten, der Link und die Freigabe durch {name}, für Ihre Unterlagen.',
  exportsPdfHint:
    'Alles aus diesem Bericht, alle Ihre Antworten, der Link und ein Freigabefeld, für Ihre Unterlagen.',
  exportsDocxPreparing: 'Word-Dokument wird erstellt…',
  exportsDocxButton: 'Word-Dokument herunterladen (.docx)',
  exportsDocxSaved: 'Word-Dokument gespeichert als {fileName}.',
  exportsDocxFailed:
    'Das Word-Dokument konnte nicht erstellt werden: {reason} Bitte versuchen Sie es erneut.',
  exportsDocxHint:
    'Dasselbe Memo wie das PDF, bearbeitbar: Überschriften, Tabellen, verlinkte Quellen und Ihre Antworten.',
  exportsCalendarButton: 'Kalender herunterladen (.ics)',
  exportsCalendarHint: 'Jede Frist als ganztägiger Termin (mit dem Modellnamen, ohne Ihre Antworten).',
  exportsCalendarSaved:
    'Kalender gespeichert als {fileName}. Öffnen Sie ihn mit Ihrer Kalender-App, um die Fristen einzutragen.',
  exportsJsonButton: 'Antworten exportieren (JSON)',
  exportsJsonHint:
    'Eine Datei mit Ihren Antworten zum Aufbewahren, zum späteren Import oder für die Kommandozeile.',
  exportsJsonSaved:
    'Antworten gespeichert als {fileName}{carried, select, signoff {, mit der Freigabe} sources {, mit den Quellen der Antworten} both {, mit der Freigabe und den Quellen der Antworten} other {}}. Importieren Sie die Datei später hier, um diesen Bericht wieder zu sehen.',
  // Antwortdatei importieren
  importHeading: 'Antworten importieren',
  importFileLabel: 'Antwortdatei (JSON)',
  importFileHint:
    'Eine mit „Antworten exportieren“ erstellte Datei. Sie öffnet sich als Bericht; von dort speichern Sie sie in Ihrem Arbeitsbereich.',
  importUnreadable: 'Die Datei konnte nicht gelesen werden: {reason}',
  importDone:
    'Antworten aus {fileName} importiert{fromVersion, select, none {} other { (umgewandelt aus Version {fromVersion} des Antwortschemas: was sich geändert hat, steht über dem Bericht)}}. Der Bericht unten ist daraus berechnet.',
  // Gemeinsame Wörter: Fundstellen, externe Links
  sources: 'Quellen',
  citationsLabel: '{label}: ',
  opensInNewTab: '(öffnet in einem neuen Tab)',
  // Methodik
  methodologyDocumentTitle: 'Methodik — GPAI Navigator',
  methodologyHeading: 'Methodik',
  methodologyIntro:
    'Wie GPAI Navigator aus Fakten über ein Modell ein belegtes Ergebnis macht, welche Quellen er nutzt und wo seine Grenzen liegen.',
  methodologyNotAdvice:
    'Keine Rechtsberatung. Das Werkzeug wendet veröffentlichte Regeln auf Ihre Antworten an; es ersetzt nicht das Urteil einer Anwältin oder eines Anwalts.',
  methodologyVersionHeading: 'Regelversion und Änderungsprotokoll',
  methodologyRulesVersion: 'Regelversion',
  methodologySourcesAsOf: 'Rechtsquellen mit Stand',
  methodologyVersionText:
    'Jeder Bericht nennt die Regelversion, mit der er berechnet wurde. Die Version ändert sich immer, wenn eine Änderung ein Ergebnis für dieselben Antworten und dasselbe Datum ändern könnte; so lässt sich jeder Bericht reproduzieren.',
  methodologyChangelog: 'Änderungsprotokoll',
  methodologySourcesHeading: 'Rechtsquellen',
  methodologySourcesText:
    'Die Regeln wurden aus diesen Texten gelesen. Die Umschreibungen sind unsere eigenen; jeder Link führt zu der Seite, auf der der Text veröffentlicht ist.',
  methodologySourceDated: '{reference} · vom {date}',
  methodologyProcedureHeading: 'Wie das Ergebnis ermittelt wird',
  methodologyProcedureText:
    'Sie beantworten Tatsachenfragen; das Werkzeug leitet die rechtlichen Schlussfolgerungen ab. Jede Schlussfolgerung in einem Bericht nennt ihre Regel (R1–R94, E1–E30 der Regelreferenz) und verlinkt den Artikel oder den Abschnitt der Leitlinien. Jede Regelnummer verlinkt auf die Seite {rulesLink}, die jede Regel mit ihren Quellen und der Revision nennt, die sie zuletzt geändert hat.',
  methodologyRulesLink: 'Die Regeln',
  methodologyStepScope: 'Anwendungsbereich.',
  methodologyStepScopeText:
    'Ein Modell, das vor dem Inverkehrbringen nur für die Forschung genutzt wird, ist noch nicht erfasst; ein Modell, das nur für die wissenschaftliche Forschung in Betrieb genommen wird, fällt nicht unter die Verordnung (R2, R3).',
  methodologyStepGpai: 'KI-Modell mit allgemeinem Verwendungszweck?',
  methodologyStepGpaiText:
    'Mehr als {gpaiThresholdSup} Trainingsrechenleistung und die Erzeugung von Text, Sprache, Bild oder Video deuten auf ein KI-Modell mit allgemeinem Verwendungszweck hin; das Spektrum der Aufgaben kann dies in beide Richtungen umkehren (R7–R11).',
  methodologyStepProvider: 'Anbieter?',
  methodologyStepProviderText:
    'Wer das Modell entwickelt (oder entwickeln lässt) und es als Erster in der EU bereitstellt, über welchen Kanal auch immer, ist Anbieter; wer ein Modell nachgelagert verändert, wird es nur, wenn die Veränderung mehr als ein Drittel der ursprünglichen Rechenleistung nutzt (R14–R30).',
  methodologyStepSystemicRisk: 'Systemisches Risiko.',
  methodologyStepSystemicRiskText:
    'Vermutet ab mehr als {systemicRiskThresholdSup} kumulierter Rechenleistung oder bei Ausweisung durch die Kommission; eine angenommene Anfechtung beendet es (R31–R39).',
  methodologyStepOpenSource: 'Open-Source-Ausnahme.',
  methodologyStepOpenSourceText:
    'Bei einer freien und quelloffenen Lizenz mit öffentlichen Gewichten und ohne Monetarisierung entfallen Art. 53 Abs. 1 Buchst. a, Art. 53 Abs. 1 Buchst. b und Art. 54 – nie die Urheberrechtsstrategie oder die Zusammenfassung der Trainingsinhalte und nie für ein Modell mit systemischem Risiko (R48–R55).',
  methodologyStepObligations: 'Pflichten und Fristen.',
  methodologyStepObligationsText:
    'Die Pflichten gelten ab dem Inverkehrbringen oder, für vor dem {chapterVApplies} in Verkehr gebrachte Modelle, bis zum {legacyComplianceDeadline}; die Pflichten bei systemischem Risiko gelten spätestens ab dem Inverkehrbringen, und der Bericht empfiehlt, sich ab dem Tag vorzubereiten, an dem der Schwellenwert erreicht wurde (E28). Die Mitteilung an die Kommission ist zwei Wochen nach Erreichen oder Bekanntwerden des Schwellenwerts fällig, auch vor dem Inverkehrbringen (R88); ist dieses Datum unbekannt, spätestens zwei Wochen nach dem ersten Inverkehrbringen (R89). Ab dem {finesApply} kann die Kommission Informationen anfordern, Modelle bewerten, Maßnahmen anordnen und Geldbußen verhängen (R56–R74, R94).',
  methodologyStepSystems: 'KI-Systeme.',
  methodologyStepSystemsText:
    'Wer ein KI-System auf einem KI-Modell mit allgemeinem Verwendungszweck aufbaut oder betreibt, hat auch Pflichten als Anbieter oder Betreiber dieses Systems. Der Bericht nennt sie, gekennzeichnet als „nicht geprüft“, und prüft sie nicht (R93).',
  methodologyComputeHeading: 'Wie die Trainingsrechenleistung geschätzt wird',
  methodologyComputeIntro:
    'Rechenleistung wird in Gleitkommaoperationen (FLOP) gezählt. Alle Operationen zählen gleich, unabhängig von ihrer Genauigkeit (R46). Zwei Werte sind maßgeblich (R42):',
  methodologyUpdateCompute: 'Rechenleistung für Parameteraktualisierungen',
  methodologyUpdateComputeText:
    '– die Rechenleistung, die die Gewichte des Modells unmittelbar aktualisiert hat. Sie entscheidet über die Prüfung von {gpaiThresholdSup} und die Drittel-Prüfung für Veränderungen (R7, R12, R24).',
  methodologyCumulativeCompute: 'Kumulierte Rechenleistung',
  methodologyCumulativeComputeText:
    '– alles, was zu den Fähigkeiten des Modells beigetragen hat: Parameteraktualisierungen sowie die Erzeugung nicht öffentlicher synthetischer Daten und die Rechenleistung hinter Gewichten, die eingemischt oder zur Initialisierung verwendet wurden. Sie entscheidet über die Prüfung des systemischen Risikos bei {systemicRiskThresholdSup}. Öffentliche synthetische Daten, Evaluierungen, fehlgeschlagene Experimente, Lehrer- und Belohnungsmodelle bleiben außer Betracht (R33).',
  methodologyEstimateMethods:
    'Ohne gemessenen Wert wird jede der beiden Methoden der Leitlinien akzeptiert (R44, R45):',
  methodologyFromHardware: 'Aus der Hardware:',
  methodologyFromHardwareText:
    '– Zahl der Beschleuniger × genutzte Sekunden × Spitzen-FLOP pro Sekunde × durchschnittliche Auslastung.',
  methodologyFromArchitecture: 'Aus der Architektur:',
  methodologyFromArchitectureText:
    '– sechsmal die Zahl der Parameter mal die Zahl der Trainingstoken, für große dichte Transformer. Zum Beispiel ergeben 3,8 Milliarden Parameter, trainiert mit 3,3 Billionen Token, etwa {example} (R47).',
  methodologyEstimateMargin:
    'Eine Schätzung ist akzeptabel, wenn sie nach Ihrer besten Einschätzung innerhalb einer Fehlermarge von {estimateTolerance} liegt (R43). Jede Schwellenwertprüfung heißt streng „mehr als“: Genau {gpaiThresholdSup} oder genau {systemicRiskThresholdSup} erfüllt sie nicht (E2). Liegt eine Schätzung innerhalb von ±{estimateTolerance} eines Schwellenwerts, warnt der Bericht, damit Sie den Wert weiter beobachten. Kann jemand, der ein Modell verändert, die Rechenleistung des ursprünglichen Modells nicht kennen, verwendet die Drittel-Prüfung {systemicRiskThird} für ein ursprüngliches Modell mit systemischem Risiko und sonst {gpaiThird} (R25).',
  methodologyLimitsHeading: 'Grenzen',
  methodologyLimitGuidelines:
    'Die Leitlinien der Kommission sind {notBinding}. Sie zeigen, wie die Kommission die Verordnung anwenden wird, aber verbindlich ausgelegt wird die KI-Verordnung nur vom {court} (Leitlinien Rn. 9).',
  methodologyNotBinding: 'nicht verbindlich',
  methodologyCourt: 'Gerichtshof der Europäischen Union',
  methodologyLimitAmbiguous:
    'Wo das Recht unklar ist, gibt der Bericht die am besten vertretbare Lesart an, sagt, welche er gewählt hat, und kennzeichnet sie als „Mehrdeutig“. Eine Prüferin oder ein Prüfer kann vertretbar die andere Lesart wählen.',
  methodologyLimitSystems:
    'Das Werkzeug erfasst KI-{models} mit allgemeinem Verwendungszweck (Kapitel V). Pflichten für KI-{systems} – Transparenz nach Art. 50, Hochrisikovorschriften, verbotene Praktiken – werden nicht geprüft: Ein Bericht nennt diejenigen, die für Sie gelten können, gekennzeichnet als „nicht geprüft“ (R93).',
  methodologyModels: 'Modelle',
  methodologySystems: 'Systeme',
  methodologyLimitAuthentic:
    'Verbindlich ist nur der im Amtsblatt veröffentlichte Text. Die KI-Verordnung wurde in einer konsolidierten Fassung einschließlich der Verordnung (EU) 2026/1744 gelesen.',
  methodologyLimitUnknown:
    'Antworten, die Sie mit „Weiß ich nicht“ markieren, werden durch genannte Annahmen ersetzt; prüfen Sie diese, bevor Sie sich auf ein Ergebnis stützen.',
  methodologyUnverifiedHeading: 'Nicht anhand eines Primärtexts geprüft',
  methodologyUnverifiedIntro: 'Diese Punkte beruhen nur auf Sekundärquellen:',
  methodologyUnverifiedAdoptedGuidelines:
    'Ob die förmlich angenommenen Leitlinien, C(2025) 7719 final vom 19. November 2025, im Wortlaut von dem gelesenen Text vom Juli 2025 abweichen.',
  methodologyUnverifiedParagraphs: 'Genaue Randnummern der Leitlinien außer den zitierten.',
  methodologyUnverifiedTemplate:
    'Einzelheiten der Vorlage für die Trainingsinhalte (die Regel der obersten 10 % / 5 % / 1 000 Domänen, der Aktualisierungsrhythmus) und ihre förmliche Mitteilung C(2025) 8311.',
  methodologyUnverifiedArt56:
    'Der genaue Wortlaut von Art. 56 Abs. 6 in der Fassung der Verordnung (EU) 2026/1744 und das Geltungsdatum des geänderten Art. 75.',
  methodologyUnverifiedImplementing:
    'Der Inhalt der Durchführungsverordnung (EU) 2026/1755 und die ersten Auskunftsersuchen nach Art. 91, über die im September 2026 berichtet wurde.',
  methodologyUnverifiedDelegatedAct:
    'Dass kein delegierter Rechtsakt den Schwellenwert von {systemicRiskPowerSup} FLOP oder Anhang XIII nach dem 27. Juli 2026 geändert hat.',
  methodologyUnverifiedSignatories: 'Die Liste der Unterzeichner des Praxisleitfadens.',
  methodologyUnverifiedBlueGuide:
    'Der Wortlaut des Blue Guide zur „Geschäftstätigkeit“, der für private Hobbyanwender herangezogen wird.',
  // Methodik: Zahlen und Daten des Rechts
  lawHeading: 'Die Zahlen und Daten des Rechts',
  lawIntro:
    'Jeder Schwellenwert, jede Frist und jedes Geltungsdatum, das die Bewertung verwendet, mit dem Datum, ab dem es gilt, seiner Fundstelle und der Regel, die es anwendet. Die Engine liest sie nur aus dieser Tabelle.',
  lawCaption: 'Datierte Parameter des Rechts',
  lawParameter: 'Parameter',
  lawValue: 'Wert (gilt ab)',
  lawSource: 'Quelle',
  lawRule: 'Regel',
  lawWeeks: '{n, plural, one {# Woche} other {# Wochen}}',
  lawMonths: '{n, plural, one {# Monat} other {# Monate}}',
  lawFrom: '(ab {date})',
  // Methodik: Fristen und Feiertage
  periodsHeading: 'Fristen und Feiertage',
  periodsCounting:
    'Fristen, die über einen Zeitraum laufen – die zwei Wochen für die Mitteilung an die Kommission (Art. 52 Abs. 1), die sechs Monate nach Art. 52 Abs. 5, die zwei Wochen der Leitlinien nach dem {chapterVApplies} –, werden nach der Verordnung (EWG, Euratom) Nr. 1182/71 berechnet. Der Tag des Ereignisses wird nicht mitgerechnet; eine Frist nach Wochen endet am selben Wochentag, eine Frist nach Monaten am selben Datum. Fällt der letzte Tag auf einen Samstag, einen Sonntag oder einen Feiertag, endet die Frist mit Ablauf des nächsten Arbeitstags; der Bericht zeigt den gesetzlichen letzten Tag und sagt, dass und warum er sich verschoben hat (R87). Beispiel: Zwei Wochen nach Samstag, dem {chapterVApplies}, endeten am Samstag, dem 16. August 2025; die Frist lief daher bis Montag, den 18. August 2025.',
  periodsFixedDates:
    'Feste Geltungsdaten verschieben sich nie: Die Durchsetzungsbefugnisse der Kommission gelten ab dem {finesApply}, obwohl dieser Tag ein Sonntag ist.',
  periodsHolidays:
    'Maßgeblich sind die Feiertage der Kommission, bei der eine Mitteilung eingeht. Angewandt werden sie nur aus den Beschlüssen der Kommission, die dieses Werkzeug mitliefert und zitiert',
  periodsHolidayDecision: ': {decision}, {oj} (öffnet in einem neuen Tab)',
  periodsOtherYears:
    '. Für andere Jahre weist der Bericht darauf hin, dass ein Feiertag der Kommission am letzten Tag die Frist bis zum nächsten Arbeitstag verlängern würde.',
  // Methodik: durchgerechnete Beispiele
  examplesHeading: 'Durchgerechnete Beispiele',
  examplesIntro:
    'Diese {n} Beispiele sind die eigenen Testszenarien der Engine, geschrieben nach der Regelreferenz. Die Ergebnisse unten berechnet dieselbe Engine live, die auch Ihren Bericht erstellt, jeweils zum angegebenen Datum.',
  examplesCaption: 'Durchgerechnete Beispiele und die Ergebnisse der Engine',
  examplesExample: 'Beispiel',
  examplesGpai: 'GPAI-Modell?',
  examplesProvider: 'Anbieter?',
  examplesSystemicRisk: 'Systemisches Risiko',
  examplesOpenSource: 'Open-Source-Ausnahme',
  examplesObligations: 'Geltende Pflichten',
  examplesAsOf: 'Stand {date}',
  examplesRoleProvider: 'Ja',
  examplesRoleModification: 'Ja, für die Veränderung',
  examplesRoleIntegrator: 'Ja, als Integrator, der es in die EU bringt',
  examplesRoleDownstream: 'Nein (nachgelagerter Anbieter)',
  examplesRoleHost: 'Nein (Hoster)',
  examplesRoleContractor: 'Nein (Auftragnehmer des Anbieters)',
  examplesRoleNotPlaced: 'Nein (nicht in Verkehr gebracht)',
  examplesRoleOutOfScope: 'Nein (nicht erfasst)',
  examplesRiskPresumed: 'Vermutet',
  examplesRiskDesignated: 'Ausgewiesen',
  examplesRiskNone: 'Keines',
  examplesExempted: 'Ausgenommen:',
  examplesSystemDuties: 'Pflichten für KI-Systeme: nicht geprüft',
  examplesNotEvaluated: 'Konnte nicht ausgewertet werden.',
  // Regelseite
  rulesDocumentTitle: 'Die Regeln — GPAI Navigator',
  rulesHeading: 'Die Regeln',
  rulesIntro:
    'Jede Regel (R1–R94) und jeder Grenzfall (E1–E30), aus denen das Ergebnis ermittelt wird, so wie die Regelreferenz sie formuliert, mit den Quellen, die sie zitiert.',
  rulesRevision:
    'Regelreferenz, Revision 2 ({date}), angewandt mit Regelversion {version}. Jeder Eintrag sagt, welche Revision ihn zuletzt geändert hat. Regelnummern in einem Bericht und auf der Methodikseite verlinken hierher. Links zur KI-Verordnung öffnen EUR-Lex beim Artikel (der konsolidierte Text hat keine Anker für Absätze); Links zu den Leitlinien und zum Praxisleitfaden öffnen die Seite der Kommission, auf der der zitierte Abschnitt zu finden ist.',
  rulesContents: 'Inhalt',
  rulesAddedIn2: 'Hinzugefügt in Revision 2',
  rulesChangedIn2: 'Zuletzt geändert in Revision 2',
  rulesUnchangedSince1: 'Unverändert seit Revision 1',
  rulesAsCited: 'So wie die Referenz zitiert: ',
  rulesNoSource: 'Die Referenz nennt hier keine eigene Quelle; die genannten Regeln haben ihre eigenen.',
  // Arbeitsbereich: Fehler
  workspaceErrorAsGiven: '{message}',
  workspaceUnavailable:
    'Dieser Browser erlaubt der Seite keinen Arbeitsbereich (der Speicher ist deaktiviert oder dies ist ein privates Fenster), daher ließ sich Folgendes weder speichern noch lesen: {what}. Um Ihre Arbeit zu behalten, exportieren Sie den Arbeitsbereich als Datei (Arbeitsbereich → Exportieren) oder laden Sie die Antworten auf der aktuellen Seite herunter.',
  workspaceQuota:
    'Ihr Browser hat keinen Platz mehr für den Arbeitsbereich, daher ließ sich Folgendes nicht speichern: {what}. Um Ihre Arbeit zu behalten, exportieren Sie den Arbeitsbereich als Datei (Arbeitsbereich → Exportieren) oder laden Sie die Antworten auf der aktuellen Seite herunter. Schaffen Sie dann Platz: Löschen Sie nicht mehr benötigte Bewertungen oder die Daten anderer Websites.',
  workspaceConflict:
    'Jemand hat dies in einem anderen Tab geändert, seit Sie es geöffnet haben, daher ließ sich Folgendes nicht speichern: {what}. Wählen Sie: Ihre Fassung behalten oder die andere übernehmen.',
  workspaceNotFound:
    'Es ist im Arbeitsbereich dieses Browsers nicht mehr vorhanden (vielleicht wurde es in einem anderen Tab gelöscht), daher ließ sich Folgendes nicht speichern: {what}.',
  workspaceLocked:
    'Diese Version ist freigegeben und gesperrt; sie kann sich nicht ändern, daher ließ sich Folgendes nicht speichern: {what}. Bearbeiten Sie den Entwurf, um eine neue Version zu beginnen.',
  workspaceWriteFailed:
    'Der Browser hat das Speichern verweigert: {what}. Es wurde nichts geändert. Versuchen Sie es erneut; schlägt es weiter fehl, exportieren Sie den Arbeitsbereich als Datei (Arbeitsbereich → Exportieren) oder laden Sie die Antworten auf der aktuellen Seite herunter, um Ihre Arbeit zu behalten.',
  workspaceNewerVersion:
    'Eine neuere Version von GPAI Navigator hat den Arbeitsbereich dieses Browsers aktualisiert, daher ließ sich Folgendes hier weder speichern noch lesen: {what}. Laden Sie die Seite neu, um die neuere Version zu verwenden.',
  workspaceImportRewritesVersion:
    'Die Datei würde Version {seq} einer Bewertung ändern, die bereits in diesem Arbeitsbereich ist (einmal erfasste Versionen ändern sich nie), daher wurde nichts importiert. Löschen Sie zuerst diese Bewertung, wenn die Datei sie ersetzen soll.',
  // Arbeitsbereich: was nicht gespeichert wurde
  whatIt: 'der Arbeitsbereich',
  whatWorkspace: 'der Arbeitsbereich',
  whatAssessment: 'die Bewertung',
  whatNewAssessment: 'die neue Bewertung',
  whatYourChanges: 'Ihre Änderungen',
  whatChangesTo: 'Ihre Änderungen an „{name}“',
  whatCopy: 'die Kopie',
  whatDeletion: 'das Löschen',
  whatNamed: '„{name}“',
  whatVersions: 'die Versionen',
  whatVersion: 'die Version',
  whatNewVersion: 'die neue Version',
  whatSignoff: 'die Freigabe',
  whatTasks: 'die Aufgaben',
  whatTask: 'die Aufgabe',
  whatImport: 'der Import',
  whatLegacyDraft: 'die früher in diesem Browser gespeicherten Antworten',
  whatClearing: 'das Leeren des Arbeitsbereichs',
  // Gespeicherte Antworten früherer Versionen
  draftDamaged:
    'Die in diesem Browser gespeicherten Antworten sind beschädigt und nicht lesbar; sie wurden daher nicht verwendet.',
  draftOtherVersion:
    'Die in diesem Browser gespeicherten Antworten stammen aus einer anderen Version dieses Werkzeugs; sie wurden daher nicht verwendet.',
  draftPeekDamaged: 'Die gespeicherten Antworten sind beschädigt und nicht lesbar.',
  draftPeekOtherVersion:
    'Die gespeicherten Antworten stammen aus einer anderen Version dieses Werkzeugs und können nicht verwendet werden.',
  // Vom Leser eingegebene Daten
  dateExactDay:
    'Geben Sie den genauen Tag im {month} an: {n, plural, one {Das Datum {dates} der KI-Verordnung fällt} other {Die Daten {dates} der KI-Verordnung fallen}} in diesen Monat, daher entscheidet der Tag, welche Regeln gelten.',
  dateNotInCalendar: 'Dieses Datum gibt es im Kalender nicht. Prüfen Sie Tag und Monat.',
  dateFormat:
    'Schreiben Sie das Datum wie {words}, {slashes} oder {iso} (Tag vor Monat) – oder nur den Monat, wie {month}.',
  dayFormat: 'Schreiben Sie das Datum wie {words}, {slashes} oder {iso} (Tag vor Monat).',
  // Arbeitsbereichsdateien
  fileTooLarge:
    'Diese Datei ist größer als {mb} MB und damit zu groß für einen Arbeitsbereich von GPAI Navigator.',
  fileEmpty: 'Die Datei ist leer.',
  fileNotJson: 'Diese Datei ist kein gültiges JSON und kann daher nicht als Arbeitsbereich gelesen werden.',
  fileTooDeep: 'Das JSON ist zu tief verschachtelt für eine Arbeitsbereichsdatei.',
  fileDuplicateKey:
    'Diese Datei enthält dasselbe Feld zweimal; es ist daher unklar, welcher Wert gemeint ist.',
  fileInvalidValues:
    'Die Datei konnte nicht importiert werden: {n, plural, one {ein Wert ist ungültig} other {# Werte sind ungültig}}. Es wurde nichts geändert.',
  fileInconsistent:
    'Die Datensätze der Datei passen nicht zusammen; sie wurde daher nicht importiert. Es wurde nichts geändert.',
  fileIsAnswersFile:
    'Dies ist eine Antwortdatei eines einzelnen Modells, keine Arbeitsbereichsdatei. Öffnen Sie sie auf der Startseite mit „Antworten importieren (JSON)“.',
  fileNotWorkspace: 'Dies ist keine Arbeitsbereichsdatei von GPAI Navigator: Es fehlt "format": "{format}".',
  fileNewerVersion:
    'Diese Arbeitsbereichsdatei hat Version {version} und wurde von einer neueren Version von GPAI Navigator geschrieben; diese liest Version {reads}. Öffnen Sie sie in der neueren Version.',
  fileWrongVersion: 'Die "version" dieser Arbeitsbereichsdatei muss {reads} sein; sie ist {given}.',
  fileNoRecords: 'Diese Arbeitsbereichsdatei hat keine Liste von Datensätzen ("records").',
};
