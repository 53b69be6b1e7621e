import type { Messages } from '../../message-id';
import type { obligations as en } from '../en/obligations';

export const obligations: Messages<typeof en> = {
  // ── Éléments à produire : annexe XI, section 1 (libellés de l’annexe XI, points 1 et 2) ──
  annexXI1GeneralDescription:
    'Annexe XI, section 1 : description générale — tâches que le modèle est censé accomplir ainsi que type et nature des systèmes d’IA dans lesquels il peut être intégré',
  annexXI1AcceptableUse: 'Annexe XI, section 1 : politiques applicables en matière d’utilisation acceptable',
  annexXI1ReleaseDistribution: 'Annexe XI, section 1 : date de publication et méthodes de distribution',
  annexXI1Architecture: 'Annexe XI, section 1 : architecture et nombre de paramètres',
  annexXI1Modalities: 'Annexe XI, section 1 : modalité et format des entrées et des sorties',
  annexXI1Licence: 'Annexe XI, section 1 : licence',
  annexXI1Integration:
    'Annexe XI, section 1 : moyens techniques nécessaires à l’intégration (notice d’utilisation, infrastructure, outils)',
  annexXI1Design:
    'Annexe XI, section 1 : spécifications de conception du modèle et du processus d’entraînement, méthodes et techniques d’entraînement et principaux choix de conception',
  annexXI1Data:
    'Annexe XI, section 1 : données utilisées pour l’entraînement, les essais et la validation — type, provenance, méthodes de conservation, détection des biais',
  annexXI1Compute:
    'Annexe XI, section 1 : ressources informatiques utilisées pour entraîner le modèle (opérations en virgule flottante, temps d’entraînement)',
  annexXI1Energy: 'Annexe XI, section 1 : consommation d’énergie connue ou estimée',
  annexXI1Optimise:
    'Annexe XI, section 1 : ce que le modèle est conçu pour optimiser et pertinence des différents paramètres',
  annexXI1DataPoints:
    'Annexe XI, section 1 : nombre de points de données, leur portée et leurs principales caractéristiques ; manière dont les données ont été obtenues et sélectionnées',
  // Annexe XI, section 2 (modèles présentant un risque systémique)
  annexXI2Evaluation:
    'Annexe XI, section 2 : stratégies d’évaluation et résultats de l’évaluation, avec critères d’évaluation, indicateurs et méthode',
  annexXI2Adversarial:
    'Annexe XI, section 2 : essais contradictoires (méthode de l’équipe rouge), adaptations des modèles, y compris l’alignement et le réglage fin',
  annexXI2SystemArchitecture:
    'Annexe XI, section 2 : architecture du système — comment les composants logiciels s’appuient les uns sur les autres ou s’alimentent mutuellement (le cas échéant)',
  // Chapitres du code de bonnes pratiques
  copTransparency: 'Transparence (formulaire de documentation du modèle)',
  copCopyright: 'Droit d’auteur',
  copSafetySecurity: 'Sûreté et sécurité',
  // Article 53, paragraphe 1, point a)
  articleArt53_1_a: 'article 53, paragraphe 1, point a)',
  titleArt53_1_a: 'Documentation technique destinée au Bureau de l’IA et aux autorités nationales',
  explanationArt53_1_a:
    'Élaborez et tenez à jour la documentation technique du modèle, y compris son processus d’entraînement et d’essai et les résultats de son évaluation, et fournissez-la sur demande au Bureau de l’IA ou aux autorités nationales compétentes.',
  produceArt53_1_aForm:
    'Formulaire de documentation du modèle du code de bonnes pratiques (chapitre Transparence), format commode',
  // Article 53, paragraphe 1, point b)
  articleArt53_1_b: 'article 53, paragraphe 1, point b)',
  titleArt53_1_b: 'Informations et documentation destinées aux fournisseurs en aval',
  explanationArt53_1_b:
    'Élaborez, tenez à jour et mettez à la disposition des fournisseurs de systèmes d’IA qui intègrent le modèle les informations dont ils ont besoin pour comprendre ses capacités et ses limites et se conformer à leurs propres obligations, tout en protégeant les droits de propriété intellectuelle et les secrets d’affaires.',
  annexXIIGeneralDescription:
    'Annexe XII : description générale — tâches que le modèle est censé accomplir, politiques d’utilisation acceptable, date de publication, méthodes de distribution',
  annexXIIInteraction:
    'Annexe XII : interaction avec du matériel ou des logiciels qui ne font pas partie du modèle, versions des logiciels pertinents',
  annexXIIArchitecture:
    'Annexe XII : architecture, paramètres, modalité et format des entrées et des sorties (y compris la fenêtre contextuelle), licence',
  annexXIIIntegrationData:
    'Annexe XII : moyens techniques nécessaires à l’intégration ; informations sur les données d’entraînement et leur conservation',
  produceArt53_1_bForm:
    'Formulaire de documentation du modèle du code de bonnes pratiques (champs destinés aux fournisseurs en aval)',
  // Article 53, paragraphe 1, point c)
  articleArt53_1_c: 'article 53, paragraphe 1, point c)',
  titleArt53_1_c: 'Politique en matière de droit d’auteur',
  explanationArt53_1_c:
    'Mettez en place une politique visant à se conformer au droit de l’Union en matière de droit d’auteur et droits voisins, et notamment à identifier et à respecter, y compris au moyen de technologies de pointe, les réservations de droits (opt-out) exprimées conformément à l’article 4, paragraphe 3, de la directive (UE) 2019/790. Elle s’applique quel que soit le lieu où l’entraînement a eu lieu.',
  produceArt53_1_cPolicy:
    'Une politique écrite en matière de droit d’auteur, désignant les personnes qui en sont responsables',
  produceArt53_1_cOptOuts:
    'La manière dont les réservations de droits en matière de fouille de textes et de données (article 4, paragraphe 3, de la directive DSM) sont identifiées et respectées, par exemple robots.txt et autres protocoles lisibles par machine',
  produceArt53_1_cCrawlers:
    'La configuration des robots d’indexation et la manière dont l’accès licite aux contenus est garanti',
  produceArt53_1_cContact:
    'Un point de contact et une procédure de traitement des plaintes pour les titulaires de droits',
  // Article 53, paragraphe 1, point d)
  articleArt53_1_d: 'article 53, paragraphe 1, point d)',
  titleArt53_1_d: 'Résumé public du contenu d’entraînement',
  explanationArt53_1_d:
    'Élaborez et mettez à la disposition du public un résumé suffisamment détaillé du contenu utilisé pour entraîner le modèle, conformément au modèle obligatoire fourni par le Bureau de l’IA.',
  produceArt53_1_dTemplate1:
    'Modèle, section 1 : informations générales — fournisseur, modèle et versions, modalités, volume des données d’entraînement par modalité',
  produceArt53_1_dTemplate2:
    'Modèle, section 2 : sources des données — jeux de données publics et sous licence, principaux noms de domaine collectés par moissonnage, données des utilisateurs, données synthétiques',
  produceArt53_1_dTemplate3:
    'Modèle, section 3 : aspects du traitement des données — respect des réservations de droits, suppression des contenus illicites',
  produceArt53_1_dPublication: 'Publication du résumé (par exemple sur la page du modèle), tenu à jour',
  // Article 53, paragraphe 3
  articleArt53_3: 'article 53, paragraphe 3',
  titleArt53_3: 'Coopération avec la Commission et les autorités nationales',
  explanationArt53_3:
    'Coopérez, en tant que de besoin, avec la Commission (Bureau de l’IA) et les autorités nationales compétentes dans l’exercice de leurs pouvoirs au titre du règlement sur l’IA.',
  produceArt53_3Contact:
    'Un point de contact et une procédure interne pour répondre aux demandes d’informations et d’évaluation',
  // Article 54
  articleArt54: 'article 54',
  titleArt54: 'Mandataire dans l’Union',
  explanationArt54:
    'Un fournisseur établi en dehors de l’Union doit, par mandat écrit et avant de mettre le modèle sur le marché de l’Union, désigner un mandataire établi dans l’Union.',
  produceArt54Mandate: 'Un mandat écrit confié à un mandataire établi dans l’UE',
  produceArt54Keeps:
    'Le mandataire conserve la documentation prévue à l’annexe XI pendant dix ans après la mise sur le marché et répond au Bureau de l’IA',
  produceArt54Verifies:
    'Le mandataire vérifie la documentation technique et met fin au mandat si le fournisseur manque à ses obligations',
  // Article 52, paragraphe 1
  articleArt52_1: 'article 52, paragraphe 1',
  titleArt52_1: 'Informer la Commission que le seuil du risque systémique est atteint',
  explanationArt52_1:
    'Informez-en la Commission sans tarder et en tout état de cause dans un délai de deux semaines après que le seuil de {systemicRiskThreshold} est atteint ou qu’il est établi qu’il le sera — le cas échéant avant la fin de l’entraînement. La notification peut être accompagnée d’arguments démontrant que le modèle, à titre exceptionnel, ne présente pas de risque systémique.',
  produceArt52_1Notification:
    'Notification au Bureau de l’IA avec l’estimation de la puissance de calcul d’entraînement en FLOP à deux chiffres significatifs (par exemple 2,3 × {systemicRiskPower})',
  produceArt52_1Method:
    'La méthode d’estimation et ses hypothèses (fondée sur le matériel ou sur l’architecture, ±{estimateTolerance})',
  produceArt52_1Arguments:
    'Le cas échéant, des arguments au titre de l’article 52, paragraphe 2, démontrant que le modèle, à titre exceptionnel, ne présente pas de risque systémique',
  // Article 55, paragraphe 1, points a) à d)
  articleArt55_1_a: 'article 55, paragraphe 1, point a)',
  titleArt55_1_a: 'Évaluation des modèles, y compris des essais contradictoires',
  explanationArt55_1_a:
    'Effectuez une évaluation du modèle sur la base de protocoles et d’outils normalisés reflétant l’état de la technique, y compris en réalisant et en documentant des essais contradictoires, en vue d’identifier et d’atténuer les risques systémiques.',
  produceArt55_1_aEvaluations:
    'Des évaluations fondées sur des protocoles et outils normalisés reflétant l’état de la technique, y compris des essais contradictoires documentés',
  produceArt55_1_aReport:
    'Rapport sur le modèle au titre du chapitre Sûreté et sécurité (code de bonnes pratiques)',
  articleArt55_1_b: 'article 55, paragraphe 1, point b)',
  titleArt55_1_b: 'Évaluer et atténuer les risques systémiques',
  explanationArt55_1_b:
    'Évaluez et atténuez les risques systémiques éventuels au niveau de l’Union, y compris leurs sources, qui pourraient découler du développement, de la mise sur le marché ou de l’utilisation du modèle.',
  produceArt55_1_bFramework:
    'Un cadre d’évaluation et d’atténuation des risques systémiques (cadre de sûreté et de sécurité au titre du code de bonnes pratiques)',
  produceArt55_1_bRecords:
    'Des traces de l’identification et de l’analyse des risques, des décisions d’acceptation et des mesures d’atténuation',
  articleArt55_1_c: 'article 55, paragraphe 1, point c)',
  titleArt55_1_c: 'Suivre, documenter et signaler les incidents graves',
  explanationArt55_1_c:
    'Suivez, documentez et communiquez sans retard injustifié au Bureau de l’IA (et, le cas échéant, aux autorités nationales compétentes) les informations pertinentes concernant les incidents graves et les éventuelles mesures correctives — y compris les atteintes graves à la cybersécurité telles que l’exfiltration des poids.',
  produceArt55_1_cProcess: 'Une procédure de suivi et de signalement des incidents graves',
  produceArt55_1_cReports:
    'Des signalements d’incidents, avec les mesures correctives, adressés au Bureau de l’IA',
  articleArt55_1_d: 'article 55, paragraphe 1, point d)',
  titleArt55_1_d: 'Protection en matière de cybersécurité',
  explanationArt55_1_d:
    'Garantissez un niveau approprié de protection en matière de cybersécurité pour le modèle et son infrastructure physique.',
  produceArt55_1_dSecurity:
    'Des mesures de sécurité documentées pour les poids, l’infrastructure et les menaces internes',

  // ── Statut de chaque obligation ──
  scopeArt53_1_a: 'Limitée à la modification : documentez ce que vous avez modifié et comment (R28).',
  scopeArt53_1_b:
    'Limitée à la modification : informations sur ce qui a changé pour les fournisseurs en aval (R28).',
  scopeModificationData: 'Couvre les données utilisées pour votre modification (R28).',
  exemptionReason:
    'Publié sous licence libre et ouverte, avec des poids, des informations sur l’architecture et sur l’utilisation rendus publics, sans monétisation et sans risque systémique (article 53, paragraphe 2, et article 54, paragraphe 6).',
  whichApplyQuestion: 'Quelles obligations du fournisseur s’appliquent ?',
  notProviderAnswer: 'Pas le fournisseur d’un modèle d’IA à usage général',
  notProviderOutcome: 'Aucune des obligations du chapitre V relatives aux modèles ne s’applique à vous.',
  art54NotApplicable: 'Vous êtes établi dans l’UE : aucun mandataire n’est donc nécessaire.',
  euEstablishedQuestion:
    'Le fournisseur (l’entité juridique qui met le modèle sur le marché) est-il établi dans l’UE ?',
  euEstablishedAskWhom: 'Service juridique (structure du groupe)',
  euEstablishedAssumption: 'Supposé que non : un mandataire dans l’UE (article 54) est donc indiqué.',
  exemptionEndedQuestion:
    'À partir de quand les obligations dont l’exemption en faveur des logiciels libres dispensait sont-elles dues ?',
  exemptionEndedAnswer: 'Risque systémique apparu le {date}',
  exemptionEndedOutcome:
    'L’exemption ne couvre jamais un modèle présentant un risque systémique : la documentation technique, les informations destinées aux fournisseurs en aval et (hors de l’UE) le mandataire sont dus à compter du jour où le risque systémique est apparu, et non de la mise sur le marché.',
  art52ContestAccepted:
    'Exécutée : vos arguments contre la présomption accompagnaient la notification et ont été acceptés.',
  art52Designated:
    'Le modèle a été désigné et non présumé : l’obligation de notification naît lorsque le seuil de {systemicRiskThreshold} est atteint.',
  art52NotPresumed:
    'Due uniquement lorsque la quantité cumulée de calcul utilisée pour l’entraînement dépasse {systemicRiskThreshold}, ou qu’il est établi qu’elle le dépassera (ou lorsque vous modifiez de manière significative un modèle présentant un risque systémique).',
  notifiedQuestion: 'En avez-vous informé la Commission ?',
  notifiedAnswer: 'Oui, le {date}',
  notifiedLateOutcome:
    'Notification faite après l’échéance du {dueBy} : une notification tardive est une infraction dont la Commission peut tenir compte (article 101).',
  notifiedOutcome:
    'Notification faite : conservez la notification, l’estimation de la puissance de calcul et la méthode ; informez de nouveau la Commission en cas de modification substantielle.',
  lateNotificationWarning:
    'La notification au titre de l’article 52, paragraphe 1, a été faite le {notified}, après son échéance du {dueBy}.',
  art55ContestAccepted:
    'La Commission a accepté vos arguments selon lesquels le modèle ne présente pas de risque systémique.',
  art55OnlySystemicRisk:
    'S’applique uniquement aux modèles d’IA à usage général présentant un risque systémique.',
  systemicRiskAddsQuestion: 'Quelles obligations le risque systémique ajoute-t-il ?',
  designated: 'Désigné',
  presumed: 'Présumé',
  systemicRiskAddsOutcome:
    'Évaluation des modèles avec essais contradictoires, évaluation et atténuation des risques systémiques, signalement des incidents graves et cybersécurité (article 55, paragraphe 1, points a) à d)), en plus de l’article 53 — dont la documentation technique comprend alors l’annexe XI, section 2 — sans exemption en faveur des logiciels libres.',
  exemptAnswer: 'L’exemption en faveur des logiciels libres s’applique',
  noExemptionAnswer: 'Aucune exemption',
  exemptOutcome:
    'La politique en matière de droit d’auteur, le résumé du contenu d’entraînement et la coopération restent dus ; la documentation technique, les informations destinées aux fournisseurs en aval et le mandataire font l’objet de l’exemption.',
  noExemptionOutcome:
    'La documentation technique, les informations destinées aux fournisseurs en aval, la politique en matière de droit d’auteur, le résumé du contenu d’entraînement et la coopération s’appliquent à tout fournisseur d’un modèle d’IA à usage général ; il n’existe pas d’exemption pour les PME.',
  modifierQuestion: 'Que couvrent vos obligations lorsque vous modifiez un modèle ?',
  modifierAnswer: 'Fournisseur du modèle modifié',
  modifierOutcome:
    'La documentation couvre la modification ; la politique en matière de droit d’auteur et le résumé du contenu d’entraînement couvrent les données utilisées pour la modification ; l’article 54 s’applique si vous êtes établi hors de l’UE.',

  // ── Date de mise sur le marché, cycle de vie, code de bonnes pratiques, amendes ──
  placingDateQuestion:
    'À quelle date le modèle a-t-il été mis à disposition pour la première fois dans l’UE (ou à quelle date est-ce prévu) ?',
  placingDateAskWhom: 'L’équipe produit ou l’équipe de publication',
  placingDateAssumption:
    'Les échéances qui dépendent de la date de mise sur le marché sont indiquées comme inconnues.',
  placedQuestion: 'Quand le modèle a-t-il été mis sur le marché de l’Union pour la première fois ?',
  placedLegacyOutcome:
    'Mis sur le marché avant le {chapterVApplies} : le fournisseur doit se mettre en conformité au plus tard le {legacyComplianceDeadline}, pour l’ensemble du cycle de vie du modèle.',
  placedPlannedOutcome:
    'Mise sur le marché prévue le {date} : les obligations s’appliquent à compter de la mise sur le marché.',
  placedOutcome:
    'Mis sur le marché le {chapterVApplies} ou après : les obligations s’appliquent à compter de la mise sur le marché.',
  untraceableDataQuestion:
    'Qu’en est-il des données d’entraînement qui ne peuvent plus être retracées pour un modèle mis sur le marché avant le {chapterVApplies} ?',
  untraceableDataOutcome:
    'Un nouvel entraînement ou un désapprentissage n’est pas exigé lorsqu’il est impossible ou disproportionné ; signalez et justifiez la lacune dans la politique en matière de droit d’auteur et dans le résumé du contenu d’entraînement.',
  modifiedNewModelQuestion: 'Le modèle modifié est-il un nouveau modèle ?',
  modifiedNewModelAnswer: 'Modèle modifié mis sur le marché le {date}',
  modifiedNewModelOutcome:
    'Une modification significative par un acteur en aval constitue un nouveau modèle, mis sur le marché lorsque vous le mettez sur le marché ; vos obligations s’appliquent à compter de cette date, même si le modèle d’origine a été mis sur le marché avant le {chapterVApplies}.',
  lifecycleAskQuestion:
    'Ce modèle est-il issu de sa propre grande phase de pré-entraînement, ou est-il une version ultérieure (réglage fin, mise à jour) d’un modèle que vous avez déjà mis sur le marché ?',
  lifecycleAskWhom: 'L’équipe d’apprentissage automatique',
  lifecycleAssumption: 'Supposé être un nouveau modèle, mis sur le marché à la date indiquée.',
  lifecycleQuestion:
    'S’agit-il d’un nouveau modèle ou d’une version ultérieure d’un modèle déjà mis sur le marché ?',
  lifecycleAnswer: 'Une version ultérieure ; première version mise sur le marché le {date}',
  lifecycleOutcome:
    'Le développement ultérieur par le même fournisseur reste le même modèle : son cycle de vie et ses dates courent à compter de la mise sur le marché de la première version. Une nouvelle grande phase de pré-entraînement donnerait un nouveau modèle.',
  codeFullOutcome:
    'La signature ne modifie ni la classification ni les obligations (E22). Adhérer au code jugé adéquat est un moyen simple de démontrer le respect des articles 53 et 55 (pas de la notification au titre de l’article 52, paragraphe 1) ; la Commission se concentre sur le contrôle de l’adhésion, et l’adhésion peut atténuer les amendes.',
  codePartialOutcome:
    'La signature ne modifie ni la classification ni les obligations (E22). Pour les chapitres que vous n’avez pas signés, vous devez démontrer d’autres moyens appropriés, et vous perdez pour eux le bénéfice du code.',
  codeNoneOutcome:
    'Ne pas signer ne modifie aucune obligation, mais vous devez démontrer d’autres moyens appropriés (par exemple une analyse des écarts par rapport au code) et pouvez vous attendre à davantage de demandes d’informations et d’évaluation.',
  codeUnknownOutcome:
    'La signature du code de bonnes pratiques ne modifie ni la classification ni les obligations (E22).',
  codeQuestion: 'Avez-vous signé le code de bonnes pratiques en matière d’IA à usage général ?',
  codeFullAnswer: 'Oui, tous les chapitres',
  codePartialAnswer: 'Certains chapitres',
  codePartialWarning:
    'Vous n’avez signé que certains chapitres du code de bonnes pratiques : documentez d’autres moyens appropriés pour les obligations de transparence et de droit d’auteur auxquelles vous n’avez pas souscrit.',
  codePartialSystemicRiskWarning:
    'Vous n’avez signé que certains chapitres du code de bonnes pratiques : documentez d’autres moyens appropriés pour chaque obligation que couvrent les chapitres non signés (Transparence, Droit d’auteur, Sûreté et sécurité).',
  finesQuestion: 'À partir de quand la Commission peut-elle infliger des amendes ?',
  finesAnswer: 'Évalué à la date du {date}',
  finesOutcome:
    '{before, select, yes {Pas d’amendes de la Commission avant le {finesApply}, mais les obligations s’appliquent déjà.} other {Depuis le {finesApply}, la Commission peut infliger des amendes jusqu’à {fineCeiling} — sans réduction pour les PME.}}{legacy, select, yes { Pour un modèle mis sur le marché avant le {chapterVApplies}, le non-respect ne commence qu’après le {legacyComplianceDeadline}.} other {}}',
};
