import type { Messages } from '../../message-id';
import type { dates as en } from '../en/dates';

export const dates: Messages<typeof en> = {
  // ── Fristen nach der Verordnung (EWG, Euratom) Nr. 1182/71 ──
  nonWorkingWeekend: '{day, select, Saturday {Samstag} other {Sonntag}}, {date}',
  nonWorkingHoliday: '{date}: Feiertag der Kommission',
  lengthWeeks: '{weeks, plural, one {# Woche} other {# Wochen}}',
  lengthMonths: '{months, plural, one {# Monat} other {# Monate}}',
  periodMoved:
    '{reasons}: Fällt der letzte Tag einer Frist auf einen Samstag, einen Sonntag oder einen Feiertag, so endet die Frist mit Ablauf des folgenden Arbeitstags (Verordnung (EWG, Euratom) Nr. 1182/71, Art. 3 Abs. 4).',

  // ── Mitteilung nach Art. 52 Abs. 1 und Beginn der Pflichten nach Art. 55 ──
  notificationDueQuestion: 'Wann ist die Mitteilung nach Art. 52 Abs. 1 fällig?',
  thresholdMetAnswer: 'Schwellenwert erreicht oder bekannt am {date}',
  notificationBeforeChapterVOutcome:
    'Art. 52 gilt ab dem {chapterVApplies}; die Kommission erwartete die Mitteilung daher innerhalb von zwei Wochen nach diesem Tag: bis zum {lastDay}.',
  notificationWithinTwoWeeksOutcome: 'Innerhalb von zwei Wochen nach dem {met}: bis zum {lastDay}.',
  crossedAfterPlacingQuestion:
    'Hat das Modell {systemicRiskThreshold} erst nach seinem Inverkehrbringen überschritten?',
  crossedAfterPlacingAnswer: 'In Verkehr gebracht am {placed}; Schwellenwert erreicht am {met}',
  crossedAfterPlacingOutcome:
    'Fortgesetztes Training ergibt dasselbe Modell: Es birgt systemische Risiken ab dem Zeitpunkt, zu dem der Schwellenwert erreicht ist, und die Mitteilung ist innerhalb von zwei Wochen danach fällig.',
  boundByPlacingQuestion:
    'Wann ist die Mitteilung nach Art. 52 Abs. 1 fällig, wenn unbekannt ist, wann der Schwellenwert erreicht wurde?',
  boundByPlacingAnswer:
    'Datum des Schwellenwerts unbekannt; {placing, select, planned {Inverkehrbringen geplant am} other {erstmals in Verkehr gebracht am}} {date}',
  boundByPlacingOutcome:
    'Das Training vor dem Inverkehrbringen hat den Schwellenwert spätestens am Tag des Inverkehrbringens erreicht; die Mitteilung ist daher spätestens zwei Wochen danach fällig — bis zum {lastDay} — und früher, wenn der Schwellenwert früher erreicht wurde. Hat erst das Training nach dem Inverkehrbringen den Schwellenwert überschritten, geben Sie stattdessen dieses Datum an (E20).',
  dueNowQuestion:
    'Wann ist die Mitteilung nach Art. 52 Abs. 1 fällig, wenn weder das Datum des Schwellenwerts noch das Datum des Inverkehrbringens bekannt ist?',
  dueNowAnswer: 'Beide Daten unbekannt; das Modell ist auf dem Markt',
  dueNowOutcome:
    'Die Mitteilung ist unverzüglich fällig: Das Modell wurde in Verkehr gebracht, die zwei Wochen sind daher höchstwahrscheinlich abgelaufen. Geben Sie eines der beiden Daten an, um die Frist zu sehen.',
  legacyCrossingTitle:
    'Vor dem {chapterVApplies} in Verkehr gebrachtes Modell, das {systemicRiskThreshold} später überschritten hat',
  legacyCrossingReading:
    'Fortgesetztes Training bleibt im Lebenszyklus des Modells; Art. 111 Abs. 3 setzt daher den {legacyComplianceDeadline} als äußerste Grenze für alle seine Pflichten. Teilen Sie es der Kommission dennoch bis zum {lastDay} (zwei Wochen nach der Überschreitung) mit.',
  legacyCrossingAlternative:
    'Nach der strengeren Auslegung (E20) war die Mitteilung zwei Wochen nach der Überschreitung des Schwellenwerts fällig, und die Pflichten nach Art. 55 galten ab diesem Zeitpunkt.',
  legacyCrossingWarning:
    'Das Modell hat {systemicRiskThreshold} nach dem {chapterVApplies} überschritten: Die angezeigte rechtliche Höchstfrist ist der {legacyComplianceDeadline}, teilen Sie es der Kommission aber bis zum {lastDay} (zwei Wochen nach der Überschreitung) mit, um auch nach der strengeren Auslegung sicher zu sein.',
  legacyNotificationTitle:
    'Mitteilung für ein vor dem {chapterVApplies} in Verkehr gebrachtes Modell mit systemischem Risiko',
  legacyNotificationReading:
    'Die rechtliche Höchstfrist ist der {legacyComplianceDeadline} (Art. 111 Abs. 3 erfasst „die in dieser Verordnung festgelegten Pflichten“), teilen Sie es der Kommission aber unverzüglich mit: Art. 52 gilt seit dem {chapterVApplies}, und die Kommission kann das Modell von Amts wegen ausweisen.',
  legacyNotificationAlternative:
    'Art. 52 gilt seit dem {chapterVApplies}; die Mitteilung war daher vertretbar zwei Wochen nach diesem Tag fällig.',
  legacyNotificationWarning:
    'Für ein vor dem {chapterVApplies} in Verkehr gebrachtes Modell ist die angezeigte Mitteilungsfrist die rechtliche Höchstfrist ({legacyComplianceDeadline}); Art. 52 gilt seit dem {chapterVApplies}, und die Kommission kann das Modell selbst ausweisen — teilen Sie es ihr unverzüglich mit.',
  workingDayQuestion: 'Fällt die Frist auf einen Arbeitstag?',
  twoWeeksEndAnswer: 'Die zwei Wochen enden am {date}',
  movedOutcome: 'Verschoben auf den {lastDay}: {reason}',
  prepareTitle: 'Pflichten wegen systemischen Risikos vor dem Inverkehrbringen',
  prepareReadingWithStart:
    'Art. 55 gilt spätestens ab dem Inverkehrbringen ({start}); bereiten Sie sich ab dem {prepareFrom} vor, an dem der Schwellenwert erreicht oder bekannt wurde.',
  prepareReading:
    'Art. 55 gilt spätestens ab dem Inverkehrbringen; bereiten Sie sich ab dem {prepareFrom} vor, an dem der Schwellenwert erreicht oder bekannt wurde.',
  prepareAlternative:
    'Die Leitlinien der Kommission lassen die Pflichten wegen systemischen Risikos ab dem Zeitpunkt laufen, zu dem der Schwellenwert erreicht ist, auch vor dem Inverkehrbringen; Art. 3 Nr. 3 und Nr. 63 knüpfen die Pflichten eines Anbieters an das Inverkehrbringen.',

  // ── Meilensteine der Zeitleiste ──
  chapterVAppliesLabel: 'Pflichten für KI-Modelle mit allgemeinem Verwendungszweck gelten',
  chapterVAppliesDescription:
    'Kapitel V der KI-Verordnung gilt für Anbieter von KI-Modellen mit allgemeinem Verwendungszweck.',
  finesApplyLabel: 'Die Kommission kann gegen Anbieter Geldbußen verhängen',
  finesApplyDescription: 'Geldbußen von bis zu {fineCeiling} (Art. 101).',
  legacyDeadlineLabel:
    'Frist für die Einhaltung bei vor dem {chapterVApplies} in Verkehr gebrachten Modellen',
  legacyDeadlineDescription:
    'Ergreifen Sie die erforderlichen Maßnahmen, um die Pflichten für den gesamten Lebenszyklus des Modells zu erfüllen.',
  modifiedToBePlacedLabel: 'Geändertes Modell soll auf dem EU-Markt in Verkehr gebracht werden',
  modifiedPlacedLabel: 'Geändertes Modell auf dem EU-Markt in Verkehr gebracht',
  toBePlacedLabel: 'Modell soll auf dem EU-Markt in Verkehr gebracht werden',
  firstPlacedLabel: 'Modell erstmals auf dem EU-Markt in Verkehr gebracht',
  placedLegacyDescription:
    'Vor dem {chapterVApplies} in Verkehr gebracht: Einhaltung bis zum {legacyComplianceDeadline} erforderlich.',
  placedDescription: 'Die Anbieterpflichten gelten ab diesem Tag.',
  thresholdMetLabel: 'Schwellenwert von {systemicRiskThreshold} erreicht oder bekannt, dass er erreicht wird',
  thresholdMetAfterPlacingDescription:
    'Nach dem Inverkehrbringen überschritten (E20): Das systemische Risiko und die Pflichten nach Art. 55 gelten ab diesem Zeitpunkt; die zwei Wochen für die Mitteilung laufen ab hier.',
  thresholdMetDescription:
    'Die Einstufung mit systemischem Risiko beginnt zu diesem Zeitpunkt, und die zwei Wochen für die Mitteilung laufen; die Pflichten nach Art. 55 gelten spätestens ab dem Inverkehrbringen — bereiten Sie sich ab hier vor (E28).',
  notificationRecommendedLabel: 'Mitteilung an die Kommission — empfohlenes Datum (Art. 52 Abs. 1)',
  notificationRecommendedDescription:
    'Zwei Wochen nach der Überschreitung von {systemicRiskThreshold}: die Frist nach der strengeren Auslegung; der {legacyComplianceDeadline} ist nur die äußerste rechtliche Grenze (mehrdeutig, E29).',
  notificationAtLatestLabel: 'Mitteilung an die Kommission — spätestens (Art. 52 Abs. 1)',
  notificationLabel: 'Mitteilung an die Kommission (Art. 52 Abs. 1)',
  notificationAtLatestDescription:
    'Spätestens zwei Wochen nach dem ersten Inverkehrbringen, da unbekannt ist, wann der Schwellenwert erreicht wurde (R89); früher, wenn er früher erreicht wurde. Fügen Sie die Rechenleistungsschätzung auf zwei signifikante Stellen und die Methode bei.',
  notificationDescription:
    'Mitteilung mit der Rechenleistungsschätzung auf zwei signifikante Stellen und der Methode.',
  designationLabel: 'Über die Ausweisung durch die Kommission unterrichtet',
  designationDescription: 'Die Pflichten wegen systemischen Risikos gelten ab diesem Tag.',
  reassessmentLabel: 'Frühester Antrag auf Neubewertung der Ausweisung',
  reassessmentDescription:
    'Mit objektiven, detaillierten und neuen Gründen; nach einer Ablehnung erneut nach sechs Monaten.',
  contestAcceptedLabel: 'Kommission hat Ihre Einwände gegen die Vermutung akzeptiert',
  contestAcceptedDescription:
    'Die Pflichten wegen systemischen Risikos enden ab diesem Tag; machen Sie der Kommission bei einer wesentlichen Änderung erneut eine Mitteilung.',

  // ── Vom Leser eingegebene Daten ──
  monthOfYear:
    '{month, select, january {Januar} february {Februar} march {März} april {April} may {Mai} june {Juni} july {Juli} august {August} september {September} october {Oktober} november {November} other {Dezember}} {year}',
  numericDate: '{day}.{month}.{year}',
  typedHint:
    'Zum Beispiel 12. März 2025, 12.3.2025 (Tag zuerst) oder 2025-03-12. Monatsnamen auf Deutsch, Englisch oder Französisch, auch abgekürzt (12. Mrz. 2025). Wenn Sie nur den Monat kennen, schreiben Sie ihn, etwa März 2025.',
};
