import type { Messages } from '../../message-id';
import type { provider as en } from '../en/provider';

export const provider: Messages<typeof en> = {
  // Das Ergebnis
  summaryNotGpai:
    'Nicht Anbieter eines KI-Modells mit allgemeinem Verwendungszweck: Das Modell ist kein KI-Modell mit allgemeinem Verwendungszweck, daher ist Kapitel V darauf nicht anwendbar.',
  labelYesOfModification: 'Ja – für die Veränderung',
  labelYesAsModelProvider: 'Ja – als Anbieter des Modells',

  // Hosting-Plattformen (R14, E23)
  relationQuestion: 'In welcher Beziehung stehen Sie zu dem Modell?',
  hostOutcome:
    'Eine Plattform, die lediglich von anderen hochgeladene Modelle bereithält (Hosting), ist nicht deren Anbieter; Anbieter ist, wer das Modell hochgeladen hat (E23).',
  hostSummary:
    'Nein: Das Hosting fremder Modelle macht Sie nicht zu deren Anbieter – Anbieter ist, wer sie hochgeladen hat.',

  // Entwickler, die das Modell in Verkehr bringen
  labelOncePlaced: 'Ab dem Inverkehrbringen',
  plannedSummary:
    'Noch nicht, aber Sie werden es, sobald Sie das Modell auf dem EU-Markt in Verkehr bringen; oberhalb von {systemicRiskThreshold} ist die Mitteilung nach Art. 52 Abs. 1 bereits jetzt geschuldet.',
  labelProbably: 'Wahrscheinlich',
  summaryCommissioned:
    'Ja: Sie haben das Modell entwickeln lassen und bringen es unter Ihrem Namen auf dem Unionsmarkt in Verkehr.',
  summaryConsortiumCoordinator:
    'Ja, sehr wahrscheinlich: Als Koordinator des Konsortiums gelten Sie als Anbieter des Modells, das das Konsortium in Verkehr bringt.',
  summaryDeveloper: 'Ja: Sie haben das Modell entwickelt und bringen es auf dem Unionsmarkt in Verkehr.',

  // Der Name auf dem Modell (R91)
  nameOnModelQuestion:
    'Unter wessen Namen oder Handelsmarke wird das Modell bereitgestellt: unter Ihrem oder unter dem eines Auftraggebers?',
  nameOnModelAskWhom: 'Rechtsabteilung oder Produktteam',
  nameOnModelAssumption: 'Annahme: unter Ihrem eigenen Namen.',
  nameOnModelStepQuestion: 'Unter wessen Namen oder Handelsmarke wird das Modell bereitgestellt?',
  nameOnModelClientAnswer: 'Unter dem eines Auftraggebers: Wir entwickeln es für ihn',
  nameOnModelClientOutcome:
    'Anbieter ist, wer das Modell unter seinem eigenen Namen oder seiner Handelsmarke in Verkehr bringt (Art. 3 Nr. 3): Anbieter ist der Auftraggeber, der es hat entwickeln lassen, nicht Sie.',
  nameOnModelClientSummary:
    'Nein: Sie entwickeln das Modell für einen Auftraggeber, der es unter seinem eigenen Namen in Verkehr bringt; Anbieter ist daher der Auftraggeber.',

  // Die Selbstbeschreibung (R14)
  relationOutcomeCommissioned:
    'Wer ein Modell entwickeln lässt und es unter seinem eigenen Namen in Verkehr bringt, ist dessen Anbieter, auch wenn ein anderer es trainiert hat.',
  relationOutcomeDeveloper:
    'Wer ein Modell entwickelt und es unter seinem eigenen Namen in Verkehr bringt, entgeltlich oder unentgeltlich, ist dessen Anbieter.',

  // Selbstbeschreibung durch Tatsachen einer Geschäftstätigkeit widerlegt (E30)
  overriddenPublicRelease: 'eine öffentliche Freigabe eines Modells oberhalb von {systemicRiskThreshold}',
  commercialQuestion: 'Wird das Modell im Rahmen einer Geschäftstätigkeit bereitgestellt?',
  overriddenAnswer: '{role} – jedoch: {facts}',
  overriddenOutcome:
    'Maßgeblich sind die Tatsachen, nicht die gewählte Beschreibung: Ein Preis oder eine sonstige Monetarisierung, eine als Geschäft betriebene API oder App, eine regelmäßige Abgabe oder eine öffentliche Freigabe oberhalb von {systemicRiskThreshold} machen die Abgabe zu einer „Bereitstellung auf dem Markt“. Beurteilt als Anbieter, der das Modell in Verkehr bringt.',
  overriddenTitle:
    '„{role, select, hobbyist {Einzelperson} other {Forschungseinrichtung}}“ durch Tatsachen einer Geschäftstätigkeit widerlegt',
  overriddenReading:
    'Beurteilt als Bereitstellung des Modells im Rahmen einer Geschäftstätigkeit (Art. 3 Nr. 10).',
  overriddenAlternative:
    'Ob eine Tätigkeit eine Geschäftstätigkeit ist, wird nach dem Blue Guide im Einzelfall beurteilt; eine gelegentliche, nicht berufsmäßige Abgabe wäre es nicht.',
  commercial_price: 'ein Preis, ein Abonnement oder eine Lizenzgebühr',
  commercial_otherMonetisation:
    'eine sonstige Monetarisierung (Werbung, kostenpflichtige Stufen oder an den Zugang gebundener Support)',
  commercial_apiOrAppBusiness: 'eine als Geschäft angebotene API oder App',
  commercial_regularSupply: 'eine regelmäßige Abgabe an andere',

  // Einzelpersonen (R22, E11)
  hobbyistCommercialQuestion:
    'Verlangen Sie ein Entgelt für das Modell, monetarisieren Sie es auf andere Weise (Werbung, kostenpflichtige Stufen), betreiben Sie damit eine API oder App als Geschäft oder geben Sie es regelmäßig ab?',
  hobbyistCommercialAskWhom: 'Sie selbst',
  hobbyistCommercialAssumption: 'Annahme: nichts davon.',
  hobbyistAnswer:
    '{role}; Tatsachen einer Geschäftstätigkeit: {reported, select, yes {ja} other {keine angegeben}}',
  hobbyistOutcome:
    'Die Bereitstellung auf dem Markt setzt eine Geschäftstätigkeit voraus; eine gelegentliche Abgabe durch eine Einzelperson ohne Preis, Monetarisierung, Geschäftsbetrieb oder regelmäßige Abgabe ist nach der am besten vertretbaren Auslegung kein Inverkehrbringen.',
  hobbyistTitle: 'Freigabe durch eine Einzelperson',
  hobbyistReading: 'Kein Inverkehrbringen, weil keine Tatsache einer Geschäftstätigkeit angegeben wurde.',
  hobbyistAlternative:
    'Die Leitlinien behandeln Einzelpersonen nicht; der Begriff der Geschäftstätigkeit im Blue Guide ist im Einzelfall zu beurteilen. Ein Preis, eine Monetarisierung, ein Geschäftsbetrieb oder eine regelmäßige Abgabe würde Sie zum Anbieter machen (E30).',
  hobbyistChange:
    'Wenn Sie für das Modell ein Entgelt verlangten, es monetarisierten, als Geschäft betrieben oder regelmäßig abgäben,',
  hobbyistEffect: 'würden Sie zu dessen Anbieter.',
  labelProbablyNot: 'Wahrscheinlich nicht',
  hobbyistSummary:
    'Wahrscheinlich nicht: Eine Freigabe durch eine Einzelperson ohne Tatsachen einer Geschäftstätigkeit ist nach der am besten vertretbaren Auslegung kein Inverkehrbringen.',

  // Konsortien (R14)
  consortiumQuestion: 'Koordiniert Ihre Organisation das Konsortium, das das Modell entwickelt?',
  consortiumAskWhom: 'Der Konsortialvertrag oder die Projektleitung',
  consortiumAssumption: 'Annahme: Sie koordinieren es und gelten daher als Anbieter.',
  consortiumStepQuestion: 'Welche Rolle haben Sie im Konsortium?',
  consortiumAnswerCoordinator: 'Koordinator',
  consortiumAnswerMember: 'Mitglied, nicht Koordinator',
  consortiumOutcomeMember:
    'In einem Konsortium ist Anbieter in der Regel der Koordinator oder das Konsortium selbst: Ein Mitglied, das nicht koordiniert, ist höchstwahrscheinlich nicht der Anbieter.',
  consortiumOutcomeCoordinator:
    'In einem Konsortium ist Anbieter in der Regel der Koordinator (oder das Konsortium selbst): als Anbieter behandelt.',
  consortiumTitle: 'Von einem Konsortium entwickeltes Modell',
  consortiumReadingMember: 'Anbieter ist der Koordinator, nicht Sie.',
  consortiumReadingCoordinator: 'Sie sind als Koordinator der Anbieter.',
  consortiumAlternative:
    'Die Leitlinien entscheiden bei Konsortien im Einzelfall: Anbieter kann das Konsortium selbst sein oder derjenige, der das Modell unter seinem Namen in Verkehr bringt.',
  consortiumMemberSummary:
    'Wahrscheinlich nicht: In einem Konsortium ist in der Regel der Koordinator (oder das Konsortium selbst) der Anbieter.',

  // Forschungseinrichtungen, die ihr Modell bereitstellen (E10)
  researchReleaseTitle: 'Forschungseinrichtung stellt ihr Modell bereit',
  researchReleaseReading:
    'Die Bereitstellung des Modells (z. B. die Freigabe der Gewichte zur Nutzung durch jedermann) ist ein Inverkehrbringen und keine Inbetriebnahme „für den alleinigen Zweck der wissenschaftlichen Forschung“.',
  researchReleaseAlternative:
    'Wäre der Zugang auf Forschungspartner und ausschließlich auf Forschungszwecke beschränkt, könnte der Ausschluss nach Art. 2 Abs. 6 greifen.',

  // Veränderungen des Modells (R23–R30, R90, R91)
  summaryOnBehalfOfOriginal:
    'Nein: Sie verändern das Modell im Auftrag seines ursprünglichen Anbieters, der dessen Anbieter bleibt.',
  summaryStaysWithOriginal:
    'Wahrscheinlich nicht: Das verfeinerte Modell bleibt unter dem Namen des ursprünglichen Anbieters bei diesem; er ist daher eher derjenige, der das Modell verändert.',
  summaryBelowThreshold:
    'Nein: Ihre Veränderung liegt unter einem Drittel des Rechenaufwands für das Training des ursprünglichen Modells; der ursprüngliche Anbieter bleibt daher Anbieter.',
  labelProbablyOfModification: 'Wahrscheinlich – für die Veränderung',
  summaryModificationUnknown:
    'Wahrscheinlich, als Anbieter des veränderten Modells: Der Rechenaufwand Ihrer Veränderung ist unbekannt und wird nicht zu Ihren Gunsten unterstellt (R90). Schätzen Sie ihn, um dies zu klären.',
  labelOncePlacedOfModification: 'Ab dem Inverkehrbringen – für die Veränderung',
  summaryModificationProvider:
    'Ja – als Anbieter des veränderten Modells: Ihre Veränderung hat mehr als ein Drittel des Rechenaufwands des ursprünglichen Modells verwendet. Ihre Pflichten nach Art. 53 erstrecken sich nur auf die Veränderung.',

  // Integratoren (R19, R21, E13, E24)
  upstreamExcludedQuestion:
    'Schließen die Bedingungen des Modellanbieters den Vertrieb und die Nutzung in der EU klar und unmissverständlich aus?',
  upstreamExcludedAskWhom: 'Rechtsabteilung (Lizenz- oder Nutzungsbedingungen des Modellanbieters)',
  upstreamExcludedAssumption: 'Annahme: nein; der vorgelagerte Anbieter bleibt daher Anbieter des Modells.',
  integratorOutcome:
    'Wer das Modell eines Dritten über eine API aufruft oder dessen unveränderte Gewichte nutzt, ist nachgelagerter Anbieter eines KI-Systems, nicht Anbieter des Modells (E24).',
  integratorModifiesChange:
    'Wenn Sie das Modell mit mehr als einem Drittel seines Rechenaufwands für das Training verfeinert oder anderweitig verändert hätten,',
  integratorModifiesEffect: 'würden Sie Anbieter des veränderten Modells.',
  integratorEuExcludedChange:
    'Wenn der Anbieter des Modells die EU klar ausgeschlossen hätte und Sie Ihr System in der EU in Verkehr brächten,',
  integratorEuExcludedEffect: 'würden Sie Anbieter des Modells selbst.',
  integratorSummary:
    'Nein: Sie bauen auf dem Modell eines Dritten auf und sind daher nachgelagerter Anbieter eines KI-Systems, nicht Anbieter des Modells.',
  integratorAsProviderQuestion:
    'Hat der vorgelagerte Anbieter die EU klar ausgeschlossen, während Ihr KI-System in der EU in Verkehr gebracht wird?',
  integratorAsProviderAnswer: 'EU vorgelagert ausgeschlossen: Ja; System in der EU: {systemInEu}',
  integratorAsProviderOutcome:
    'Sie werden Anbieter des Modells selbst, weil Sie ein Modell, dessen Anbieter die EU klar ausgeschlossen hat, in ein auf dem Unionsmarkt in Verkehr gebrachtes KI-System eingebracht haben.',
  integratorAsProviderTitle:
    'Nachgelagerter Integrator eines Modells, dessen Anbieter die EU ausgeschlossen hat',
  integratorAsProviderReading:
    'Sie sind Anbieter des Modells mit allen Pflichten nach Art. 53, obwohl Sie das Modell nicht trainiert haben.',
  integratorAsProviderAlternative:
    'Wie Sie eine Dokumentation erstellen sollen, über die Sie nicht verfügen, ist unklar; die Leitlinien äußern sich dazu nicht. Verschaffen Sie sich die Informationen vertraglich beim vorgelagerten Anbieter.',
  systemInEuQuestion: 'Wird Ihr KI-System in der EU in Verkehr gebracht oder in Betrieb genommen?',
  systemInEuAskWhom: 'Das Produktteam',
  systemInEuAssumption: 'Annahme: ja.',
  integratorAsProviderSummary:
    'Ja – als Anbieter des Modells: Sein ursprünglicher Anbieter hat die EU klar ausgeschlossen, und Sie haben ein darauf aufbauendes KI-System in der EU in Verkehr gebracht.',

  // Ausschlaggebende Antworten
  decisiveRole: 'Ihre Beziehung zu dem Modell',
  decisiveChannels: 'Wie es bereitgestellt wird',
  decisiveEuAvailability: 'In der EU verfügbar',
  decisiveSystemInEu: 'Ihr KI-System wird in der EU verwendet',
  decisiveUpstreamExcludedEu: 'Der Modellanbieter hat die EU klar ausgeschlossen',
  decisiveModificationFlop: 'Rechenaufwand der Veränderung',
  decisiveOriginalComputeFlop: 'Rechenaufwand für das Training des ursprünglichen Modells',
};
