import type { Messages } from '../../message-id';
import type { reportWords as en } from '../en/report-words';

export const reportWords: Messages<typeof en> = {
  dayAndDate:
    '{weekday, select, 0 {Sonntag} 1 {Montag} 2 {Dienstag} 3 {Mittwoch} 4 {Donnerstag} 5 {Freitag} other {Samstag}}, {date}',
  rule1182:
    'Eine Frist, die an einem Samstag, Sonntag oder gesetzlichen Feiertag endet, endet mit Ablauf des nächstfolgenden Arbeitstags (Verordnung (EWG, Euratom) Nr. 1182/71, Art. 3 Abs. 4)',
  rule1182Sentence:
    'Eine Frist, die an einem Samstag, Sonntag oder gesetzlichen Feiertag endet, endet mit Ablauf des nächstfolgenden Arbeitstags (Verordnung (EWG, Euratom) Nr. 1182/71, Art. 3 Abs. 4).',
  movedBecause: '{why}: {rule}.',
  moved: 'Verschoben von {nominal} auf {lastDay}. {reason}',
  periodAtLatest:
    'Spätestens {lastDay}: {length} nach dem ersten Inverkehrbringen am {from}. Der Tag, an dem der Schwellenwert erreicht wurde, ist nicht bekannt; wurde er vor dem Inverkehrbringen erreicht, endete die Frist zwei Wochen nach diesem Tag (R89).',
  periodExact: '{length} nach dem {from}; letzter Tag {lastDay}.',
  due: 'Fällig bis zum {date}',
  dueAtLatest: 'Fällig spätestens bis zum {date}',
  prepareFromNote:
    'Die Leitlinien der Kommission lassen die Pflichten für Modelle mit systemischem Risiko ab dem Tag gelten, an dem der Schwellenwert erreicht wurde; das Gesetz knüpft sie an das Inverkehrbringen, daher wendet dieser Bericht sie spätestens ab {from} an (Auslegungsfrage, E28).',
  placing: 'dem Inverkehrbringen',
  prepareFrom: 'Vorbereiten ab {date}: {note}',
  stepNotifiedYes: 'Sie haben angegeben, dass die Kommission die Mitteilung erhalten hat.',
  stepNotifiedNo: 'Sie haben angegeben, dass die Kommission die Mitteilung nicht erhalten hat.',
  stepNotifiedUnknown: 'Sie haben angegeben, nicht zu wissen, ob die Kommission die Mitteilung erhalten hat.',
  stepYes: 'Sie haben angegeben, dass dies umgesetzt ist.',
  stepNo: 'Sie haben angegeben, dass dies noch nicht umgesetzt ist.',
  stepUnknown: 'Sie haben angegeben, nicht zu wissen, ob dies umgesetzt ist.',
  verdictTitle_gpai: 'KI-Modell mit allgemeinem Verwendungszweck?',
  verdictTitle_provider: 'Sind Sie sein Anbieter?',
  verdictTitle_systemicRisk: 'Systemisches Risiko',
  verdictTitle_openSource: 'Open-Source-Ausnahme',
  role_provider: 'Anbieter des Modells',
  'role_modification-provider': 'Anbieter des geänderten Modells (Pflichten auf die Änderung beschränkt)',
  'role_integrator-as-model-provider': 'Als Anbieter des Modells behandelt (Kette außerhalb der EU)',
  'role_downstream-system-provider':
    'Nachgelagerter Anbieter eines KI-Systems (keine Pflichten für das Modell)',
  role_host: 'Hoster von Modellen, die andere bereitstellen (nicht deren Anbieter)',
  role_contractor:
    'Auftragnehmer, der das Modell für einen Kunden entwickelt oder ändert, der es unter seinem eigenen Namen in Verkehr bringt (der Kunde ist der Anbieter)',
  'role_not-placed': 'Nicht auf dem Unionsmarkt in Verkehr gebracht',
  'role_out-of-scope': 'Außerhalb der Vorschriften für KI-Modelle mit allgemeinem Verwendungszweck',
  today: 'heute',
  inDays: '{n, plural, one {in # Tag} other {in # Tagen}}',
  daysAgo: '{n, plural, one {vor # Tag} other {vor # Tagen}}',
  appliesFrom: 'Gilt ab {date}',
  noDate: 'Kein Datum (hängt von einer unbekannten Antwort ab)',
  withPrepareFrom: '{dates}; vorbereiten ab {date} (E28)',
  statusInForce: 'Gilt',
  statusUpcoming: 'Bevorstehend',
  statusDueIn: 'Fällig {days}',
  statusAppliesIn: 'Gilt {days}',
  statusOverdue: 'Überfällig',
  statusOverdueBy: '{n, plural, one {Seit # Tag überfällig} other {Seit # Tagen überfällig}}',
  statusExempted: 'Ausgenommen',
  statusDateUnknown: 'Datum unbekannt',
  statusDone: 'Erledigt',
  riskNone: 'Keines',
  riskPresumed: 'Vermutet',
  riskDesignated: 'Ausgewiesen',
};
