import type { Messages } from '../../message-id';
import type { evaluate as en } from '../en/evaluate';

export const evaluate: Messages<typeof en> = {
  notLegacyChange: 'Wäre das Modell erst am oder nach dem {chapterVApplies} in Verkehr gebracht worden,',
  notLegacyEffect:
    'so würden seine Pflichten ab dem Tag des Inverkehrbringens statt ab dem {legacyComplianceDeadline} gelten.',
  euEstablishmentChange: 'Wäre der Anbieter in der EU niedergelassen,',
  euEstablishmentEffect: 'so wäre kein Bevollmächtigter (Art. 54) erforderlich.',
  holidayListMissing:
    'Die Feiertage der Kommission für {year} sind in diesen Regeln nicht enthalten: Ist der {lastDay} ein solcher Feiertag, endet die Frist mit Ablauf des nächstfolgenden Arbeitstags (Verordnung (EWG, Euratom) Nr. 1182/71, Art. 3 Abs. 4). Hier werden nur Wochenenden berücksichtigt.',
  nearGpaiThreshold:
    'Der Trainingsrechenaufwand von {flop} liegt innerhalb von ±{estimateTolerance} um das Kriterium von {gpaiThreshold}: Das Ergebnis zum KI-Modell mit allgemeinem Verwendungszweck hängt von der Schätzung ab. Dokumentieren Sie die Methode und ihre Unsicherheit.',
  nearOneThird:
    'Ihr Rechenaufwand für die Änderung von {flop} liegt innerhalb von ±{estimateTolerance} um ein Drittel von {original}: Ob Sie Anbieter werden, hängt von der Schätzung ab.',
  cumulativeQuestion: 'Welcher Rechenaufwand zählt für die Vermutung bei {systemicRiskThreshold}?',
  cumulativeAnswer: 'Parameteraktualisierungen {parameterUpdates}; kumuliert {cumulative}',
  cumulativeOutcome:
    'Es zählt der kumulierte Rechenaufwand, einschließlich {source, select, synthetic {der Erzeugung nicht öffentlicher synthetischer Daten} other {übernommener Gewichte}}: Er übersteigt {systemicRiskThreshold}, obwohl der Rechenaufwand für Parameteraktualisierungen darunter liegt.',
  sharedWithResearchPartners: 'Nur mit Forschungspartnern geteilt, ausschließlich zu Forschungszwecken',
  soleResearchSummary:
    'Nein: Ein Modell, das nur für die wissenschaftliche Forschung geteilt wird, fällt nicht unter die KI-Verordnung.',
  providerQuestion: 'Sind Sie der Anbieter?',
  notPlacedAnswer: 'Nicht bereitgestellt und nicht zum Inverkehrbringen auf dem EU-Markt bestimmt',
  notPlacedOutcome:
    'Nein: Ohne die Absicht, das Modell in Verkehr zu bringen, sind Sie nicht sein Anbieter und werden es auch nicht.',
  notPlacedSummary:
    'Nein: Das Modell wird nur für Forschung und Entwicklung verwendet und soll nicht auf dem EU-Markt in Verkehr gebracht werden.',
};
