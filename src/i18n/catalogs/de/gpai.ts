import type { Messages } from '../../message-id';
import type { gpai as en } from '../en/gpai';

export const gpai: Messages<typeof en> = {
  // Kontrafaktisch: Überschreiten des indikativen Kriteriums
  crossThresholdChange: 'Bei mehr als {gpaiThreshold} Rechenaufwand für das Training (derzeit {flop})',
  crossThresholdEffect: 'würde vermutet, dass das Modell ein KI-Modell mit allgemeinem Verwendungszweck ist.',
  labelProbably: 'Wahrscheinlich',

  // R2 / R3: nur Forschung, Entwicklung oder Prototyping
  researchQuestion: 'Wie wird das Modell bereitgestellt?',
  researchAnswerPartners: 'Nur an Forschungspartner weitergegeben, ausschließlich zu Forschungszwecken',
  researchAnswerNotPlaced: 'Nicht bereitgestellt und nicht zum Inverkehrbringen auf dem EU-Markt bestimmt',
  researchOutcome:
    'Ein Modell, das nur für Forschung, Entwicklung oder Prototyping verwendet wird, ohne die Absicht, es in Verkehr zu bringen, ist kein KI-Modell mit allgemeinem Verwendungszweck im Sinne der Begriffsbestimmung: Kapitel V ist nicht anwendbar.',
  placeResearchChange:
    'Wenn Sie sich entschlössen, das Modell bereitzustellen – über eine API, einen Download, ein Paket, eine App oder durch eine für einen Dienst wesentliche interne Nutzung –,',
  placeResearchEffect:
    'würde es als KI-Modell mit allgemeinem Verwendungszweck beurteilt, und oberhalb von {systemicRiskThreshold} wäre die Mitteilung nach Art. 52 Abs. 1 schon vor dem Inverkehrbringen geschuldet (R88).',
  labelNotYet: 'Noch nicht',
  researchSummaryPartners:
    'Nein: Ein Modell, das nur an Forschungspartner zu Forschungszwecken weitergegeben wird, fällt nicht unter die Begriffsbestimmung.',
  researchSummaryNotPlaced:
    'Nicht, solange es nur für Forschung, Entwicklung oder Prototyping verwendet wird und nicht zum Inverkehrbringen bestimmt ist.',
  decisiveChannels: 'Wie es bereitgestellt wird',
  decisiveIntention: 'Zum Inverkehrbringen auf dem EU-Markt bestimmt',
  decisiveChannelsPartners: 'Nur an Forschungspartner, zu Forschungszwecken',

  // R7: das indikative Kriterium (Rechenaufwand R12, Modalität R10)
  criterionQuestion:
    'Ist das indikative Kriterium erfüllt: mehr als {gpaiThreshold} und Ausgabe von Sprache (Text oder gesprochene Sprache), Bildern aus Text oder Videos aus Text?',
  criterionAnswer: '{flop}; {modalities}',
  criterionMet:
    'Kriterium erfüllt: {flop} sind mehr als {gpaiThreshold}, und das Modell erzeugt Sprache, Bilder aus Text oder Videos aus Text.',
  criterionAssumedMet:
    'Kriterium als erfüllt behandelt, weil eine Tatsache unbekannt ist (vorsichtige Auslegung).',
  criterionNotMetModality:
    'Kriterium nicht erfüllt: Das Modell erzeugt weder Sprache (Text oder gesprochene Sprache) noch Bilder aus Text noch Videos aus Text – Audio ohne gesprochene Sprache und Bild-zu-Bild-Verarbeitung zählen nicht (R10, R11).',
  criterionNotMetCompute:
    'Kriterium nicht erfüllt: {flop} sind nicht mehr als {gpaiThreshold}{exactly, select, yes { (genau {gpaiPower} erfüllt „mehr als“ nicht, E2)} other {}}.',

  // Offene Fragen zum Kriterium
  askModalitiesQuestion:
    'Welche Arten von Ausgaben kann das Modell erzeugen: Text oder Code, gesprochene Sprache, sonstiges Audio, Bilder aus Text, nur Bild-zu-Bild, Video, Sonstiges?',
  askWhomModelTeam: 'Das Modell- oder Produktteam',
  askModalitiesAssumption:
    'Annahme: Es kann Sprache, Bilder oder Videos erzeugen, wie es das Kriterium voraussetzt.',
  askOriginalComputeQuestion:
    'Wie viel Rechenaufwand wurde für das Training des ursprünglichen Modells verwendet? Prüfen Sie dessen Model Card oder Dokumentation oder fragen Sie dessen Anbieter (Informationen nach Art. 53 Abs. 1 Buchst. b).',
  askComputeQuestion:
    'Wie viel Rechenaufwand (FLOP) ist beim Training unmittelbar in Parameteraktualisierungen eingeflossen? Schätzen Sie ihn anhand der Hardware (N·L·H·U) oder der Architektur (6·P·D).',
  askWhomOriginalProvider: 'Der Anbieter des ursprünglichen Modells',
  askWhomTrainingTeam: 'Das Trainings- oder Infrastrukturteam',
  askOriginalComputeAssumption:
    'Annahme: Das ursprüngliche Modell ist ein KI-Modell mit allgemeinem Verwendungszweck (oberhalb von {gpaiThreshold}).',
  askComputeAssumption:
    'Annahme: oberhalb von {gpaiThreshold}, sofern die Tatsachen nicht auf ein für eine einzige Aufgabe entwickeltes Modell hinweisen.',

  // R8, R9, R10, E27: die Tatsachen zur Allgemeinheit
  generalityQuestion:
    'Sprechen die Tatsachen über das Modell für mehr oder weniger Allgemeinheit, als das Kriterium anzeigt?',
  generalityNoIndication:
    'Die Tatsachen geben keinen klaren Hinweis, daher entscheidet das Kriterium: {met, select, yes {ein} other {kein}} KI-Modell mit allgemeinem Verwendungszweck.',
  generalityConsistent:
    'Im Einklang mit dem Kriterium: {met, select, yes {ein} other {kein}} KI-Modell mit allgemeinem Verwendungszweck.',
  narrowQuestion: 'Wurde das Modell für eine bestimmte Aufgabe konzipiert und trainiert?',
  narrowOutcome:
    'Kein KI-Modell mit allgemeinem Verwendungszweck: Obwohl das Kriterium erfüllt ist, fehlt einem für eine einzige, eng umgrenzte Aufgabe entwickelten Modell (etwa Transkription, Text-zu-Sprache, Hochskalieren, Inpainting, Spielen eines Spiels, Wettermodellierung, Musik oder Soundeffekte) die erhebliche Allgemeinheit.',
  narrowAmbiguityTitle: 'Oberhalb des Rechenaufwandskriteriums, aber für eine einzige Aufgabe entwickelt',
  narrowAmbiguityReading:
    'Kein KI-Modell mit allgemeinem Verwendungszweck: Die Kommission behandelt das Kriterium als widerlegbar und nennt eng spezialisierte, mit 10^24 FLOP trainierte Modelle als Beispiele für Modelle, die keine KI-Modelle mit allgemeinem Verwendungszweck sind.',
  narrowAmbiguityAlternative:
    'Die Ausnahme gilt nur „ausnahmsweise“: Führt das Modell tatsächlich ein breites Spektrum unterschiedlicher Aufgaben kompetent aus, ist es ein KI-Modell mit allgemeinem Verwendungszweck.',
  broadenChange:
    'Wenn das Modell nicht auf eine Aufgabe beschränkt wäre, sondern ein breites Spektrum unterschiedlicher Aufgaben kompetent ausführte,',
  broadenEffect:
    'wäre es ein KI-Modell mit allgemeinem Verwendungszweck, weil es das Kriterium zu Rechenaufwand und Modalität erfüllt.',
  broadQuestion: 'Zeigen die Tatsachen unterhalb des Kriteriums eine erhebliche Allgemeinheit?',
  broadOutcome:
    'Als KI-Modell mit allgemeinem Verwendungszweck behandelt: Mindestens eine Milliarde Parameter, trainiert mit großen, breit gefächerten Daten unter umfangreicher Selbstüberwachung, oder ein breites Spektrum unterschiedlicher Aufgaben weisen auch unterhalb des Kriteriums eine erhebliche Allgemeinheit auf – ausnahmsweise.',
  broadAmbiguityTitle: 'Unterhalb des Rechenaufwandskriteriums, aber die Tatsachen zeigen Allgemeinheit',
  broadAmbiguityReading:
    'Ein KI-Modell mit allgemeinem Verwendungszweck, weil die angegebenen Tatsachen eine erhebliche Allgemeinheit aufweisen (Art. 3 Nr. 63, Erwägungsgrund 98).',
  broadAmbiguityAlternative:
    'Nach der Kommission ist ein Modell unterhalb des Kriteriums nur ausnahmsweise ein KI-Modell mit allgemeinem Verwendungszweck; Belege für eine begrenzte Leistungsfähigkeit sprächen dagegen.',
  askSingleTaskQuestion:
    'Wurde das Modell für eine bestimmte Aufgabe (etwa Transkription, Hochskalieren oder ein Spiel) konzipiert und trainiert oder nicht?',
  askBreadthQuestion:
    'Welche unterschiedlichen Aufgaben führt das Modell aus, wie viele Parameter hat es, und wurde es mit Selbstüberwachung auf großen und breit gefächerten Daten trainiert?',
  askGeneralityAssumption: 'Allein nach dem Kriterium zu Rechenaufwand und Modalität entschieden.',

  // Entscheidende Antworten
  decisiveModalities: 'Was das Modell ausgeben kann',
  decisiveOriginalCompute: 'Rechenaufwand für das Training des ursprünglichen Modells',
  decisiveCompute: 'Rechenaufwand für das Training (Parameteraktualisierungen)',
  decisiveGenerality: 'Tatsachen zur Allgemeinheit',

  // Ergebnis
  summaryExceptionally:
    'Ja – ausnahmsweise: Das Modell liegt unter dem indikativen Kriterium, aber die Tatsachen zeigen eine erhebliche Allgemeinheit.',
  summaryProbably:
    'Wahrscheinlich ja: als KI-Modell mit allgemeinem Verwendungszweck behandelt, bis die unbekannten Tatsachen geprüft sind.',
  summaryYes:
    'Ja: Das Modell wurde mit mehr als {gpaiThreshold} trainiert, erzeugt Sprache, Bilder aus Text oder Videos aus Text und ist nicht für eine einzige, eng umgrenzte Aufgabe entwickelt.',
  summaryNarrow:
    'Nein: Das Modell erfüllt das Rechenaufwandskriterium, wurde aber für eine einzige, eng umgrenzte Aufgabe entwickelt.',
  summaryNoModality:
    'Nein: Das Modell erzeugt weder Sprache noch Bilder aus Text noch Videos aus Text, und die Tatsachen zeigen keine breite Allgemeinheit.',
  summaryNoCompute:
    'Nein: Sein Rechenaufwand für das Training beträgt nicht mehr als {gpaiThreshold}, und die Tatsachen zeigen keine breite Allgemeinheit.',
};
