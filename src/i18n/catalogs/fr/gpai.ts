import type { Messages } from '../../message-id';
import type { gpai as en } from '../en/gpai';

export const gpai: Messages<typeof en> = {
  // Contrefactuel : franchissement du critère indicatif
  crossThresholdChange: 'Avec plus de {gpaiThreshold} de calcul d’entraînement (actuellement {flop}),',
  crossThresholdEffect: 'le modèle serait présumé être un modèle d’IA à usage général.',
  labelProbably: 'Probablement',

  // R2 / R3 : recherche, développement ou prototypage uniquement
  researchQuestion: 'Comment le modèle est-il mis à disposition ?',
  researchAnswerPartners:
    'Partagé uniquement avec des partenaires de recherche, à des fins exclusives de recherche',
  researchAnswerNotPlaced: 'Non mis à disposition, et non destiné à être mis sur le marché de l’UE',
  researchOutcome:
    'Un modèle utilisé uniquement pour des activités de recherche, de développement ou de prototypage, sans intention de le mettre sur le marché, n’est pas un modèle d’IA à usage général au sens de la définition : le chapitre V ne s’applique pas.',
  placeResearchChange:
    'Si vous décidiez de mettre le modèle à disposition — par une API, un téléchargement, un paquet, une application ou une utilisation interne essentielle à un service —,',
  placeResearchEffect:
    'il serait évalué comme un modèle d’IA à usage général, et au-delà de {systemicRiskThreshold} la notification prévue à l’article 52, paragraphe 1, serait due avant même la mise sur le marché (R88).',
  labelNotYet: 'Pas encore',
  researchSummaryPartners:
    'Non : un modèle partagé uniquement avec des partenaires de recherche, à des fins de recherche, ne relève pas de la définition.',
  researchSummaryNotPlaced:
    'Pas tant qu’il est utilisé uniquement pour des activités de recherche, de développement ou de prototypage et qu’il n’est pas destiné à être mis sur le marché.',
  decisiveChannels: 'Mode de mise à disposition',
  decisiveIntention: 'Destiné à être mis sur le marché de l’UE',
  decisiveChannelsPartners: 'Uniquement à des partenaires de recherche, à des fins de recherche',

  // R7 : le critère indicatif (calcul R12, modalité R10)
  criterionQuestion:
    'Le critère indicatif est-il rempli : plus de {gpaiThreshold} et génération de langage (texte ou parole), d’images à partir de texte ou de vidéos à partir de texte ?',
  criterionAnswer: '{flop} ; {modalities}',
  criterionMet:
    'Critère rempli : {flop} dépasse {gpaiThreshold}, et le modèle génère du langage, des images à partir de texte ou des vidéos à partir de texte.',
  criterionAssumedMet: 'Critère considéré comme rempli parce qu’un fait est inconnu (lecture prudente).',
  criterionNotMetModality:
    'Critère non rempli : le modèle ne génère ni langage (texte ou parole), ni images à partir de texte, ni vidéos à partir de texte — l’audio sans parole et le traitement d’image à image ne comptent pas (R10, R11).',
  criterionNotMetCompute:
    'Critère non rempli : {flop} ne dépasse pas {gpaiThreshold}{exactly, select, yes { (exactement {gpaiPower} ne satisfait pas à la condition « supérieure à », E2)} other {}}.',

  // Questions ouvertes sur le critère
  askModalitiesQuestion:
    'Quels types de sortie le modèle peut-il générer : texte ou code, parole, autre audio, images à partir de texte, uniquement d’image à image, vidéo, autre ?',
  askWhomModelTeam: 'L’équipe chargée du modèle ou du produit',
  askModalitiesAssumption:
    'Hypothèse : il peut générer du langage, des images ou des vidéos, comme l’exige le critère.',
  askOriginalComputeQuestion:
    'Quelle quantité de calcul a été utilisée pour entraîner le modèle d’origine ? Consultez sa fiche de modèle ou sa documentation, ou interrogez son fournisseur (informations visées à l’article 53, paragraphe 1, point b)).',
  askComputeQuestion:
    'Quelle quantité de calcul (FLOP) a directement contribué aux mises à jour des paramètres pendant l’entraînement ? Estimez-la à partir du matériel (N·L·H·U) ou de l’architecture (6·P·D).',
  askWhomOriginalProvider: 'Le fournisseur du modèle d’origine',
  askWhomTrainingTeam: 'L’équipe chargée de l’entraînement ou de l’infrastructure',
  askOriginalComputeAssumption:
    'Hypothèse : le modèle d’origine est un modèle d’IA à usage général (au-delà de {gpaiThreshold}).',
  askComputeAssumption:
    'Hypothèse : au-delà de {gpaiThreshold}, sauf si les faits montrent un modèle conçu pour une seule tâche.',

  // R8, R9, R10, E27 : les faits relatifs à la généralité
  generalityQuestion:
    'Les faits relatifs au modèle indiquent-ils une généralité plus ou moins grande que le critère ?',
  generalityNoIndication:
    'Les faits ne donnent pas d’indication claire ; le critère décide donc : {met, select, yes {il s’agit d’un} other {il ne s’agit pas d’un}} modèle d’IA à usage général.',
  generalityConsistent:
    'Conforme au critère : {met, select, yes {il s’agit d’un} other {il ne s’agit pas d’un}} modèle d’IA à usage général.',
  narrowQuestion: 'Le modèle a-t-il été conçu et entraîné pour une tâche spécifique ?',
  narrowOutcome:
    'Pas un modèle d’IA à usage général : bien que le critère soit rempli, un modèle conçu pour une seule tâche étroite (telle que la transcription, la synthèse vocale, la mise à l’échelle d’images, l’inpainting, la pratique d’un jeu, la modélisation météorologique, la musique ou les effets sonores) ne présente pas une généralité significative.',
  narrowAmbiguityTitle: 'Au-delà du critère de calcul, mais conçu pour une seule tâche',
  narrowAmbiguityReading:
    'Pas un modèle d’IA à usage général : la Commission considère le critère comme réfragable et cite des modèles spécialisés entraînés avec 10^24 FLOP comme exemples de modèles qui ne sont pas des modèles d’IA à usage général.',
  narrowAmbiguityAlternative:
    'La dérogation ne s’applique qu’« exceptionnellement » : si le modèle exécute en réalité de manière compétente un large éventail de tâches distinctes, il s’agit d’un modèle d’IA à usage général.',
  broadenChange:
    'Si le modèle n’était pas limité à une seule tâche mais exécutait de manière compétente un large éventail de tâches distinctes,',
  broadenEffect:
    'il s’agirait d’un modèle d’IA à usage général, puisqu’il remplit le critère de calcul et de modalité.',
  broadQuestion: 'Les faits montrent-ils une généralité significative en deçà du critère ?',
  broadOutcome:
    'Traité comme un modèle d’IA à usage général : au moins un milliard de paramètres entraînés sur un grand volume de données variées selon une auto-supervision à grande échelle, ou un large éventail de tâches distinctes, présentent une généralité significative même en deçà du critère — exceptionnellement.',
  broadAmbiguityTitle: 'En deçà du critère de calcul, mais les faits montrent une généralité',
  broadAmbiguityReading:
    'Un modèle d’IA à usage général, car les faits déclarés présentent une généralité significative (article 3, point 63), considérant 98).',
  broadAmbiguityAlternative:
    'Selon la Commission, un modèle en deçà du critère n’est un modèle d’IA à usage général qu’exceptionnellement ; des éléments montrant que ses compétences sont limitées plaideraient en sens inverse.',
  askSingleTaskQuestion:
    'Le modèle a-t-il été conçu et entraîné pour une tâche spécifique (telle que la transcription, la mise à l’échelle d’images ou un jeu), ou non ?',
  askBreadthQuestion:
    'Quelles tâches distinctes le modèle exécute-t-il, combien de paramètres compte-t-il, et a-t-il été entraîné par auto-supervision sur un grand volume de données variées ?',
  askGeneralityAssumption: 'Décidé par le seul critère de calcul et de modalité.',

  // Réponses déterminantes
  decisiveModalities: 'Ce que le modèle peut générer',
  decisiveOriginalCompute: 'Calcul d’entraînement du modèle d’origine',
  decisiveCompute: 'Calcul d’entraînement (mises à jour des paramètres)',
  decisiveGenerality: 'Faits relatifs à la généralité',

  // Résultat
  summaryExceptionally:
    'Oui — exceptionnellement : il se situe en deçà du critère indicatif, mais les faits montrent une généralité significative.',
  summaryProbably:
    'Probablement oui : traité comme un modèle d’IA à usage général jusqu’à la vérification des faits inconnus.',
  summaryYes:
    'Oui : entraîné avec plus de {gpaiThreshold}, il génère du langage, des images à partir de texte ou des vidéos à partir de texte, et il n’est pas conçu pour une seule tâche étroite.',
  summaryNarrow: 'Non : il remplit le critère de calcul mais a été conçu pour une seule tâche étroite.',
  summaryNoModality:
    'Non : il ne génère ni langage, ni images à partir de texte, ni vidéos à partir de texte, et les faits ne montrent aucune généralité étendue.',
  summaryNoCompute:
    'Non : son calcul d’entraînement n’est pas supérieur à {gpaiThreshold} et les faits ne montrent aucune généralité étendue.',
};
