import type { Messages } from '../../message-id';
import type { placement as en } from '../en/placement';

export const placement: Messages<typeof en> = {
  askChannelsQuestion:
    'Wie wird {who, select, modified {das veränderte Modell} other {das Modell}} bereitgestellt: API, Download, Paket, App, Cloud, interne Nutzung?',
  askWhomGoToMarket: 'Das Produkt- oder Vertriebsteam (Markteinführung)',
  askChannelsAssumption: 'Annahme: Es wird auf dem Unionsmarkt in Verkehr gebracht.',

  // R2: nicht bereitgestellt und nicht zum Inverkehrbringen bestimmt
  intentionQuestion: 'Ist das Modell dazu bestimmt, auf dem EU-Markt in Verkehr gebracht zu werden?',
  notMeantAnswer: 'Nicht bereitgestellt und nicht zum Inverkehrbringen bestimmt',
  notMeantOutcome:
    'Ohne die Absicht, {who, select, modified {das veränderte Modell} other {das Modell}} in Verkehr zu bringen, wird es nicht in Verkehr gebracht, und Sie sind nicht dessen Anbieter.',
  notMeantSummary:
    'Nein: {who, select, modified {Das veränderte Modell} other {Das Modell}} wird nicht bereitgestellt und ist nicht zum Inverkehrbringen auf dem EU-Markt bestimmt.',

  // R3, E30: Forschungspartner
  soleResearchSummary:
    'Nein: Ein Modell, das nur für die wissenschaftliche Forschung weitergegeben wird, fällt nicht unter die KI-Verordnung.',
  researchSupplyQuestion: 'Ist die Abgabe an Forschungspartner ein Inverkehrbringen?',
  researchSupplyAnswer: '{channels}, mit Tatsachen einer Geschäftstätigkeit',
  researchSupplyOutcome:
    'Im Rahmen einer Geschäftstätigkeit abgegeben, wird das Modell auf dem Markt bereitgestellt – und nicht für den alleinigen Zweck der wissenschaftlichen Forschung in Betrieb genommen (Art. 2 Abs. 6).',

  // R88: geplantes Inverkehrbringen
  plannedAnswer: '{intention, select, yes {Ja} other {Unentschieden}}; {when}',
  plannedFor: 'geplant für den {date}',
  noDateDecided: 'kein Datum festgelegt',
  plannedOutcome:
    'Als geplantes Inverkehrbringen beurteilt: Sie werden mit dem Inverkehrbringen zum Anbieter, und die Pflichten gelten ab diesem Zeitpunkt – oberhalb von {systemicRiskThreshold} ist die Mitteilung nach Art. 52 Abs. 1 jedoch schon jetzt, vor dem Inverkehrbringen, geschuldet.',
  undecidedTitle: 'Unentschieden, ob das Modell auf dem EU-Markt in Verkehr gebracht wird',
  undecidedReading:
    'Als zum Inverkehrbringen bestimmt gelesen (die vorsichtige Auslegung): So wird eine vor dem Inverkehrbringen geschuldete Mitteilung nicht versäumt.',
  undecidedAlternative:
    'Wird es nie bereitgestellt, bleibt es außerhalb der Begriffsbestimmung, solange es für Forschung und Entwicklung verwendet wird (R2), und es ist nichts geschuldet.',

  // R17, R20, E8: interne Nutzung außerhalb der Union
  internalLocationQuestion: 'Wo findet die interne Nutzung statt?',
  outsideUnionAnswer: '{channels}; nur außerhalb der EU',
  outsideUnionOutcome:
    'Nur intern außerhalb der Union genutzt und in der Union nicht bereitgestellt: Das Modell wird nicht auf dem Unionsmarkt in Verkehr gebracht, daher sind Sie nach der KI-Verordnung nicht dessen Anbieter – auch nicht bei systemischem Risiko (Erwägungsgrund 97 erweitert den räumlichen Anwendungsbereich der Verordnung nicht).',
  internalUseInEuChange:
    'Wenn das Modell in der EU genutzt würde oder seine Nutzung Personen in der EU beträfe,',
  internalUseInEuEffect:
    'würde eine für einen Dienst wesentliche oder die Rechte von Personen berührende interne Nutzung – und jede Nutzung eines Modells mit systemischem Risiko – als Inverkehrbringen auf dem Unionsmarkt gelten.',
  outsideUnionSummary:
    'Nein: Das Modell wird nur intern außerhalb der EU genutzt und daher nicht auf dem Unionsmarkt in Verkehr gebracht.',
  askInternalLocationQuestion:
    'Wo findet die interne Nutzung statt: in der EU, außerhalb der EU oder an beiden Orten?',
  askWhomInternalTeam: 'Das Team, das das Modell intern betreibt',
  askInternalLocationAssumption: 'Annahme: Sie findet in der EU statt.',

  // R17, E8: nur interne Nutzung
  channelsQuestion: 'Wie wird das Modell bereitgestellt?',
  internalSystemicOutcome:
    'Eine rein interne Nutzung wäre normalerweise kein Inverkehrbringen (R17), aber nach Erwägungsgrund 97 sollten Modelle mit systemischem Risiko stets den Pflichten unterliegen, und die Integration eines eigenen Modells in ein KI-System, das für den eigenen Gebrauch in Betrieb genommen wird, gilt als Inverkehrbringen (R16). Als in Verkehr gebracht behandelt.',
  internalSystemicTitle: 'Modell mit systemischem Risiko, das nur intern in der EU genutzt wird',
  internalSystemicReading:
    'Sie werden als dessen Anbieter behandelt: Nach Erwägungsgrund 97 sollten Modelle mit systemischem Risiko stets den Pflichten unterliegen.',
  internalSystemicAlternative:
    'Die verfügenden Begriffsbestimmungen setzen ein Inverkehrbringen voraus; bei strenger Auslegung löst die rein interne Nutzung eines Modells keinerlei Pflichten für das Modell aus.',
  internalOnlyOutcome:
    'Nur für interne Abläufe genutzt, von denen kein Produkt und kein Dienst für andere abhängt und die keine Entscheidungen über Personen treffen: kein Inverkehrbringen, daher gelten die Pflichten für das Modell nicht.',
  internalEssentialChange:
    'Wenn ein Produkt oder Dienst, den Sie anderen anbieten, von der internen Nutzung abhängig würde oder das Modell für Entscheidungen über Personen in der EU genutzt würde,',
  internalEssentialEffect: 'wäre dies ein Inverkehrbringen, und Sie würden zum Anbieter.',
  internalOnlySummary: 'Nein: Eine rein interne Nutzung ist kein Inverkehrbringen.',

  // R15, R16, R18, R82: Vertriebswege
  ownAppOutcome:
    'Die Integration Ihres eigenen Modells in Ihr eigenes KI-System, das bereitgestellt oder in Betrieb genommen wird, gilt als Inverkehrbringen des Modells; die Pflichten für das Modell und für das System gelten nebeneinander.',
  channelsOutcome:
    'Jeder dieser Wege ist eine Form der erstmaligen Bereitstellung des Modells – ein Inverkehrbringen, wenn sie in der Union erfolgt. Wer das Modell an ein Unternehmen abgibt, das es in sein eigenes KI-System integriert, bringt das Modell in Verkehr; dieses Unternehmen ist nur Anbieter des Systems.',
  supervisorQuestion: 'Wer beaufsichtigt ein KI-System, das auf Ihrem eigenen Modell beruht?',
  supervisorOutcome:
    'Seit der Verordnung (EU) 2026/1744 ist das Büro für Künstliche Intelligenz ausschließlich für die Aufsicht über KI-Systeme zuständig, die auf einem KI-Modell mit allgemeinem Verwendungszweck desselben Anbieters beruhen (mit den aufgeführten Ausnahmen) (E9).',

  // R4, R19, R20: Bereitstellung in der Union
  euQuestion: 'Wird das Modell in der EU bereitgestellt?',
  euDirectOutcome:
    'Auf dem Unionsmarkt in Verkehr gebracht; die Verordnung gilt unabhängig davon, ob Sie in der EU niedergelassen sind.',
  euNoneOutcome: 'Nie in der Union bereitgestellt: nicht auf dem Unionsmarkt in Verkehr gebracht.',
  enterEuChange: 'Wenn das Modell in der EU verfügbar würde, unmittelbar oder über dort genutzte KI-Systeme,',
  enterEuEffect: 'würden Sie nach der KI-Verordnung zu dessen Anbieter.',
  euNoneSummary: 'Nein: Das Modell wird in der Union nicht bereitgestellt.',
  askEuQuestion: 'Ist das Modell oder ein darauf beruhendes KI-System für Nutzer in der EU verfügbar?',
  askWhomSales: 'Das Produkt- oder Vertriebsteam',
  askEuAssumption: 'Annahme: Es ist in der EU verfügbar.',
  euUnknownOutcome: 'Bis zur Klärung als auf dem Unionsmarkt in Verkehr gebracht angenommen.',

  // R19, E13: über nachgelagerte Akteure
  euExcludedQuestion:
    'Haben Sie den Vertrieb und die Nutzung in der EU klar und unmissverständlich ausgeschlossen?',
  euExcludedOutcome:
    'Nicht Anbieter des Modells für die EU: Ein nachgelagerter Akteur, der das Modell dennoch in ein in der Union in Verkehr gebrachtes KI-System integriert, wird zum Anbieter des Modells.',
  euExcludedSummary:
    'Nein: Sie haben die EU klar ausgeschlossen; ein nachgelagerter Akteur, der das Modell in die EU bringt, wird daher zu dessen Anbieter.',
  askEuExcludedQuestion:
    'Schließen Ihre Bedingungen den Vertrieb und die Nutzung des Modells in der EU klar und unmissverständlich aus, einschließlich der Integration in für die EU bestimmte Systeme?',
  askWhomLegal: 'Rechtsabteilung (Vertrags- und Lizenzbedingungen)',
  askEuExcludedAssumption: 'Annahme: Die EU ist nicht ausgeschlossen; Sie sind daher der Anbieter.',
  viaDownstreamAnswer: '{availability}; EU ausgeschlossen: {excluded}',
  viaDownstreamOutcome:
    'Das Modell gilt als auf dem Unionsmarkt in Verkehr gebracht, sobald ein darauf beruhendes nachgelagertes KI-System dort in Verkehr gebracht wird, und Sie bleiben dessen Anbieter, sofern Sie die EU nicht klar ausgeschlossen haben.',
  excludeEuChange:
    'Wenn Sie den Vertrieb und die Nutzung in der EU klar und unmissverständlich ausschlössen,',
  excludeEuEffect:
    'würde ein nachgelagerter Akteur, der das Modell in die EU bringt, an Ihrer Stelle zu dessen Anbieter.',

  // R3 / E10: nur Forschungspartner
  soleResearchOutcome:
    'Nur an Forschungspartner ausschließlich für die wissenschaftliche Forschung weitergegeben: Ein Modell, das eigens für den alleinigen Zweck der wissenschaftlichen Forschung und Entwicklung entwickelt und in Betrieb genommen wird, fällt nicht unter die KI-Verordnung. Tests unter Realbedingungen sind von diesem Ausschluss nicht erfasst.',
  soleResearchTitle: 'Weitergabe auf Forschungspartner beschränkt',
  soleResearchReading:
    'Als Forschung für den alleinigen Zweck der wissenschaftlichen Forschung nicht von der KI-Verordnung erfasst (Art. 2 Abs. 6).',
  soleResearchAlternative:
    'Dürfen die Partner das Modell über die Forschung hinaus nutzen oder wird es unter Realbedingungen getestet, greift der Ausschluss nicht.',
  releaseResearchChange: 'Wenn Sie die Gewichte freigäben oder das Modell öffentlich anböten,',
  releaseResearchEffect: 'wäre dies ein Inverkehrbringen, und Sie würden zu dessen Anbieter (R15).',
};
