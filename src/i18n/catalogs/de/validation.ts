import type { Messages } from '../../message-id';
import type { validation as en } from '../en/validation';

export const validation: Messages<typeof en> = {
  twoSentences: '{first} {second}',
  verbatim: '{text}',
  readVersions: '{v1} und {v2}',
  unknownHint: 'Oder schreiben Sie "unknown", wenn Sie es nicht wissen.',
  didYouMean: 'Meinten Sie "{suggestion}"?',
  unreadable: 'Die Antworten konnten nicht gelesen werden: {error}',
  notAnObject: 'Die Antworten müssen ein JSON-Objekt sein, etwa {example}, dies ist jedoch {value}.',
  missingVersion:
    '"schemaVersion" fehlt. Ergänzen Sie "schemaVersion": {version} – dieses Werkzeug liest die Antwortschema-Versionen {versions}.',
  versionUnsupported:
    'Diese Datei wurde für die Antwortschema-Version {v} geschrieben; dieses Werkzeug liest die Versionen {versions}.',
  versionNewer:
    'Sie wurde wahrscheinlich mit einer neueren Version von GPAI Navigator gespeichert: Öffnen Sie sie dort, oder exportieren Sie die Antworten erneut als Version {version}.',
  versionOlder:
    'Setzen Sie "schemaVersion": {version} erst, nachdem Sie jede Antwort anhand der aktuellen Fragen geprüft haben.',
  versionQuoted: '"schemaVersion" muss eine Zahl sein: Schreiben Sie {v} ohne Anführungszeichen.',
  versionNotNumber: '"schemaVersion" muss die Zahl {version} sein, dies ist jedoch {value}.',
  requiredField: 'Pflichtfeld fehlt. Ergänzen Sie "{key}": {expected}.',
  requiredItem: 'Pflichtfeld fehlt. Ergänzen Sie {expected}.',
  expectedButIs: 'Erwartet wird {expected}, dies ist jedoch {value}.',
  booleanForYesNo:
    'Erwartet wird einer der Werte {allowed}, dies ist jedoch {value}. Schreiben Sie "yes" oder "no" in Anführungszeichen statt true oder false.',
  notAllowed: '{value} ist kein zulässiger Wert. Zulässig: {allowed}.',
  enterPositive: 'Geben Sie 0 oder eine positive {example} ein.',
  exampleCount: 'Zahl (zum Beispiel 7e9)',
  exampleFlop: 'Anzahl FLOP (zum Beispiel 3.8e25)',
  emptyList: 'Die Liste ist leer. Geben Sie {items} an, mit mindestens {minimum} Eintrag.',
  tooShort: 'Zu kurz: {message}',
  writeFigureCount: 'Schreiben Sie den Wert als Zahl, zum Beispiel 7e9.',
  writeFigureFlop: 'Schreiben Sie den Wert in FLOP, zum Beispiel 3.8e25.',
  tooLong: 'Zu lang: höchstens {maximum} Zeichen (dieser Text hat {length}). Kürzen Sie ihn.',
  notADate: '{value} ist kein Datum im Format JJJJ-MM-TT. Schreiben Sie es wie 2026-03-15.',
  wrongFormat: '{value} hat das falsche Format: {message}',
  otherProblem: '{message}. Erwartet wird {expected}.',
  dateOutOfRange:
    '"{value}" liegt außerhalb der unterstützten Jahre; verwenden Sie ein Jahr zwischen 1900 und 2200.',
  dateNotInCalendar: '"{value}" ist kein Kalenderdatum. Prüfen Sie Tag und Monat (JJJJ-MM-TT).',
  fixJsonNumber: 'Schreiben Sie den Wert als JSON-Zahl ohne Anführungszeichen: {number}.',
  fixDateString: 'Schreiben Sie das Datum als Zeichenkette in Anführungszeichen, zum Beispiel "2026-03-15".',
  fixList: 'Setzen Sie den Wert in eine Liste: ["{value}"].',
  fixYesNo: 'Schreiben Sie "yes" oder "no" in Anführungszeichen statt true oder false.',
  unknownField: 'Unbekanntes Feld "{key}" – entfernen Sie es oder prüfen Sie die Schreibweise.',
  oneOf: 'einer der Werte {options}',
  eitherOr: '{a} oder {b}',
  unionOr: '{a}, oder {b}',
  aCount: 'eine Zahl (zum Beispiel 7e9 für sieben Milliarden)',
  aFlopNumber: 'eine Anzahl FLOP (zum Beispiel 3.8e25)',
  aDate: 'ein Datum im Format JJJJ-MM-TT (zum Beispiel "2026-03-15")',
  aText: 'Text in Anführungszeichen',
  itemsFrom: 'Einträgen aus {options}',
  itemsEach: 'Einträgen, die jeweils {item} sind',
  aList: 'eine Liste mit {items} (zum Beispiel {example})',
  anObject: 'ein Objekt mit den Feldern {fields}',
  aValidValue: 'ein gültiger Wert',
  valueNothing: '{start, select, yes {Nichts} other {nichts}}',
  valueText: '{start, select, yes {Der Text {text}} other {der Text {text}}}',
  valueNumber: '{start, select, yes {Die Zahl {number}} other {die Zahl {number}}}',
  valueList: '{start, select, yes {Eine Liste} other {eine Liste}}',
  valueObject: '{start, select, yes {Ein Objekt} other {ein Objekt}}',
  valueOther: '{start, select, yes {Ein Wert vom Typ {type}} other {ein Wert vom Typ {type}}}',
  migratedAudio:
    '„Sprache oder sonstiges Audio“ sind jetzt zwei Antworten: Audio mit Sprache zählt als Sprache, Musik oder Geräuscheffekte allein nicht. Die Antwort wurde als Sprache gelesen (die vorsichtige Lesart); ändern Sie sie, wenn das Modell keine Sprache erzeugt.',
  migratedNarrow:
    '„Nur eine eng umgrenzte Aufgabe“ war eine Einschätzung; die Fragen erfragen jetzt Tatsachen. Die Antwort wurde als „für eine bestimmte Aufgabe entwickelt“ übernommen: Nennen Sie die Aufgabe und beantworten Sie die übrigen Fragen zum Modell.',
  migratedBroad:
    '„Ein breites Spektrum unterschiedlicher Aufgaben“ war eine Einschätzung; die Fragen erfragen jetzt Tatsachen (Parameter, Trainingsdaten, Aufgaben). Solange sie nicht beantwortet sind, entscheidet das Rechenkriterium; ein Modell unter {gpaiThreshold} gilt daher nicht mehr allein aufgrund dieser Antwort als KI-Modell mit allgemeinem Verwendungszweck.',
  migratedIntention:
    'Ob das Modell in der EU in Verkehr gebracht werden soll, wurde bisher nicht gefragt. Die Antwort wird als „noch offen“ gelesen, was als beabsichtigt gilt: Ein Modell, das in Verkehr gebracht werden soll, schuldet die Mitteilung nach Art. 52 Abs. 1 vor dem Inverkehrbringen, wenn es {systemicRiskThreshold} überschreiten wird. Antworten Sie „Nein“, wenn es nie bereitgestellt wird.',
  migratedInternalLocation:
    'Wo die interne Nutzung stattfindet, ist eine neue Frage: Eine interne Nutzung ausschließlich außerhalb der EU ist kein Inverkehrbringen auf dem Unionsmarkt. Die Antwort wird als unbekannt gelesen; es wird also angenommen, dass die Nutzung in der EU stattfindet.',
  migratedInternalEssential:
    '„Interne Nutzung, die für einen Dienst wesentlich ist oder Rechte von Personen berührt“ sind jetzt zwei Tatsachen. Die Antwort wurde als „eigene Prozesse, von denen ein Produkt oder Dienst für andere abhängt“ übernommen; ergänzen Sie „interne Nutzung, um Entscheidungen über Personen zu treffen oder zu unterstützen“, falls das ebenfalls zutrifft.',
  migratedCommercialFacts:
    'Tatsachen einer Geschäftstätigkeit (ein Preis, eine als Geschäft betriebene API oder App, regelmäßige Lieferung) werden jetzt auch bei Einzelpersonen und Forschungslaboren erfragt: Sie entscheiden, ob das Modell bereitgestellt wird, unabhängig von der gewählten Beschreibung.',
  importJsonAt: 'Zeile {line}, Spalte {column}: {reason}',
  importNotJson:
    '{what} Exportieren Sie die Antworten erneut, oder korrigieren Sie die Datei in einem Texteditor.',
  importDuplicateKey:
    'Zeile {line}, Spalte {column}: Der Schlüssel "{key}" kommt zweimal vor; behalten Sie einen davon.',
  flopExamples: 'zum Beispiel 3.8e25, 3.8 × {systemicRiskPower}, {gpaiPower}, 2 000 000 oder 380 ZFLOP',
  flopEnterCompute: 'Geben Sie die Rechenleistung als Anzahl FLOP ein, {examples}.',
  flopEnterTraining: 'Geben Sie die Trainingsrechenleistung als Anzahl FLOP ein, {examples}.',
  flopTooLong: 'Das ist zu lang für eine Anzahl FLOP. Schreiben Sie sie wie 3.8e25.',
  flopRate:
    'Das ist eine Rate (FLOP pro Sekunde). Geben Sie die Gesamtzahl der für das Training verwendeten FLOP ein, oder verwenden Sie die Schätzung über die Hardware (Einheiten × Zeit × Spitzen-FLOP/s × Auslastung).',
  flopMarks:
    '{sep, select, comma {{n, plural, one {das Komma} other {die Kommas}}} other {{n, plural, one {der Punkt} other {die Punkte}}}}',
  flopGroupingNote: 'Als Zifferngruppierung gelesen ({marks}): {exact}.',
  flopGroupingDecimalNote: 'Als Zifferngruppierung gelesen ({marks}), das Komma als Dezimalzeichen: {exact}.',
  flopTooLargeCheckFigure:
    'Das sind mehr als 10^30 FLOP, was für einen Trainingslauf nicht plausibel ist. Prüfen Sie den Wert.',
  flopPfDaysNote: '{days} PetaFLOP/s-Tage als {words} gelesen (1 PetaFLOP/s-Tag = 8,64 × 10¹⁹ FLOP).',
  flopPfDaysCommaNote:
    '{days} PetaFLOP/s-Tage (das Komma als Dezimalzeichen) als {words} gelesen (1 PetaFLOP/s-Tag = 8,64 × 10¹⁹ FLOP).',
  flopNumberBeforeUnit: 'Geben Sie die Zahl vor der Einheit ein, {examples}.',
  flopPrefixCase:
    'Schreiben Sie das Einheitenpräfix als Großbuchstaben: {upper}FLOP. Ein kleines „{prefix}“ ist kein Vielfaches von FLOP.',
  flopUnknownPrefix:
    '„{prefix}“ ist kein Einheitenpräfix, das dieses Werkzeug kennt. Verwenden Sie k, M, G, T, P, E, Z oder Y vor FLOP (380 ZFLOP = 3.8 × {gpaiThreshold}), oder schreiben Sie die Zahl mit Exponent, etwa 3.8e23.',
  flopNegative:
    'Die Rechenleistung kann nicht negativ sein. Geben Sie die Gesamtzahl der FLOP als positiven Wert ein, z. B. 3.8e25.',
  flopNotFinite: '„{value}“ ist keine Anzahl FLOP. Geben Sie einen endlichen Wert ein, {examples}.',
  flopSuperscript:
    'Hochgestellte Ziffern werden nur als Zehnerpotenz gelesen, etwa 4.2·10²⁴. Oder schreiben Sie 4.2e24.',
  flopAmbiguous:
    '„{written}“ ist mehrdeutig: Das Zeichen „{mark}“ kann {kind, select, comma {ein Dezimalkomma oder ein Tausendertrennzeichen sein} other {ein Dezimalpunkt oder ein Tausendertrennzeichen sein (wie im Deutschen oder Italienischen)}}. Schreiben Sie {whole} (oder {grouped}), wenn es Tausender gruppiert, oder {decimal}, wenn es {kind, select, comma {ein Dezimalkomma} other {ein Dezimalpunkt}} ist.',
  flopGroupWithMarks:
    'Gruppieren Sie Ziffern nicht mit Kommas oder Punkten: Sie könnten als Dezimalzeichen gelesen werden. Schreiben Sie {example} – oder gruppieren Sie mit Leerzeichen (2 000 000) oder Unterstrichen (2_000_000).',
  flopDigitsExample: '{digits} oder {exponent}',
  flopGroupThrees:
    'Gruppieren Sie Ziffern in Dreiergruppen von rechts (2 000 000 oder 2_000_000), oder lassen Sie die Leerzeichen weg (2000000).',
  flopOnePower:
    'Schreiben Sie die Zehnerpotenz auf eine Weise: 3.8e25 oder 3.8 × {systemicRiskPower}, nicht beides.',
  flopAddPower: 'Ergänzen Sie die Zehnerpotenz nach 10, zum Beispiel 3.8 × {systemicRiskPower}.',
  flopPowerAfterSign:
    'Schreiben Sie die Zehnerpotenz als {systemicRiskPower} nach dem Zeichen, zum Beispiel 3.8 × {systemicRiskPower} oder 3.8e25.',
  flopExponentMissing: 'Der Exponent nach „e“ fehlt. Schreiben Sie es wie 3.8e25.',
  flopAddUnit:
    'Ergänzen Sie FLOP nach dem Einheitenpräfix, zum Beispiel 380 ZFLOP; oder schreiben Sie die Zahl mit Exponent, etwa 3.8e23.',
  flopUnreadable: '„{text}“ konnte nicht als Anzahl FLOP gelesen werden. Schreiben Sie sie {examples}.',
  flopTooLarge:
    'Das sind mehr als 10^30 FLOP, was für einen Trainingslauf nicht plausibel ist. Prüfen Sie den Exponenten: 3.8e25 bedeutet 3.8 × {systemicRiskPower}.',
  flopCommaNote: 'Das Komma als Dezimalzeichen gelesen: {echoed}',
  flopRangePowerBothEnds:
    'Schreiben Sie die Zehnerpotenz an beiden Enden des Bereichs, zum Beispiel 2e24–4e24 oder 2 × 10^24 bis 4 × 10^24.',
  flopRangeLower: 'Das untere Ende des Bereichs: {message}',
  flopRangeUpper: 'Das obere Ende des Bereichs: {message}',
  flopRangeSmallerFirst: 'Schreiben Sie den kleineren Wert zuerst: {low} bis {high}.',
  flopRangeUpperNote:
    'Ein Bereich von {low} bis {high}: Die Antwort erfasst sein oberes Ende, {words}, weil ein größerer Wert die Pflichten nie verringert.',
  flopRangeLowerNote:
    'Ein Bereich von {low} bis {high}: Die Antwort erfasst sein unteres Ende, {words}, weil eine kleinere ursprüngliche Rechenleistung das Drittel senkt, das Ihre Änderung überschreiten muss (R24).',
  estCountWhole: 'Geben Sie die Anzahl der Beschleuniger als ganze Zahl ein, z. B. 1024.',
  estCountAtLeastOne: 'Die Anzahl der Beschleuniger muss mindestens 1 sein.',
  estCountNotWhole: 'Geben Sie eine ganze Zahl von Beschleunigern ein ({rounded}, nicht {count}).',
  estDurationBoth: 'Geben Sie die Dauer in Tagen oder in Stunden an, nicht beides.',
  estDurationMissing: 'Geben Sie an, wie lange die Beschleuniger trainiert haben, in Tagen oder in Stunden.',
  estDurationNumber:
    'Geben Sie die Dauer als Anzahl {unit, select, hours {Stunden} other {Tage}} ein, z. B. 30.',
  estDurationPositive: 'Die Dauer muss mehr als 0 {unit, select, hours {Stunden} other {Tage}} betragen.',
  estUnknownAccelerator:
    'Unbekannter Beschleuniger „{accelerator}“. Wählen Sie einen aus der Liste oder geben Sie seine Spitzen-FLOP/s ein.',
  estPeakMissing:
    'Wählen Sie einen Beschleuniger oder geben Sie die Spitzen-FLOP/s einer Einheit ein, z. B. 9.89e14 für 989 TFLOP/s.',
  estPeakPositive:
    'Geben Sie die Spitzen-FLOP/s eines Beschleunigers als positive Zahl ein, z. B. 9.89e14 für 989 TFLOP/s.',
  estPeakTooLow:
    '{peak} FLOP/s ist viel zu wenig für einen Trainingsbeschleuniger – wurde der Wert in TFLOP/s eingegeben? {peak} TFLOP/s sind {flop} FLOP/s.',
  estPeakTooHigh:
    '{peak} FLOP/s ist mehr, als ein einzelner Beschleuniger leistet. Geben Sie die Spitzenleistung einer Einheit ein; die Anzahl der Einheiten vervielfacht sie.',
  estUtilisationMissing:
    'Geben Sie die durchschnittliche Auslastung als Anteil der Spitzenleistung zwischen 0 und 1 ein, z. B. 0.4 für 40 %.',
  estUtilisationPositive:
    'Die Auslastung muss größer als 0 sein: Sie ist der tatsächlich erreichte Anteil der Spitzenleistung, z. B. 0.4 für 40 %.',
  estUtilisationPercent:
    'Die Auslastung ist ein Anteil zwischen 0 und 1, kein Prozentsatz, und kann 1 (100 %) nicht überschreiten: Für {percent} % schreiben Sie {fraction}.',
  estUtilisationAboveOne: 'Die Auslastung kann 1 (100 % der Spitzenleistung) nicht überschreiten.',
  estNoPeriod: 'Fügen Sie mindestens einen Trainingszeitraum hinzu.',
  estHardwareTooLarge:
    'Die Schätzung beträgt {flop}, mehr als 10^30 FLOP. Prüfen Sie die Eingaben: Dauer in Tagen oder Stunden, Spitzenleistung in FLOP/s (nicht zweimal TFLOP/s × 10^12).',
  estParametersPositive:
    'Geben Sie die Anzahl der Parameter als positive Zahl ein, z. B. 7e9 für ein Modell mit 7 Milliarden Parametern.',
  estParametersInBillions:
    'Geben Sie die Anzahl der Parameter selbst ein, nicht in Milliarden: {given} Milliarden sind {count}.',
  estTokensPositive:
    'Geben Sie die Anzahl der Trainings-Token als positive Zahl ein, z. B. 2e12 für 2 Billionen Token.',
  estTokensInTrillions:
    'Geben Sie die Anzahl der Token selbst ein, nicht in Billionen: {given} Billionen sind {count}.',
  estArchitectureTooLarge:
    '6 × P × D ergibt {flop}, mehr als 10^30 FLOP. Prüfen Sie die Anzahl der Parameter und Token.',
  estBand: '{low} – {high}',
  estHardwareFormula: 'C = N × L × H × U = {term}',
  estHardwareFormulaSum: 'C = Summe von N × L × H × U über {n} Zeiträume: {terms} = {total}',
  estParenthesised: '({term})',
  estPlus: '{a} + {b}',
  estHours: '{hours} h',
  estDays: '{days} Tage',
  estTerm: '{count} Einheiten × {seconds} s ({duration}) × {peak} FLOP/s{hardware} × {utilisation} = {flop}',
  estTermLabelled:
    '{label}: {count} Einheiten × {seconds} s ({duration}) × {peak} FLOP/s{hardware} × {utilisation} = {flop}',
  estPresetNote: 'Spitzenleistung von {name}: {peak} FLOP/s, {precision} ({source}).',
  estAssumeFactors:
    'N, L, H und U wie eingegeben; L zählt nur die Zeit, in der die Beschleuniger das Modell trainiert haben (R44).',
  estAssumePeak:
    'H ist die theoretische Spitzenleistung in FLOP/s einer Einheit bei der im Lauf verwendeten Genauigkeit; alle Operationen zählen unabhängig von der Genauigkeit gleich (R46).',
  estAssumeUtilisation:
    'U ist die durchschnittliche Auslastung über den gesamten Zeitraum: der tatsächlich erreichte Anteil der Spitzenleistung (R44).',
  estAssumePeriods:
    'Hardware oder Anzahl der Einheiten haben sich während des Laufs geändert: Die Rechenleistung jedes Zeitraums wird addiert (R44).',
  estAssumeFullUtilisation:
    'Eine Auslastung von 1 (100 % der Spitzenleistung) ist eine Obergrenze; reale Trainingsläufe erreichen weniger.',
  estComputeScope:
    'Für die {gpaiPower}-Prüfung und die Ein-Drittel-Prüfung zählt nur Rechenleistung, die unmittelbar zu Parameteraktualisierungen beigetragen hat (R12, R42); für die {systemicRiskPower}-Prüfung kommen die Erzeugung nicht öffentlicher synthetischer Daten und die Rechenleistung hinter zusammengeführten oder initialisierenden Gewichten hinzu (R33).',
  estBestJudgement:
    'Schätzung nach bestem Wissen: Die Leitlinien akzeptieren einen Gesamtfehler von bis zu {estimateTolerance} (R43); der tatsächliche Wert wird daher zwischen {band} angenommen.',
  estArchitectureFormula: 'C ≈ 6 × P × D = 6 × {parameters} Parameter × {tokens} Token = {flop}',
  estAssumeDense:
    'Dichter Transformer: etwa 6 FLOP je Parameter und Trainings-Token, d. h. ein Vorwärts- und ein Rückwärtsdurchlauf je Token (R45).',
  estAssumeLarge:
    'Großes Modell: Die Parameterzahl ist viel größer als 1/12 der Kontextlänge in Token (R45).',
  estAssumeTokens: 'D zählt jedes im Training verarbeitete Token, einschließlich wiederholter Epochen.',
  estAssumeOtherArchitectures:
    'Für andere Architekturen (z. B. Mixture-of-Experts) zählen Sie Durchläufe × Operationen je Durchlauf, oder verwenden Sie die Schätzung über die Hardware (R44, R45).',
  estNameGpai: 'indikatives Kriterium für ein KI-Modell mit allgemeinem Verwendungszweck',
  estNameSystemicRisk: 'Vermutung eines systemischen Risikos',
  estExactlyThreshold:
    '{flop} ist genau {t} und überschreitet diesen Wert nicht ({name}): Erforderlich ist mehr als {t} ({rule}, E2).',
  estAboveThreshold: '{flop} liegt über {t} ({name}, {rule}).',
  estBelowThreshold: '{flop} liegt unter {t} ({name}, {rule}).',
  estThresholdWithinBand:
    '{t} liegt innerhalb der Spanne von ±{estimateTolerance} um den Wert ({band}); eine genauere Schätzung könnte ihn auf die andere Seite bringen. Dokumentieren Sie die Methode und beobachten Sie den Wert weiter (R43, E2).',
  estOneThirdExactly:
    '{mod} Rechenleistung für die Änderung sind genau ein Drittel von {basis}. Das erfüllt das Kriterium nicht, das mehr als ein Drittel verlangt (R24, E2).',
  estOneThirdMet:
    '{mod} Rechenleistung für die Änderung sind mehr als {oneThird}, ein Drittel von {basis}: Das indikative Kriterium dafür, Anbieter des geänderten Modells zu werden, ist erfüllt (R23, R24).',
  estOneThirdNotMet:
    '{mod} Rechenleistung für die Änderung sind nicht mehr als {oneThird}, ein Drittel von {basis}: Das indikative Kriterium dafür, Anbieter des geänderten Modells zu werden, ist nicht erfüllt (R24, R30).',
  estOneThirdWithinBand:
    'Ein Drittel liegt innerhalb der Spanne von ±{estimateTolerance} um den Wert der Änderung ({band}); eine genauere Schätzung könnte das ändern (R43).',
  estBasisOriginal: '{flop} des ursprünglichen Modells',
  estBasisFallbackSystemicRisk:
    '{flop} (die Rechenleistung des ursprünglichen Modells ist unbekannt und es hat ein systemisches Risiko, R25)',
  estBasisFallbackNoSystemicRisk:
    '{flop} (die Rechenleistung des ursprünglichen Modells ist unbekannt und es hat kein systemisches Risiko, R25)',
  estBasisFallbackUnknown:
    '{flop} (weder die Rechenleistung des ursprünglichen Modells noch ein systemisches Risiko ist bekannt: die vorsichtige Lesart, R25, E4)',
  estRangeSpans:
    'Ihr Bereich ({range}) umfasst {t} ({name}, {rule}); der tatsächliche Wert könnte auf beiden Seiten liegen. Die Antwort erfasst {recorded}, {side, select, above {darüber} other {nicht darüber}}. Grenzen Sie die Schätzung nach Möglichkeit ein und dokumentieren Sie die Methode und ihre Unsicherheit (R43, E2).',
  accVendorDatasheet: 'Datenblatt des Herstellers',
  accNoteV100:
    'Keine BF16-Unterstützung; 125 TFLOP/s ist die FP16-Tensor-Core-Spitzenleistung (PCIe-Variante: 112 TFLOP/s).',
  accNoteA100: '624 TFLOP/s ist der Wert mit Sparsity; verwenden Sie den dichten Wert von 312 TFLOP/s.',
  accNoteH100:
    'Der Spitzenwert von 1.979 TFLOP/s im Datenblatt gilt mit Sparsity; dicht sind es etwa 989 TFLOP/s. PCIe-/NVL-Varianten liegen niedriger.',
  accNoteH200: 'Gleiche Rechenspitzenleistung wie H100 SXM; der H200 unterscheidet sich beim Speicher.',
  accNoteB200: 'Je GPU; der Wert von 4,5 PFLOP/s gilt mit Sparsity.',
  accNoteGb200: 'Je GPU eines GB200-Superchips (zwei GPUs je Superchip); zählen Sie GPUs, nicht Superchips.',
  accNoteMi300x: 'Der Wert von 2.614,9 TFLOP/s gilt mit Sparsity.',
  accNotePerChip: 'Je Chip.',
  importSummaryTooLarge:
    'Diese Datei ist zu groß für eine Antwortdatei von GPAI Navigator (diese umfassen wenige Kilobyte).',
  importSummaryNotJson:
    'Diese Datei ist kein gültiges JSON und kann daher nicht als Antworten gelesen werden.',
  importSummaryDuplicate:
    'Diese Datei enthält dieselbe Antwort zweimal, sodass unklar ist, welche gemeint ist.',
  importSummaryRecord:
    'Die Datei konnte nicht importiert werden: Die enthaltenen Quellen und Notizen oder die Freigabe sind ungültig.',
  importSummaryVersion:
    'Diese Datei verwendet eine Version des Antwortschemas, die diese Version von GPAI Navigator nicht lesen kann.',
  importSummaryInvalid:
    '{n, plural, one {Die Datei konnte nicht importiert werden: Eine Antwort ist ungültig.} other {Die Datei konnte nicht importiert werden: # Antworten sind ungültig.}}',
  importSummaryUnreadable: 'Diese Datei konnte nicht als Antworten gelesen werden.',
};
