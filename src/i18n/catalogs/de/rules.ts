import type { Messages } from '../../message-id';
import type { rules as en } from '../en/rules';

/** The rules reference (RULES.md rev. 2) in German: see the English area for the keys. */
export const rules: Messages<typeof en> = {
  // Sections of the reference
  sectionScope: 'Anwendungsbereich und Begriffsbestimmungen',
  sectionGpai: 'Ist das Modell ein KI-Modell mit allgemeinem Verwendungszweck?',
  sectionProvider: 'Ist der Nutzer Anbieter? (Inverkehrbringen)',
  sectionModifiers: 'Nachgelagerte Akteure, die ein Modell verändern',
  sectionSystemicRisk: 'Systemisches Risiko',
  sectionCompute: 'Schätzung des Trainingsrechenaufwands (Anhang der Leitlinien)',
  sectionOpenSource: 'Ausnahme für quelloffene Modelle',
  sectionObligations: 'Pflichten (wer schuldet was)',
  sectionTimeline: 'Zeitplan und Übergangsbestimmungen',
  sectionEnforcement: 'Durchsetzung, Geldbußen, Praxisleitfaden',
  sectionTemplate: 'Vorlage für die Zusammenfassung der Trainingsinhalte',
  sectionChanges: 'Änderungen 2025–2026',
  sectionArticle25: 'Artikel 25 (Wertschöpfungskette) — Hinweis zur Relevanz',
  sectionAddedRev2: 'In Revision 2 hinzugefügt',
  sectionEdgeCases: 'Grenzfälle und Mehrdeutigkeiten',
  // R1
  r1: 'Ein Modell ist ein KI-Modell mit allgemeinem Verwendungszweck, wenn es eine „erhebliche allgemeine Verwendbarkeit“ aufweist, in der Lage ist, ein breites Spektrum unterschiedlicher Aufgaben „kompetent“ zu erfüllen, und in eine Vielzahl nachgelagerter Systeme integriert werden kann, unabhängig davon, wie es in Verkehr gebracht wird → Kapitel V gilt für seinen Anbieter, sobald es in Verkehr gebracht ist.',
  r1Source: 'Art. 3 Nr. 63.',
  // R2
  r2: 'Ein Modell, das vor seinem Inverkehrbringen nur für Forschungs- und Entwicklungstätigkeiten oder die Konzipierung von Prototypen eingesetzt wird, ist von der Definition des KI-Modells mit allgemeinem Verwendungszweck ausgenommen → keine Pflichten nach Kapitel V, bis es in Verkehr gebracht wird, mit einer Ausnahme: Soll das Modell in Verkehr gebracht werden (ein Datum muss noch nicht feststehen) und übersteigt die kumulierte Menge der für sein Training verwendeten Berechnungen 10^25 FLOP oder steht fest, dass sie diesen Wert übersteigen wird, ist die Mitteilung nach Art. 52 Abs. 1 vor dem Inverkehrbringen geschuldet (R88). Nur ein Modell, dessen Inverkehrbringen nicht beabsichtigt ist, bleibt vollständig außerhalb.',
  r2Source:
    'Art. 3 Nr. 63 (letzter Halbsatz); Art. 2 Abs. 8; Erwägungsgrund 97, letzte Sätze; Art. 52 Abs. 1; Erwägungsgrund 112; Leitlinien Abschn. 2.3.2.',
  // R3
  r3: 'KI-Modelle (und deren Ausgaben), die eigens für den alleinigen Zweck der wissenschaftlichen Forschung und Entwicklung entwickelt und in Betrieb genommen werden → vollständig außerhalb der Verordnung. Tests unter Realbedingungen fallen nicht unter die Ausnahme für Forschung und Entwicklung.',
  r3Source:
    'Art. 2 Abs. 6, Abs. 8; Erwägungsgrund 109 (Personen, die Modelle zu nicht beruflichen oder wissenschaftlichen Forschungszwecken entwickeln oder verwenden, müssen die Pflichten nicht erfüllen).',
  // R4
  r4: 'Die Verordnung gilt für Anbieter, die KI-Modelle mit allgemeinem Verwendungszweck auf dem Unionsmarkt in Verkehr bringen, unabhängig davon, ob sie in der EU niedergelassen sind.',
  r4Source: 'Art. 2 Abs. 1 Buchst. a; Leitlinien Abschn. 3.1.',
  // R5
  r5: 'Anbieter = natürliche oder juristische Person bzw. Stelle, die ein KI-Modell mit allgemeinem Verwendungszweck entwickelt oder entwickeln lässt und es unter ihrem eigenen Namen oder ihrer Handelsmarke in Verkehr bringt, entgeltlich oder unentgeltlich. Inverkehrbringen = erstmalige Bereitstellung auf dem Unionsmarkt; Bereitstellung auf dem Markt = Abgabe zum Vertrieb oder zur Verwendung „im Rahmen einer Geschäftstätigkeit“, entgeltlich oder unentgeltlich.',
  r5Source: 'Art. 3 Nr. 3, Nr. 9, Nr. 10.',
  // R6
  r6: 'Die Leitlinien sind nicht verbindlich, bilden aber die Grundlage der Durchsetzung durch die Kommission; stets ist eine Einzelfallprüfung erforderlich.',
  r6Source: 'Leitlinien Rn. 9.',
  // R7
  r7: 'Indikatives Kriterium: Trainingsrechenaufwand von mehr als 10^23 FLOP (Gleichheit genügt nicht) und das Modell kann Sprache (Text — einschließlich Code — oder Audio — einschließlich gesprochener Sprache), Text-zu-Bild oder Text-zu-Video erzeugen → das Modell ist vermutlich ein KI-Modell mit allgemeinem Verwendungszweck.',
  r7Source: 'Leitlinien Rn. 17, Fn. 2 und 3.',
  // R8
  r8: '10^23 FLOP ≈ Rechenaufwand, der typischerweise für das Training eines Modells mit ~1 Mrd. Parametern auf einem großen Datensatz verwendet wird; Modelle mit ≥1 Mrd. Parametern, die mit großen Datenmengen unter umfassender Selbstüberwachung trainiert wurden, gelten als Modelle mit erheblicher allgemeiner Verwendbarkeit. Dies sind Tatsachen, die ein Nutzer beantworten kann (Parameterzahl, Umfang und Breite der Trainingsdaten, Trainingsziel, welche unterschiedlichen Aufgaben das Modell erfüllt); die Engine fragt diese ab, statt den Nutzer zu fragen, ob das Modell „allgemein“ ist, und leitet die Abweichung nach R9 daraus ab (E27).',
  r8Source: 'Leitlinien Rn. 18; Erwägungsgrund 98.',
  // R9
  r9: 'Das Kriterium ist in beide Richtungen widerlegbar: Ein Modell, das es erfüllt, dem aber ausnahmsweise die erhebliche allgemeine Verwendbarkeit / die Fähigkeit zur kompetenten Erfüllung eines breiten Aufgabenspektrums fehlt, ist kein KI-Modell mit allgemeinem Verwendungszweck; ein Modell, das es nicht erfüllt, diese Eigenschaften aber ausnahmsweise aufweist, ist ein KI-Modell mit allgemeinem Verwendungszweck.',
  r9Source: 'Leitlinien Abschn. 2.1 (Absatz nach Rn. 19, vor den Beispielen).',
  // R10
  r10: 'Beispiele der Kommission: breites Modell für natürliche Sprache mit 10^24 → KI-Modell mit allgemeinem Verwendungszweck. Kein KI-Modell mit allgemeinem Verwendungszweck (selbst bei 10^24 FLOP), wenn das Modell nur eine eng begrenzte Aufgabe erfüllen kann: Sprachtranskription, Text-zu-Sprache, Bildhochskalierung, Bildergänzung (Inpainting), Schach-/Videospiele, Modellierung von Wetter/physikalischen Systemen, Musikerzeugung aus Prompts einschl. Liedtexten, Erzeugung von Soundeffekten mit Sprache geringer Qualität. „Sprache“ umfasst Text und Audio, das gesprochene Sprache enthält: Audioausgabe ohne Sprache (Musik, Soundeffekte) erfüllt für sich allein die Modalitätsvoraussetzung von R7 nicht. Ein Textmodell mit 10^22, das kein breites Aufgabenspektrum erfüllen kann → kein KI-Modell mit allgemeinem Verwendungszweck.',
  r10Source: 'Leitlinien Abschn. 2.1, Beispiele; Leitlinien Rn. 17, Fn.',
  // R11
  r11: 'Modelle, die weder Sprache noch Text-zu-Bild oder Text-zu-Video erzeugen können (z. B. Spiel-Agenten, Wettermodelle, Klassifikatoren) → nach dem Kriterium kein KI-Modell mit allgemeinem Verwendungszweck (vorbehaltlich R9).',
  r11Source: 'Leitlinien Rn. 17, Rn. 19, Abschn. 2.1, Beispiele.',
  // R12
  r12: 'Für die Prüfung der 10^23-Schwelle (und für die Ein-Drittel-Prüfung bei Veränderungen, wenn das Modell kein KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko ist) ist „Trainingsrechenaufwand“ = Rechenaufwand, der unmittelbar zu Parameteraktualisierungen beiträgt (nicht der kumulierte Rechenaufwand).',
  r12Source: 'Leitlinien Anhang A.1 Rn. 115.',
  // R13
  r13: 'Lebenszyklus: Der Lebenszyklus eines Modells beginnt mit seinem großen Vortrainingslauf; jede spätere Entwicklung durch denselben Anbieter oder in dessen Auftrag (Feinabstimmung, Nachtraining, Destillation, Quantisierung, Zusammenführung von Gewichten), vor oder nach dem Inverkehrbringen, betrifft dasselbe Modell. Ein neuer großer Vortrainingslauf = ein neues Modell. Die Dokumentation ist über den gesamten Lebenszyklus auf dem neuesten Stand zu halten; eine einzige Urheberrechtsstrategie kann alle Modelle abdecken; für jedes in Verkehr gebrachte Modell ist eine Zusammenfassung der Trainingsinhalte erforderlich; die Bewertung des systemischen Risikos ist fortlaufend.',
  r13Source: 'Leitlinien Abschn. 2.2 und Fn. 5; Erwägungsgründe 114–115.',
  // R14
  r14: 'Akteur A entwickelt das Modell und bringt es in Verkehr → A ist Anbieter. A lässt es von B für A entwickeln und A bringt es in Verkehr → A ist Anbieter. A lädt es in ein von C betriebenes Repository hoch → A ist Anbieter (nicht der Hoster C). Konsortium → in der Regel der Koordinator (oder das Konsortium), im Einzelfall zu prüfen.',
  r14Source: 'Leitlinien Abschn. 3.1.1.',
  // R15
  r15: 'Die erstmalige Bereitstellung auf dem Unionsmarkt auf einem der folgenden Wege gilt als Inverkehrbringen: Softwarebibliothek/-paket; API; Hochladen in einen öffentlichen Katalog, Hub oder ein öffentliches Repository zum direkten Herunterladen; physische Kopie; Cloud-Computing-Dienst; Kopieren auf die eigene Infrastruktur eines Kunden; Integration in einen über eine Weboberfläche angebotenen Chatbot; Integration in eine über App-Stores angebotene mobile App; Verwendung für interne Prozesse, die für die Bereitstellung eines Produkts oder einer Dienstleistung an Dritte wesentlich sind oder die Rechte natürlicher Personen in der Union berühren. Im Lichte des Blue Guide zu lesen, Einzelfallprüfung.',
  r15Source: 'Leitlinien Abschn. 3.1.2; Erwägungsgrund 97.',
  // R16
  r16: 'Ein Anbieter, der sein eigenes KI-Modell mit allgemeinem Verwendungszweck in sein eigenes KI-System integriert, das auf dem Markt bereitgestellt oder in Betrieb genommen wird → das Modell gilt als in Verkehr gebracht; die Pflichten für das Modell gelten zusätzlich zu den Pflichten für das System.',
  r16Source: 'Erwägungsgrund 97; Leitlinien Abschn. 3.1.3.',
  // R17
  r17: 'Eigenes Modell, das für rein interne Prozesse verwendet wird, die für die Bereitstellung eines Produkts oder einer Dienstleistung an Dritte nicht wesentlich sind und die Rechte natürlicher Personen nicht berühren → die Pflichten für das Modell gelten nicht. Erwägungsgrund 97 fügt jedoch hinzu, dass KI-Modelle mit allgemeinem Verwendungszweck mit systemischem Risiko den Pflichten „immer“ unterliegen sollten (siehe Grenzfall E8). Dieser Satz erweitert den räumlichen Anwendungsbereich der Verordnung nicht: Die interne Verwendung zählt nur, wenn sie auf dem Unionsmarkt stattfindet oder Personen in der Union berührt; ein Anbieter außerhalb der EU, der ein Modell nur intern außerhalb der EU verwendet, hat es nicht auf dem Unionsmarkt in Verkehr gebracht (Art. 2 Abs. 1 Buchst. a, Art. 3 Nr. 9; R20).',
  r17Source: 'Erwägungsgrund 97; Leitlinien Abschn. 3.1.2 (Umkehrschluss); Art. 2 Abs. 1 Buchst. a.',
  // R18
  r18: 'Ein vorgelagerter Akteur stellt sein Modell erstmals einem nachgelagerten Akteur auf dem Unionsmarkt bereit → Modell in Verkehr gebracht; der vorgelagerte Akteur = Anbieter des Modells; der nachgelagerte Integrator = nur Anbieter des KI-Systems.',
  r18Source: 'Leitlinien Abschn. 3.1.3.',
  // R19
  r19: 'Ein vorgelagerter Akteur stellt das Modell einem nachgelagerten Akteur außerhalb der Union bereit, der es in ein KI-System integriert, das in der Union in Verkehr gebracht / in Betrieb genommen wird → das Modell gilt als auf dem Unionsmarkt in Verkehr gebracht, sobald dieses System in Verkehr gebracht bzw. in Betrieb genommen wird; der vorgelagerte Akteur ist Anbieter des Modells, es sei denn, er hat den Vertrieb und die Verwendung in der Union „klar und eindeutig“ ausgeschlossen (einschl. der Integration in für die Union bestimmte Systeme); hat er dies getan, wird der nachgelagerte Integrator Anbieter des Modells.',
  r19Source: 'Leitlinien Abschn. 3.1.3.',
  // R20
  r20: 'Das Modell wird in der Union nie bereitgestellt (und nicht in ein in der Union in Verkehr gebrachtes/verwendetes System integriert) → nicht auf dem Unionsmarkt in Verkehr gebracht → für dieses Modell kein Anbieter im Sinne der Verordnung.',
  r20Source: 'Art. 2 Abs. 1 Buchst. a, Art. 3 Nr. 9; Leitlinien Abschn. 3.1.',
  // R21
  r21: 'Ein Akteur, der lediglich das Modell eines Dritten aufruft (API oder unveränderte Gewichte), um ein KI-System zu entwickeln, ist nachgelagerter Anbieter eines KI-Systems (Art. 3 Nr. 68), nicht Anbieter eines KI-Modells mit allgemeinem Verwendungszweck; er kann beim Büro für Künstliche Intelligenz Beschwerde über einen Verstoß eines Anbieters eines KI-Modells mit allgemeinem Verwendungszweck einlegen.',
  r21Source: 'Art. 3 Nr. 68, Art. 89 Abs. 2; Leitlinien Abschn. 3.1.3.',
  // R22
  r22: '„Bereitstellung“ setzt eine Geschäftstätigkeit voraus (entgeltlich oder unentgeltlich); die Leitlinien verweisen auf den Blue Guide. Die gelegentliche, nicht berufliche Abgabe durch eine Privatperson liegt am ehesten vertretbar außerhalb des „Inverkehrbringens“ (siehe E11). Die vom Nutzer gewählte Bezeichnung entscheidet darüber nicht: ein Preis oder eine andere Monetarisierung, eine als Geschäft angebotene API oder App oder eine regelmäßige Abgabe sind Tatsachen einer Geschäftstätigkeit, die die Abgabe zur „Bereitstellung“ machen, gleich wer sie vornimmt; sie haben Vorrang vor einer Selbstbeschreibung als Hobbyentwickler oder Forschungseinrichtung.',
  r22Source:
    'Art. 3 Nr. 10; Leitlinien Abschn. 3.1.2 (Verweis auf den Blue Guide); Erwägungsgrund 109. Wortlaut des Blue Guide selbst NICHT VERIFIZIERT (nicht abgerufen).',
  // R23
  r23: 'Ein nachgelagerter Akteur (nicht der ursprüngliche Anbieter und nicht in dessen Auftrag handelnd), der ein KI-Modell mit allgemeinem Verwendungszweck verändert — einschließlich Feinabstimmung —, wird nur dann Anbieter des veränderten Modells, wenn die Veränderung zu einer erheblichen Änderung der allgemeinen Verwendbarkeit, der Fähigkeiten oder des systemischen Risikos führt.',
  r23Source: 'Leitlinien Rn. 57–59; Erwägungsgrund 97.',
  // R24
  r24: 'Indikatives Kriterium für R23: für die Veränderung verwendeter Rechenaufwand > ein Drittel des Trainingsrechenaufwands des ursprünglichen Modells. Genau ein Drittel erfüllt es nicht. (Engine: `3 × modificationCompute > originalCompute` vergleichen, um Gleitkommafehler zu vermeiden.)',
  r24Source: 'Leitlinien Rn. 60.',
  // R25
  r25: 'Kann der Verändernde den Rechenaufwand des ursprünglichen Modells weder kennen noch schätzen: Schwelle = 1/3 × 10^25 (≈ 3,33×10^24 FLOP), wenn das ursprüngliche Modell ein KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko ist; andernfalls 1/3 × 10^23 (≈ 3,33×10^22 FLOP).',
  r25Source: 'Leitlinien Rn. 61.',
  // R26
  r26: 'Die Schwelle ist relativ, damit die Veränderung kleiner Modelle nicht behindert wird; heute erreichen nur wenige Veränderungen sie; der Ansatz ist zukunftsgerichtet und kann sich ändern.',
  r26Source: 'Leitlinien Abschn. 3.2 (Rn. 63 und die benachbarten Randnummern).',
  // R27
  r27: 'Wer als Verändernder gilt (ursprünglicher Anbieter oder nachgelagerter Akteur), ist im Einzelfall zu beurteilen; die Kontrolle über die Gewichte ist ein wichtiger Faktor, z. B. bei Feinabstimmung über eine API.',
  r27Source: 'Leitlinien Fn. 12.',
  // R28
  r28: 'Für einen Verändernden, der Anbieter wird, sind die Pflichten nach Art. 53 auf die Veränderung beschränkt: Dokumentation über die Veränderung; Urheberrechtsstrategie und öffentliche Zusammenfassung der Trainingsinhalte, die sich auf die für die Veränderung verwendeten Daten beziehen. Er muss zudem Art. 54 einhalten (wenn er außerhalb der EU niedergelassen ist).',
  r28Source: 'Erwägungsgrund 109; Leitlinien Abschn. 3.2.1.',
  // R29
  r29: 'Ein Verändernder, der Anbieter einer Veränderung eines KI-Modells mit allgemeinem Verwendungszweck mit systemischem Risiko wird → beim veränderten Modell wird vermutet, dass es über Fähigkeiten mit hohem Wirkungsgrad verfügt → KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko; der Verändernde muss die Mitteilung nach Art. 52 Abs. 1 machen und Art. 55 einhalten.',
  r29Source: 'Leitlinien Abschn. 3.2.2 Rn. 67; Leitlinien Fn. 6–7.',
  // R30
  r30: 'Eine Veränderung unterhalb der Schwelle → der Verändernde ist kein Anbieter eines KI-Modells mit allgemeinem Verwendungszweck; der ursprüngliche Anbieter bleibt Anbieter des ursprünglichen Modells.',
  r30Source: 'Leitlinien Abschn. 3.2.',
  // R31
  r31: 'Ein KI-Modell mit allgemeinem Verwendungszweck weist ein systemisches Risiko auf, wenn es (a) über Fähigkeiten mit hohem Wirkungsgrad verfügt (Fähigkeiten, die denen der fortschrittlichsten Modelle entsprechen oder diese übersteigen) oder (b) die Kommission es (von Amts wegen oder aufgrund einer qualifizierten Warnung des wissenschaftlichen Gremiums) als Modell mit gleichwertigen Fähigkeiten/Auswirkungen nach Anhang XIII ausweist.',
  r31Source: 'Art. 51 Abs. 1; Art. 3 Nr. 64, Nr. 65.',
  // R32
  r32: 'Vermutung: kumulierte Menge der für das Training verwendeten Berechnungen von mehr als 10^25 FLOP (Gleichheit genügt nicht) → es wird vermutet, dass das Modell über Fähigkeiten mit hohem Wirkungsgrad verfügt.',
  r32Source: 'Art. 51 Abs. 2.',
  // R33
  r33: 'Die kumulierte Menge der für das Training verwendeten Berechnungen umfasst alles, was zu den Fähigkeiten beigetragen hat: Vortraining, Feinabstimmung/RL, Erzeugung nicht öffentlicher synthetischer Daten (alle erzeugten Stichproben, einschließlich verworfener) und Rechenaufwand, mit dem bereits vorhandene, zusammengeführte oder zur Initialisierung verwendete Gewichte trainiert wurden. Ausgenommen: Erzeugung öffentlich zugänglicher synthetischer Daten; Evaluierungen und Red-Teaming; explorative Forschung / gescheiterte, verworfene Experimente; Training von Lehrermodellen für die Destillation; Training von Hilfsmodellen (Belohnungsmodelle, Wertfunktionen); Neuberechnung von Aktivierungen.',
  r33Source: 'Erwägungsgrund 111; Leitlinien Anhang A.1 Rn. 116 ff.',
  // R34
  r34: 'Die Einstufung beginnt mit dem Zeitpunkt, zu dem eine Voraussetzung des Art. 51 Abs. 1 erfüllt ist. Ob die Pflichten nach Art. 55 bereits vor dem Inverkehrbringen des Modells binden, ist umstritten: Die Leitlinien lassen sie ab diesem Zeitpunkt laufen; Art. 3 Nr. 3 und Nr. 63 knüpfen die Pflichten des Anbieters an das Inverkehrbringen. Engine: Art. 52 Abs. 1 läuft ab dem Datum der Schwellenüberschreitung (R35); Art. 55 als spätestens ab dem Inverkehrbringen anwendbar darstellen, „vorbereiten ab“ dem Datum der Schwellenüberschreitung, und die frühere Lesart als Mehrdeutigkeit kennzeichnen (E28).',
  r34Source:
    'Leitlinien Rn. 26 (hier früher als Rn. 27 zitiert; die Nummer ist aus den Querverweisen der Leitlinien selbst erschlossen — NICHT VERIFIZIERT anhand des amtlichen PDF).',
  // R35
  r35: 'Mitteilung: unverzüglich, in jedem Fall jedoch innerhalb von zwei Wochen, nachdem die Schwelle erreicht ist oder bekannt wird, dass sie erreicht werden wird, berechnet nach R87 (eine Frist, die auf ein Wochenende oder einen Feiertag fällt, verschiebt sich auf den nächsten Arbeitstag); kann vor Abschluss des Trainings und vor der Festlegung eines Datums für das Inverkehrbringen geschuldet sein (R88); Anbieter sollten den Rechenaufwand vor dem großen Vortrainingslauf schätzen und ihn weiter überwachen, wenn er darunter liegt. Ist das Datum, an dem die Schwelle erreicht wurde, unbekannt, das Modell aber bereits in Verkehr gebracht, siehe R89.',
  r35Source: 'Art. 52 Abs. 1; Erwägungsgrund 112; Leitlinien Abschn. 2.3.2.',
  // R36
  r36: 'Die Mitteilung muss die Schätzung des Rechenaufwands (FLOP, zwei signifikante Stellen) und die Schätzmethode enthalten.',
  r36Source: 'Art. 52 Abs. 1; Leitlinien Rn. 31.',
  // R37
  r37: 'Widerlegung der Vermutung: Der Anbieter kann mit der Mitteilung darlegen, dass das Modell ausnahmsweise kein systemisches Risiko aufweist; die Beweislast trägt der Anbieter; auf Risikominderungsmaßnahmen gestützte Argumente werden nicht anerkannt; die Pflichten werden während des Verfahrens nicht ausgesetzt. Bei Ablehnung → systemisches Risiko ab dem Zeitpunkt, zu dem die Voraussetzung erfüllt war. Bei Annahme → die Pflichten aufgrund des systemischen Risikos enden, wenn der Anbieter darüber unterrichtet wird; erneute Mitteilung bei wesentlicher Änderung oder wenn die Entscheidung auf unvollständigen/unrichtigen Angaben beruhte; eine Ausweisung bleibt möglich.',
  r37Source: 'Art. 52 Abs. 2–3; Leitlinien Abschn. 2.3.3.',
  // R38
  r38: 'Ausweisung: Die Kommission kann anhand der Kriterien des Anhangs XIII ausweisen (Parameter; Größe des Datensatzes; Rechenaufwand oder Ersatzgrößen wie Kosten/Zeit/Energie; Modalitäten; Benchmarks einschl. Autonomie, Skalierbarkeit, Zugang zu Werkzeugen; Reichweite — vermutet bei ≥10 000 registrierten gewerblichen Nutzern in der EU (R92); Zahl der registrierten Endnutzer). Die Pflichten gelten ab dem Zeitpunkt, zu dem der Anbieter über die Ausweisung unterrichtet wird. Hat das Modell Art. 51 Abs. 1 Buchst. a erfüllt und hat der Anbieter die Mitteilung unterlassen, kann die Kommission es ausweisen, und die Pflichten laufen ab dem Zeitpunkt, zu dem die Voraussetzung erfüllt war; Geldbuße nach Art. 101 möglich.',
  r38Source:
    'Art. 51 Abs. 1 Buchst. b, Art. 52 Abs. 1 letzter Satz, Art. 52 Abs. 4; Anhang XIII; Leitlinien Abschn. 2.3.4.',
  // R39
  r39: 'Ein Anbieter, dessen Modell ausgewiesen wurde, kann frühestens 6 Monate nach der Ausweisung (und erneut frühestens 6 Monate nach einer Ablehnung) eine Neubewertung beantragen, mit objektiven, ausführlichen und neuen Gründen.',
  r39Source: 'Art. 52 Abs. 5; Leitlinien Abschn. 2.3.5.',
  // R40
  r40: 'Die Kommission veröffentlicht eine Liste der KI-Modelle mit allgemeinem Verwendungszweck mit systemischem Risiko und hält sie auf dem neuesten Stand.',
  r40Source: 'Art. 52 Abs. 6.',
  // R41
  r41: 'Die Schwellenwerte können durch delegierten Rechtsakt geändert werden (Art. 51 Abs. 3); ebenso die Kriterien des Anhangs XIII (Art. 52 Abs. 4). In der konsolidierten Fassung vom 27. Juli 2026 liegt die Schwelle weiterhin bei 10^25; ein delegierter Rechtsakt, der sie ändert, wurde nicht gefunden (NICHT VERIFIZIERT für spätere Daten).',
  r41Source: 'Art. 51 Abs. 3, Art. 52 Abs. 4, Art. 97 Abs. 2.',
  // R42
  r42: 'Zwei Bedeutungen von „Trainingsrechenaufwand“: für Zwecke außerhalb des systemischen Risikos (R7, R24) der Rechenaufwand, der unmittelbar zu Parameteraktualisierungen beiträgt; für die Entscheidung, ob ein Modell ein systemisches Risiko aufweist, der kumulierte Rechenaufwand (R33).',
  r42Source: 'Leitlinien Anhang A.1 Rn. 115–116.',
  // R43
  r43: 'Jede Schätzmethode ist zulässig, wenn sie nach bestem Ermessen des Anbieters mit einer Gesamtfehlermarge von 30 % genau ist; Annahmen, Methode und Unsicherheiten sind zu dokumentieren.',
  r43Source: 'Leitlinien Anhang A.2.',
  // R44
  r44: 'Hardwarebasiert: C = N (Anzahl der GPUs/Einheiten) × L (genutzte Sekunden) × H (theoretische Spitzenleistung in FLOP/s, gewichteter Durchschnitt bei gemischter Hardware) × U (durchschnittliche Auslastung); bei veränderlichem N je Zeitraum summieren.',
  r44Source: 'Leitlinien Anhang A.2.1.',
  // R45
  r45: 'Architekturbasiert: C = Anzahl der vollständigen Durchläufe (Vorwärts- und Rückwärtsdurchlauf) × Operationen je Durchlauf; für große dichte Transformer C ≈ 6·P·D (P = Parameter, D = Trainings-Token; „groß“ = P deutlich größer als 1/12 der Kontextlänge in Token).',
  r45Source: 'Leitlinien Anhang A.2.2, Fn. 13–14.',
  // R46
  r46: 'Alle Operationen zählen gleich, unabhängig von der Gleitkommagenauigkeit.',
  r46Source: 'Leitlinien Anhang A.2.',
  // R47
  r47: 'Bezugspunkte: Für acht Modelle mit ~0,6–3,8 Mrd. Parametern wurden 7,5×10^22 bis 6,5×10^23 FLOP geschätzt (z. B. 3,8 Mrd. Parameter × 3,3 Bio. Token ≈ 7,5×10^22; Bilddiffusionsmodell mit 1 Mrd. Parametern ≈ 10^23).',
  r47Source: 'Leitlinien Anhang A.3.',
  // R48
  r48: 'Anbieter von Modellen, die im Rahmen einer freien und quelloffenen Lizenz bereitgestellt werden, die den Zugang, die Nutzung, die Änderung und die Verbreitung des Modells ermöglicht, und deren Parameter, einschließlich Gewichte, Informationen über die Modellarchitektur und Informationen über die Modellnutzung öffentlich zugänglich gemacht werden, sind von Art. 53 Abs. 1 Buchst. a, Art. 53 Abs. 1 Buchst. b und Art. 54 ausgenommen — es sei denn, das Modell ist ein KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko.',
  r48Source: 'Art. 53 Abs. 2, Art. 54 Abs. 6; Erwägungsgründe 102, 104; Leitlinien Abschn. 4.1.',
  // R49
  r49: 'Die Ausnahme erfasst nie Art. 53 Abs. 1 Buchst. c (Strategie zur Einhaltung des Urheberrechts einschl. der Beachtung von Rechtsvorbehalten nach Art. 4 Abs. 3 der DSM-Richtlinie) oder Art. 53 Abs. 1 Buchst. d (öffentliche Zusammenfassung der Trainingsinhalte). Art. 53 Abs. 3 (Zusammenarbeit) liegt ebenfalls außerhalb des Wortlauts der Ausnahme.',
  r49Source: 'Art. 53 Abs. 2; Erwägungsgrund 104; Leitlinien Abschn. 4.1.',
  // R50
  r50: 'Lizenzprüfung: Alle vier Rechte müssen bestehen. Zugang: Jeder kann das Modell ohne Zahlung erhalten (angemessene, nichtdiskriminierende Sicherheitsmaßnahmen wie eine Nutzerverifizierung sind zulässig). Nutzung: keine auf geistiges Eigentum gestützte Beschränkung oder Gebühr über Namensnennung und Weitergabe unter gleichen/kompatiblen Bedingungen hinaus. Veränderung: frei. Verbreitung: freie Weiterverbreitung unter begrenzten Bedingungen (z. B. Namensnennung); abgeleitete Werke dürfen neu lizenziert werden.',
  r50Source: 'Leitlinien Abschn. 4.2.1; Erwägungsgrund 102.',
  // R51
  r51: 'Ausschließende Lizenzbedingungen: nur nichtkommerzielle Nutzung oder nur Forschungszwecke; Verbot der Verbreitung; Nutzungsbeschränkungen, die an Schwellen der Nutzerzahl anknüpfen (z. B. monatlich aktive Nutzer); Erfordernis einer gesonderten kommerziellen Lizenz für bestimmte Nutzungen.',
  r51Source: 'Leitlinien Abschn. 4.2.1.',
  // R52
  r52: 'Zulässige Lizenzbedingungen: verhältnismäßige, objektive, nichtdiskriminierende, sicherheitsorientierte Beschränkungen von Nutzungen, die ein erhebliches Risiko für die öffentliche Sicherheit, die Sicherheit oder die Grundrechte darstellen; Namensnennung; Weitergabe unter gleichen Bedingungen (Share-alike).',
  r52Source: 'Leitlinien Abschn. 4.2.1.',
  // R53
  r53: 'Eine Monetarisierung schließt die Ausnahme aus: ein Preis; duale Lizenzierung (kostenlos für die Wissenschaft, kostenpflichtig für kommerzielle Nutzung oder ab einer bestimmten Größenordnung); kostenpflichtige Unterstützung/Dienstleistungen, die untrennbar mit dem Modell verbunden sind und ohne die es nicht funktionieren oder nicht zugänglich wäre; verpflichtender Erwerb von Unterstützung/Schulung/Wartung für den Zugang; Bereitstellung ausschließlich auf der kostenpflichtigen Plattform des Anbieters — einschließlich eines kostenlosen Zugangs, der durch bezahlte Werbung monetarisiert wird; Verpflichtung zur Erhebung/Verarbeitung personenbezogener Daten für Zugang/Nutzung/Veränderung/Weiterverbreitung (sofern nicht ausschließlich und streng für die Sicherheit des Modells ohne kommerziellen Gewinn).',
  r53Source: 'Leitlinien Abschn. 4.2.2; Erwägungsgrund 103.',
  // R54
  r54: 'Keine Monetarisierung: rein optionale kostenpflichtige Dienste, die die kostenlose Nutzung nicht beeinträchtigen; kostenpflichtige Premium-Versionen, Werkzeuge, Plug-ins oder Unterstützung, die daneben ohne Kaufverpflichtung angeboten werden; die Verbreitung über offene Repositories als solche; Transaktionen zwischen Kleinstunternehmen (Monetarisierung gilt als nicht gegeben).',
  r54Source: 'Leitlinien Abschn. 4.2.2; Erwägungsgrund 103.',
  // R55
  r55: 'Öffentliche Zugänglichkeit: Gewichte, Informationen über die Architektur und Informationen über die Nutzung müssen in einer Form öffentlich sein, die Zugang, Nutzung, Veränderung und Verbreitung ermöglicht; die Informationen über die Nutzung müssen mindestens Eingabe-/Ausgabemodalitäten, Fähigkeiten, Grenzen und die technischen Mittel zur Integration des Modells abdecken.',
  r55Source: 'Leitlinien Abschn. 4.2.3; Art. 53 Abs. 2.',
  // R56
  r56: 'Art. 53 Abs. 1 Buchst. a: technische Dokumentation (Trainings- und Testverfahren, Evaluierungsergebnisse) erstellen und auf dem neuesten Stand halten, mindestens mit den Angaben nach Anhang XI Abschnitt 1 (Aufgaben; Regelungen zur akzeptablen Nutzung; Datum der Freigabe und Vertriebsmethoden; Architektur und Parameterzahl; Modalität und Format der Ein- und Ausgaben; Lizenz; Mittel zur Integration; Konzeptions-/Trainingsmethodik; Informationen über die Trainings-, Test- und Validierungsdaten; Rechenressourcen, z. B. FLOP und Trainingsdauer; bekannter/geschätzter Energieverbrauch), die dem Büro für Künstliche Intelligenz / den nationalen Behörden auf Anfrage vorzulegen ist. Abschnitt 1 umfasst außerdem: worauf das Modell optimiert ist und die Relevanz der verschiedenen Parameter; die Zahl der Datenpunkte, ihren Umfang und ihre Hauptmerkmale, wie die Daten beschafft und ausgewählt wurden — jeweils „der Größe und dem Risikoprofil angemessen“. Anbieter von KI-Modellen mit allgemeinem Verwendungszweck mit systemischem Risiko ergänzen dieselbe Dokumentation nach Art. 53 Abs. 1 Buchst. a um Anhang XI Abschnitt 2 (Evaluierungsstrategien und -ergebnisse; Angriffstests/Red-Teaming, Ausrichtung und Feinabstimmung; gegebenenfalls Systemarchitektur) — Abschnitt 2 ist Dokumentation, nicht Teil der Evaluierungspflicht nach Art. 55 Abs. 1 Buchst. a, auch wenn er diese Arbeit festhält. Geschuldet von: allen Anbietern von KI-Modellen mit allgemeinem Verwendungszweck. Ausgenommen: quelloffene Modelle ohne systemisches Risiko (R48).',
  // R57
  r57: 'Art. 53 Abs. 1 Buchst. b: Informationen erstellen, auf dem neuesten Stand halten und nachgelagerten Anbietern von KI-Systemen zur Verfügung stellen, die es ihnen ermöglichen, Fähigkeiten und Grenzen zu verstehen und ihre eigenen Pflichten zu erfüllen, mindestens mit den Angaben nach Anhang XII (einschl. Interaktion mit externer Hardware/Software, einschlägiger Softwareversionen, Kontextfenster/maximaler Eingabegröße), vorbehaltlich des Schutzes des geistigen Eigentums und von Geschäftsgeheimnissen. Ausgenommen: quelloffene Modelle ohne systemisches Risiko.',
  // R58
  r58: 'Art. 53 Abs. 1 Buchst. c: eine Strategie zur Einhaltung des Urheberrechts der Union einführen, insbesondere um (auch durch modernste Technologien) Rechtsvorbehalte nach Art. 4 Abs. 3 der Richtlinie (EU) 2019/790 zu ermitteln und einzuhalten. Gilt unabhängig davon, wo das Training stattgefunden hat (Erwägungsgrund 106). Geschuldet von: allen Anbietern von KI-Modellen mit allgemeinem Verwendungszweck, auch den Anbietern quelloffener Modelle.',
  // R59
  r59: 'Art. 53 Abs. 1 Buchst. d: eine hinreichend detaillierte Zusammenfassung der für das Training verwendeten Inhalte nach der Vorlage des Büros für Künstliche Intelligenz erstellen und veröffentlichen. Geschuldet von: allen Anbietern von KI-Modellen mit allgemeinem Verwendungszweck, auch den Anbietern quelloffener Modelle.',
  // R60
  r60: 'Art. 53 Abs. 3: mit der Kommission und den nationalen Behörden zusammenarbeiten. Geschuldet von: allen Anbietern von KI-Modellen mit allgemeinem Verwendungszweck.',
  // R61
  r61: 'Art. 54: Anbieter aus Drittländern müssen vor dem Inverkehrbringen durch schriftlichen Auftrag einen in der EU niedergelassenen Bevollmächtigten benennen (prüft Dokumentation/Einhaltung; bewahrt die Dokumentation nach Anhang XI 10 Jahre auf; antwortet dem Büro für Künstliche Intelligenz; muss den Auftrag beenden, wenn der Anbieter seinen Pflichten zuwiderhandelt, und das Büro für Künstliche Intelligenz unterrichten). Ausgenommen: quelloffene Modelle ohne systemisches Risiko (Art. 54 Abs. 6). Nachgelagerte Akteure, die ein Modell verändern und dadurch Anbieter werden, müssen ebenfalls nachkommen (Leitlinien Abschn. 3.2.1). Der Bevollmächtigte kann zusätzlich zum Anbieter oder an dessen Stelle kontaktiert werden (Art. 54 Abs. 4); der Anbieter übermittelt dem Büro für Künstliche Intelligenz auf Anfrage eine Kopie des Auftrags (Art. 54 Abs. 3); ein Bevollmächtigter, der den Auftrag beendet, unterrichtet das Büro für Künstliche Intelligenz (Art. 54 Abs. 5). Ob bereits ein Bevollmächtigter benannt ist, ist eine abzufragende Tatsache: Sie macht die Pflicht zu „erledigt“.',
  r61Source: 'Leitlinien Abschn. 3.1 (Einleitung), nicht Abschn. 3.2.1.',
  // R62
  r62: 'Art. 52 Abs. 1: Mitteilung an die Kommission (R35–R36). Geschuldet von: Anbietern von Modellen, die Art. 51 Abs. 1 Buchst. a erfüllen (Vermutung oder verändertes Modell mit systemischem Risiko), auch den Anbietern quelloffener Modelle. Praxisleitfäden betreffen nur Art. 53 und 55 (Art. 56 Abs. 2; Art. 53 Abs. 4; Art. 55 Abs. 2): Für die Mitteilung gibt es kein Kapitel des Praxisleitfadens, und die Unterzeichnung des Praxisleitfadens belegt nicht, dass sie erfolgt ist.',
  // R63
  r63: 'Art. 55 Abs. 1 Buchst. a Modellbewertung nach standardisierten Protokollen, die dem Stand der Technik entsprechen, einschl. dokumentierter Angriffstests; Buchst. b Bewertung und Minderung möglicher systemischer Risiken auf Unionsebene und ihrer Ursachen; Buchst. c Verfolgung, Dokumentation und unverzügliche Meldung schwerwiegender Vorfälle und möglicher Korrekturmaßnahmen an das Büro für Künstliche Intelligenz (Leitlinien Abschn. 5.2: umfasst schwerwiegende Verletzungen der Cybersicherheit wie die (Selbst-)Exfiltration von Gewichten und Cyberangriffe sowie jeden Vorfall, der zu einer Folge nach Art. 3 Nr. 49 Buchst. a–d führt); Buchst. d angemessene Cybersicherheit für das Modell und seine physische Infrastruktur. Zusätzlich zu Art. 53–54. Anhang XI Abschnitt 2 (die Dokumentation der Evaluierungen und Angriffstests) gehört zu Art. 53 Abs. 1 Buchst. a, R56 — dort aufführen, nicht hier. Geschuldet von: allen Anbietern von KI-Modellen mit allgemeinem Verwendungszweck mit systemischem Risiko, keine Ausnahme für quelloffene Modelle.',
  // R64
  r64: 'Nachweis der Einhaltung: Bis zur Veröffentlichung einer harmonisierten Norm können sich Anbieter auf Praxisleitfäden stützen; die Einhaltung harmonisierter Normen begründet eine Konformitätsvermutung; Anbieter, die keines von beiden befolgen, müssen alternative geeignete Mittel zur Bewertung durch die Kommission nachweisen.',
  r64Source: 'Art. 53 Abs. 4, Art. 55 Abs. 2, Art. 40 Abs. 1.',
  // R65
  r65: 'Die Angaben der Anhänge XI / XII können durch delegierten Rechtsakt geändert werden; Messmethoden für Rechenaufwand/Energie können durch delegierten Rechtsakt festgelegt werden.',
  r65Source: 'Art. 53 Abs. 5–6.',
  // R66
  r66: 'Kapitel V gilt ab dem 2. August 2025, mit Ausnahme von Art. 101.',
  r66Source: 'Art. 113 Buchst. b.',
  // R67
  r67: 'Modell, das am oder nach dem 2. August 2025 erstmals in Verkehr gebracht wird → die Pflichten gelten ab dem Inverkehrbringen (die Pflichten aufgrund des systemischen Risikos ab dem Zeitpunkt, zu dem die Voraussetzung des Art. 51 erfüllt ist, R34).',
  r67Source: 'Art. 113 Buchst. b; Leitlinien Abschn. 5.3.',
  // R68
  r68: 'Modell, das vor dem 2. August 2025 (d. h. spätestens am 1. August 2025) in Verkehr gebracht wurde → der Anbieter muss bis zum 2. August 2027 die erforderlichen Maßnahmen zur Einhaltung treffen, und zwar für den gesamten Lebenszyklus des Modells (einschließlich späterer Aktualisierungen durch denselben Anbieter, R13).',
  r68Source: 'Art. 111 Abs. 3; Leitlinien Abschn. 5.3.',
  // R69
  r69: 'Für solche Altmodelle ist ein erneutes Training oder „Verlernen“ nicht erforderlich, wenn es für vergangene Handlungen unmöglich ist, wenn Informationen über die Trainingsdaten nicht verfügbar sind oder wenn ihre Beschaffung unverhältnismäßig wäre; dies ist in der Urheberrechtsstrategie und in der Zusammenfassung der Trainingsinhalte offenzulegen und zu begründen.',
  r69Source: 'Leitlinien Abschn. 5.3.',
  // R70
  r70: 'Von Anbietern, die am 2. August 2025 ein KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko zum Inverkehrbringen nach diesem Datum trainiert hatten, trainierten oder zu trainieren planten, wurde erwartet, die Mitteilung binnen zwei Wochen nach dem 2. August 2025 zu machen: Der 16. August 2025 war ein Samstag, daher endete die Frist am Montag, dem 18. August 2025 (R87). Die Leitlinien formulieren diese Erwartung nur für Modelle, die nach dem 2. August 2025 in Verkehr gebracht werden sollen, nicht für bereits in Verkehr gebrachte Modelle (Altmodelle, E7).',
  r70Source: 'Leitlinien Abschn. 5.3; Verordnung (EWG, Euratom) Nr. 1182/71, Art. 3 Abs. 4.',
  // R71
  r71: 'Die Kommission konnte vor dem 2. August 2026 keine Durchsetzungsmaßnahmen ergreifen; ab diesem Datum verhängt sie Geldbußen gegen Anbieter, die die Pflichten nicht vollständig einhalten (unter Berücksichtigung der Kriterien des Art. 101). Die fehlende Durchsetzung vor diesem Datum hat die Pflichten nicht ausgesetzt.',
  r71Source: 'Art. 113; Leitlinien Abschn. 5.2–5.3.',
  // R72
  r72: 'Die Kommission konnte ab dem 2. August 2025 Entscheidungen nach Art. 52 treffen (Argumente annehmen/ablehnen, ausweisen).',
  r72Source: 'Leitlinien Abschn. 5.2.',
  // R73
  r73: 'Die Kommission (durch das Büro für Künstliche Intelligenz) ist ausschließlich für die Beaufsichtigung und Durchsetzung von Kapitel V zuständig: Überwachung (Art. 89), Warnungen des wissenschaftlichen Gremiums (Art. 90), Anforderung von Dokumentation und Informationen (Art. 91), Bewertungen einschl. Zugang über API/zum Quellcode (Art. 92), Aufforderung zu Maßnahmen einschl. Beschränkung, Rücknahme oder Rückruf des Modells und verbindlicher Verpflichtungszusagen (Art. 93), Verfahrensrechte (Art. 94).',
  r73Source: 'Art. 88–94.',
  // R74
  r74: 'Geldbußen: bis zu 3 % des gesamten weltweiten Jahresumsatzes im vorangegangenen Geschäftsjahr oder 15 Mio. EUR, je nachdem, welcher Betrag höher ist, bei vorsätzlichem oder fahrlässigem Verstoß, Nichtbeantwortung/unrichtigen Angaben (Art. 91), Nichtbefolgung von Maßnahmen (Art. 93) oder Verweigerung des Zugangs zur Bewertung (Art. 92); Verhältnismäßigkeit; Verpflichtungszusagen nach Art. 93 Abs. 3 oder Praxisleitfäden werden berücksichtigt. Art. 101 sieht keine Ermäßigung für KMU/SMC vor (die Obergrenzen des Art. 99 Abs. 6/6a gelten nicht für ihn). Gilt ab dem 2. August 2026.',
  r74Source: 'Art. 101; Art. 113.',
  // R75
  r75: 'Praxisleitfaden: Die Unterzeichnung und Einhaltung eines als angemessen bewerteten Praxisleitfadens ist ein einfacher Weg, die Einhaltung nachzuweisen (keine Konformitätsvermutung). Bei Unterzeichnern konzentriert die Kommission die Durchsetzung auf die Überwachung der Einhaltung des Leitfadens; Unterzeichner genießen „erhöhtes Vertrauen“; die Einhaltung kann bei Geldbußen mildernd berücksichtigt werden; wer aus einem Kapitel aussteigt, verliert den Vorteil für dieses Kapitel. Nichtunterzeichner müssen alternative geeignete Mittel nachweisen, Maßnahmen melden (z. B. eine Lückenanalyse gegenüber dem Leitfaden) und mit mehr Auskunfts- und Bewertungsersuchen rechnen. Anbieter ohne systemisches Risiko können nur die Teile zu Art. 53 unterzeichnen (Art. 56 Abs. 7) oder sich freiwillig zu Maßnahmen für systemische Risiken verpflichten. Der Leitfaden ist ein vorübergehendes Instrument bis zu harmonisierten Normen.',
  r75Source: 'Leitlinien Abschn. 5.1; Art. 53 Abs. 4, Art. 55 Abs. 2, Art. 56 Abs. 7, Art. 101 Abs. 1.',
  // R76
  r76: 'Fakten zum Praxisleitfaden: veröffentlicht am 10. Juli 2025; Kapitel Transparenz (mit einem Formular zur Modelldokumentation) und Urheberrecht (alle Anbieter) sowie Sicherheit und Gefahrenabwehr (nur Anbieter mit systemischem Risiko); Kommission und KI-Gremium bestätigten die Angemessenheit am 1. August 2025; erste Liste der Unterzeichner am 1. August 2025 (als Unterzeichner gemeldet u. a. Amazon, Anthropic, Google, IBM, Microsoft, Mistral AI, OpenAI, Cohere; xAI unterzeichnete nur das Kapitel Sicherheit und Gefahrenabwehr; Meta lehnte ab — Sekundärquellen).',
  r76Source: 'Praxisleitfaden.',
  // R77
  r77: 'Die Verwendung der Vorlage des Büros für Künstliche Intelligenz ist für die Zusammenfassung nach Art. 53 Abs. 1 Buchst. d verpflichtend; sie gilt für alle Anbieter von KI-Modellen mit allgemeinem Verwendungszweck einschl. quelloffener Modelle und Modelle mit systemischem Risiko; die Zusammenfassung muss öffentlich, eher umfassend als technisch detailliert sein, alle Trainingsphasen und Datenarten abdecken und Geschäftsgeheimnisse wahren.',
  r77Source: 'Art. 53 Abs. 1 Buchst. d; Erwägungsgrund 107; Vorlage (FAQ der Kommission).',
  // R78
  r78: 'Aufbau der Vorlage: (1) allgemeine Informationen (Anbieter, Bevollmächtigter, Modell/Versionen, Modalitäten, Umfang der Trainingsdaten je Modalität in groben Bandbreiten); (2) Liste der Datenquellen (öffentliche Datensätze; lizenzierte/private Datensätze; durch Web-Crawling gewonnene Daten — wichtigste Domainnamen, oberste 10 % nach Inhaltsumfang, bei KMU oberste 5 % oder bis zu 1 000 Domains; Nutzerdaten; synthetische Daten; Sonstiges); (3) Aspekte der Datenverarbeitung (Beachtung von Rechtsvorbehalten; Entfernung rechtswidriger Inhalte).',
  r78Source:
    'Vorlage nach Sekundärzusammenfassungen — Prozentsätze der Domainnamen NICHT VERIFIZIERT anhand der Originalvorlage.',
  // R79
  r79: 'Zeitpunkt: neue Modelle — beim Inverkehrbringen; Altmodelle — bis zum 2. August 2027; Verändernde — nur für die Daten der Veränderung (R28). Aktualisierungsrhythmus (berichtet: alle sechs Monate oder bei wesentlicher Änderung) — NICHT VERIFIZIERT.',
  r79Source: 'Art. 111 Abs. 3; Leitlinien Abschn. 2.2, Abschn. 3.2.1; Vorlage.',
  // R80
  r80: 'Digitaler Omnibus zur KI — inzwischen geltendes Recht (nicht nur ein Vorschlag): Verordnung (EU) 2026/1744, ABl. vom 24.7.2026, in Kraft seit 27.7.2026. Nach allen aufgefundenen Quellen hat er Art. 51–55, Art. 101, Art. 111 Abs. 3 und Art. 113 Buchst. b nicht geändert: Schwellenwerte, Pflichten, Geldbußen und Daten für KI-Modelle mit allgemeinem Verwendungszweck sind unverändert.',
  r80Source: 'Omnibus; konsolidierte Fassung.',
  // R81
  r81: 'Omnibus — Praxisleitfäden: Art. 56 Abs. 6 ersetzt: Die Kommission bewertet unter weitestgehender Berücksichtigung der Stellungnahme des KI-Gremiums, ob Praxisleitfäden Art. 53 und 55 abdecken, überwacht sie und veröffentlicht ihre Bewertung der Angemessenheit. Nach mehreren voneinander unabhängigen Auswertungen des ABl.-Textes wurde die Befugnis, einen Praxisleitfaden durch Durchführungsrechtsakt zu genehmigen („allgemeine Gültigkeit“), gestrichen, und Erwägungsgrund 41 stellt fest, dass Praxisleitfäden „begrenzte Rechtswirkung“ haben und keine Konformitätsvermutung begründen. (Die einzige gelesene konsolidierte Fassung eines Dritten zeigt in Art. 56 Abs. 6 noch den alten Satz zum Durchführungsrechtsakt — Widerspruch, Wortlaut NICHT VERIFIZIERT anhand des ABl.) Praktische Auswirkung für die Engine: keine auf die Pflichten; die Berufung auf einen angemessenen Praxisleitfaden funktioniert weiterhin über Art. 53 Abs. 4 / Art. 55 Abs. 2.',
  r81Source: 'Omnibus Erwägungsgrund 41, Art. 1 Nr. 20–21, wie in Sekundärquellen zitiert.',
  // R82
  r82: 'Omnibus — Aufsicht über KI-Systeme auf der Grundlage von KI-Modellen mit allgemeinem Verwendungszweck: Das Büro für Künstliche Intelligenz wird ausschließlich zuständig für KI-Systeme auf der Grundlage eines KI-Modells mit allgemeinem Verwendungszweck, wenn Modell und System von demselben Anbieter oder Unternehmen entwickelt werden (Ausnahmen: produktbezogene Systeme nach Anhang I; Anhang III Nr. 2; Systeme von Strafverfolgungs-, Grenz- und Finanzbehörden nach Art. 74 Abs. 6; Anhang III Nr. 8 Justiz), sowie für KI-Systeme, die benannte sehr große Online-Plattformen/Online-Suchmaschinen (VLOPs/VLOSEs) sind oder in diese integriert sind; die neuen Art. 75a–75d verleihen ihm Marktüberwachungsbefugnisse, verbindliche Verpflichtungszusagen, Geldbußen (unter Verweis auf Art. 99 Abs. 4/5) und Zwangsgelder bis zu 5 % des durchschnittlichen Tagesumsatzes/-einkommens. Relevant für Grenzfall E9 (eigenes Modell in eigenem System). Geltungsbeginn des geänderten Art. 75 — NICHT VERIFIZIERT (in Kraft seit 27.7.2026; allgemeiner Geltungsbeginn 2.8.2026).',
  r82Source: 'Art. 75 Abs. 1, Art. 75a–75d in der konsolidierten Fassung.',
  // R83
  r83: 'Omnibus — andere Daten (keine Pflichten für KI-Modelle mit allgemeinem Verwendungszweck): Hochrisikovorschriften nach Anhang III ab dem 2. Dez. 2027, Hochrisiko nach Anhang I ab dem 2. Aug. 2028; maschinenlesbare Kennzeichnung nach Art. 50 Abs. 2 für generative Systeme (einschl. KI-Systeme mit allgemeinem Verwendungszweck), die vor dem 2. Aug. 2026 in Verkehr gebracht wurden, fällig bis zum 2. Dez. 2026 (neuer Art. 111 Abs. 4); neue Verbote nach Art. 5 (Erzeugung nicht einvernehmlicher intimer Bilder / von Darstellungen sexuellen Kindesmissbrauchs) ab dem 2. Dez. 2026; Definition der SMC (Art. 3 Nr. 14b) und Obergrenze der Geldbußen für SMC in Art. 99 Abs. 6a.',
  r83Source:
    'Art. 113 Buchst. a, c, Art. 111 Abs. 4, Art. 99 Abs. 6a in der konsolidierten Fassung; Omnibus nach Sekundärquellen.',
  // R84
  r84: 'Die Durchführungsverordnung (EU) 2026/1755 der Kommission (20. Juli 2026) legt Berichten zufolge Verfahren für Bewertungen nach Art. 92 und Bußgeldverfahren nach Art. 101 (einschl. einstweiliger Maßnahmen) fest — Inhalt NICHT VERIFIZIERT (nur in Sekundärquellen erwähnt). In der Presse gemeldete erste Auskunftsersuchen nach Art. 91 (September 2026) — NICHT VERIFIZIERT.',
  // R85
  r85: 'Damit zusammenhängende Vorgänge 2026 außerhalb des Bereichs der KI-Modelle mit allgemeinem Verwendungszweck (Sekundärquellen): Leitlinien der Kommission zur Transparenz nach Art. 50, C(2026) 5054 (20.7.2026); Praxisleitfaden zur Kennzeichnung KI-generierter Inhalte, am 8.7.2026 als angemessen bewertet. Von der Engine nicht verwendet.',
  // R86
  r86: 'Art. 25 betrifft Hochrisiko-KI-Systeme, nicht KI-Modelle mit allgemeinem Verwendungszweck. Relevant nur, wenn (i) jemand die Zweckbestimmung eines KI-Systems mit allgemeinem Verwendungszweck so ändert, dass es zu einem Hochrisiko-KI-System wird → dieser Akteur wird Anbieter eines Hochrisiko-KI-Systems (Art. 25 Abs. 1 Buchst. c); (ii) Dritte, die Komponenten für Hochrisiko-KI-Systeme liefern, Informationen/Unterstützung durch schriftliche Vereinbarung regeln müssen, wobei die dortige Ausnahme für freie und quelloffene Komponenten KI-Modelle mit allgemeinem Verwendungszweck nicht erfasst (Art. 25 Abs. 4). Der Omnibus hat Art. 25 Abs. 2 neu gefasst (der ursprüngliche Anbieter gilt nicht mehr als Anbieter, muss aber zusammenarbeiten, Informationen bereitstellen und technischen Zugang gewähren). Quelle: Art. 25 in der konsolidierten Fassung. Engine: außerhalb des Bereichs der Einstufung von KI-Modellen mit allgemeinem Verwendungszweck; nur in Hinweisen erwähnen.',
  // R87
  r87: 'Fristen in Rechtsakten der EU richten sich nach der Verordnung (EWG, Euratom) Nr. 1182/71: Der Tag des auslösenden Ereignisses wird nicht mitgerechnet (Art. 3 Abs. 1); eine nach Wochen bemessene Frist endet mit Ablauf des Tages der letzten Woche, der dieselbe Bezeichnung trägt wie der Tag des Ereignisses (Art. 3 Abs. 2 Buchst. b), sodass „zwei Wochen“ nach einem Samstag an dem 14 Tage späteren Samstag enden; eine nach Monaten bemessene Frist endet mit Ablauf des Tages des letzten Monats, der dieselbe Zahl trägt, oder mit dessen letztem Tag, wenn es diesen Tag nicht gibt (Art. 3 Abs. 2 Buchst. c); fällt der letzte Tag einer Frist auf einen Samstag, Sonntag oder Feiertag, endet sie mit Ablauf des folgenden Arbeitstags (Art. 3 Abs. 4). Feiertage sind die des Organs, bei dem die Handlung vorzunehmen ist (Art. 2 Abs. 1) — bei einer Mitteilung die der Kommission, jährlich im ABl. Reihe C veröffentlicht (die Liste selbst ist hier NICHT VERIFIZIERT). Gilt für Art. 52 Abs. 1 (zwei Wochen), Art. 52 Abs. 5 (sechs Monate) und die Erwartung nach Leitlinien Abschn. 5.3 (R70). Feste Geltungsdaten (2. Aug. 2025, 2. Aug. 2026 — ein Sonntag —, 2. Aug. 2027, 2. Dez. 2026) sind keine Fristen und verschieben sich nicht. Engine: Wochenenden stets berücksichtigen; Feiertage der Kommission nur anhand einer mit den Regeln ausgelieferten, belegten Liste berücksichtigen; andernfalls darauf hinweisen, dass ein Feiertag der Kommission am letzten Tag die Frist verlängert. Den rechtlich letzten Tag angeben und sagen, wann und warum er verschoben wurde.',
  r87Source: 'Verordnung (EWG, Euratom) Nr. 1182/71, Art. 2–3.',
  // R88
  r88Title: 'Mitteilung vor dem Inverkehrbringen',
  r88: 'Ein noch nicht in Verkehr gebrachtes Modell, das in Verkehr gebracht werden soll (unabhängig davon, ob ein Datum feststeht), und bei dem die kumulierte Menge der für sein Training verwendeten Berechnungen 10^25 FLOP übersteigt oder bekanntermaßen übersteigen wird (geplanter Rechenaufwand), → sein künftiger Anbieter schuldet die Mitteilung nach Art. 52 Abs. 1 binnen zwei Wochen, nachdem dies bekannt wurde (R35, R87); die übrigen Pflichten beginnen mit dem Inverkehrbringen (R67). Abzufragende Tatsachen bei einem noch nicht in Verkehr gebrachten Modell: Besteht die Absicht, es auf dem Unionsmarkt in Verkehr zu bringen (ja / nein / unentschieden), der geplante kumulierte Rechenaufwand und das Datum, an dem bekannt wurde, dass die Schwelle überschritten werden würde. „Unentschieden“ → vorsichtige Lesart (beabsichtigt) mit Kennzeichnung als Mehrdeutigkeit.',
  r88Source:
    'Art. 52 Abs. 1; Erwägungsgrund 112; Leitlinien Abschn. 2.3.2; Leitlinien Abschn. 5.3 („Training planen“).',
  // R89
  r89Title: 'Datum der Mitteilung, wenn das Datum der Schwellenüberschreitung unbekannt ist',
  r89: 'Ein bereits in Verkehr gebrachtes Modell, dessen kumulierter Rechenaufwand durch vor dem Inverkehrbringen durchgeführtes Training 10^25 FLOP erreichte, hat die Schwelle spätestens zum Datum seines ersten Inverkehrbringens P erreicht → die Mitteilung war spätestens zwei Wochen nach P fällig (R87), früher, wenn die Schwelle früher erreicht wurde; Art. 55 galt spätestens ab P. Engine: diese Grenze als Frist verwenden („spätestens“), den Status daraus berechnen (überfällig, sofern keine Mitteilung erfolgt ist) und das tatsächliche Datum als offene Frage abfragen. Bei einem in Verkehr gebrachten Modell mit systemischem Risiko darf die Mitteilung nie als „Datum unbekannt“ erscheinen. Hat weiteres Training nach dem Inverkehrbringen die Schwelle überschritten (E20), muss das Datum abgefragt werden.',
  r89Source: 'Art. 52 Abs. 1; Leitlinien Abschn. 2.3.2; Schlussfolgerung.',
  // R90
  r90Title: 'Unbekannter Rechenaufwand der Veränderung',
  r90: 'Ein nachgelagerter Akteur, der ein Modell verändert, kann seinen eigenen Rechenaufwand für die Veränderung stets schätzen (Leitlinien Anhang A.2), anders als den des ursprünglichen Modells (R25). Ist er unbekannt, ist die Anbietereigenschaft unbestimmt: Die Engine darf dies nicht zugunsten des Nutzers auflösen. Die vorsichtige Lesart (Anbieter des veränderten Modells, Pflichten auf die Veränderung beschränkt, R28) mit Kennzeichnung als Mehrdeutigkeit, die Alternative und die Schätzmethoden angeben.',
  r90Source: 'Leitlinien Rn. 60–61; Leitlinien Anhang A.2.',
  // R91
  r91Title: 'Wer verändert, und unter wessen Namen',
  r91: 'Ein nachgelagerter Akteur, der ein Modell verändert, ist ein vom ursprünglichen Anbieter verschiedener Akteur, der nicht in dessen Auftrag handelt (Leitlinien Rn. 57); eine Veränderung durch den ursprünglichen Anbieter oder in dessen Auftrag gehört zum Lebenszyklus dieses Modells (R13). Anbieter ist, wer das Modell unter seinem eigenen Namen oder seiner Handelsmarke in Verkehr bringt (Art. 3 Nr. 3): Ein Auftragnehmer, der ein Modell für einen Kunden entwickelt, der es unter dem Namen des Kunden in Verkehr bringt, ist nicht Anbieter (R14). Beides sind abzufragende Tatsachen, wo sie das Ergebnis ändern können.',
  r91Source: 'Art. 3 Nr. 3; Leitlinien Rn. 57; Leitlinien Abschn. 3.1.1.',
  // R92
  r92Title: 'Risiko einer Ausweisung (Anhang XIII)',
  r92: 'Bei einem KI-Modell mit allgemeinem Verwendungszweck ohne vermutetes systemisches Risiko begründen die Tatsachen nach Anhang XIII — ≥ 10 000 registrierte gewerbliche Nutzer in der Union (vermutete große Auswirkung auf den Binnenmarkt, Anhang XIII Buchst. f), registrierte Endnutzer, Parameterzahl, Größe des Datensatzes, Ersatzgrößen für den Rechenaufwand, Benchmarks und Autonomie — keine Pflichten, ermöglichen aber eine Ausweisung (Art. 51 Abs. 1 Buchst. b, Art. 52 Abs. 4). Engine: die Tatsachen zur Reichweite abfragen, wenn das Modell ein KI-Modell mit allgemeinem Verwendungszweck unter 10^25 ist, und auf das Risiko einer Ausweisung hinweisen; die Pflichten ändern sich nur bei einer tatsächlichen Ausweisung (R38).',
  r92Source: 'Art. 51 Abs. 1 Buchst. b, Art. 52 Abs. 4; Anhang XIII.',
  // R93
  r93Title: 'Hinweise zu KI-Systemen',
  r93: 'Integratoren (R21), Anbieter, die ihr Modell in ihr eigenes System einbauen (R16), und alle, die ein System auf der Grundlage eines KI-Modells mit allgemeinem Verwendungszweck entwickeln, haben Pflichten als Anbieter oder Betreiber von KI-Systemen, die dieses Tool nicht prüft. Der Bericht nennt sie als Hinweise, gekennzeichnet als „nicht geprüft“: Art. 50 Abs. 1 Offenlegung der Interaktion mit einem KI-System; Art. 50 Abs. 2 maschinenlesbare Kennzeichnung synthetischer Ausgaben (gilt ab dem 2. Aug. 2026; für vor diesem Datum in Verkehr gebrachte Systeme bis zum 2. Dez. 2026, Art. 111 Abs. 4, R83); die Prüfung der Hochrisiko-Einstufung (Art. 6, Anhang III ab dem 2. Dez. 2027, Anhang I ab dem 2. Aug. 2028, R83); das Recht auf die Informationen des vorgelagerten Anbieters nach Anhang XII (Art. 53 Abs. 1 Buchst. b); das Beschwerderecht beim Büro für Künstliche Intelligenz (Art. 89 Abs. 2); Pflichten in der Wertschöpfungskette, wenn ein KI-System mit allgemeinem Verwendungszweck zu einem Hochrisiko-KI-System wird (Art. 25, R86).',
  r93Source:
    'Art. 6, 25, 50, Art. 53 Abs. 1 Buchst. b, Art. 89 Abs. 2, Art. 111 Abs. 4, Art. 113 in der konsolidierten Fassung.',
  // R94
  r94Title: 'Durchsetzung ab dem 2. Aug. 2026',
  r94: 'Die Kommission kann Dokumentation und Informationen anfordern (Art. 91), das Modell bewerten, auch über Zugang per API oder zum Quellcode (Art. 92), und Maßnahmen verlangen — Risikominderung, Beschränkung, Rücknahme oder Rückruf oder verbindliche Verpflichtungszusagen (Art. 93). Geldbußen nach Art. 101 Abs. 1 erfassen: (a) Verstöße gegen die Bestimmungen der Verordnung; (b) die Nichtbefolgung eines Ersuchens nach Art. 91 oder die Übermittlung unrichtiger, unvollständiger oder irreführender Informationen; (c) die Nichtbefolgung einer Maßnahme nach Art. 93; (d) die Verweigerung des Zugangs für eine Bewertung nach Art. 92. Der Bericht nennt diese einmal, mit der Obergrenze nach R74.',
  r94Source: 'Art. 91–93, Art. 101 Abs. 1, Art. 113.',
  // E1
  e1Title:
    'Rechenaufwand ≤ 10^23, aber hohe allgemeine Verwendbarkeit / Rechenaufwand > 10^23, aber eng begrenzt',
  e1: 'Das Kriterium ist nur indikativ; nach den Leitlinien kann in beide Richtungen davon abgewichen werden (R9). Am besten vertretbares Verhalten der Engine: den Nutzer nach der allgemeinen Verwendbarkeit fragen; bei unbekannter Antwort auf das Kriterium zurückgreifen; kennzeichnen, dass ein breites Modell unter 10^23 nur „ausnahmsweise“ ein KI-Modell mit allgemeinem Verwendungszweck ist. Genau 10^23 erfüllt „mehr als“ nicht.',
  // E2
  e2Title: 'Werte genau auf der Schwelle',
  e2: 'Alle drei Prüfungen lauten „mehr als“: genau 10^23, genau 10^25, genau ein Drittel → Kriterium nicht erfüllt. Schätzungen innerhalb der Fehlermarge von 30 % um eine Schwelle (R43) genügen rechtlich, aber Anbieter nahe 10^25 müssen die Überwachung fortsetzen (Leitlinien Abschn. 2.3.2); die Engine sollte warnen, wenn die Schätzung innerhalb von ±30 % von 10^25 liegt.',
  // E3
  e3Title: 'Welcher Wert des Rechenaufwands?',
  e3: 'Die 10^23-Prüfung und die Ein-Drittel-Prüfung ohne systemisches Risiko verwenden den Rechenaufwand für Parameteraktualisierungen; die 10^25-Prüfung verwendet den kumulierten Rechenaufwand einschl. der Erzeugung nicht öffentlicher synthetischer Daten und übernommener Gewichte (R12, R33, R42). Ein Modell kann daher nach dem Rechenaufwand für Parameteraktualisierungen „nach dem Kriterium kein KI-Modell mit allgemeinem Verwendungszweck“ sein, während ein höherer kumulierter Wert besteht (Abdeckung der Szenarien).',
  // E4
  e4Title: 'Unbekannter Rechenaufwand des ursprünglichen Modells bei Veränderungen',
  e4: '3,33×10^22 (ursprüngliches Modell ohne systemisches Risiko) oder 3,33×10^24 (ursprüngliches Modell mit systemischem Risiko) verwenden (R25). Weiß der Nutzer nicht, ob das ursprüngliche Modell ein systemisches Risiko aufweist, ist die vorsichtige Lesart der niedrigere Ersatzwert (3,33×10^22) — eine Schlussfolgerung, die in den Leitlinien nicht ausgesprochen wird.',
  // E5
  e5Title: 'Kumulierter Rechenaufwand des Verändernden überschreitet 10^25',
  e5: 'Der kumulierte Rechenaufwand eines veränderten Modells umfasst den Rechenaufwand, mit dem die Ausgangsgewichte trainiert wurden (R33: zur Initialisierung verwendete Gewichte). Ein Verändernder, der Anbieter einer Veränderung eines Modells ohne systemisches Risiko wird (z. B. 8×10^24 + 3×10^24), hält daher ein Modell über 10^25 → vermutetes systemisches Risiko. Die Leitlinien erörtern diese Kombination nicht ausdrücklich; am besten vertretbare Lesart = vermutetes systemisches Risiko.',
  // E6
  e6Title: 'Verändertes Modell mit systemischem Risiko, Veränderung unterhalb der Schwelle',
  e6: 'Der Verändernde ist nicht Anbieter (R30); die Pflichten des ursprünglichen Anbieters aufgrund des systemischen Risikos (einschl. vorhersehbarer Veränderungen in seiner Risikobewertung) bestehen fort. Pflichten für nachgelagerte Systeme können dennoch gelten.',
  // E7
  e7Title: 'Altmodelle mit systemischem Risiko (vor dem 2. Aug. 2025 in Verkehr gebracht)',
  e7: 'Art. 111 Abs. 3 räumt bis zum 2. Aug. 2027 Zeit ein, um „den in dieser Verordnung festgelegten Pflichten“ nachzukommen, was dem Wortlaut nach die Mitteilung nach Art. 52 Abs. 1 einschließt; Art. 52 gilt jedoch seit dem 2. Aug. 2025, die Kommission kann seitdem von Amts wegen ausweisen (R72), und nach Leitlinien Abschn. 5.3 wurde erwartet, dass Modelle, die sich am 2. Aug. 2025 im Training befanden, die Mitteilung bis zum 16. Aug. 2025 machen. Engine: den 2. Aug. 2027 als rechtliche äußerste Grenze angeben, `ambiguous` kennzeichnen und eine frühere Mitteilung empfehlen. Die Erwartung nach Leitlinien Abschn. 5.3 (16. → 18. August 2025, R70) betrifft Modelle, die nach dem 2. Aug. 2025 in Verkehr gebracht werden sollen; sie nicht als Erwartung für bereits in Verkehr gebrachte Modelle darstellen. Ein Altmodell, das 10^25 später überschreitet: E29.',
  // E8
  e8Title: 'Nur interne Verwendung',
  e8: 'Modell ohne systemisches Risiko, das rein intern verwendet wird (nicht wesentlich für Produkte/Dienstleistungen für Dritte, keine Auswirkung auf Rechte) → nicht in Verkehr gebracht (R17). Interne Verwendung, die für eine Dienstleistung an Dritte wesentlich ist oder die Rechte von Personen berührt → in Verkehr gebracht (R15). Modell mit systemischem Risiko, das nur intern verwendet wird: Nach Erwägungsgrund 97 sollten Modelle mit systemischem Risiko den Pflichten „immer“ unterliegen; zudem gilt die Integration des eigenen Modells in das eigene KI-System, das „in Betrieb genommen“ wird (einschl. für den Eigengebrauch, Art. 3 Nr. 11), als Inverkehrbringen (R16). Am besten vertretbar: als Anbieter behandeln; hohe Mehrdeutigkeit kennzeichnen (die operativen Begriffsbestimmungen setzen das Inverkehrbringen voraus). Dies gilt nur bei einem Bezug zur Union: Ein Anbieter außerhalb der EU, dessen Modell nur intern außerhalb der Union verwendet und in der Union nicht bereitgestellt wird, hat es nicht auf dem Unionsmarkt in Verkehr gebracht (Art. 2 Abs. 1 Buchst. a, R20) → für dieses Modell kein Anbieter im Sinne der Verordnung. Vor Anwendung von E8 fragen, wo die interne Verwendung stattfindet.',
  // E9
  e9Title: 'Modell in eigenes KI-System / eigenes Produkt integriert',
  e9: 'Das Modell ist in Verkehr gebracht (R16); die Pflichten für Modell und System gelten kumulativ; seit der Verordnung 2026/1744 ist das Büro für Künstliche Intelligenz die ausschließliche Aufsichtsbehörde für solche Systeme desselben Anbieters (R82).',
  // E10
  e10Title: 'Modelle nur für die Forschung',
  e10: 'Nie in Verkehr gebracht → außerhalb der Definition des KI-Modells mit allgemeinem Verwendungszweck (R2). Die öffentliche Freigabe von Gewichten zur allgemeinen Verwendung durch ein Hochschullabor → Inverkehrbringen (R15) und am ehesten vertretbar nicht „für den alleinigen Zweck der wissenschaftlichen Forschung in Betrieb genommen“ (R3); als mehrdeutig kennzeichnen. Weitergabe nur an Forschungspartner ausschließlich zu Forschungszwecken → R3 greift wahrscheinlich.',
  // E11
  e11Title: 'Uploads privater Hobbyentwickler',
  e11: 'Für die Bereitstellung ist eine „Geschäftstätigkeit“ erforderlich (R22); eine gelegentliche, nicht berufliche Abgabe ist am ehesten vertretbar kein Inverkehrbringen; Erwägungsgrund 109 nimmt nicht beruflich tätige Entwickler aus. Die Leitlinien behandeln Hobbyentwickler nicht ausdrücklich → mehrdeutig. Tatsachen einer Geschäftstätigkeit (ein Preis oder eine andere Monetarisierung, eine als Geschäft betriebene API oder App, regelmäßige Abgabe) haben Vorrang vor der Bezeichnung als Hobbyentwickler (R22, E30).',
  // E12
  e12Title: 'Anbieter außerhalb der EU',
  e12: 'Anbieter unabhängig von der Niederlassung (R4); muss vor dem Inverkehrbringen einen Bevollmächtigten in der EU benennen (R61), sofern es sich nicht um ein quelloffenes Modell ohne systemisches Risiko handelt. Reiner Vertrieb außerhalb der EU → nicht in Verkehr gebracht (R20), es sei denn, ein nachgelagerter Akteur bringt es ohne klaren Ausschluss der EU in ein System in der EU ein (R19).',
  // E13
  e13Title: 'Kette außerhalb der EU mit Ausschluss der EU',
  e13: 'Hat der vorgelagerte Anbieter die Verwendung in der EU klar ausgeschlossen, wird der nachgelagerte Integrator, der das System in der EU in Verkehr bringt, Anbieter des Modells (R19) — mit allen Pflichten nach Art. 53, obwohl er das Modell nicht trainiert hat. Wie er diese praktisch erfüllen kann (Dokumentation, über die er nicht verfügt), ist unklar.',
  // E14
  e14Title: 'Quelloffenes Modell mit systemischem Risiko',
  e14: 'Keinerlei Ausnahme: Art. 53 Abs. 1 Buchst. a–d, Art. 53 Abs. 3, Art. 54 (wenn außerhalb der EU), Art. 52 Abs. 1, Art. 55 (R48, R63). Erwägungsgrund 112 betont eine frühzeitige Mitteilung bei Modellen, deren offene Freigabe geplant ist.',
  // E15
  e15Title: '„Offene“ Lizenzen mit Beschränkungen',
  e15: 'MAU-Schwellen, Klauseln zur nichtkommerziellen Nutzung, gesonderte kommerzielle Lizenzen, Verbot der Weiterverbreitung → ausschließend (R51); verhältnismäßige sicherheitsbezogene Beschränkungen und nichtdiskriminierende Nutzerverifizierung → zulässig (R50, R52). Ob eine bestimmte Sicherheitsklausel „verhältnismäßig“ ist, ist eine Wertungsfrage.',
  // E16
  e16Title: 'Transaktionen zwischen Kleinstunternehmen',
  e16: 'Zwischen Kleinstunternehmen gilt eine Monetarisierung als nicht gegeben (R54), doch das Lizenzrecht auf „Zugang“ bedeutet kostenlosen Zugang (R50). Am besten vertretbar: Die Ausnahme bleibt für das Geschäft zwischen Kleinstunternehmen bestehen; als mehrdeutig kennzeichnen.',
  // E17
  e17Title: 'Feinabstimmung über die API des ursprünglichen Anbieters',
  e17: 'Wer das Modell verändert hat, ist im Einzelfall zu beurteilen; die Kontrolle über die Gewichte ist maßgeblich (R27). Gibt der Kunde eine umfangreiche Feinabstimmung in Auftrag und bringt er das Ergebnis unter seinem eigenen Namen in Verkehr, weist Art. 3 Nr. 3 („entwickeln lässt“) auf den Kunden; bleibt das Ergebnis auf der Plattform des ursprünglichen Anbieters unter dessen Namen, ist eher der ursprüngliche Anbieter der „Verändernde“. Als mehrdeutig kennzeichnen.',
  // E18
  e18Title: 'Quantisierung, Zusammenführung, Destillation durch Dritte',
  e18: 'Zusammenführung/Quantisierung erfordert vernachlässigbaren Rechenaufwand → unter einem Drittel → kein Anbieter (R24). Die Destillation eines neuen, von einem Dritten von Grund auf trainierten Schülermodells ist vertretbar ein neues Modell, das nach seinem eigenen Trainingsrechenaufwand zu beurteilen ist (Rechenaufwand des Lehrermodells für das systemische Risiko ausgenommen, R33) — die Leitlinien behandeln die Destillation durch Dritte nicht; mehrdeutig.',
  // E19
  e19Title: 'Altmodell, das nach dem 2. Aug. 2025 verändert wird',
  e19: 'Durch denselben Anbieter → derselbe Lebenszyklus → weiterhin 2. Aug. 2027 (R13, R68). Durch einen nachgelagerten Verändernden oberhalb der Schwelle → neues Modell, nach dem 2. Aug. 2025 in Verkehr gebracht → die Pflichten des Verändernden gelten ab dessen Inverkehrbringen (R23, R67). Ein neuer großer Vortrainingslauf durch denselben Anbieter → neues Modell → Pflichten ab dessen Inverkehrbringen.',
  // E20
  e20Title: 'Fortgesetztes Training, das nach dem Inverkehrbringen 10^25 überschreitet',
  e20: 'Dasselbe Modell (R13); Einstufung mit systemischem Risiko und Pflichten ab dem Zeitpunkt, zu dem die Schwelle erreicht ist; Mitteilung binnen 14 Tagen (R34–R35).',
  // E21
  e21Title: 'Angefochtene Vermutung',
  e21: 'Ein laufendes Vorbringen gegen die Vermutung setzt die Pflichten nicht aus; angenommen → die Pflichten enden mit der Mitteilung der Annahme; abgelehnt → systemisches Risiko ab dem ursprünglichen Datum (R37).',
  // E22
  e22Title: 'Unterzeichner des Praxisleitfadens',
  e22: 'Die Unterzeichnung ändert weder die Einstufung noch die Pflichten; sie ändert, wie die Einhaltung nachgewiesen wird, und die Intensität der Durchsetzung, und sie kann Geldbußen mindern (R75). Teilunterzeichner (z. B. nur Sicherheit und Gefahrenabwehr) müssen für die anderen Kapitel alternative Mittel nachweisen.',
  // E23
  e23Title: 'Hosting-Plattformen / Modell-Hubs / Cloud-Marktplätze, die nur Modelle anderer hosten',
  e23: 'Keine Anbieter (R14); Anbieter ist, wer hochlädt.',
  // E24
  e24Title: 'Nachgelagerte Nutzer unveränderter offener Gewichte',
  e24: 'Keine Anbieter des Modells (R21, R30); derjenige, der ursprünglich hochgeladen hat, hat das Modell in Verkehr gebracht.',
  // E25
  e25Title: 'Geldbußen vor dem 2. Aug. 2026 / Geldbußen bei Altmodellen vor dem 2. Aug. 2027',
  e25: 'Keine Geldbußen der Kommission vor dem 2. Aug. 2026 (R71); Altmodelle verstoßen erst nach dem 2. Aug. 2027 gegen die Pflichten.',
  // E26
  e26Title: 'Wortlaut von Art. 56 Abs. 6 nach dem Omnibus',
  e26: 'Die Quellen sind uneinig, ob der Satz zur Genehmigung durch Durchführungsrechtsakt fortbesteht (R81); keine Auswirkung auf die Ergebnisse der Engine.',
  // E27
  e27Title: 'Allgemeine Verwendbarkeit aus Tatsachen',
  e27: 'Tatsachen abfragen, nicht den rechtlichen Maßstab: Parameterzahl (≥ 1 Mrd.), Umfang und Breite der Trainingsdaten, Training unter umfassender Selbstüberwachung, die unterschiedlichen Aufgaben, die das Modell erfüllt oder anhand deren es evaluiert wurde, und ob es für eine bestimmte Aufgabe konzipiert und trainiert wurde (Spracherkennung, Text-zu-Sprache, Hochskalierung, Inpainting, ein Spiel, Wetter, Musik oder Soundeffekte). Tatsachen, die auf eine einzige eng begrenzte Aufgabe hindeuten, setzen ein erfülltes Rechenaufwandskriterium nur „ausnahmsweise“ außer Kraft (R9, R10): als mehrdeutig kennzeichnen. Ebenso Tatsachen, die unter 10^23 auf breite Kompetenz hindeuten. Unbekannt → das Kriterium entscheidet.',
  // E28
  e28Title: 'Art. 55 vor dem Inverkehrbringen',
  e28: 'Nach Leitlinien Rn. 26 laufen die Pflichten aufgrund des systemischen Risikos ab dem Zeitpunkt, zu dem die Schwelle erreicht ist, auch schon vor dem Inverkehrbringen; Art. 3 Nr. 3 und Nr. 63 verweisen auf das Inverkehrbringen. Engine: die Pflichten gelten spätestens ab dem Inverkehrbringen; „vorbereiten ab“ dem Datum der Schwellenüberschreitung anzeigen; als mehrdeutig kennzeichnen. Die Mitteilung nach Art. 52 Abs. 1 ist nicht betroffen: Sie läuft ab dem Datum der Schwellenüberschreitung (R35, R88).',
  // E29
  e29Title: 'Altmodell, das nach dem 2. Aug. 2025 10^25 überschreitet',
  e29: 'Fortgesetztes Training eines vor dem 2. Aug. 2025 in Verkehr gebrachten Modells durch denselben Anbieter bleibt im Lebenszyklus dieses Modells (R13). Nach dem Wortlaut von Art. 111 Abs. 3 und Leitlinien Abschn. 5.3 („gesamter Lebenszyklus“) ist der 2. Aug. 2027 die äußerste Grenze für alle seine Pflichten, einschließlich Art. 52 und 55; die strengere Lesart wendet E20 an (Mitteilung binnen zwei Wochen nach der Überschreitung). Engine: wie E7 — 2. Aug. 2027 als äußerste rechtliche Grenze, das strengere Datum als Empfehlung, als mehrdeutig gekennzeichnet. Ein neuer großer Vortrainingslauf ist ein neues Modell (R13).',
  // E30
  e30Title: 'Selbstbeschreibung gegen Tatsachen',
  e30: 'Ein Nutzer, der „Hobbyentwickler“ oder „Forschungslabor“ wählt, aber einen Preis, ein API- oder App-Geschäft oder die öffentliche Freigabe eines Modells über 10^25 angibt → die Tatsachen entscheiden (R22): als Bereitstellung im Rahmen einer Geschäftstätigkeit beurteilen und angeben, dass die Bezeichnung übergangen wurde und warum.',
};
