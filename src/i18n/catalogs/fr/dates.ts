import type { Messages } from '../../message-id';
import type { dates as en } from '../en/dates';

export const dates: Messages<typeof en> = {
  // ── Délais au sens du règlement (CEE, Euratom) no 1182/71 ──
  nonWorkingWeekend: '{day, select, Saturday {samedi} other {dimanche}} {date}',
  nonWorkingHoliday: '{date}, jour férié de la Commission',
  lengthWeeks: '{weeks, plural, one {# semaine} other {# semaines}}',
  lengthMonths: '{months, plural, one {# mois} other {# mois}}',
  periodMoved:
    '{reasons} : si le dernier jour d’un délai est un samedi, un dimanche ou un jour férié, le délai prend fin à l’expiration du jour ouvrable suivant (règlement (CEE, Euratom) no 1182/71, article 3, paragraphe 4).',

  // ── Notification au titre de l’article 52, paragraphe 1, et début des obligations de l’article 55 ──
  notificationDueQuestion: 'Quand la notification au titre de l’article 52, paragraphe 1, est-elle due ?',
  thresholdMetAnswer: 'Seuil atteint ou connu le {date}',
  notificationBeforeChapterVOutcome:
    'L’article 52 s’applique à compter du {chapterVApplies} ; la Commission attendait donc la notification dans les deux semaines suivant cette date : au plus tard le {lastDay}.',
  notificationWithinTwoWeeksOutcome: 'Dans les deux semaines suivant le {met} : au plus tard le {lastDay}.',
  crossedAfterPlacingQuestion:
    'Le modèle a-t-il franchi {systemicRiskThreshold} après sa mise sur le marché ?',
  crossedAfterPlacingAnswer: 'Mis sur le marché le {placed} ; seuil atteint le {met}',
  crossedAfterPlacingOutcome:
    'La poursuite de l’entraînement reste le même modèle : il présente un risque systémique dès que le seuil est atteint, et la notification est due dans les deux semaines qui suivent.',
  boundByPlacingQuestion:
    'Quand la notification au titre de l’article 52, paragraphe 1, est-elle due lorsque la date à laquelle le seuil a été atteint est inconnue ?',
  boundByPlacingAnswer:
    'Date du seuil inconnue ; {placing, select, planned {mise sur le marché prévue le} other {mis sur le marché pour la première fois le}} {date}',
  boundByPlacingOutcome:
    'L’entraînement antérieur à la mise sur le marché a atteint le seuil au plus tard à la date de mise sur le marché : la notification est donc due au plus tard deux semaines après celle-ci — le {lastDay} — et plus tôt si le seuil a été atteint plus tôt. Si c’est l’entraînement postérieur à la mise sur le marché qui a franchi le seuil, indiquez plutôt cette date (E20).',
  dueNowQuestion:
    'Quand la notification au titre de l’article 52, paragraphe 1, est-elle due lorsque ni la date du seuil ni la date de mise sur le marché ne sont connues ?',
  dueNowAnswer: 'Les deux dates sont inconnues ; le modèle est sur le marché',
  dueNowOutcome:
    'La notification est due sans tarder : le modèle a été mis sur le marché, les deux semaines sont donc très probablement écoulées. Indiquez l’une des deux dates pour connaître l’échéance.',
  legacyCrossingTitle:
    'Modèle mis sur le marché avant le {chapterVApplies} ayant franchi {systemicRiskThreshold} par la suite',
  legacyCrossingReading:
    'La poursuite de l’entraînement reste dans le cycle de vie du modèle : l’article 111, paragraphe 3, fixe donc le {legacyComplianceDeadline} comme limite extrême pour toutes ses obligations ; informez-en néanmoins la Commission au plus tard le {lastDay} (deux semaines après le franchissement).',
  legacyCrossingAlternative:
    'Selon la lecture plus stricte (E20), la notification était due deux semaines après le franchissement du seuil, et les obligations de l’article 55 s’appliquaient dès ce moment.',
  legacyCrossingWarning:
    'Le modèle a franchi {systemicRiskThreshold} après le {chapterVApplies} : la limite légale extrême indiquée est le {legacyComplianceDeadline}, mais informez-en la Commission au plus tard le {lastDay} (deux semaines après le franchissement) pour être en règle selon la lecture plus stricte.',
  legacyNotificationTitle:
    'Notification pour un modèle présentant un risque systémique mis sur le marché avant le {chapterVApplies}',
  legacyNotificationReading:
    'La limite légale extrême est le {legacyComplianceDeadline} (l’article 111, paragraphe 3, vise « les obligations prévues par le présent règlement »), mais informez-en la Commission sans tarder : l’article 52 s’applique depuis le {chapterVApplies} et la Commission peut désigner le modèle d’office.',
  legacyNotificationAlternative:
    'L’article 52 s’applique depuis le {chapterVApplies} ; la notification était donc sans doute due deux semaines après cette date.',
  legacyNotificationWarning:
    'Pour un modèle mis sur le marché avant le {chapterVApplies}, l’échéance de notification indiquée est la limite légale extrême ({legacyComplianceDeadline}) ; l’article 52 s’applique depuis le {chapterVApplies} et la Commission peut désigner elle-même le modèle — informez-la sans tarder.',
  workingDayQuestion: 'L’échéance tombe-t-elle un jour ouvrable ?',
  twoWeeksEndAnswer: 'Les deux semaines prennent fin le {date}',
  movedOutcome: 'Reportée au {lastDay} : {reason}',
  prepareTitle: 'Obligations liées au risque systémique avant la mise sur le marché',
  prepareReadingWithStart:
    'L’article 55 s’applique au plus tard à compter de la mise sur le marché ({start}) ; préparez-vous à partir du {prepareFrom}, date à laquelle le seuil a été atteint ou connu.',
  prepareReading:
    'L’article 55 s’applique au plus tard à compter de la mise sur le marché ; préparez-vous à partir du {prepareFrom}, date à laquelle le seuil a été atteint ou connu.',
  prepareAlternative:
    'Les lignes directrices de la Commission font courir les obligations liées au risque systémique dès que le seuil est atteint, même avant la mise sur le marché ; l’article 3, points 3) et 63), rattache les obligations du fournisseur à la mise sur le marché.',

  // ── Jalons de la chronologie ──
  chapterVAppliesLabel: 'Les obligations relatives aux modèles d’IA à usage général s’appliquent',
  chapterVAppliesDescription:
    'Le chapitre V du règlement sur l’IA s’applique aux fournisseurs de modèles d’IA à usage général.',
  finesApplyLabel: 'La Commission peut infliger des amendes aux fournisseurs',
  finesApplyDescription: 'Amendes pouvant aller jusqu’à {fineCeiling} (article 101).',
  legacyDeadlineLabel:
    'Échéance de mise en conformité des modèles mis sur le marché avant le {chapterVApplies}',
  legacyDeadlineDescription:
    'Prenez les mesures nécessaires pour respecter les obligations pendant tout le cycle de vie du modèle.',
  modifiedToBePlacedLabel: 'Modèle modifié à mettre sur le marché de l’UE',
  modifiedPlacedLabel: 'Modèle modifié mis sur le marché de l’UE',
  toBePlacedLabel: 'Modèle à mettre sur le marché de l’UE',
  firstPlacedLabel: 'Modèle mis sur le marché de l’UE pour la première fois',
  placedLegacyDescription:
    'Mis sur le marché avant le {chapterVApplies} : mise en conformité requise au plus tard le {legacyComplianceDeadline}.',
  placedDescription: 'Les obligations du fournisseur s’appliquent à compter de cette date.',
  thresholdMetLabel: 'Seuil de {systemicRiskThreshold} atteint ou dont on sait qu’il sera atteint',
  thresholdMetAfterPlacingDescription:
    'Franchi après la mise sur le marché (E20) : le risque systémique et les obligations de l’article 55 s’appliquent dès ce moment ; les deux semaines pour la notification courent à partir d’ici.',
  thresholdMetDescription:
    'La classification comme présentant un risque systémique commence à ce moment et les deux semaines pour la notification courent ; les obligations de l’article 55 s’appliquent au plus tard à compter de la mise sur le marché — préparez-vous à partir de cette date (E28).',
  notificationRecommendedLabel: 'Informer la Commission — date recommandée (article 52, paragraphe 1)',
  notificationRecommendedDescription:
    'Deux semaines après que le modèle a franchi {systemicRiskThreshold} : l’échéance selon la lecture plus stricte ; le {legacyComplianceDeadline} n’est que la limite légale extrême (ambigu, E29).',
  notificationAtLatestLabel: 'Informer la Commission — au plus tard (article 52, paragraphe 1)',
  notificationLabel: 'Informer la Commission (article 52, paragraphe 1)',
  notificationAtLatestDescription:
    'Au plus tard deux semaines après la première mise sur le marché, la date à laquelle le seuil a été atteint étant inconnue (R89) ; plus tôt s’il a été atteint plus tôt. Joignez l’estimation de la puissance de calcul à deux chiffres significatifs et la méthode.',
  notificationDescription:
    'Notification avec l’estimation de la puissance de calcul à deux chiffres significatifs et la méthode.',
  designationLabel: 'Information de la décision de désignation de la Commission',
  designationDescription: 'Les obligations liées au risque systémique s’appliquent à compter de cette date.',
  reassessmentLabel: 'Première date possible pour demander la réévaluation de la désignation',
  reassessmentDescription:
    'Sur la base de motifs objectifs, détaillés et nouveaux ; de nouveau six mois après tout refus.',
  contestAcceptedLabel: 'La Commission a accepté votre contestation de la présomption',
  contestAcceptedDescription:
    'Les obligations liées au risque systémique prennent fin à compter de cette date ; informez de nouveau la Commission en cas de modification substantielle.',

  // ── Dates saisies par le lecteur ──
  monthOfYear:
    '{month, select, january {janvier} february {février} march {mars} april {avril} may {mai} june {juin} july {juillet} august {août} september {septembre} october {octobre} november {novembre} other {décembre}} {year}',
  numericDate: '{day}/{month}/{year}',
  typedHint:
    'Par exemple 12 mars 2025, 12/3/2025 (jour en premier) ou 2025-03-12. Noms de mois en français, en anglais ou en allemand, abrégés ou non (12 févr. 2025). Si vous ne connaissez que le mois, indiquez-le, comme mars 2025.',
};
