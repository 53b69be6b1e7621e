import type { Messages } from '../../message-id';
import type { provider as en } from '../en/provider';

export const provider: Messages<typeof en> = {
  // Le verdict
  summaryNotGpai:
    'Pas d’un modèle d’IA à usage général : le modèle n’est pas un modèle d’IA à usage général, le chapitre V ne s’y applique donc pas.',
  labelYesOfModification: 'Oui — pour la modification',
  labelYesAsModelProvider: 'Oui — en tant que fournisseur du modèle',

  // Hébergeurs (R14, E23)
  relationQuestion: 'Quel est votre lien avec le modèle ?',
  hostOutcome:
    'Une plateforme qui ne fait qu’héberger des modèles téléversés par d’autres n’en est pas le fournisseur ; c’est la personne qui les a téléversés qui l’est (E23).',
  hostSummary:
    'Non : l’hébergement de modèles de tiers ne fait pas de vous leur fournisseur — c’est la personne qui les a téléversés qui l’est.',

  // Développeurs qui mettent le modèle sur le marché
  labelOncePlaced: 'Dès la mise sur le marché',
  plannedSummary:
    'Pas encore, mais vous le serez dès que vous mettrez le modèle sur le marché de l’UE ; au-delà de {systemicRiskThreshold}, la notification prévue à l’article 52, paragraphe 1, est déjà due.',
  labelProbably: 'Probablement',
  summaryCommissioned:
    'Oui : vous avez fait développer le modèle et le mettez sur le marché de l’Union sous votre nom.',
  summaryConsortiumCoordinator:
    'Oui, très probablement : en tant que coordinateur du consortium, vous êtes considéré comme le fournisseur du modèle que celui-ci met sur le marché.',
  summaryDeveloper: 'Oui : vous avez développé le modèle et le mettez sur le marché de l’Union.',

  // Le nom apposé sur le modèle (R91)
  nameOnModelQuestion:
    'Sous quel nom ou quelle marque le modèle est-il mis à disposition : le vôtre ou celui d’un client ?',
  nameOnModelAskWhom: 'Le service juridique ou l’équipe produit',
  nameOnModelAssumption: 'Hypothèse retenue : sous votre propre nom.',
  nameOnModelStepQuestion: 'Sous quel nom ou quelle marque le modèle est-il mis à disposition ?',
  nameOnModelClientAnswer: 'Celui d’un client : nous le développons pour lui',
  nameOnModelClientOutcome:
    'Le fournisseur est celui qui met le modèle sur le marché sous son propre nom ou sa propre marque (article 3, point 3)) : c’est le client qui l’a fait développer qui est le fournisseur, pas vous.',
  nameOnModelClientSummary:
    'Non : vous développez le modèle pour un client qui le met sur le marché sous son propre nom ; c’est donc le client qui est le fournisseur.',

  // L’auto-description (R14)
  relationOutcomeCommissioned:
    'Quiconque fait développer un modèle et le met sur le marché sous son propre nom en est le fournisseur, même si un tiers l’a entraîné.',
  relationOutcomeDeveloper:
    'Quiconque développe un modèle et le met sur le marché sous son propre nom, à titre onéreux ou gratuit, en est le fournisseur.',

  // Auto-description écartée par des faits d’activité commerciale (E30)
  overriddenPublicRelease: 'une publication ouverte d’un modèle au-delà de {systemicRiskThreshold}',
  commercialQuestion: 'Le modèle est-il mis à disposition dans le cadre d’une activité commerciale ?',
  overriddenAnswer: '{role} — mais : {facts}',
  overriddenOutcome:
    'Ce sont les faits qui comptent, non la description choisie : un prix ou une autre forme de monétisation, une API ou une application exploitée à titre commercial, une fourniture régulière ou une publication ouverte au-delà de {systemicRiskThreshold} font de la fourniture une « mise à disposition sur le marché ». Évalué comme un fournisseur qui met le modèle sur le marché.',
  overriddenTitle:
    '« {role, select, hobbyist {Particulier} other {Laboratoire de recherche}} » écarté par des faits d’activité commerciale',
  overriddenReading:
    'Évalué comme une mise à disposition du modèle dans le cadre d’une activité commerciale (article 3, point 10)).',
  overriddenAlternative:
    'Le caractère commercial d’une activité s’apprécie au cas par cas selon le Guide bleu ; une fourniture occasionnelle et non professionnelle ne le serait pas.',
  commercial_price: 'un prix, un abonnement ou une redevance de licence',
  commercial_otherMonetisation:
    'une autre forme de monétisation (publicité, offres payantes ou assistance liée à l’accès)',
  commercial_apiOrAppBusiness: 'une API ou une application proposée à titre commercial',
  commercial_regularSupply: 'une fourniture régulière à des tiers',

  // Particuliers (R22, E11)
  hobbyistCommercialQuestion:
    'Faites-vous payer le modèle, le monétisez-vous autrement (publicité, offres payantes), exploitez-vous une API ou une application qui l’utilise à titre commercial, ou le fournissez-vous régulièrement ?',
  hobbyistCommercialAskWhom: 'Vous-même',
  hobbyistCommercialAssumption: 'Hypothèse retenue : aucun de ces éléments.',
  hobbyistAnswer:
    '{role} ; faits d’activité commerciale : {reported, select, yes {oui} other {aucun signalé}}',
  hobbyistOutcome:
    'La mise à disposition suppose une activité commerciale ; une fourniture occasionnelle par un particulier, sans prix, monétisation, activité commerciale ni fourniture régulière, ne constitue pas, selon la lecture la plus défendable, une mise sur le marché.',
  hobbyistTitle: 'Publication par un particulier',
  hobbyistReading: 'Pas de mise sur le marché, aucun fait d’activité commerciale n’ayant été signalé.',
  hobbyistAlternative:
    'Les lignes directrices ne traitent pas des particuliers ; la notion d’activité commerciale du Guide bleu s’apprécie au cas par cas. Un prix, une monétisation, une activité commerciale ou une fourniture régulière feraient de vous le fournisseur (E30).',
  hobbyistChange:
    'Si vous faisiez payer le modèle, le monétisiez, l’exploitiez à titre commercial ou le fournissiez régulièrement,',
  hobbyistEffect: 'vous en deviendriez le fournisseur.',
  labelProbablyNot: 'Probablement pas',
  hobbyistSummary:
    'Probablement pas : selon la lecture la plus défendable, une publication par un particulier sans aucun fait d’activité commerciale n’est pas une mise sur le marché.',

  // Consortiums (R14)
  consortiumQuestion: 'Votre organisation coordonne-t-elle le consortium qui développe le modèle ?',
  consortiumAskWhom: 'L’accord de consortium ou la direction du projet',
  consortiumAssumption: 'Hypothèse retenue : vous le coordonnez et êtes donc considéré comme le fournisseur.',
  consortiumStepQuestion: 'Quel est votre rôle au sein du consortium ?',
  consortiumAnswerCoordinator: 'Coordinateur',
  consortiumAnswerMember: 'Membre, non coordinateur',
  consortiumOutcomeMember:
    'Dans un consortium, le fournisseur est généralement le coordinateur, ou le consortium lui-même : un membre qui ne coordonne pas n’est très probablement pas le fournisseur.',
  consortiumOutcomeCoordinator:
    'Dans un consortium, le fournisseur est généralement le coordinateur (ou le consortium lui-même) : considéré comme le fournisseur.',
  consortiumTitle: 'Modèle développé par un consortium',
  consortiumReadingMember: 'C’est le coordinateur, et non vous, qui est le fournisseur.',
  consortiumReadingCoordinator: 'En tant que coordinateur, vous êtes le fournisseur.',
  consortiumAlternative:
    'Les lignes directrices tranchent le cas des consortiums au cas par cas : le consortium lui-même, ou celui qui met le modèle sur le marché sous son nom, peut être le fournisseur.',
  consortiumMemberSummary:
    'Probablement pas : dans un consortium, c’est généralement le coordinateur (ou le consortium lui-même) qui est le fournisseur.',

  // Laboratoires de recherche qui mettent leur modèle à disposition (E10)
  researchReleaseTitle: 'Laboratoire de recherche mettant son modèle à disposition',
  researchReleaseReading:
    'La mise à disposition du modèle (par exemple la publication des poids pour un usage par quiconque) est une mise sur le marché, et le modèle n’est pas « mis en service uniquement à des fins de recherche scientifique ».',
  researchReleaseAlternative:
    'Si l’accès était limité à des partenaires de recherche, uniquement à des fins de recherche, l’exclusion prévue à l’article 2, paragraphe 6, pourrait s’appliquer.',

  // Modifications du modèle (R23–R30, R90, R91)
  summaryOnBehalfOfOriginal:
    'Non : vous modifiez le modèle pour le compte de son fournisseur initial, qui en reste le fournisseur.',
  summaryStaysWithOriginal:
    'Probablement pas : le modèle affiné reste chez le fournisseur initial, sous son nom ; c’est donc plus vraisemblablement ce fournisseur qui est l’auteur de la modification.',
  summaryBelowThreshold:
    'Non : votre modification est inférieure à un tiers de la quantité de calcul utilisée pour l’entraînement du modèle initial ; le fournisseur initial reste donc le fournisseur.',
  labelProbablyOfModification: 'Probablement — pour la modification',
  summaryModificationUnknown:
    'Probablement, en tant que fournisseur du modèle modifié : la quantité de calcul de votre modification est inconnue et n’est pas présumée en votre faveur (R90). Estimez-la pour trancher la question.',
  labelOncePlacedOfModification: 'Dès la mise sur le marché — pour la modification',
  summaryModificationProvider:
    'Oui — en tant que fournisseur du modèle modifié : votre modification a utilisé plus d’un tiers de la quantité de calcul du modèle initial. Vos obligations au titre de l’article 53 ne portent que sur la modification.',

  // Intégrateurs (R19, R21, E13, E24)
  upstreamExcludedQuestion:
    'Les conditions du fournisseur du modèle excluent-elles clairement et sans équivoque la distribution et l’utilisation dans l’UE ?',
  upstreamExcludedAskWhom:
    'Le service juridique (licence ou conditions d’utilisation du fournisseur du modèle)',
  upstreamExcludedAssumption:
    'Hypothèse retenue : non ; le fournisseur en amont reste donc le fournisseur du modèle.',
  integratorOutcome:
    'Appeler le modèle d’un tiers par une API ou utiliser ses poids non modifiés fait de vous un fournisseur en aval d’un système d’IA, et non le fournisseur du modèle (E24).',
  integratorModifiesChange:
    'Si vous aviez affiné ou autrement modifié le modèle avec plus d’un tiers de la quantité de calcul utilisée pour son entraînement,',
  integratorModifiesEffect: 'vous deviendriez le fournisseur du modèle modifié.',
  integratorEuExcludedChange:
    'Si le fournisseur du modèle avait clairement exclu l’UE et que vous mettiez votre système sur le marché dans l’UE,',
  integratorEuExcludedEffect: 'vous deviendriez le fournisseur du modèle lui-même.',
  integratorSummary:
    'Non : vous vous appuyez sur le modèle d’un tiers ; vous êtes donc un fournisseur en aval d’un système d’IA, et non le fournisseur du modèle.',
  integratorAsProviderQuestion:
    'Le fournisseur en amont a-t-il clairement exclu l’UE, alors que votre système d’IA est mis sur le marché dans l’UE ?',
  integratorAsProviderAnswer: 'UE exclue en amont : Oui ; système dans l’UE : {systemInEu}',
  integratorAsProviderOutcome:
    'Vous devenez le fournisseur du modèle lui-même, car vous avez intégré un modèle dont le fournisseur a clairement exclu l’UE dans un système d’IA mis sur le marché de l’Union.',
  integratorAsProviderTitle: 'Intégrateur en aval d’un modèle dont le fournisseur a exclu l’UE',
  integratorAsProviderReading:
    'Vous êtes le fournisseur du modèle, avec toutes les obligations de l’article 53, bien que vous n’ayez pas entraîné le modèle.',
  integratorAsProviderAlternative:
    'On ne voit pas clairement comment vous pourriez établir une documentation que vous ne détenez pas ; les lignes directrices sont muettes sur ce point. Obtenez les informations du fournisseur en amont par voie contractuelle.',
  systemInEuQuestion: 'Votre système d’IA est-il mis sur le marché ou mis en service dans l’UE ?',
  systemInEuAskWhom: 'L’équipe produit',
  systemInEuAssumption: 'Hypothèse retenue : oui.',
  integratorAsProviderSummary:
    'Oui — en tant que fournisseur du modèle : son fournisseur initial a clairement exclu l’UE et vous avez mis sur le marché dans l’UE un système d’IA qui s’appuie sur lui.',

  // Réponses déterminantes
  decisiveRole: 'Votre lien avec le modèle',
  decisiveChannels: 'Mode de mise à disposition',
  decisiveEuAvailability: 'Disponible dans l’UE',
  decisiveSystemInEu: 'Votre système d’IA est utilisé dans l’UE',
  decisiveUpstreamExcludedEu: 'Le fournisseur du modèle a clairement exclu l’UE',
  decisiveModificationFlop: 'Quantité de calcul de la modification',
  decisiveOriginalComputeFlop: 'Quantité de calcul utilisée pour l’entraînement du modèle initial',
};
