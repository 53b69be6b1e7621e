import type { Messages } from '../../message-id';
import type { openSource as en } from '../en/open-source';

export const openSource: Messages<typeof en> = {
  labelNotApplicable: 'Nicht anwendbar',
  labelNo: 'Nein',
  labelYesPartial: 'Ja (teilweise)',
  summaryNotProvider:
    'Nicht anwendbar: Sie haben keine Anbieterpflichten, von denen Sie ausgenommen werden könnten.',
  systemicRiskQuestion: 'Kann die Open-Source-Ausnahme für ein Modell mit systemischem Risiko gelten?',
  systemicRiskAnswer: 'Das Modell weist ein systemisches Risiko auf',
  systemicRiskOutcome:
    'Nein: Die Ausnahme gilt unabhängig von der Lizenz nie für KI-Modelle mit allgemeinem Verwendungszweck mit systemischem Risiko (E14).',
  summarySystemicRisk:
    'Nein: Die Ausnahme gilt unabhängig von der Lizenz nie für ein Modell mit systemischem Risiko.',
  noLicenceQuestion:
    'Wird das Modell unter einer freien und quelloffenen Lizenz mit öffentlich zugänglichen Gewichten bereitgestellt?',
  noLicenceAnswer: 'Nicht beantwortet',
  noLicenceOutcome: 'Es wurden keine Angaben zur Lizenz gemacht; die Ausnahme ist daher nicht festgestellt.',
  summaryNoLicence:
    'Nein: Nichts deutet auf eine Veröffentlichung unter einer freien und quelloffenen Lizenz mit öffentlich zugänglichen Gewichten hin.',
  summaryExempt:
    'Ja, teilweise: frei und quelloffen, mit öffentlich zugänglichen Gewichten und ohne Monetarisierung; daher gelten Art. 53 Abs. 1 Buchst. a und b sowie Art. 54 nicht – die Strategie zur Einhaltung des Urheberrechts und die Zusammenfassung der für das Training verwendeten Inhalte bleiben erforderlich.',
  summaryNotEstablished:
    'Nicht festgestellt: Einige Angaben zur Lizenz oder zur Veröffentlichung sind unbekannt.',
  summaryFailure: 'Nein, denn {reason}.',
  rightLabelAccess: 'Lizenz erlaubt freien Zugang für jedermann',
  rightLabelUse: 'Lizenz erlaubt freie Nutzung',
  rightLabelModify: 'Lizenz erlaubt freie Änderung',
  rightLabelDistribute: 'Lizenz erlaubt freie Verbreitung',
  rightFailureAccess: 'die Lizenz erlaubt keinen freien Zugang für jedermann',
  rightFailureUse: 'die Lizenz erlaubt keine freie Nutzung',
  rightFailureModify: 'die Lizenz erlaubt keine freie Änderung',
  rightFailureDistribute: 'die Lizenz erlaubt keine freie Verbreitung',
  rightsQuestion:
    'Erlaubt die Lizenz jedermann den freien Zugang zum Modell sowie dessen freie Nutzung, Änderung und Verbreitung?',
  rightsAnswer: 'Zugang: {access}; Nutzung: {use}; Änderung: {modify}; Verbreitung: {distribute}',
  rightsOutcomeGranted: 'Ja: Alle vier Rechte werden eingeräumt.',
  rightsOutcomeNotEstablished: 'Nicht alle vier Rechte sind festgestellt.',
  restrictionNonCommercial:
    'die Lizenz verbietet die kommerzielle Nutzung oder beschränkt sie auf Forschungszwecke',
  restrictionUserCap:
    'die Lizenz beschränkt die Nutzung ab einer bestimmten Nutzerzahl (z. B. monatlich aktive Nutzer)',
  restrictionSeparateCommercialLicence:
    'für einige Nutzungen ist eine gesonderte kommerzielle Lizenz erforderlich',
  restrictionNoDistribution: 'die Lizenz verbietet die Verbreitung',
  restrictionSafetyClauses: 'sicherheitsbezogene Nutzungsbeschränkungen',
  restrictionAttributionShareAlike: 'Namensnennung / Weitergabe unter gleichen Bedingungen',
  termsQuestion: 'Beschränken die Lizenzbedingungen die Nutzung?',
  termsOutcomeDisqualifying:
    'Ausschließend: Bedingungen, die die Nutzung auf nichtkommerzielle Zwecke oder auf die Forschung beschränken, Obergrenzen für die Nutzerzahl, gesonderte kommerzielle Lizenzen oder Verbreitungsverbote schließen die Ausnahme aus.',
  termsOutcomeAllowed:
    'Zulässig: Namensnennung, Weitergabe unter gleichen Bedingungen und verhältnismäßige sicherheitsbezogene Beschränkungen schließen die Ausnahme nicht aus.',
  e15Title: 'Sicherheitsbezogene Lizenzbeschränkungen',
  e15ReadingChosen:
    'Als zulässig behandelt: Verhältnismäßige, objektive und nichtdiskriminierende Sicherheitsbeschränkungen sind erlaubt.',
  e15Alternative:
    'Ob eine bestimmte Klausel verhältnismäßig ist, ist eine Wertungsfrage; weit gefasste oder unbestimmte Klauseln zur „verantwortungsvollen Nutzung“ könnten als Nutzungsbeschränkung ausgelegt werden und die Ausnahme ausschließen.',
  publicWeights: 'die Gewichte sind öffentlich zugänglich',
  publicArchitecture: 'die Informationen über die Modellarchitektur sind öffentlich zugänglich',
  publicUsageInfo: 'die Informationen über die Modellnutzung sind öffentlich zugänglich',
  publicLabelWeights: 'Gewichte sind öffentlich zugänglich',
  publicLabelArchitecture: 'Informationen über die Modellarchitektur sind öffentlich zugänglich',
  publicLabelUsageInfo: 'Informationen über die Modellnutzung sind öffentlich zugänglich',
  publicFailure: 'nicht alle der folgenden Voraussetzungen sind erfüllt: {fact}',
  publicQuestion:
    'Sind die Gewichte, die Informationen über die Modellarchitektur und die Informationen über die Modellnutzung öffentlich zugänglich?',
  publicAnswer: 'Gewichte: {weights}; Architektur: {architecture}; Nutzung: {usage}',
  publicOutcomeAll: 'Ja: Alle drei sind öffentlich zugänglich.',
  publicOutcomeNotEstablished: 'Nicht für alle drei ist festgestellt, dass sie öffentlich zugänglich sind.',
  monetisationPrice: 'das Modell wird gegen Entgelt angeboten',
  monetisationDualLicence:
    'es steht unter einer Doppellizenz (für manche kostenlos, kostenpflichtig für die kommerzielle Nutzung oder ab einem bestimmten Umfang)',
  monetisationRequiredPaidSupport:
    'es ist nur mit kostenpflichtigem Support, kostenpflichtigen Diensten oder einer kostenpflichtigen Laufzeitumgebung nutzbar',
  monetisationExclusivePaidHosting:
    'es ist nur über Ihre kostenpflichtige Plattform zugänglich (oder der kostenlose Zugang wird durch Werbung finanziert)',
  monetisationPersonalData: 'der Zugang oder die Nutzung setzt die Erhebung personenbezogener Daten voraus',
  monetisationQuestion: 'Wird das Modell monetarisiert?',
  monetisationAnswerOptionalServices: 'Nur optionale kostenpflichtige Dienste neben der freien Nutzung',
  monetisationOutcomeNone:
    'Keine Monetarisierung: Optionale kostenpflichtige Dienste, die die freie Nutzung nicht beeinträchtigen, sind zulässig.',
  monetisationOutcomeDefeats: 'Die Monetarisierung schließt die Ausnahme aus.',
  monetisationOutcomeMicroenterprise:
    'Transaktionen zwischen Kleinstunternehmen gelten nicht als Monetarisierung.',
  e16Title: 'Monetarisierung nur zwischen Kleinstunternehmen',
  e16ReadingChosen:
    'Die Ausnahme bleibt bestehen: Zwischen Kleinstunternehmen gilt eine Monetarisierung als nicht gegeben.',
  e16Alternative:
    'Das Lizenzrecht auf „Zugang“ bedeutet freien Zugang für jedermann; ein entgeltliches Geschäft könnte so ausgelegt werden, dass es dieses Recht aufhebt.',
  askMicroenterprise:
    'Sind Sie und jeder zahlende Vertragspartner Kleinstunternehmen (weniger als 10 Beschäftigte und ein Jahresumsatz oder eine Jahresbilanzsumme von höchstens 2 Mio. EUR)?',
  askPublic: 'Prüfen Sie Lizenz und Veröffentlichung – trifft Folgendes zu: {fact}?',
  askRightAccess: 'Prüfen Sie Lizenz und Veröffentlichung: Räumt die Lizenz freien Zugang für jedermann ein?',
  askRightUse: 'Prüfen Sie Lizenz und Veröffentlichung: Räumt die Lizenz die freie Nutzung ein?',
  askRightModify: 'Prüfen Sie Lizenz und Veröffentlichung: Räumt die Lizenz die freie Änderung ein?',
  askRightDistribute: 'Prüfen Sie Lizenz und Veröffentlichung: Räumt die Lizenz die freie Verbreitung ein?',
  askWhom: 'Rechtsabteilung (Lizenz) und das für die Veröffentlichung zuständige Team',
  askAssumption: 'Die Ausnahme wird erst angewandt, wenn dies bestätigt ist.',
  whatIfExemptChange: 'Wenn keiner der folgenden Umstände mehr vorläge – {failures} –,',
  whatIfExemptEffect:
    'könnte die Open-Source-Ausnahme von Art. 53 Abs. 1 Buchst. a und b sowie Art. 54 greifen (die Strategie zur Einhaltung des Urheberrechts und die Zusammenfassung der für das Training verwendeten Inhalte wären weiterhin erforderlich).',
  whatIfLoseChange:
    'Wenn Sie für das Modell ein Entgelt verlangten, eine Klausel zur nichtkommerziellen Nutzung oder eine Obergrenze für die Nutzerzahl aufnähmen oder das Modell zu einem Modell mit systemischem Risiko würde,',
  whatIfLoseEffect:
    'entfiele die Ausnahme, und die technische Dokumentation und die Informationen für nachgelagerte Anbieter (sowie bei Niederlassung außerhalb der EU ein Bevollmächtigter) wären erforderlich.',
};
