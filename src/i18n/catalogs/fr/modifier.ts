import type { Messages } from '../../message-id';
import type { modifier as en } from '../en/modifier';

export const modifier: Messages<typeof en> = {
  // Agir pour le compte du fournisseur initial (R91, R13)
  onBehalfQuestion:
    'Effectuez-vous la modification pour le fournisseur initial (en vertu d’un contrat conclu avec lui, pour son compte) ?',
  onBehalfAskWhom: 'Le responsable du contrat',
  onBehalfAssumption:
    'Hypothèse retenue : vous agissez pour votre propre compte, en tant que modificateur en aval.',
  onBehalfStepQuestion: 'Modifiez-vous le modèle pour le compte de son fournisseur initial ?',
  onBehalfOutcome:
    'Une modification effectuée par le fournisseur initial ou pour son compte fait partie du cycle de vie de ce modèle (R13) : le fournisseur initial reste le fournisseur et vous n’êtes pas un modificateur en aval.',

  // Réglage fin qui reste chez le fournisseur initial (R27, E17)
  platformQuestion:
    'Le modèle affiné reste-t-il sur la plateforme du fournisseur initial, sous son nom, ou détenez-vous les poids et le mettez-vous vous-même sur le marché ?',
  platformAskWhom: 'L’équipe ML et le responsable du contrat',
  platformAssumption: 'Hypothèse retenue : vous contrôlez le résultat et le mettez vous-même sur le marché.',
  staysQuestion: 'Le modèle modifié reste-t-il chez le fournisseur initial, sous son nom ?',
  staysAnswerOriginalName: 'Mis à disposition sous le nom du fournisseur initial',
  staysAnswerPlatform: 'Oui, sur sa plateforme',
  staysOutcome:
    'Le contrôle des poids et le nom apposé sur le modèle sont déterminants : lorsque le modèle affiné reste chez le fournisseur initial, sous son nom, c’est plus vraisemblablement ce fournisseur qui est le « modificateur ».',
  staysTitle: 'Réglage fin via l’API du fournisseur initial',
  staysReading:
    'Le fournisseur initial, qui contrôle les poids et dont le modèle porte le nom, est considéré comme le modificateur ; vous ne l’êtes pas.',
  staysAlternative:
    'Si vous avez commandé un réglage fin d’ampleur et mettez le résultat sur le marché sous votre propre nom, l’article 3, point 3) (« fait développer »), vous désigne.',

  // Quantité de calcul de la modification inconnue (R90)
  unknownComputeQuestion:
    'Quelle quantité de calcul votre modification (réglage fin, entraînement complémentaire) a-t-elle utilisée, en FLOP ? Estimez-la à partir du matériel (N·L·H·U) ou des jetons (6·P·D).',
  unknownComputeAskWhom: 'L’équipe ML qui a effectué le réglage fin',
  unknownComputeAssumption:
    'Hypothèse retenue : plus d’un tiers de la quantité de calcul du modèle initial ; vous êtes donc considéré comme le fournisseur.',
  oneThirdQuestion:
    'La modification a-t-elle utilisé plus d’un tiers de la quantité de calcul utilisée pour l’entraînement du modèle initial ?',
  unknownComputeAnswer: 'Quantité de calcul de la modification inconnue',
  unknownComputeOutcome:
    'Indéterminé. Vous pouvez toujours estimer la quantité de calcul de votre propre modification ; la lecture prudente s’applique donc : vous êtes considéré comme le fournisseur du modèle modifié, avec des obligations limitées à la modification (R28).',
  unknownComputeTitle: 'Quantité de calcul de la modification inconnue',
  unknownComputeReading:
    'Fournisseur du modèle modifié (lecture prudente), avec des obligations limitées à la modification.',
  unknownComputeAlternative:
    'Si la modification a utilisé au plus un tiers de la quantité de calcul utilisée pour l’entraînement du modèle initial, vous n’en êtes pas le fournisseur ; le fournisseur initial reste le fournisseur (R30).',

  // Le critère du tiers (R24)
  oneThirdAnswer: 'Modification {modification} ; modèle initial {original} (un tiers : {third})',
  oneThirdOutcomeAbove:
    'Oui : une modification importante ; vous devenez donc le fournisseur du modèle modifié.',
  oneThirdOutcomeNotAbove:
    'Non : pas plus d’un tiers (exactement un tiers ne remplit pas la condition « supérieur à ») ; vous n’êtes donc pas le fournisseur.',
  oneThirdChangeAtMost: 'Avec au plus {flop} de calcul pour la modification (un tiers du modèle initial),',
  oneThirdChangeMoreThan: 'Avec plus de {flop} de calcul pour la modification (un tiers du modèle initial),',
  wouldNotBecomeProvider: 'vous ne deviendriez pas le fournisseur du modèle modifié.',
  wouldBecomeProvider: 'vous deviendriez le fournisseur du modèle modifié.',

  // Le seuil de repli lorsque la quantité de calcul initiale est inconnue (R25, E4)
  fallbackQuestion:
    'La quantité de calcul initiale est inconnue : la modification dépasse-t-elle le seuil de repli ?',
  fallbackAnswer:
    'Modification {modification} ; modèle initial présentant un risque systémique : {originalSystemicRisk}',
  fallbackOutcomeAbove: 'Oui : le seuil de repli est d’un tiers de {base} (environ {third}).',
  fallbackOutcomeNotAbove: 'Non : le seuil de repli est d’un tiers de {base} (environ {third}).',
  fallbackChangeAtMost: 'Avec au plus {flop} de calcul pour la modification,',
  fallbackChangeMoreThan: 'Avec plus de {flop} de calcul pour la modification,',
  unknownRiskTitle:
    'Quantité de calcul initiale inconnue et statut de risque systémique du modèle initial inconnu',
  unknownRiskReading:
    'Le seuil de repli inférieur s’applique : plus d’un tiers de {gpaiThreshold} (environ 3,3 × 10^22) fait de vous le fournisseur.',
  unknownRiskAlternative:
    'Si le modèle initial présente un risque systémique, le seuil de repli supérieur d’un tiers de {systemicRiskThreshold} (environ 3,3 × 10^24) s’applique.',
  unknownRiskQuestion:
    'Le modèle initial est-il un modèle d’IA à usage général présentant un risque systémique (inscrit sur la liste de la Commission, ou au-delà de {systemicRiskThreshold}) ?',
  unknownRiskAskWhom:
    'Le fournisseur du modèle initial, ou la liste publiée par la Commission (article 52, paragraphe 6)',
  unknownRiskAssumption:
    'Hypothèse retenue : non ; le seuil de repli inférieur (3,3 × 10^22 FLOP) s’applique donc.',

  // En deçà du seuil (R30, E6)
  belowQuestion: 'Êtes-vous le fournisseur du modèle modifié ?',
  belowAnswer: 'En deçà du seuil',
  belowOutcomeSystemicRisk:
    'Non : une modification en deçà du seuil ne fait pas de vous un fournisseur ; le fournisseur initial conserve ses obligations liées au risque systémique pour le modèle initial, y compris pour les modifications prévisibles.',
  belowOutcome:
    'Non : le fournisseur initial reste le fournisseur du modèle ; vous pouvez avoir des obligations en tant que fournisseur d’un système d’IA.',
};
