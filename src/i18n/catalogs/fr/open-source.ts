import type { Messages } from '../../message-id';
import type { openSource as en } from '../en/open-source';

export const openSource: Messages<typeof en> = {
  labelNotApplicable: 'Sans objet',
  labelNo: 'Non',
  labelYesPartial: 'Oui (partiellement)',
  summaryNotProvider:
    'Sans objet : vous n’avez aucune obligation de fournisseur dont vous pourriez être exempté.',
  systemicRiskQuestion:
    'L’exemption applicable aux licences libres et ouvertes peut-elle s’appliquer à un modèle présentant un risque systémique ?',
  systemicRiskAnswer: 'Le modèle présente un risque systémique',
  systemicRiskOutcome:
    'Non : l’exemption ne s’applique jamais aux modèles d’IA à usage général présentant un risque systémique, quelle que soit la licence (E14).',
  summarySystemicRisk:
    'Non : l’exemption ne s’applique jamais à un modèle présentant un risque systémique, quelle que soit la licence.',
  noLicenceQuestion:
    'Le modèle est-il publié dans le cadre d’une licence libre et ouverte, avec des poids rendus publics ?',
  noLicenceAnswer: 'Sans réponse',
  noLicenceOutcome: 'Aucune information sur la licence n’a été fournie ; l’exemption n’est donc pas établie.',
  summaryNoLicence:
    'Non : rien n’indique une publication dans le cadre d’une licence libre et ouverte avec des poids rendus publics.',
  summaryExempt:
    'Oui, partiellement : licence libre et ouverte, poids rendus publics et aucune monétisation ; l’article 53, paragraphe 1, points a) et b), et l’article 54 ne s’appliquent donc pas — la politique en matière de droit d’auteur et le résumé du contenu utilisé pour l’entraînement restent dus.',
  summaryNotEstablished:
    'Non établi : certaines informations sur la licence ou la publication sont inconnues.',
  summaryFailure: 'Non : {reason}.',
  rightLabelAccess: 'La licence permet le libre accès pour tous',
  rightLabelUse: 'La licence permet la libre utilisation',
  rightLabelModify: 'La licence permet la libre modification',
  rightLabelDistribute: 'La licence permet la libre distribution',
  rightFailureAccess: 'la licence ne permet pas le libre accès pour tous',
  rightFailureUse: 'la licence ne permet pas la libre utilisation',
  rightFailureModify: 'la licence ne permet pas la libre modification',
  rightFailureDistribute: 'la licence ne permet pas la libre distribution',
  rightsQuestion:
    'La licence permet-elle à chacun d’accéder librement au modèle, de l’utiliser, de le modifier et de le distribuer ?',
  rightsAnswer:
    'accès : {access} ; utilisation : {use} ; modification : {modify} ; distribution : {distribute}',
  rightsOutcomeGranted: 'Oui : les quatre droits sont accordés.',
  rightsOutcomeNotEstablished: 'Les quatre droits ne sont pas tous établis.',
  restrictionNonCommercial: 'la licence interdit l’usage commercial ou le limite à la recherche',
  restrictionUserCap:
    'la licence limite l’utilisation au-delà d’un certain nombre d’utilisateurs (par exemple, d’utilisateurs actifs mensuels)',
  restrictionSeparateCommercialLicence: 'certaines utilisations exigent une licence commerciale distincte',
  restrictionNoDistribution: 'la licence interdit la distribution',
  restrictionSafetyClauses: 'restrictions d’utilisation fondées sur la sécurité',
  restrictionAttributionShareAlike: 'attribution / partage dans les mêmes conditions',
  termsQuestion: 'Les conditions de la licence restreignent-elles l’utilisation ?',
  termsOutcomeDisqualifying:
    'Excluant : des clauses limitant l’usage à des fins non commerciales ou de recherche, des plafonds d’utilisateurs, des licences commerciales distinctes ou des interdictions de distribution font obstacle à l’exemption.',
  termsOutcomeAllowed:
    'Admis : l’attribution, le partage dans les mêmes conditions et des restrictions proportionnées fondées sur la sécurité ne font pas obstacle à l’exemption.',
  e15Title: 'Restrictions de licence fondées sur la sécurité',
  e15ReadingChosen:
    'Considérées comme admises : les restrictions de sécurité proportionnées, objectives et non discriminatoires sont autorisées.',
  e15Alternative:
    'Le caractère proportionné d’une clause donnée relève de l’appréciation ; des clauses larges ou vagues d’« utilisation responsable » pourraient être interprétées comme restreignant l’utilisation et faire obstacle à l’exemption.',
  publicWeights: 'les poids sont rendus publics',
  publicArchitecture: 'les informations sur l’architecture du modèle sont rendues publiques',
  publicUsageInfo: 'les informations sur l’utilisation du modèle sont rendues publiques',
  publicLabelWeights: 'Poids rendus publics',
  publicLabelArchitecture: 'Informations sur l’architecture du modèle rendues publiques',
  publicLabelUsageInfo: 'Informations sur l’utilisation du modèle rendues publiques',
  publicFailure: 'les conditions suivantes ne sont pas toutes remplies : {fact}',
  publicQuestion:
    'Les poids, les informations sur l’architecture du modèle et les informations sur son utilisation sont-ils rendus publics ?',
  publicAnswer: 'poids : {weights} ; architecture : {architecture} ; utilisation : {usage}',
  publicOutcomeAll: 'Oui : les trois sont rendus publics.',
  publicOutcomeNotEstablished: 'Il n’est pas établi que les trois soient rendus publics.',
  monetisationPrice: 'le modèle est proposé contre rémunération',
  monetisationDualLicence:
    'il fait l’objet d’une double licence (gratuite pour certains, payante pour l’usage commercial ou au-delà d’une certaine échelle)',
  monetisationRequiredPaidSupport:
    'un support, des services ou un environnement d’exécution payants, sans lesquels il ne peut être utilisé, sont exigés',
  monetisationExclusivePaidHosting:
    'il n’est accessible que par votre plateforme payante (ou l’accès gratuit est financé par la publicité)',
  monetisationPersonalData: 'l’accès ou l’utilisation exige la collecte de données à caractère personnel',
  monetisationQuestion: 'Le modèle fait-il l’objet d’une monétisation ?',
  monetisationAnswerOptionalServices: 'Uniquement des services payants facultatifs proposés en parallèle',
  monetisationOutcomeNone:
    'Aucune monétisation : les services payants facultatifs qui n’affectent pas la libre utilisation sont admis.',
  monetisationOutcomeDefeats: 'La monétisation fait obstacle à l’exemption.',
  monetisationOutcomeMicroenterprise:
    'Les transactions entre microentreprises sont réputées ne pas constituer une monétisation.',
  e16Title: 'Monétisation uniquement entre microentreprises',
  e16ReadingChosen: 'L’exemption est maintenue : la monétisation est réputée absente entre microentreprises.',
  e16Alternative:
    'Le droit d’« accès » prévu par la licence signifie un libre accès pour tous ; une transaction payante pourrait être interprétée comme y faisant obstacle.',
  askMicroenterprise:
    'Vous-même et chacune de vos contreparties payantes êtes-vous des microentreprises (moins de 10 personnes occupées et un chiffre d’affaires annuel ou un total du bilan annuel n’excédant pas 2 millions d’EUR) ?',
  askPublic: 'Vérifiez la licence et la publication : est-il exact que {fact} ?',
  askRightAccess: 'Vérifiez la licence et la publication : accorde-t-elle le libre accès pour tous ?',
  askRightUse: 'Vérifiez la licence et la publication : accorde-t-elle la libre utilisation ?',
  askRightModify: 'Vérifiez la licence et la publication : accorde-t-elle la libre modification ?',
  askRightDistribute: 'Vérifiez la licence et la publication : accorde-t-elle la libre distribution ?',
  askWhom: 'Service juridique (licence) et équipe chargée de la publication',
  askAssumption: 'L’exemption n’est pas appliquée tant que ce point n’est pas confirmé.',
  whatIfExemptChange: 'Si aucune des situations suivantes ne se présentait plus — {failures} —',
  whatIfExemptEffect:
    'l’exemption de l’article 53, paragraphe 1, points a) et b), et de l’article 54 applicable aux licences libres et ouvertes pourrait s’appliquer (la politique en matière de droit d’auteur et le résumé du contenu utilisé pour l’entraînement resteraient dus).',
  whatIfLoseChange:
    'Si vous commenciez à faire payer le modèle, si vous ajoutiez une clause non commerciale ou un plafond d’utilisateurs, ou si le modèle venait à présenter un risque systémique,',
  whatIfLoseEffect:
    'l’exemption tomberait et la documentation technique ainsi que les informations destinées aux fournisseurs en aval (et un mandataire en cas d’établissement hors de l’UE) seraient dues.',
};
