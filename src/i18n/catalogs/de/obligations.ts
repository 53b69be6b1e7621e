import type { Messages } from '../../message-id';
import type { obligations as en } from '../en/obligations';

export const obligations: Messages<typeof en> = {
  // ── Vorzulegende Unterlagen: Anhang XI Abschnitt 1 (Wortlaut nach Anhang XI Nr. 1 und 2) ──
  annexXI1GeneralDescription:
    'Anhang XI Abschnitt 1: allgemeine Beschreibung — Aufgaben, die das Modell erfüllen soll, sowie Art und Wesen der KI-Systeme, in die es integriert werden kann',
  annexXI1AcceptableUse: 'Anhang XI Abschnitt 1: anwendbare Regelungen zur akzeptablen Nutzung',
  annexXI1ReleaseDistribution: 'Anhang XI Abschnitt 1: Datum der Freigabe und Vertriebsmethoden',
  annexXI1Architecture: 'Anhang XI Abschnitt 1: Architektur und Anzahl der Parameter',
  annexXI1Modalities: 'Anhang XI Abschnitt 1: Modalität und Format der Ein- und Ausgaben',
  annexXI1Licence: 'Anhang XI Abschnitt 1: Lizenz',
  annexXI1Integration:
    'Anhang XI Abschnitt 1: technische Mittel für die Integration (Betriebsanleitungen, Infrastruktur, Instrumente)',
  annexXI1Design:
    'Anhang XI Abschnitt 1: Entwurfsspezifikationen des Modells und des Trainingsverfahrens, Trainingsmethoden und -techniken sowie wichtigste Entwurfsentscheidungen',
  annexXI1Data:
    'Anhang XI Abschnitt 1: für Training, Testen und Validierung verwendete Daten — Art, Herkunft, Aufbereitungsmethoden, Erkennung von Verzerrungen',
  annexXI1Compute:
    'Anhang XI Abschnitt 1: für das Training verwendete Rechenressourcen (Gleitkommaoperationen, Trainingszeit)',
  annexXI1Energy: 'Anhang XI Abschnitt 1: bekannter oder geschätzter Energieverbrauch',
  annexXI1Optimise:
    'Anhang XI Abschnitt 1: was mit dem Modell optimiert werden soll und welche Bedeutung den verschiedenen Parametern dabei zukommt',
  annexXI1DataPoints:
    'Anhang XI Abschnitt 1: Zahl der Datenpunkte, ihr Umfang und ihre Hauptmerkmale; wie die Daten erlangt und ausgewählt wurden',
  // Anhang XI Abschnitt 2 (Modelle mit systemischem Risiko)
  annexXI2Evaluation:
    'Anhang XI Abschnitt 2: Bewertungsstrategien und Bewertungsergebnisse, mit Bewertungskriterien, Metriken und Methodik',
  annexXI2Adversarial:
    'Anhang XI Abschnitt 2: Angriffstests (z. B. Red Teaming), Modellanpassungen, einschließlich Alignment und Feinabstimmung',
  annexXI2SystemArchitecture:
    'Anhang XI Abschnitt 2: Systemarchitektur — wie Softwarekomponenten aufeinander aufbauen oder einander zuarbeiten (gegebenenfalls)',
  // Kapitel des Praxisleitfadens
  copTransparency: 'Transparenz (Formular zur Modelldokumentation)',
  copCopyright: 'Urheberrecht',
  copSafetySecurity: 'Sicherheit und Gefahrenabwehr',
  // Art. 53 Abs. 1 Buchst. a
  articleArt53_1_a: 'Art. 53 Abs. 1 Buchst. a',
  titleArt53_1_a:
    'Technische Dokumentation für das Büro für Künstliche Intelligenz und die nationalen Behörden',
  explanationArt53_1_a:
    'Erstellen Sie eine technische Dokumentation des Modells, einschließlich seines Trainings- und Testverfahrens und der Ergebnisse seiner Bewertung, halten Sie sie auf dem neuesten Stand und stellen Sie sie dem Büro für Künstliche Intelligenz oder den zuständigen nationalen Behörden auf Anfrage zur Verfügung.',
  produceArt53_1_aForm:
    'Formular zur Modelldokumentation des Praxisleitfadens (Kapitel Transparenz) als geeignetes Format',
  // Art. 53 Abs. 1 Buchst. b
  articleArt53_1_b: 'Art. 53 Abs. 1 Buchst. b',
  titleArt53_1_b: 'Informationen und Dokumentation für nachgelagerte Anbieter',
  explanationArt53_1_b:
    'Erstellen Sie Informationen und Dokumentation, halten Sie sie auf dem neuesten Stand und stellen Sie sie den Anbietern von KI-Systemen, die das Modell integrieren, zur Verfügung, damit diese seine Fähigkeiten und Grenzen verstehen und ihren eigenen Pflichten nachkommen können; Rechte des geistigen Eigentums und Geschäftsgeheimnisse bleiben dabei geschützt.',
  annexXIIGeneralDescription:
    'Anhang XII: allgemeine Beschreibung — Aufgaben, die das Modell erfüllen soll, Regelungen zur akzeptablen Nutzung, Datum der Freigabe, Vertriebsmethoden',
  annexXIIInteraction:
    'Anhang XII: Interaktion mit Hardware oder Software, die nicht Teil des Modells ist, Versionen einschlägiger Software',
  annexXIIArchitecture:
    'Anhang XII: Architektur, Parameter, Modalität und Format der Ein- und Ausgaben (einschließlich Kontextfenster), Lizenz',
  annexXIIIntegrationData:
    'Anhang XII: technische Mittel für die Integration; Informationen über die Trainingsdaten und ihre Aufbereitung',
  produceArt53_1_bForm:
    'Formular zur Modelldokumentation des Praxisleitfadens (Felder für nachgelagerte Anbieter)',
  // Art. 53 Abs. 1 Buchst. c
  articleArt53_1_c: 'Art. 53 Abs. 1 Buchst. c',
  titleArt53_1_c: 'Strategie zur Einhaltung des Urheberrechts',
  explanationArt53_1_c:
    'Bringen Sie eine Strategie zur Einhaltung des Urheberrechts der Union und damit zusammenhängender Rechte auf den Weg, insbesondere um – auch durch modernste Technologien – Rechtsvorbehalte (Opt-outs) nach Art. 4 Abs. 3 der Richtlinie (EU) 2019/790 zu ermitteln und einzuhalten. Das gilt unabhängig davon, wo das Training stattgefunden hat.',
  produceArt53_1_cPolicy:
    'Eine schriftliche Urheberrechtsstrategie mit Angabe der dafür verantwortlichen Personen',
  produceArt53_1_cOptOuts:
    'Wie Rechtsvorbehalte gegen Text und Data Mining (Art. 4 Abs. 3 DSM-Richtlinie) ermittelt und eingehalten werden, z. B. robots.txt und andere maschinenlesbare Protokolle',
  produceArt53_1_cCrawlers:
    'Wie Crawler konfiguriert sind und wie der rechtmäßige Zugang zu Inhalten sichergestellt wird',
  produceArt53_1_cContact: 'Eine Kontaktstelle und ein Beschwerdeverfahren für Rechteinhaber',
  // Art. 53 Abs. 1 Buchst. d
  articleArt53_1_d: 'Art. 53 Abs. 1 Buchst. d',
  titleArt53_1_d: 'Öffentliche Zusammenfassung der Trainingsinhalte',
  explanationArt53_1_d:
    'Erstellen und veröffentlichen Sie eine hinreichend detaillierte Zusammenfassung der für das Training des Modells verwendeten Inhalte nach der verbindlichen Vorlage des Büros für Künstliche Intelligenz.',
  produceArt53_1_dTemplate1:
    'Vorlage Abschnitt 1: allgemeine Angaben — Anbieter, Modell und Versionen, Modalitäten, Umfang der Trainingsdaten je Modalität',
  produceArt53_1_dTemplate2:
    'Vorlage Abschnitt 2: Datenquellen — öffentliche und lizenzierte Datensätze, wichtigste durch Web-Crawling erfasste Domainnamen, Nutzerdaten, synthetische Daten',
  produceArt53_1_dTemplate3:
    'Vorlage Abschnitt 3: Aspekte der Datenverarbeitung — Beachtung von Rechtsvorbehalten, Entfernung rechtswidriger Inhalte',
  produceArt53_1_dPublication:
    'Veröffentlichung der Zusammenfassung (z. B. auf der Modellseite), auf dem neuesten Stand gehalten',
  // Art. 53 Abs. 3
  articleArt53_3: 'Art. 53 Abs. 3',
  titleArt53_3: 'Zusammenarbeit mit der Kommission und den nationalen Behörden',
  explanationArt53_3:
    'Arbeiten Sie erforderlichenfalls mit der Kommission (Büro für Künstliche Intelligenz) und den zuständigen nationalen Behörden bei der Ausübung ihrer Befugnisse nach der KI-Verordnung zusammen.',
  produceArt53_3Contact:
    'Eine Kontaktstelle und ein internes Verfahren zur Beantwortung von Auskunfts- und Bewertungsersuchen',
  // Art. 54
  articleArt54: 'Art. 54',
  titleArt54: 'Bevollmächtigter in der Union',
  explanationArt54:
    'Ein außerhalb der Union niedergelassener Anbieter muss vor dem Inverkehrbringen des Modells auf dem Unionsmarkt schriftlich einen in der Union niedergelassenen Bevollmächtigten benennen.',
  produceArt54Mandate: 'Ein schriftlicher Auftrag an einen in der EU niedergelassenen Bevollmächtigten',
  produceArt54Keeps:
    'Der Bevollmächtigte bewahrt die Dokumentation nach Anhang XI zehn Jahre nach dem Inverkehrbringen auf und beantwortet Anfragen des Büros für Künstliche Intelligenz',
  produceArt54Verifies:
    'Der Bevollmächtigte überprüft die technische Dokumentation und beendet den Auftrag, wenn der Anbieter gegen seine Pflichten verstößt',
  // Art. 52 Abs. 1
  articleArt52_1: 'Art. 52 Abs. 1',
  titleArt52_1: 'Der Kommission das Erreichen des Schwellenwerts für systemische Risiken mitteilen',
  explanationArt52_1:
    'Teilen Sie dies der Kommission unverzüglich, in jedem Fall jedoch innerhalb von zwei Wochen, nachdem der Schwellenwert von {systemicRiskThreshold} erreicht ist oder bekannt wird, dass er erreicht wird, mit — gegebenenfalls noch vor Abschluss des Trainings. Der Mitteilung können Argumente beigefügt werden, dass das Modell ausnahmsweise keine systemischen Risiken birgt.',
  produceArt52_1Notification:
    'Mitteilung an das Büro für Künstliche Intelligenz mit der Schätzung der Trainingsrechenleistung in FLOP auf zwei signifikante Stellen (z. B. 2,3 × {systemicRiskPower})',
  produceArt52_1Method:
    'Die Schätzmethode und ihre Annahmen (hardwarebasiert oder architekturbasiert, ±{estimateTolerance})',
  produceArt52_1Arguments:
    'Gegebenenfalls Argumente nach Art. 52 Abs. 2, dass das Modell ausnahmsweise keine systemischen Risiken birgt',
  // Art. 55 Abs. 1 Buchst. a bis d
  articleArt55_1_a: 'Art. 55 Abs. 1 Buchst. a',
  titleArt55_1_a: 'Modellbewertung einschließlich Angriffstests',
  explanationArt55_1_a:
    'Bewerten Sie das Modell mit standardisierten Protokollen und Instrumenten nach dem Stand der Technik, einschließlich der Durchführung und Dokumentation von Angriffstests, um systemische Risiken zu ermitteln und zu mindern.',
  produceArt55_1_aEvaluations:
    'Bewertungen mit standardisierten Protokollen und Instrumenten nach dem Stand der Technik, einschließlich dokumentierter Angriffstests',
  produceArt55_1_aReport: 'Modellbericht zu Sicherheit und Gefahrenabwehr (Praxisleitfaden)',
  articleArt55_1_b: 'Art. 55 Abs. 1 Buchst. b',
  titleArt55_1_b: 'Systemische Risiken bewerten und mindern',
  explanationArt55_1_b:
    'Bewerten und mindern Sie mögliche systemische Risiken auf Unionsebene einschließlich ihrer Ursachen, die sich aus der Entwicklung, dem Inverkehrbringen oder der Verwendung des Modells ergeben können.',
  produceArt55_1_bFramework:
    'Ein Rahmen für die Bewertung und Minderung systemischer Risiken (Rahmen für Sicherheit und Gefahrenabwehr nach dem Praxisleitfaden)',
  produceArt55_1_bRecords:
    'Aufzeichnungen über Risikoermittlung, Risikoanalyse, Entscheidungen über die Risikoakzeptanz und Minderungsmaßnahmen',
  articleArt55_1_c: 'Art. 55 Abs. 1 Buchst. c',
  titleArt55_1_c: 'Schwerwiegende Vorfälle verfolgen, dokumentieren und melden',
  explanationArt55_1_c:
    'Verfolgen und dokumentieren Sie schwerwiegende Vorfälle und mögliche Abhilfemaßnahmen und melden Sie sie unverzüglich dem Büro für Künstliche Intelligenz (und gegebenenfalls den zuständigen nationalen Behörden) — einschließlich schwerwiegender Verletzungen der Cybersicherheit wie der Exfiltration von Gewichten.',
  produceArt55_1_cProcess: 'Ein Verfahren zur Verfolgung und Meldung schwerwiegender Vorfälle',
  produceArt55_1_cReports:
    'Meldungen von Vorfällen mit Abhilfemaßnahmen an das Büro für Künstliche Intelligenz',
  articleArt55_1_d: 'Art. 55 Abs. 1 Buchst. d',
  titleArt55_1_d: 'Cybersicherheit',
  explanationArt55_1_d:
    'Gewährleisten Sie ein angemessenes Maß an Cybersicherheit für das Modell und seine physische Infrastruktur.',
  produceArt55_1_dSecurity:
    'Dokumentierte Sicherheitsmaßnahmen für Gewichte, Infrastruktur und Insider-Bedrohungen',

  // ── Stand jeder Pflicht ──
  scopeArt53_1_a: 'Auf die Änderung beschränkt: Dokumentieren Sie, was Sie geändert haben und wie (R28).',
  scopeArt53_1_b:
    'Auf die Änderung beschränkt: Informationen darüber, was sich für nachgelagerte Anbieter geändert hat (R28).',
  scopeModificationData: 'Erfasst die für Ihre Änderung verwendeten Daten (R28).',
  exemptionReason:
    'Unter einer freien und quelloffenen Lizenz veröffentlicht, mit öffentlich zugänglichen Gewichten, Informationen zur Architektur und zur Nutzung, ohne Monetarisierung und ohne systemisches Risiko (Art. 53 Abs. 2, Art. 54 Abs. 6).',
  whichApplyQuestion: 'Welche Anbieterpflichten gelten?',
  notProviderAnswer: 'Nicht Anbieter eines KI-Modells mit allgemeinem Verwendungszweck',
  notProviderOutcome: 'Keine der Pflichten für Modelle nach Kapitel V gilt für Sie.',
  art54NotApplicable: 'Sie sind in der EU niedergelassen; ein Bevollmächtigter ist daher nicht erforderlich.',
  euEstablishedQuestion:
    'Ist der Anbieter (die juristische Person, die das Modell in Verkehr bringt) in der EU niedergelassen?',
  euEstablishedAskWhom: 'Rechtsabteilung (Unternehmensstruktur)',
  euEstablishedAssumption:
    'Es wird angenommen, dass nicht; daher wird ein Bevollmächtigter in der EU (Art. 54) aufgeführt.',
  exemptionEndedQuestion:
    'Ab wann sind die Pflichten geschuldet, von denen die Open-Source-Ausnahme befreit hatte?',
  exemptionEndedAnswer: 'Systemisches Risiko entstanden am {date}',
  exemptionEndedOutcome:
    'Die Ausnahme gilt nie für ein Modell mit systemischem Risiko: Technische Dokumentation, Informationen für nachgelagerte Anbieter und (außerhalb der EU) der Bevollmächtigte sind ab dem Tag geschuldet, an dem das systemische Risiko entstanden ist, nicht ab dem Inverkehrbringen.',
  art52ContestAccepted:
    'Erfüllt: Ihre Argumente gegen die Vermutung wurden der Mitteilung beigefügt und akzeptiert.',
  art52Designated:
    'Das Modell wurde ausgewiesen, nicht vermutet: Die Mitteilungspflicht entsteht, wenn der Schwellenwert von {systemicRiskThreshold} erreicht ist.',
  art52NotPresumed:
    'Nur geschuldet, wenn die kumulierte Trainingsrechenleistung {systemicRiskThreshold} übersteigt oder bekannt ist, dass sie diesen Wert übersteigen wird (oder wenn Sie ein Modell mit systemischem Risiko wesentlich ändern).',
  notifiedQuestion: 'Haben Sie es der Kommission mitgeteilt?',
  notifiedAnswer: 'Ja, am {date}',
  notifiedLateOutcome:
    'Nach Ablauf der Frist am {dueBy} mitgeteilt: Eine verspätete Mitteilung ist ein Verstoß, den die Kommission berücksichtigen kann (Art. 101).',
  notifiedOutcome:
    'Mitgeteilt: Bewahren Sie die Mitteilung, die Rechenleistungsschätzung und die Methode auf; machen Sie der Kommission bei einer wesentlichen Änderung erneut eine Mitteilung.',
  lateNotificationWarning:
    'Die Mitteilung nach Art. 52 Abs. 1 erfolgte am {notified}, nach Ablauf ihrer Frist am {dueBy}.',
  art55ContestAccepted:
    'Die Kommission hat Ihre Argumente akzeptiert, dass das Modell keine systemischen Risiken birgt.',
  art55OnlySystemicRisk: 'Gilt nur für KI-Modelle mit allgemeinem Verwendungszweck mit systemischem Risiko.',
  systemicRiskAddsQuestion: 'Welche Pflichten kommen durch das systemische Risiko hinzu?',
  designated: 'Ausgewiesen',
  presumed: 'Vermutet',
  systemicRiskAddsOutcome:
    'Modellbewertung mit Angriffstests, Bewertung und Minderung systemischer Risiken, Meldung schwerwiegender Vorfälle und Cybersicherheit (Art. 55 Abs. 1 Buchst. a bis d), zusätzlich zu Art. 53 — dessen technische Dokumentation dann Anhang XI Abschnitt 2 umfasst — ohne Open-Source-Ausnahme.',
  exemptAnswer: 'Open-Source-Ausnahme greift',
  noExemptionAnswer: 'Keine Ausnahme',
  exemptOutcome:
    'Urheberrechtsstrategie, Zusammenfassung der Trainingsinhalte und Zusammenarbeit bleiben geschuldet; von technischer Dokumentation, Informationen für nachgelagerte Anbieter und dem Bevollmächtigten sind Sie befreit.',
  noExemptionOutcome:
    'Technische Dokumentation, Informationen für nachgelagerte Anbieter, Urheberrechtsstrategie, Zusammenfassung der Trainingsinhalte und Zusammenarbeit gelten für jeden Anbieter eines KI-Modells mit allgemeinem Verwendungszweck; eine Ausnahme für KMU gibt es nicht.',
  modifierQuestion: 'Was umfassen Ihre Pflichten, wenn Sie ein Modell ändern?',
  modifierAnswer: 'Anbieter des geänderten Modells',
  modifierOutcome:
    'Die Dokumentation erfasst die Änderung; die Urheberrechtsstrategie und die Zusammenfassung der Trainingsinhalte erfassen die für die Änderung verwendeten Daten; Art. 54 gilt, wenn Sie außerhalb der EU niedergelassen sind.',

  // ── Datum des Inverkehrbringens, Lebenszyklus, Praxisleitfaden, Geldbußen ──
  placingDateQuestion:
    'An welchem Tag wurde das Modell erstmals in der EU bereitgestellt (oder wann ist dies geplant)?',
  placingDateAskWhom: 'Das Produkt- oder Release-Team',
  placingDateAssumption:
    'Fristen, die vom Datum des Inverkehrbringens abhängen, werden als unbekannt angezeigt.',
  placedQuestion: 'Wann wurde das Modell erstmals auf dem Unionsmarkt in Verkehr gebracht?',
  placedLegacyOutcome:
    'Vor dem {chapterVApplies} in Verkehr gebracht: Der Anbieter muss die Pflichten bis zum {legacyComplianceDeadline} erfüllen, und zwar für den gesamten Lebenszyklus des Modells.',
  placedPlannedOutcome:
    'Inverkehrbringen geplant für den {date}: Die Pflichten gelten ab dem Inverkehrbringen.',
  placedOutcome:
    'Am oder nach dem {chapterVApplies} in Verkehr gebracht: Die Pflichten gelten ab dem Inverkehrbringen.',
  untraceableDataQuestion:
    'Was gilt für Trainingsdaten, die sich bei einem vor dem {chapterVApplies} in Verkehr gebrachten Modell nicht mehr zurückverfolgen lassen?',
  untraceableDataOutcome:
    'Ein erneutes Training oder „Verlernen“ ist nicht erforderlich, wo es unmöglich oder unverhältnismäßig ist; legen Sie die Lücke in der Urheberrechtsstrategie und in der Zusammenfassung der Trainingsinhalte offen und begründen Sie sie.',
  modifiedNewModelQuestion: 'Ist das geänderte Modell ein neues Modell?',
  modifiedNewModelAnswer: 'Geändertes Modell in Verkehr gebracht am {date}',
  modifiedNewModelOutcome:
    'Eine wesentliche Änderung durch einen nachgelagerten Akteur ergibt ein neues Modell, das mit Ihrem Inverkehrbringen in Verkehr gebracht wird; Ihre Pflichten gelten ab diesem Tag, auch wenn das ursprüngliche Modell vor dem {chapterVApplies} in Verkehr gebracht wurde.',
  lifecycleAskQuestion:
    'Ist dieses Modell das Ergebnis eines eigenen großen Pre-Training-Laufs oder eine spätere Version (Feinabstimmung, Aktualisierung) eines Modells, das Sie bereits in Verkehr gebracht haben?',
  lifecycleAskWhom: 'Das ML-Team',
  lifecycleAssumption: 'Es wird ein neues Modell angenommen, in Verkehr gebracht am angegebenen Tag.',
  lifecycleQuestion:
    'Ist dies ein neues Modell oder eine spätere Version eines bereits in Verkehr gebrachten Modells?',
  lifecycleAnswer: 'Eine spätere Version; erste Version in Verkehr gebracht am {date}',
  lifecycleOutcome:
    'Die Weiterentwicklung durch denselben Anbieter ist dasselbe Modell: Sein Lebenszyklus und seine Fristen laufen ab dem Inverkehrbringen der ersten Version. Ein neuer großer Pre-Training-Lauf ergäbe ein neues Modell.',
  codeFullOutcome:
    'Die Unterzeichnung ändert weder die Einstufung noch die Pflichten (E22). Die Einhaltung des als angemessen bestätigten Praxisleitfadens ist ein einfacher Weg, die Erfüllung von Art. 53 und 55 nachzuweisen (nicht der Mitteilung nach Art. 52 Abs. 1); die Kommission konzentriert sich auf die Überwachung der Einhaltung, und die Einhaltung kann Geldbußen mindern.',
  codePartialOutcome:
    'Die Unterzeichnung ändert weder die Einstufung noch die Pflichten (E22). Für die nicht unterzeichneten Kapitel müssen Sie alternative angemessene Mittel nachweisen, und der Vorteil des Praxisleitfadens entfällt für sie.',
  codeNoneOutcome:
    'Ohne Unterzeichnung ändert sich keine Pflicht, Sie müssen aber alternative angemessene Mittel nachweisen (z. B. eine Lückenanalyse anhand des Praxisleitfadens) und mit mehr Auskunfts- und Bewertungsersuchen rechnen.',
  codeUnknownOutcome:
    'Die Unterzeichnung des Praxisleitfadens ändert weder die Einstufung noch die Pflichten (E22).',
  codeQuestion: 'Haben Sie den Praxisleitfaden für KI mit allgemeinem Verwendungszweck unterzeichnet?',
  codeFullAnswer: 'Ja, alle Kapitel',
  codePartialAnswer: 'Einige Kapitel',
  codePartialWarning:
    'Sie haben nur einige Kapitel des Praxisleitfadens unterzeichnet: Dokumentieren Sie alternative angemessene Mittel für die Pflichten zu Transparenz und Urheberrecht, für die Sie nicht unterzeichnet haben.',
  codePartialSystemicRiskWarning:
    'Sie haben nur einige Kapitel des Praxisleitfadens unterzeichnet: Dokumentieren Sie alternative angemessene Mittel für jede Pflicht, die die nicht unterzeichneten Kapitel abdecken (Transparenz, Urheberrecht, Sicherheit und Gefahrenabwehr).',
  finesQuestion: 'Ab wann kann die Kommission Geldbußen verhängen?',
  finesAnswer: 'Bewertet zum {date}',
  finesOutcome:
    '{before, select, yes {Vor dem {finesApply} verhängt die Kommission keine Geldbußen, die Pflichten gelten aber bereits.} other {Seit dem {finesApply} kann die Kommission Geldbußen verhängen, und zwar bis zu {fineCeiling} — ohne Ermäßigung für KMU.}}{legacy, select, yes { Bei einem vor dem {chapterVApplies} in Verkehr gebrachten Modell liegt eine Nichteinhaltung erst nach dem {legacyComplianceDeadline} vor.} other {}}',
};
