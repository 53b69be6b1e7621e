import type { Messages } from '../../message-id';
import type { systemicRisk as en } from '../en/systemic-risk';

// Terms of the Act (FR, Official Journal): « présomption » and « capacités à fort impact » (article 51),
// « en informer la Commission » / « notification » (article 52, paragraphe 1), « désigner » and « décision de
// désignation » (article 52), « quantité cumulée de calcul utilisée pour son entraînement » (article 51,
// paragraphe 2), « utilisateurs professionnels enregistrés » (annexe XIII).
export const systemicRisk: Messages<typeof en> = {
  // Gates (R31, R21, R57, R14, R30, E6)
  labelNotApplicable: 'Sans objet',
  gateNotGpai: 'Sans objet : seuls les modèles d’IA à usage général peuvent présenter un risque systémique.',
  gateIntegrator:
    'Cette évaluation ne vous incombe pas : le fournisseur du modèle le classe. En tant que fournisseur en aval, vous pouvez vous fonder sur les informations qu’il fournit au titre de l’annexe XII.',
  gateHost:
    'Cette évaluation ne vous incombe pas : chaque personne qui télécharge un modèle classe elle-même ses modèles.',
  gateModifierOriginalSR:
    'Reste au fournisseur d’origine : le modèle d’origine présente un risque systémique, mais votre modification est inférieure au seuil ; ses obligations restent donc celles du fournisseur d’origine (E6).',
  gateModifierNotProvider: 'Ne vous concerne pas : vous n’êtes pas le fournisseur du modèle modifié.',

  // Decisive answers (R33, R36)
  decisiveComputeLabel: 'Quantité cumulée de calcul utilisée pour l’entraînement',
  computeAtLeast: 'Au moins {flop} (certaines parties inconnues)',
  decisiveMethodLabel: 'Méthode d’obtention de la valeur de calcul',

  // The presumption (R32, E2, R29, E5, R88)
  computeQuestion:
    'La quantité cumulée de calcul utilisée pour l’entraînement (y compris la génération de données synthétiques non publiques et les poids hérités) est-elle supérieure à {systemicRiskThreshold} ?',
  computeOutcomeYes:
    'Oui : le modèle est présumé avoir des capacités à fort impact, et donc présenter un risque systémique.',
  computeOutcomeUnknown:
    'Inconnu : la présomption ne peut être vérifiée tant que la quantité de calcul n’a pas été estimée.',
  computeOutcomeExactly:
    'Non : exactement {systemicRiskThreshold} ne remplit pas le critère « supérieure à » (E2) ; pas de présomption.',
  computeOutcomeNo: 'Non : pas plus de {systemicRiskThreshold} ; pas de présomption.',
  modifiedSRQuestion:
    'Le modèle d’origine est-il un modèle d’IA à usage général présentant un risque systémique ?',
  modifiedSROutcome:
    'Une modification significative d’un modèle présentant un risque systémique est présumée avoir des capacités à fort impact : le modèle modifié est présumé présenter un risque systémique.',
  modifiedComputeQuestion:
    'La quantité cumulée de calcul du modèle modifié (modèle d’origine et modification) est-elle supérieure à {systemicRiskThreshold} ?',
  modifiedComputeOutcome:
    'Oui : la quantité cumulée de calcul inclut le calcul qui a servi à entraîner les poids dont vous êtes parti ; le modèle modifié est donc présumé présenter un risque systémique.',
  e5Title: 'La modification porte la quantité cumulée de calcul au-delà de {systemicRiskPower}',
  e5Reading:
    'Risque systémique présumé : la quantité cumulée de calcul inclut le calcul des poids utilisés pour l’initialisation (R33).',
  e5Alternative: 'Les lignes directrices n’examinent pas expressément cette combinaison.',
  plannedQuestion:
    'La quantité cumulée de calcul d’entraînement prévue pour le modèle sera-t-elle supérieure à {systemicRiskThreshold} ?',
  plannedAnswer: 'Prévu : {flop}',
  plannedOutcome:
    'Oui : il est établi que le seuil sera atteint ; le modèle est donc présumé présenter un risque systémique et la notification visée à l’article 52, paragraphe 1, est due dans un délai de deux semaines à compter du moment où cela est connu — avant la fin de l’entraînement et avant la mise sur le marché.',

  // Compute caveats (R35, R43, E2)
  askComputeQuestion:
    'Quelle est la quantité cumulée de calcul utilisée pour l’entraînement, y compris le réglage fin, la génération de données synthétiques non publiques et les poids dont vous êtes parti ?',
  askComputeWhom: 'L’équipe chargée de l’entraînement ou de l’infrastructure',
  askComputeAssumption:
    'Hypothèse : pas plus de {systemicRiskThreshold}, donc pas de présomption de risque systémique.',
  warnCumulativeUnknown:
    'La quantité cumulée de calcul n’est pas entièrement connue : les fournisseurs doivent l’estimer, idéalement avant le grand entraînement préalable, et en informer la Commission dans un délai de deux semaines dès qu’il est établi qu’elle sera supérieure à {systemicRiskThreshold}.',
  warnNearThreshold:
    'La quantité cumulée de calcul de {flop} se situe à ±{estimateTolerance} de {systemicRiskThreshold}. Une estimation à {estimateTolerance} près suffit juridiquement, mais continuez à la surveiller et documentez la méthode ; une meilleure estimation pourrait modifier le résultat.',

  // The date the threshold was met (R34, R35, R89)
  askMetDateQuestion:
    'À quelle date le seuil de {systemicRiskThreshold} a-t-il été atteint, ou a-t-il été établi qu’il le serait (par exemple lors de la planification de l’entraînement) ?',
  askTrainingTeamWhom: 'L’équipe chargée de l’entraînement et la personne qui a approuvé le budget de calcul',
  askMetDateAssumption:
    'Pour un modèle déjà mis sur le marché, la notification est considérée comme due au plus tard deux semaines après la première mise sur le marché (R89) ; à défaut, son échéance ne peut être calculée.',

  // Contest (R37, E21)
  decisiveContestLabel: 'Contestation de la présomption',
  contestAcceptedQuestion: 'La Commission a-t-elle accepté vos arguments contre la présomption ?',
  contestAcceptedAnswer: 'Acceptés ; date d’information : {informed}',
  contestAcceptedOutcome:
    'Les obligations liées au risque systémique prennent fin à compter du moment où vous en avez été informé ; vous devez de nouveau informer la Commission en cas de changement substantiel, et la Commission peut toujours désigner le modèle.',
  contestAcceptedLaterOutcome:
    'Acceptation avec effet au {date} ; jusqu’à cette date, les obligations s’appliquent.',
  contestedQuestion: 'Avez-vous contesté la présomption ?',
  contestPendingAnswer: 'Oui, décision en attente',
  contestPendingOutcome: 'Une contestation en cours ne suspend pas les obligations.',
  warnContestPending:
    'Votre contestation est en cours : les obligations liées au risque systémique s’appliquent pleinement jusqu’à ce que la Commission l’accepte.',
  askContestQuestion:
    'Avez-vous fait valoir, avec la notification, que le modèle ne présente exceptionnellement pas de risque systémique — et la Commission a-t-elle statué ?',
  askLegalWhom: 'Le service juridique ou des affaires réglementaires',
  askContestAssumption: 'Hypothèse : aucune contestation ; la présomption est maintenue.',
  contestRejectedAnswer: 'Oui, contestation rejetée',
  contestRejectedOutcome:
    'Contestation rejetée : le modèle présente un risque systémique à compter du moment où la condition a été remplie.',
  warnContestNotWithNotification:
    'L’article 52, paragraphe 2, vous permet de présenter vos arguments contre la présomption avec la notification ; des arguments envoyés séparément risquent de ne pas être pris en compte dans cette procédure — vérifiez-le auprès du Bureau de l’IA.',

  // Designation (R38, R39)
  askDesignatedQuestion:
    'La Commission vous a-t-elle informé qu’elle a désigné le modèle comme présentant un risque systémique ?',
  askDesignatedAssumption: 'Hypothèse : non désigné.',
  decisiveDesignationLabel: 'Désigné par la Commission ; informé le',
  designationQuestion:
    'La Commission a-t-elle désigné le modèle comme modèle d’IA à usage général présentant un risque systémique ?',
  designationAnswer: 'Oui ; date d’information : {informed}',
  designationOutcome:
    'Désigné : les obligations liées au risque systémique s’appliquent à compter du moment où vous avez été informé de la désignation. Vous pouvez demander une réévaluation au plus tôt six mois après celle-ci (R39).',
  askDesignationDateQuestion: 'À quelle date avez-vous été informé de la décision de désignation ?',
  askDesignationDateWhom:
    'Le service juridique ou des affaires réglementaires (la lettre de décision de la Commission)',
  askDesignationDateAssumption:
    'La date à partir de laquelle s’appliquent les obligations liées au risque systémique ne peut être indiquée.',

  // Designation risk from reach (R92)
  warnDesignationRisk:
    'Mis à la disposition d’au moins 10 000 utilisateurs professionnels enregistrés dans l’UE : l’annexe XIII présume un impact élevé sur le marché intérieur ; la Commission peut donc désigner le modèle comme présentant un risque systémique (article 51, paragraphe 1, point b), et article 52, paragraphe 4). Rien ne change tant qu’il n’y a pas de désignation ; conservez la documentation des éléments visés à l’annexe XIII.',
  askUsersQuestion:
    'À combien d’utilisateurs professionnels enregistrés dans l’UE le modèle est-il mis à disposition : au moins 10 000, ou moins ?',
  askUsersWhom: 'L’équipe commerciale ou produit',
  askUsersAssumption: 'Aucun risque de désignation lié à la portée n’est signalé.',

  // Continued training planned above the threshold (R35, E20)
  continuedQuestion:
    'Un entraînement supplémentaire est-il prévu, qui portera la quantité cumulée de calcul au-delà de {systemicRiskThreshold} ?',
  continuedOutcome:
    'Oui : la notification est due dans un délai de deux semaines à compter du moment où il est établi que le seuil sera atteint — avant le franchissement. Le modèle est présumé présenter un risque systémique, et l’article 55 s’applique, à compter du franchissement (E20).',
  askContinuedDateQuestion:
    'À quelle date a-t-il été établi que la poursuite de l’entraînement porterait le modèle au-delà de {systemicRiskThreshold} ?',
  askContinuedDateAssumption: 'La notification est due sans tarder.',

  // What would change
  whatIfCrossChange:
    'Avec une quantité cumulée de calcul d’entraînement supérieure à {systemicRiskThreshold} (actuellement {flop}, soit {percent} % de ce seuil),',
  whatIfCrossEffect:
    'le modèle serait présumé présenter un risque systémique : vous devriez en informer la Commission dans un délai de deux semaines et respecter l’article 55, et toute exemption pour les modèles sous licence libre et ouverte tomberait.',
  whatIfContestChange:
    'Si vous démontriez, avec la notification, que le modèle ne présente exceptionnellement pas de risque systémique et que la Commission l’acceptait,',
  whatIfContestEffect:
    'les obligations liées au risque systémique prendraient fin au moment où vous en seriez informé (les mesures d’atténuation ne comptent pas comme arguments).',

  // The verdict's label and summary
  labelDesignated: 'Désigné',
  summaryDesignated:
    'Oui — désigné par la Commission : les obligations liées au risque systémique s’appliquent à compter du moment où vous en avez été informé.',
  labelPresumed: 'Présumé',
  summaryModifiedSR:
    'Présumé : vous avez modifié de manière significative un modèle présentant un risque systémique.',
  summaryContestPending:
    'Présumé : la quantité cumulée de calcul est supérieure à {systemicRiskThreshold}. Votre contestation est en cours et ne suspend pas les obligations.',
  summaryPresumed:
    'Présumé : la quantité cumulée de calcul utilisée pour l’entraînement est supérieure à {systemicRiskThreshold}.',
  labelNo: 'Non',
  summaryContestAccepted: 'Plus maintenant : la Commission a accepté vos arguments contre la présomption.',
  labelNotYet: 'Pas encore — informez la Commission maintenant',
  summaryNotificationOnly:
    'Pas encore : un entraînement supplémentaire au-delà de {systemicRiskThreshold} est prévu ; informez-en donc la Commission dès maintenant. La présomption s’applique à compter du franchissement.',
  labelNotEstablished: 'Non établi',
  summaryComputeUnknown:
    'Non établi : la quantité cumulée de calcul est inconnue ; la présomption liée au seuil de {systemicRiskThreshold} ne peut donc pas être vérifiée.',
  summaryNo:
    'Non : la quantité cumulée de calcul utilisée pour l’entraînement n’est pas supérieure à {systemicRiskThreshold} et le modèle n’est pas désigné.',
};
