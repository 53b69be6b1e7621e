import type { Messages } from '../../message-id';
import type { modifier as en } from '../en/modifier';

export const modifier: Messages<typeof en> = {
  // Handeln für den ursprünglichen Anbieter (R91, R13)
  onBehalfQuestion:
    'Nehmen Sie die Veränderung für den ursprünglichen Anbieter vor (aufgrund eines Vertrags mit ihm, in seinem Auftrag)?',
  onBehalfAskWhom: 'Die für den Vertrag verantwortliche Person',
  onBehalfAssumption: 'Annahme: Sie handeln auf eigene Rechnung, als nachgelagerter Modifizierer.',
  onBehalfStepQuestion: 'Verändern Sie das Modell im Auftrag seines ursprünglichen Anbieters?',
  onBehalfOutcome:
    'Eine Veränderung durch den ursprünglichen Anbieter oder für ihn ist Teil des Lebenszyklus dieses Modells (R13): Der ursprüngliche Anbieter bleibt Anbieter, und Sie sind kein nachgelagerter Modifizierer.',

  // Verfeinerung, die beim ursprünglichen Anbieter bleibt (R27, E17)
  platformQuestion:
    'Bleibt das verfeinerte Modell unter dem Namen des ursprünglichen Anbieters auf dessen Plattform, oder verfügen Sie über die Gewichte und bringen es selbst in Verkehr?',
  platformAskWhom: 'Das ML-Team und die für den Vertrag verantwortliche Person',
  platformAssumption: 'Annahme: Sie kontrollieren das Ergebnis und bringen es selbst in Verkehr.',
  staysQuestion: 'Bleibt das veränderte Modell unter seinem Namen beim ursprünglichen Anbieter?',
  staysAnswerOriginalName: 'Unter dem Namen des ursprünglichen Anbieters bereitgestellt',
  staysAnswerPlatform: 'Ja, auf dessen Plattform',
  staysOutcome:
    'Entscheidend sind die Kontrolle über die Gewichte und der Name auf dem Modell: Bleibt das verfeinerte Modell unter dem Namen des ursprünglichen Anbieters bei diesem, ist eher dieser Anbieter der „Modifizierer“.',
  staysTitle: 'Feinabstimmung über die API des ursprünglichen Anbieters',
  staysReading:
    'Der ursprüngliche Anbieter, der die Gewichte kontrolliert und dessen Namen das Modell trägt, wird als Modifizierer behandelt, nicht Sie.',
  staysAlternative:
    'Wenn Sie eine umfangreiche Feinabstimmung in Auftrag gegeben haben und das Ergebnis unter Ihrem eigenen Namen in Verkehr bringen, weist Art. 3 Nr. 3 („entwickeln lässt“) auf Sie.',

  // Rechenaufwand der Veränderung unbekannt (R90)
  unknownComputeQuestion:
    'Wie viel Rechenaufwand hat Ihre Veränderung (Feinabstimmung, weiteres Training) in FLOP verwendet? Schätzen Sie ihn anhand der Hardware (N·L·H·U) oder der Tokens (6·P·D).',
  unknownComputeAskWhom: 'Das ML-Team, das die Feinabstimmung durchgeführt hat',
  unknownComputeAssumption:
    'Annahme: mehr als ein Drittel des Rechenaufwands des ursprünglichen Modells; Sie werden daher als Anbieter behandelt.',
  oneThirdQuestion:
    'Hat die Veränderung mehr als ein Drittel des Rechenaufwands für das Training des ursprünglichen Modells verwendet?',
  unknownComputeAnswer: 'Rechenaufwand der Veränderung unbekannt',
  unknownComputeOutcome:
    'Nicht bestimmt. Den Rechenaufwand Ihrer eigenen Veränderung können Sie stets schätzen; daher gilt die vorsichtige Auslegung: Sie werden als Anbieter des veränderten Modells behandelt, mit auf die Veränderung beschränkten Pflichten (R28).',
  unknownComputeTitle: 'Rechenaufwand der Veränderung unbekannt',
  unknownComputeReading:
    'Anbieter des veränderten Modells (vorsichtige Auslegung), mit auf die Veränderung beschränkten Pflichten.',
  unknownComputeAlternative:
    'Hat die Veränderung höchstens ein Drittel des Rechenaufwands für das Training des ursprünglichen Modells verwendet, sind Sie nicht dessen Anbieter; der ursprüngliche Anbieter bleibt Anbieter (R30).',

  // Die Ein-Drittel-Prüfung (R24)
  oneThirdAnswer: 'Veränderung {modification}; ursprüngliches Modell {original} (ein Drittel: {third})',
  oneThirdOutcomeAbove: 'Ja: eine erhebliche Veränderung; Sie werden daher Anbieter des veränderten Modells.',
  oneThirdOutcomeNotAbove:
    'Nein: nicht mehr als ein Drittel (genau ein Drittel erfüllt „mehr als“ nicht); Sie sind daher nicht der Anbieter.',
  oneThirdChangeAtMost:
    'Mit höchstens {flop} Rechenaufwand für die Veränderung (ein Drittel des ursprünglichen Modells)',
  oneThirdChangeMoreThan:
    'Mit mehr als {flop} Rechenaufwand für die Veränderung (ein Drittel des ursprünglichen Modells)',
  wouldNotBecomeProvider: 'würden Sie nicht Anbieter des veränderten Modells.',
  wouldBecomeProvider: 'würden Sie Anbieter des veränderten Modells.',

  // Die Ersatzschwelle bei unbekanntem ursprünglichem Rechenaufwand (R25, E4)
  fallbackQuestion:
    'Der ursprüngliche Rechenaufwand ist unbekannt: Überschreitet die Veränderung die Ersatzschwelle?',
  fallbackAnswer:
    'Veränderung {modification}; ursprüngliches Modell mit systemischem Risiko: {originalSystemicRisk}',
  fallbackOutcomeAbove: 'Ja: Die Ersatzschwelle beträgt ein Drittel von {base} (etwa {third}).',
  fallbackOutcomeNotAbove: 'Nein: Die Ersatzschwelle beträgt ein Drittel von {base} (etwa {third}).',
  fallbackChangeAtMost: 'Mit höchstens {flop} Rechenaufwand für die Veränderung',
  fallbackChangeMoreThan: 'Mit mehr als {flop} Rechenaufwand für die Veränderung',
  unknownRiskTitle:
    'Ursprünglicher Rechenaufwand unbekannt und Einstufung des ursprünglichen Modells hinsichtlich systemischer Risiken unbekannt',
  unknownRiskReading:
    'Es gilt die niedrigere Ersatzschwelle: Mehr als ein Drittel von {gpaiThreshold} (etwa 3,3 × 10^22) macht Sie zum Anbieter.',
  unknownRiskAlternative:
    'Ist das ursprüngliche Modell ein Modell mit systemischem Risiko, gilt die höhere Ersatzschwelle von einem Drittel von {systemicRiskThreshold} (etwa 3,3 × 10^24).',
  unknownRiskQuestion:
    'Ist das ursprüngliche Modell ein KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko (auf der Liste der Kommission oder oberhalb von {systemicRiskThreshold})?',
  unknownRiskAskWhom:
    'Der Anbieter des ursprünglichen Modells oder die von der Kommission veröffentlichte Liste (Art. 52 Abs. 6)',
  unknownRiskAssumption: 'Annahme: nein; es gilt daher die niedrigere Ersatzschwelle (3,3 × 10^22 FLOP).',

  // Unterhalb der Schwelle (R30, E6)
  belowQuestion: 'Sind Sie Anbieter des veränderten Modells?',
  belowAnswer: 'Unterhalb der Schwelle',
  belowOutcomeSystemicRisk:
    'Nein: Eine Veränderung unterhalb der Schwelle macht Sie nicht zum Anbieter; der ursprüngliche Anbieter behält seine Pflichten für Modelle mit systemischem Risiko für das ursprüngliche Modell, einschließlich vorhersehbarer Veränderungen.',
  belowOutcome:
    'Nein: Der ursprüngliche Anbieter bleibt Anbieter des Modells; Sie können Pflichten als Anbieter eines KI-Systems haben.',
};
