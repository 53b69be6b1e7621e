import type { Messages } from '../../message-id';
import type { cli as en } from '../en/cli';

export const cli: Messages<typeof en> = {
  title: 'GPAI Navigator — Bewertung zum {date} ({iso})',
  rulesVersion: 'Regelversion {version}. Keine Rechtsberatung: Die Leitlinien sind nicht verbindlich.',
  verdictLine: '{name}: {text}',
  verdicts: 'Ergebnisse',
  verdict_gpai: 'KI-Modell mit allgemeinem Verwendungszweck',
  verdict_provider: 'Anbieter',
  verdict_systemicRisk: 'Systemisches Risiko',
  verdict_openSource: 'Open-Source-Ausnahme',
  basedOn: 'Grundlage: {answers}',
  rulesAndSources: 'Regeln: {rules}. Quellen: {sources}',
  ambiguous: 'Unklar: {edgeCases} (siehe Auslegungsfragen)',
  role: 'Rolle in der Wertschöpfungskette: {role} [{key}]',
  compute: 'Rechenaufwand',
  parameterUpdateCompute: 'Rechenaufwand für Parameteraktualisierungen (Prüfung {gpaiPower}): {flop}',
  cumulativeCompute: 'Kumulierter Rechenaufwand (Prüfung {systemicRiskPower}): {flop}',
  band: 'Spanne ±{estimateTolerance} (R43): {low} bis {high}',
  deadlines: 'Fristen',
  notification: 'Mitteilung an die Kommission (Art. 52 Abs. 1): {when}',
  notOwed: 'nicht geschuldet oder Datum unbekannt',
  date: '{date}',
  atLatestDate: 'spätestens {date}',
  compliance: 'Erfüllung der Pflichten: {when}',
  noneOrUnknown: 'keine oder Datum unbekannt',
  obligations: 'Pflichten',
  none: 'Keine.',
  status_inForce: 'gilt',
  status_upcoming: 'bevorstehend',
  status_overdue: 'ÜBERFÄLLIG',
  status_exempted: 'ausgenommen',
  status_dateUnknown: 'Datum unbekannt',
  status_done: 'erledigt',
  appliesFrom: 'gilt ab dem {date}',
  stepsTaken: 'Bereits unternommene Schritte: {step}',
  exempted: 'Ausgenommen: {reason}',
  scope: 'Umfang: {scope}',
  whatToProduce: 'Zu erstellen:',
  codeOfPractice: 'Praxisleitfaden: {chapter}',
  notApplicable: 'Nicht anwendbar:',
  signposts: 'Pflichten für KI-Systeme, die dieses Werkzeug nicht prüft',
  signpostsIntro:
    'Sie entwickeln oder betreiben ein KI-System auf der Grundlage eines KI-Modells mit allgemeinem Verwendungszweck. Diese Pflichten von Anbietern und Betreibern von KI-Systemen können für Sie gelten; dieses Werkzeug prüft sie nicht.',
  notAssessed: 'NICHT GEPRÜFT',
  timeline: 'Zeitleiste',
  atLatest: 'Spätestens:',
  enforcement: 'Durchsetzung und Geldbußen',
  enforcementIntro:
    'Ab dem {date} setzt die Kommission die Pflichten der Anbieter von KI-Modellen mit allgemeinem Verwendungszweck durch. Sie kann:',
  fineGrounds: 'Sie kann gegen einen Anbieter Geldbußen verhängen (Art. 101 Abs. 1), wenn er:',
  maximumFine: 'Höchstbetrag der Geldbuße: {ceiling}',
  ambiguities: 'Auslegungsfragen',
  readingChosen: 'Gewählte Auslegung: {reading}',
  alternative: 'Alternative: {alternative}',
  warnings: 'Hinweise',
  openQuestions: 'Offene Fragen',
  askWhom: 'Fragen Sie: {whom}. Bis dahin angenommen: {assumption} ({rules})',
  counterfactuals: 'Was das Ergebnis ändern würde',
  reasoning: 'Begründung',
  answer: 'Antwort: {answer}',
  footer: 'Regelversion {version} · bewertet zum {iso}.',
  notLegalAdvice:
    'Keine Rechtsberatung: Die Leitlinien der Kommission sind nicht verbindlich; verbindlich ausgelegt wird das KI-Gesetz allein vom Gerichtshof der Europäischen Union.',
  dateUnknown: 'Datum unbekannt',
  today: 'heute',
  tomorrow: 'morgen',
  yesterday: 'gestern',
  inDays: 'in {n} Tagen',
  daysAgo: 'vor {n} Tagen',
  // The command line's own words
  usage: `Aufruf: npm run assess -- <answers.json> [--as-of YYYY-MM-DD] [--format json|text]

Gibt den Bericht von GPAI Navigator für die Antworten in <answers.json> aus.

  <answers.json>        Antwortdatei, Schemaversion 2 (siehe docs/answers.schema.json und
                        docs/examples/); eine Datei der Version 1 wird migriert, mit einer
                        "note:"-Zeile auf stderr für jede Antwort, die jetzt anders gelesen wird.
                        "-" liest die Standardeingabe. Eine reguläre UTF-8-Datei von höchstens
                        256 KB; Schlüssel dürfen sich nicht wiederholen
  --as-of YYYY-MM-DD    Bewertung zu diesem Kalenderdatum (Standard: heute)
  --format json|text    json (Standard): das Berichtsobjekt; text: eine lesbare Zusammenfassung
  --lang en|de|fr       die Sprache der Berichtstexte (Standard en); die JSON-Schlüssel und
                        Werte außer Texten ändern sich nicht
  -h, --help            diese Hilfe anzeigen

  npm run assess -- --compare <a.json> <b.json> [--as-of YYYY-MM-DD] [--json]
                        was sich zwischen zwei Antwortdateien unterscheidet (mehr: --compare --help)

  npm run assess -- --batch <register.csv|register.jsonl> [--as-of YYYY-MM-DD]
                        eine Ergebniszeile je Modell eines Registers (mehr: --batch --help)

Exit-Codes: 0 Bericht ausgegeben · 2 fehlerhafte Eingabe (Argumente, Datei, JSON, Antworten, Datum) · 1 interner Fehler.
Keine Rechtsberatung.
`,
  helpHint: 'Hilfe: "npm run assess -- --help".',
  unknownOption: 'Unbekannte Option "{name}".',
  unknownOptionNear: 'Unbekannte Option "{name}". Meinten Sie "{near}"?',
  needsValue: '{name} braucht einen Wert: {example}.',
  formatExample: '--format json oder --format text',
  givenTwice: '{name} ist zweimal angegeben; geben Sie es einmal an.',
  missingAnswersFile: 'Die Antwortdatei fehlt: npm run assess -- <answers.json>.',
  oneAnswersFile: 'Geben Sie eine Antwortdatei an; erhalten: {count}: {files}.',
  formatValue: '--format muss "json" oder "text" sein, nicht {value}.',
  langValue: '--lang muss einer der Werte {langs} sein, nicht {value}.',
  asOfFormat: '--as-of muss ein Datum im Format YYYY-MM-DD sein, zum Beispiel 2026-11-25; erhalten: {value}.',
  asOfCalendar:
    '--as-of {value} ist kein Kalenderdatum (oder liegt außerhalb von 1900–2200). Prüfen Sie Tag und Monat.',
  standardInput: '(Standardeingabe)',
  readNoFile: '{file}: Datei nicht gefunden. Prüfen Sie den Pfad.',
  readDirectory: '{file}: Dies ist ein Verzeichnis, keine Antwortdatei.',
  readPermission: '{file}: Zugriff verweigert: Die Datei kann nicht gelesen werden.',
  readNotRegular:
    '{file}: Dies ist {kind}, keine reguläre Datei. Geben Sie den Pfad einer Antwortdatei an, oder "-" und die Antworten über die Standardeingabe.',
  readTooLarge:
    '{file}: zu groß ({size}): Eine Antwortdatei hat wenige Kilobyte; höchstens {kb} KB werden gelesen.',
  readTerminal:
    '{file}: Die Standardeingabe ist ein Terminal. Leiten Sie die Antworten ein: npm run assess -- - < answers.json',
  readFailed: '{file}: kann nicht gelesen werden ({error}).',
  kindFifo: 'eine benannte Pipe (FIFO)',
  kindDevice: 'ein Gerät',
  kindSocket: 'ein Socket',
  kindOther: 'keine reguläre Datei',
  bytes: '{n} Byte',
  moreThanBytes: 'mehr als {n} Byte',
  notUtf8: '{file}: kein UTF-8-Text. Speichern Sie die Antwortdatei mit der Kodierung UTF-8.',
  emptyFile: '{file}: Die Datei ist leer; erwartet wird ein JSON-Objekt mit den Antworten.',
  jsonAt: '{file}: Zeile {line}, Spalte {column}: {reason}',
  notJson: '{file}: kein gültiges JSON ({error}).',
  tooDeep: '{file}: Das JSON ist zu tief verschachtelt für eine Antwortdatei.',
  duplicateKey:
    '{file}: Zeile {line}, Spalte {column}: Der Schlüssel "{key}" kommt in {where} zweimal vor; behalten Sie einen davon.',
  topLevelObject: 'dem Objekt der obersten Ebene',
  todayUnreadable: 'das heutige Datum konnte nicht gelesen werden ({date}); geben Sie --as-of YYYY-MM-DD an.',
  internalError: 'interner Fehler bei der Bewertung von {file}: {error}',
  bugInTool:
    'Dies ist ein Fehler in GPAI Navigator, nicht in Ihren Antworten; bitte melden Sie ihn mit der Antwortdatei.',
  batchUsage: `Aufruf: npm run assess -- --batch <register.csv|register.jsonl> [--as-of YYYY-MM-DD]

Gibt je Modell eine Zeile aus, durch Tabulatoren getrennt: Name, GPAI, Rolle als Anbieter,
systemisches Risiko, Open-Source-Ausnahme, nächstes Datum. Fehlerhafte Zeilen gehen mit ihrer
Zeilennummer auf die Standardfehlerausgabe.

  --batch <file>        ein Modellregister: CSV mit Kopfzeile (Spalten im README,
                        "Model register (CSV)"), oder JSON Lines (.jsonl: ein Antwortobjekt je
                        Zeile). Eine reguläre UTF-8-Datei von höchstens {mb} MB; "-" liest die Standardeingabe
  --as-of YYYY-MM-DD    Bewertung zu diesem Kalenderdatum (Standard: heute)

Exit-Codes: 0 jede Zeile bewertet · 1 einige Zeilen waren fehlerhaft · 2 die Datei kann nicht gelesen werden.
Keine Rechtsberatung.
`,
  batchOnlyAsOf: '--batch akzeptiert neben dem Register nur --as-of; erhalten: {arg}.',
  batchTwice: '--batch ist zweimal angegeben; geben Sie ein Register an.',
  batchAsOf:
    '--as-of muss ein gültiges Datum im Format YYYY-MM-DD sein, zum Beispiel 2026-11-25; erhalten: {value}.',
  batchMissingRegister: 'Das Register fehlt: npm run assess -- --batch register.csv.',
  batchReadDirectory: '{file}: Dies ist ein Verzeichnis, kein Register.',
  batchReadNotRegular: '{file}: Dies ist {kind}, keine reguläre Datei.',
  batchReadTooLarge:
    '{file}: zu groß ({size}); ein Register wird bis {mb} MB gelesen. Teilen Sie es in kleinere Dateien auf.',
  batchReadTerminal:
    '{file}: Die Standardeingabe ist ein Terminal. Leiten Sie das Register ein: npm run assess -- --batch - < register.csv',
  batchNotUtf8: '{file}: kein UTF-8-Text. Speichern Sie das Register mit der Kodierung UTF-8.',
  batchRowInternalError:
    'interner Fehler bei der Bewertung dieser Zeile ({error}); dies ist ein Fehler in GPAI Navigator, bitte melden Sie ihn.',
  batchAtLine: 'Zeile {line}: {message}',
  batchAtLineColumn: 'Zeile {line}, {column}: {message}',
  batchColumn: 'Spalte {column}',
  batchNotJsonLine: 'kein gültiges JSON ({error})',
  batchDuplicateKey: 'Der Schlüssel "{key}" kommt zweimal vor; behalten Sie einen davon.',
  batchNoModelName: '(Zeile {line}, kein Modellname)',
  batchEmptyJsonLines: 'Die Datei ist leer: erwartet wird ein Antwortobjekt je Zeile.',
  batchSummary:
    '{bad} von {total} Zeilen hatten Fehler und wurden nicht bewertet; die übrigen {rest} stehen in der Standardausgabe.',
  resultGpai: 'GPAI: {label}',
  resultRole: 'Rolle: {role}',
  resultSystemicRisk: 'systemisches Risiko: {label}',
  resultOpenSource: 'Open-Source-Ausnahme: {label}',
  resultNext: 'nächstes: {next}',
  compareUsage: `Aufruf: npm run assess -- --compare <a.json> <b.json> [--as-of YYYY-MM-DD] [--json]

Gibt aus, was sich zwischen zwei Antwortdateien unterscheidet: die Antworten, dann Ergebnisse,
Rolle, Pflichten und Fristen, jeweils mit den Regeln (R-Nummern) und den Gründen der Änderung.

  <a.json> <b.json>     zwei Antwortdateien, gelesen wie im Einzeldateimodus ("-" für eine von
                        ihnen liest die Standardeingabe)
  --as-of YYYY-MM-DD    beide zu diesem Kalenderdatum bewerten (Standard: heute)
  --json                den Vergleich als JSON ausgeben (Format "gpai-navigator/comparison",
                        formatVersion 1; der JSON-Export der Webseite) statt als Text

Exit-Codes: 0 Vergleich ausgegeben (ob sie sich unterscheiden oder nicht) · 2 fehlerhafte Eingabe · 1 interner Fehler.
Keine Rechtsberatung.
`,
  compareAsOfValue: '--as-of braucht einen Wert: --as-of 2026-11-25.',
  compareUnknownOption: 'Unbekannte Option "{name}" mit --compare. Optionen: --as-of, --json.',
  compareTwoFiles:
    '--compare braucht zwei Antwortdateien: npm run assess -- --compare a.json b.json; erhalten: {count}.',
  compareTwoFilesListed:
    '--compare braucht zwei Antwortdateien: npm run assess -- --compare a.json b.json; erhalten: {count}: {files}.',
  compareStdinOnce: 'Die Standardeingabe ("-") kann nur für eine Datei gelesen werden.',
  compareAsOf:
    '--as-of muss ein Kalenderdatum im Format YYYY-MM-DD sein, zum Beispiel 2026-11-25; erhalten: {value}.',
  compareInternalError: 'interner Fehler beim Vergleichen: {error}',
  compareBug:
    'Dies ist ein Fehler in GPAI Navigator, nicht in Ihren Antworten; bitte melden Sie ihn mit den beiden Dateien.',
};
