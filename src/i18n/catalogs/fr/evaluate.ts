import type { Messages } from '../../message-id';
import type { evaluate as en } from '../en/evaluate';

export const evaluate: Messages<typeof en> = {
  notLegacyChange:
    'Si le modèle avait été mis sur le marché pour la première fois le {chapterVApplies} ou après,',
  notLegacyEffect:
    'ses obligations s’appliqueraient à partir du jour de la mise sur le marché au lieu du {legacyComplianceDeadline}.',
  euEstablishmentChange: 'Si le fournisseur était établi dans l’UE,',
  euEstablishmentEffect: 'aucun mandataire (article 54) ne serait nécessaire.',
  holidayListMissing:
    'Les jours fériés de la Commission pour {year} ne figurent pas dans ces règles : si le {lastDay} en est un, le délai prend fin à l’expiration du jour ouvrable suivant (règlement (CEE, Euratom) nº 1182/71, article 3, paragraphe 4). Seuls les week-ends sont pris en compte ici.',
  nearGpaiThreshold:
    'La puissance de calcul d’entraînement de {flop} se situe à ±{estimateTolerance} du critère de {gpaiThreshold} : la conclusion sur le modèle d’IA à usage général dépend de l’estimation. Documentez la méthode et son incertitude.',
  nearOneThird:
    'La puissance de calcul de votre modification, {flop}, se situe à ±{estimateTolerance} du tiers de {original} : le fait que vous deveniez fournisseur dépend de l’estimation.',
  cumulativeQuestion: 'Quel calcul compte pour la présomption à {systemicRiskThreshold} ?',
  cumulativeAnswer: 'Mises à jour des paramètres {parameterUpdates} ; cumulé {cumulative}',
  cumulativeOutcome:
    'Le calcul cumulé compte, y compris {source, select, synthetic {la génération de données synthétiques non publiques} other {les poids hérités}} : il dépasse {systemicRiskThreshold} alors que le calcul consacré aux mises à jour des paramètres ne le dépasse pas.',
  sharedWithResearchPartners:
    'Partagé uniquement avec des partenaires de recherche, à des seules fins de recherche',
  soleResearchSummary:
    'Non : un modèle partagé uniquement à des fins de recherche scientifique ne relève pas du règlement sur l’IA.',
  providerQuestion: 'Êtes-vous le fournisseur ?',
  notPlacedAnswer: 'Non mis à disposition et non destiné à être mis sur le marché de l’UE',
  notPlacedOutcome:
    'Non : sans intention de mettre le modèle sur le marché, vous n’en êtes pas le fournisseur et ne le deviendrez pas.',
  notPlacedSummary:
    'Non : le modèle n’est utilisé qu’à des fins de recherche et de développement et n’est pas destiné à être mis sur le marché de l’UE.',
};
