import type { Messages } from '../../message-id';
import type { placement as en } from '../en/placement';

export const placement: Messages<typeof en> = {
  askChannelsQuestion:
    'Comment {who, select, modified {le modèle modifié} other {le modèle}} est-il mis à disposition : API, téléchargement, paquet, application, cloud, utilisation interne ?',
  askWhomGoToMarket: 'L’équipe produit ou l’équipe chargée de la mise sur le marché',
  askChannelsAssumption: 'Hypothèse : il est mis sur le marché de l’Union.',

  // R2 : non mis à disposition et non destiné à être mis sur le marché
  intentionQuestion: 'Le modèle est-il destiné à être mis sur le marché de l’UE ?',
  notMeantAnswer: 'Non mis à disposition, et non destiné à être mis sur le marché',
  notMeantOutcome:
    'Sans intention de mettre {who, select, modified {le modèle modifié} other {le modèle}} sur le marché, celui-ci n’est pas mis sur le marché et vous n’en êtes pas le fournisseur.',
  notMeantSummary:
    'Non : {who, select, modified {le modèle modifié} other {le modèle}} n’est pas mis à disposition et n’est pas destiné à être mis sur le marché de l’UE.',

  // R3, E30 : partenaires de recherche
  soleResearchSummary:
    'Non : un modèle partagé uniquement à des fins de recherche scientifique ne relève pas du règlement sur l’intelligence artificielle.',
  researchSupplyQuestion:
    'La fourniture à des partenaires de recherche constitue-t-elle une mise sur le marché ?',
  researchSupplyAnswer: '{channels}, avec des éléments d’activité commerciale',
  researchSupplyOutcome:
    'Fourni dans le cadre d’une activité commerciale, le modèle est mis à disposition sur le marché — et non mis en service à la seule fin de la recherche scientifique (article 2, paragraphe 6).',

  // R88 : mise sur le marché prévue
  plannedAnswer: '{intention, select, yes {Oui} other {Indécis}} ; {when}',
  plannedFor: 'mise sur le marché prévue le {date}',
  noDateDecided: 'aucune date arrêtée',
  plannedOutcome:
    'Évalué comme une mise sur le marché prévue : vous devenez le fournisseur lorsque vous le mettez sur le marché, et les obligations s’appliquent à partir de ce moment — mais au-delà de {systemicRiskThreshold}, la notification prévue à l’article 52, paragraphe 1, est due dès maintenant, avant la mise sur le marché.',
  undecidedTitle: 'Incertitude quant à la mise sur le marché de l’UE du modèle',
  undecidedReading:
    'Considéré comme destiné à être mis sur le marché (lecture prudente) : une notification due avant la mise sur le marché n’est ainsi pas manquée.',
  undecidedAlternative:
    'S’il n’est jamais mis à disposition, il reste en dehors de la définition tant qu’il est utilisé pour la recherche et le développement (R2), et rien n’est dû.',

  // R17, R20, E8 : utilisation interne hors de l’Union
  internalLocationQuestion: 'Où l’utilisation interne a-t-elle lieu ?',
  outsideUnionAnswer: '{channels} ; uniquement hors de l’UE',
  outsideUnionOutcome:
    'Utilisé uniquement en interne hors de l’Union et non mis à disposition dans l’Union : le modèle n’est pas mis sur le marché de l’Union, vous n’en êtes donc pas le fournisseur au sens du règlement sur l’intelligence artificielle — même en cas de risque systémique (le considérant 97 n’étend pas le champ d’application territorial du règlement).',
  internalUseInEuChange:
    'Si le modèle était utilisé dans l’UE, ou si son utilisation affectait des personnes dans l’UE,',
  internalUseInEuEffect:
    'une utilisation interne essentielle à un service ou affectant les droits des personnes — et toute utilisation d’un modèle présentant un risque systémique — constituerait une mise sur le marché de l’Union.',
  outsideUnionSummary:
    'Non : le modèle est utilisé uniquement en interne hors de l’UE ; il n’est donc pas mis sur le marché de l’Union.',
  askInternalLocationQuestion:
    'Où l’utilisation interne a-t-elle lieu : dans l’UE, hors de l’UE, ou les deux ?',
  askWhomInternalTeam: 'L’équipe qui exploite le modèle en interne',
  askInternalLocationAssumption: 'Hypothèse : elle a lieu dans l’UE.',

  // R17, E8 : utilisation interne uniquement
  channelsQuestion: 'Comment le modèle est-il mis à disposition ?',
  internalSystemicOutcome:
    'Une utilisation purement interne ne constituerait normalement pas une mise sur le marché (R17), mais le considérant 97 indique que les modèles présentant un risque systémique devraient toujours être soumis aux obligations, et l’intégration de son propre modèle dans un système d’IA mis en service pour un usage propre vaut mise sur le marché (R16). Traité comme mis sur le marché.',
  internalSystemicTitle: 'Modèle présentant un risque systémique utilisé uniquement en interne dans l’UE',
  internalSystemicReading:
    'Vous êtes traité comme son fournisseur : le considérant 97 indique que les modèles présentant un risque systémique devraient toujours être soumis aux obligations.',
  internalSystemicAlternative:
    'Les définitions du dispositif exigent une mise sur le marché ; selon une lecture stricte, l’utilisation purement interne d’un modèle, quel qu’il soit, ne déclenche aucune obligation relative au modèle.',
  internalOnlyOutcome:
    'Utilisé uniquement pour des processus internes dont ne dépend aucun produit ni service destiné à des tiers et qui ne prennent aucune décision concernant des personnes : pas de mise sur le marché, les obligations relatives au modèle ne s’appliquent donc pas.',
  internalEssentialChange:
    'Si un produit ou un service que vous fournissez à des tiers venait à dépendre de l’utilisation interne, ou si le modèle était utilisé pour prendre des décisions concernant des personnes dans l’UE,',
  internalEssentialEffect: 'cela constituerait une mise sur le marché et vous deviendriez le fournisseur.',
  internalOnlySummary: 'Non : une utilisation purement interne ne constitue pas une mise sur le marché.',

  // R15, R16, R18, R82 : canaux
  ownAppOutcome:
    'L’intégration de votre propre modèle dans votre propre système d’IA mis à disposition ou mis en service vaut mise sur le marché du modèle ; les obligations relatives au modèle et au système s’appliquent conjointement.',
  channelsOutcome:
    'Chacun de ces canaux est une manière de mettre le modèle à disposition pour la première fois — ce qui constitue une mise sur le marché si cela a lieu dans l’Union. Fournir le modèle à une entreprise qui l’intègre dans son propre système d’IA vaut mise sur le marché du modèle ; cette entreprise ne fournit que le système.',
  supervisorQuestion: 'Qui surveille un système d’IA fondé sur votre propre modèle ?',
  supervisorOutcome:
    'Depuis le règlement (UE) 2026/1744, le Bureau de l’IA est l’autorité de surveillance exclusive des systèmes d’IA fondés sur un modèle d’IA à usage général développé par le même fournisseur (sous réserve des exceptions énumérées) (E9).',

  // R4, R19, R20 : mise à disposition dans l’Union
  euQuestion: 'Le modèle est-il mis à disposition dans l’UE ?',
  euDirectOutcome:
    'Mis sur le marché de l’Union ; le règlement s’applique, que vous soyez établi dans l’UE ou non.',
  euNoneOutcome: 'Jamais mis à disposition dans l’Union : pas mis sur le marché de l’Union.',
  enterEuChange:
    'Si le modèle devenait disponible dans l’UE, directement ou par l’intermédiaire de systèmes d’IA qui y sont utilisés,',
  enterEuEffect: 'vous deviendriez son fournisseur au sens du règlement sur l’intelligence artificielle.',
  euNoneSummary: 'Non : le modèle n’est pas mis à disposition dans l’Union.',
  askEuQuestion:
    'Le modèle, ou un système d’IA fondé sur celui-ci, est-il accessible à des utilisateurs dans l’UE ?',
  askWhomSales: 'L’équipe produit ou l’équipe commerciale',
  askEuAssumption: 'Hypothèse : il est disponible dans l’UE.',
  euUnknownOutcome: 'Présumé mis sur le marché de l’Union jusqu’à vérification.',

  // R19, E13 : par l’intermédiaire d’acteurs en aval
  euExcludedQuestion:
    'Avez-vous exclu de manière claire et non équivoque la distribution et l’utilisation dans l’UE ?',
  euExcludedOutcome:
    'Pas le fournisseur du modèle pour l’UE : un acteur en aval qui intègre néanmoins le modèle dans un système d’IA mis sur le marché de l’Union devient le fournisseur du modèle.',
  euExcludedSummary:
    'Non : vous avez clairement exclu l’UE ; un acteur en aval qui introduit le modèle dans l’UE en devient donc le fournisseur.',
  askEuExcludedQuestion:
    'Vos conditions excluent-elles de manière claire et non équivoque la distribution et l’utilisation du modèle dans l’UE, y compris son intégration dans des systèmes destinés à l’UE ?',
  askWhomLegal: 'Service juridique (conditions contractuelles et de licence)',
  askEuExcludedAssumption: 'Hypothèse : l’UE n’est pas exclue ; vous êtes donc le fournisseur.',
  viaDownstreamAnswer: '{availability} ; UE exclue : {excluded}',
  viaDownstreamOutcome:
    'Le modèle est réputé mis sur le marché de l’Union lorsqu’un système d’IA en aval fondé sur celui-ci y est mis sur le marché, et vous en restez le fournisseur, sauf si vous avez clairement exclu l’UE.',
  excludeEuChange:
    'Si vous excluiez de manière claire et non équivoque la distribution et l’utilisation dans l’UE,',
  excludeEuEffect:
    'un acteur en aval introduisant le modèle dans l’UE en deviendrait le fournisseur à votre place.',

  // R3 / E10 : partenaires de recherche uniquement
  soleResearchOutcome:
    'Partagé uniquement avec des partenaires de recherche, à des fins exclusives de recherche scientifique : un modèle spécifiquement développé et mis en service à la seule fin de la recherche et du développement scientifiques ne relève pas du règlement sur l’intelligence artificielle. Les essais en conditions réelles ne sont pas couverts par cette exclusion.',
  soleResearchTitle: 'Diffusion limitée à des partenaires de recherche',
  soleResearchReading:
    'Hors du champ du règlement sur l’intelligence artificielle en tant que recherche scientifique menée à cette seule fin (article 2, paragraphe 6).',
  soleResearchAlternative:
    'Si les partenaires peuvent utiliser le modèle au-delà de la recherche, ou s’il est testé en conditions réelles, l’exclusion ne s’appliquerait pas.',
  releaseResearchChange: 'Si vous publiiez les poids ou proposiez le modèle au public,',
  releaseResearchEffect:
    'cela constituerait une mise sur le marché et vous en deviendriez le fournisseur (R15).',
};
