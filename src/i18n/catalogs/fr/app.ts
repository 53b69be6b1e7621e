import type { Messages } from '../../message-id';
import type { app as en } from '../en/app';

export const app: Messages<typeof en> = {
  // Page d’accueil
  startIntro:
    'Déterminez, à partir de faits simples sur votre modèle d’IA, s’il s’agit d’un modèle d’IA à usage général au sens du règlement de l’UE sur l’IA, si vous en êtes le fournisseur, quelles obligations s’appliquent et à quelle date.',
  startRemoved: 'Vos réponses ont été supprimées de ce navigateur.',
  startUnusable: 'Les réponses enregistrées n’ont pas pu être utilisées',
  startMigrationFailed:
    'Les réponses enregistrées auparavant dans ce navigateur n’ont pas pu être transférées dans l’espace de travail : {reason} Elles restent où elles sont.',
  startUnreadableNotUsed:
    'Commencez une nouvelle évaluation ; les réponses illisibles ne sont pas utilisées.',
  startRemoveUnreadable: 'Supprimer les réponses illisibles',
  startOpeningLegacy: 'Ouverture des réponses enregistrées dans ce navigateur…',
  startWorkspaceHeading: 'Votre espace de travail',
  startWorkspaceCount:
    '{n, plural, one {# évaluation conservée} other {# évaluations conservées}} uniquement dans ce navigateur.',
  startLastChanged: 'Dernière modification : « {name} ».',
  startResume: 'Reprendre',
  startResumeNamed: 'Reprendre « {name} »',
  startOpenWorkspace:
    'Ouvrir votre espace de travail ({n, plural, one {# évaluation} other {# évaluations}})',
  startNewAssessment: 'Commencer une nouvelle évaluation',
  startNewAssessmentHint:
    'Une nouvelle évaluation s’ajoute à l’espace de travail ; les autres restent telles quelles.',
  startNow: 'Commencer',
  startImportHeading: 'Ou ouvrez un fichier de réponses enregistré',
  startNeedHeading: 'Ce dont vous aurez besoin',
  startNeedIntro:
    'Des faits, pas des conclusions juridiques. « Je ne sais pas » est toujours une réponse : le résultat indique alors quoi demander à qui.',
  startFactRole:
    'Votre lien avec le modèle : vous l’avez entraîné, fait entraîner, vous modifiez le modèle d’un tiers, vous ne faites que vous appuyer sur un modèle, ou vous hébergez des modèles.',
  startFactModalities:
    'Ce qu’il peut générer (texte, parole, images, vidéo, autre) et s’il accomplit de nombreuses tâches ou une seule tâche restreinte.',
  startFactCompute:
    'Sa puissance de calcul d’entraînement en FLOP — ou le matériel, la durée et le taux d’utilisation, ou le nombre de paramètres et de jetons, pour l’estimer.',
  startFactAvailability:
    'Comment, où et quand il est (ou sera) mis à disposition : API, téléchargement, application, cloud, usage interne ; dans l’UE ou non.',
  startFactModification:
    'Si vous modifiez un modèle : la puissance de calcul du modèle d’origine et celle de votre modification.',
  startFactOpenSource:
    'Si vous le publiez en accès ouvert : les conditions de la licence, ce qui est public et toute forme de monétisation.',
  startFactCommission:
    'Toute notification à la Commission européenne, désignation par celle-ci ou contestation auprès d’elle, et si vous avez signé le code de bonnes pratiques.',
  startTimeHeading: 'Combien de temps cela prend',
  startTimeText:
    'Environ 5 à 10 minutes. Vous ne voyez que les questions qui peuvent changer votre résultat. Vous pouvez vous arrêter à tout moment et reprendre plus tard dans ce navigateur.',
  startPrivacyHeading: 'Votre vie privée',
  startPrivacyText:
    'Rien de ce que vous saisissez ne quitte ce navigateur. Il n’y a ni serveur, ni compte, ni mesure d’audience, ni cookies. Vos évaluations sont conservées dans le stockage de ce navigateur pour que vous puissiez reprendre, jusqu’à ce que vous les supprimiez dans votre espace de travail.',
  startAdviceHeading: 'Pas un avis juridique',
  startAdviceText:
    'Le résultat est un point de départ structuré et sourcé pour votre propre analyse, pas un avis juridique. Les lignes directrices de la Commission ne sont pas contraignantes ; seule la Cour de justice de l’UE interprète le règlement sur l’IA de manière contraignante.',
  // Exports : lien de partage
  exportsLinkCopiedWithName: 'Lien copié. Il contient vos réponses et le nom du modèle.',
  exportsLinkCopiedWithoutName: 'Lien copié. Il contient vos réponses, mais pas le nom du modèle.',
  exportsCopyRefused:
    'Ce navigateur n’a pas autorisé la copie. Le lien est sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
  exportsShareHeading: 'Lien de partage',
  exportsShareIntro:
    'Le lien contient vos réponses, pas le résultat, après le « # » — la partie que les navigateurs n’envoient jamais à un serveur. Quiconque l’ouvre voit ce rapport recalculé dans son navigateur.',
  exportsIncludeName: 'Inclure le nom du modèle dans le lien',
  exportsIncludeNameHint:
    'Désactivé par défaut : le nom peut être confidentiel. Sans lui, le destinataire voit les mêmes conclusions.',
  exportsNoModelName: 'Aucun nom de modèle n’a été indiqué.',
  exportsLinkLabel: 'Lien vers ce rapport',
  exportsCopyLink: 'Copier le lien',
  // Exports : téléchargements
  exportsDownloadHeading: 'Télécharger',
  exportsPdfPreparing: 'Préparation du PDF…',
  exportsPdfButton: 'Télécharger la synthèse PDF',
  exportsPdfSaved: 'Synthèse PDF enregistrée sous {fileName}.',
  exportsPdfFailed: 'Le PDF n’a pas pu être créé : {reason} Veuillez réessayer.',
  exportsPdfHintSigned:
    'Tout le contenu de ce rapport, toutes vos réponses, le lien et la validation par {name}, pour vos dossiers.',
  exportsPdfHint:
    'Tout le contenu de ce rapport, toutes vos réponses, le lien et un cadre de validation, pour vos dossiers.',
  exportsDocxPreparing: 'Préparation du document Word…',
  exportsDocxButton: 'Télécharger le document Word (.docx)',
  exportsDocxSaved: 'Document Word enregistré sous {fileName}.',
  exportsDocxFailed: 'Le document Word n’a pas pu être créé : {reason} Veuillez réessayer.',
  exportsDocxHint:
    'La même note que le PDF, modifiable : titres, tableaux, sources avec liens et vos réponses.',
  exportsCalendarButton: 'Télécharger le calendrier (.ics)',
  exportsCalendarHint:
    'Chaque échéance comme événement d’une journée entière (avec le nom du modèle, sans vos réponses).',
  exportsCalendarSaved:
    'Calendrier enregistré sous {fileName}. Ouvrez-le avec votre application de calendrier pour ajouter les échéances.',
  exportsJsonButton: 'Exporter les réponses (JSON)',
  exportsJsonHint:
    'Un fichier contenant vos réponses, à conserver, à importer plus tard ou à utiliser en ligne de commande.',
  exportsJsonSaved:
    'Réponses enregistrées sous {fileName}{carried, select, signoff {, avec la validation} sources {, avec les sources des réponses} both {, avec la validation et les sources des réponses} other {}}. Importez le fichier ici plus tard pour revoir ce rapport.',
  // Importer un fichier de réponses
  importHeading: 'Importer des réponses',
  importFileLabel: 'Fichier de réponses (JSON)',
  importFileHint:
    'Un fichier créé avec « Exporter les réponses ». Il s’ouvre comme un rapport ; enregistrez-le dans votre espace de travail depuis celui-ci.',
  importUnreadable: 'Le fichier n’a pas pu être lu : {reason}',
  importDone:
    'Réponses importées depuis {fileName}{fromVersion, select, none {} other { (converties depuis la version {fromVersion} du schéma des réponses : voir les changements au-dessus du rapport)}}. Le rapport ci-dessous est calculé à partir de celles-ci.',
  // Mots communs : sources, liens externes
  sources: 'Sources',
  citationsLabel: '{label} : ',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  // Méthodologie
  methodologyDocumentTitle: 'Méthodologie — GPAI Navigator',
  methodologyHeading: 'Méthodologie',
  methodologyIntro:
    'Comment GPAI Navigator transforme des faits sur un modèle en un résultat sourcé, quelles sources il utilise et quelles sont ses limites.',
  methodologyNotAdvice:
    'Pas un avis juridique. L’outil applique des règles publiées à vos réponses ; il ne remplace pas le jugement d’un avocat.',
  methodologyVersionHeading: 'Version des règles et journal des modifications',
  methodologyRulesVersion: 'Version des règles',
  methodologySourcesAsOf: 'Sources juridiques à jour au',
  methodologyVersionText:
    'Chaque rapport indique la version des règles avec laquelle il a été calculé. La version change dès qu’une modification pourrait changer un résultat pour les mêmes réponses et la même date, de sorte qu’un rapport peut toujours être reproduit.',
  methodologyChangelog: 'Journal des modifications',
  methodologySourcesHeading: 'Sources juridiques',
  methodologySourcesText:
    'Les règles ont été lues dans ces textes. Les reformulations sont les nôtres ; chaque lien mène à la page où le texte est publié.',
  methodologySourceDated: '{reference} · du {date}',
  methodologyProcedureHeading: 'Comment le résultat est établi',
  methodologyProcedureText:
    'Vous répondez sur des faits ; l’outil en déduit les conclusions juridiques. Chaque conclusion d’un rapport nomme sa règle (R1–R94, E1–E30 de la référence des règles) et renvoie à l’article ou à la section des lignes directrices. Chaque numéro de règle renvoie à la page {rulesLink}, qui énonce chaque règle avec ses sources et la révision qui l’a modifiée en dernier.',
  methodologyRulesLink: 'Les règles',
  methodologyStepScope: 'Champ d’application.',
  methodologyStepScopeText:
    'Un modèle utilisé uniquement pour la recherche avant sa mise sur le marché n’est pas encore couvert ; un modèle mis en service uniquement à des fins de recherche scientifique est hors du champ du règlement (R2, R3).',
  methodologyStepGpai: 'Modèle d’IA à usage général ?',
  methodologyStepGpaiText:
    'Plus de {gpaiThresholdSup} de calcul d’entraînement et la génération de texte, de parole, d’images ou de vidéo indiquent un modèle d’IA à usage général ; l’éventail des tâches peut renverser cette indication dans les deux sens (R7–R11).',
  methodologyStepProvider: 'Fournisseur ?',
  methodologyStepProviderText:
    'Quiconque développe le modèle (ou le fait développer) et le met le premier à disposition dans l’UE, par quelque canal que ce soit, en est le fournisseur ; une personne qui modifie un modèle en aval ne le devient que si la modification utilise plus d’un tiers du calcul d’origine (R14–R30).',
  methodologyStepSystemicRisk: 'Risque systémique.',
  methodologyStepSystemicRiskText:
    'Présumé au-delà de {systemicRiskThresholdSup} de calcul cumulé, ou désigné par la Commission ; une contestation acceptée y met fin (R31–R39).',
  methodologyStepOpenSource: 'Exemption open source.',
  methodologyStepOpenSourceText:
    'Une licence libre et ouverte avec des poids publics et sans monétisation écarte l’article 53, paragraphe 1, point a), l’article 53, paragraphe 1, point b), et l’article 54 — jamais la politique en matière de droit d’auteur ni le résumé du contenu d’entraînement, et jamais pour un modèle présentant un risque systémique (R48–R55).',
  methodologyStepObligations: 'Obligations et dates.',
  methodologyStepObligationsText:
    'Les obligations s’appliquent dès la mise sur le marché ou, pour les modèles mis sur le marché avant le {chapterVApplies}, au plus tard le {legacyComplianceDeadline} ; les obligations liées au risque systémique s’appliquent au plus tard dès la mise sur le marché, et le rapport recommande de se préparer dès le jour où le seuil a été atteint (E28). La notification à la Commission est due deux semaines après que le seuil est atteint ou connu, y compris avant la mise sur le marché (R88) ; si cette date est inconnue, au plus tard deux semaines après la première mise sur le marché (R89). À partir du {finesApply}, la Commission peut demander des informations, évaluer des modèles, ordonner des mesures et infliger des amendes (R56–R74, R94).',
  methodologyStepSystems: 'Systèmes d’IA.',
  methodologyStepSystemsText:
    'Quiconque construit ou exploite un système d’IA sur un modèle d’IA à usage général a aussi des obligations en tant que fournisseur ou déployeur de ce système. Le rapport les nomme, avec la mention « non évalué », sans les évaluer (R93).',
  methodologyComputeHeading: 'Comment la puissance de calcul d’entraînement est estimée',
  methodologyComputeIntro:
    'Le calcul est compté en opérations en virgule flottante (FLOP). Toutes les opérations comptent de la même façon, quelle que soit leur précision (R46). Deux chiffres comptent (R42) :',
  methodologyUpdateCompute: 'Calcul de mise à jour des paramètres',
  methodologyUpdateComputeText:
    '— le calcul qui a directement mis à jour les poids du modèle. Il décide du critère de {gpaiThresholdSup} et du critère du tiers pour les modifications (R7, R12, R24).',
  methodologyCumulativeCompute: 'Calcul cumulé',
  methodologyCumulativeComputeText:
    '— tout ce qui a contribué aux capacités du modèle : les mises à jour des paramètres, plus la génération de données synthétiques non publiques et le calcul derrière les poids fusionnés ou utilisés pour l’initialisation. Il décide du critère de risque systémique de {systemicRiskThresholdSup}. Les données synthétiques publiques, les évaluations, les expériences ratées, les modèles enseignants et les modèles de récompense sont exclus (R33).',
  methodologyEstimateMethods:
    'Sans chiffre mesuré, chacune des deux méthodes des lignes directrices est acceptée (R44, R45) :',
  methodologyFromHardware: 'À partir du matériel :',
  methodologyFromHardwareText:
    '— nombre d’accélérateurs × secondes d’utilisation × FLOP de crête par seconde × taux d’utilisation moyen.',
  methodologyFromArchitecture: 'À partir de l’architecture :',
  methodologyFromArchitectureText:
    '— six fois le nombre de paramètres multiplié par le nombre de jetons d’entraînement, pour les grands transformeurs denses. Par exemple, 3,8 milliards de paramètres entraînés sur 3,3 billions de jetons représentent environ {example} (R47).',
  methodologyEstimateMargin:
    'Une estimation est acceptable si, selon votre meilleure appréciation, elle se situe dans une marge d’erreur de {estimateTolerance} (R43). Chaque critère de seuil est strictement « plus de » : exactement {gpaiThresholdSup} ou exactement {systemicRiskThresholdSup} ne le remplit pas (E2). Lorsqu’une estimation se situe à ±{estimateTolerance} d’un seuil, le rapport vous avertit afin que vous continuiez à la surveiller. Si une personne qui modifie un modèle ne peut pas connaître le calcul du modèle d’origine, le critère du tiers retient {systemicRiskThird} pour un modèle d’origine présentant un risque systémique et {gpaiThird} dans les autres cas (R25).',
  methodologyLimitsHeading: 'Limites',
  methodologyLimitGuidelines:
    'Les lignes directrices de la Commission ne sont {notBinding}. Elles montrent comment la Commission appliquera le règlement, mais seule la {court} interprète le règlement sur l’IA de manière contraignante (LD, point 9).',
  methodologyNotBinding: 'pas contraignantes',
  methodologyCourt: 'Cour de justice de l’Union européenne',
  methodologyLimitAmbiguous:
    'Lorsque le droit est incertain, le rapport donne la lecture la plus défendable, indique laquelle il a retenue et la signale comme « Ambiguë ». Un relecteur peut raisonnablement retenir l’autre lecture.',
  methodologyLimitSystems:
    'L’outil couvre les {models} d’IA à usage général (chapitre V). Les obligations relatives aux {systems} d’IA — transparence au titre de l’article 50, règles relatives aux systèmes à haut risque, pratiques interdites — ne sont pas évaluées : un rapport nomme celles qui peuvent vous concerner, avec la mention « non évalué » (R93).',
  methodologyModels: 'modèles',
  methodologySystems: 'systèmes',
  methodologyLimitAuthentic:
    'Seul le texte publié au Journal officiel fait foi. Le règlement sur l’IA a été lu dans une version consolidée intégrant le règlement (UE) 2026/1744.',
  methodologyLimitUnknown:
    'Les réponses « Je ne sais pas » sont remplacées par des hypothèses énoncées ; vérifiez-les avant de vous fier à un résultat.',
  methodologyUnverifiedHeading: 'Non vérifié par rapport à un texte primaire',
  methodologyUnverifiedIntro: 'Ces points reposent uniquement sur des sources secondaires :',
  methodologyUnverifiedAdoptedGuidelines:
    'Si les lignes directrices formellement adoptées, C(2025) 7719 final du 19 novembre 2025, diffèrent dans leur formulation du texte de juillet 2025 qui a été lu.',
  methodologyUnverifiedParagraphs:
    'Les numéros exacts des points des lignes directrices autres que ceux cités.',
  methodologyUnverifiedTemplate:
    'Le détail du modèle de résumé du contenu d’entraînement (la règle des 10 % / 5 % premiers / 1 000 domaines, le rythme de mise à jour) et sa communication formelle C(2025) 8311.',
  methodologyUnverifiedArt56:
    'Le libellé exact de l’article 56, paragraphe 6, tel que modifié par le règlement (UE) 2026/1744, et la date d’application de l’article 75 modifié.',
  methodologyUnverifiedImplementing:
    'Le contenu du règlement d’exécution (UE) 2026/1755 et les premières demandes d’informations au titre de l’article 91 signalées en septembre 2026.',
  methodologyUnverifiedDelegatedAct:
    'Qu’aucun acte délégué n’a modifié le seuil de {systemicRiskPowerSup} FLOP ou l’annexe XIII après le 27 juillet 2026.',
  methodologyUnverifiedSignatories: 'La liste des signataires du code de bonnes pratiques.',
  methodologyUnverifiedBlueGuide:
    'Le libellé du Guide bleu sur l’« activité commerciale » retenu pour les amateurs privés.',
  // Méthodologie : chiffres et dates du droit
  lawHeading: 'Les chiffres et les dates du droit',
  lawIntro:
    'Chaque seuil, délai et date d’application utilisé par l’évaluation, avec la date à partir de laquelle il vaut, sa source et la règle qui l’applique. Le moteur les lit uniquement dans ce tableau.',
  lawCaption: 'Paramètres datés du droit',
  lawParameter: 'Paramètre',
  lawValue: 'Valeur (à partir du)',
  lawSource: 'Source',
  lawRule: 'Règle',
  lawWeeks: '{n, plural, one {# semaine} other {# semaines}}',
  lawMonths: '{n, plural, one {# mois} other {# mois}}',
  lawFrom: '(à partir du {date})',
  // Méthodologie : délais et jours fériés
  periodsHeading: 'Délais et jours fériés',
  periodsCounting:
    'Les délais qui courent sur une période — les deux semaines pour en informer la Commission (article 52, paragraphe 1), les six mois de l’article 52, paragraphe 5, les deux semaines des lignes directrices après le {chapterVApplies} — sont calculés selon le règlement (CEE, Euratom) nº 1182/71. Le jour de l’événement n’est pas compté ; un délai en semaines expire le même jour de la semaine, un délai en mois à la même date. Lorsque le dernier jour est un samedi, un dimanche ou un jour férié, le délai expire à la fin du jour ouvrable suivant, et le rapport indique le dernier jour légal, qu’il a été reporté et pourquoi (R87). Par exemple, deux semaines après le samedi {chapterVApplies} tombaient le samedi 16 août 2025 ; le délai courait donc jusqu’au lundi 18 août 2025.',
  periodsFixedDates:
    'Les dates d’application fixes ne sont jamais reportées : les pouvoirs d’exécution de la Commission s’appliquent à partir du {finesApply}, bien que ce soit un dimanche.',
  periodsHolidays:
    'Les jours fériés sont ceux de la Commission, auprès de laquelle une notification est faite. Ils ne sont appliqués qu’à partir des décisions de la Commission que cet outil intègre et cite',
  periodsHolidayDecision: ' : {decision}, {oj} (s’ouvre dans un nouvel onglet)',
  periodsOtherYears:
    '. Pour les autres années, le rapport signale qu’un jour férié de la Commission le dernier jour prolongerait le délai jusqu’au jour ouvrable suivant.',
  // Méthodologie : exemples détaillés
  examplesHeading: 'Exemples détaillés',
  examplesIntro:
    'Ces {n} exemples sont les propres scénarios de test du moteur, rédigés à partir de la référence des règles. Les résultats ci-dessous sont calculés en direct par le même moteur que celui qui produit votre rapport, chacun à la date indiquée.',
  examplesCaption: 'Exemples détaillés et conclusions du moteur',
  examplesExample: 'Exemple',
  examplesGpai: 'Modèle GPAI ?',
  examplesProvider: 'Fournisseur ?',
  examplesSystemicRisk: 'Risque systémique',
  examplesOpenSource: 'Exemption open source',
  examplesObligations: 'Obligations applicables',
  examplesAsOf: 'au {date}',
  examplesRoleProvider: 'Oui',
  examplesRoleModification: 'Oui, de la modification',
  examplesRoleIntegrator: 'Oui, en tant qu’intégrateur qui l’introduit dans l’UE',
  examplesRoleDownstream: 'Non (fournisseur en aval)',
  examplesRoleHost: 'Non (hébergeur)',
  examplesRoleContractor: 'Non (prestataire du fournisseur)',
  examplesRoleNotPlaced: 'Non (pas mis sur le marché)',
  examplesRoleOutOfScope: 'Non (hors champ)',
  examplesRiskPresumed: 'Présumé',
  examplesRiskDesignated: 'Désigné',
  examplesRiskNone: 'Aucun',
  examplesExempted: 'Exemptées :',
  examplesSystemDuties: 'Obligations des systèmes d’IA : non évaluées',
  examplesNotEvaluated: 'N’a pas pu être évalué.',
  // Page des règles
  rulesDocumentTitle: 'Les règles — GPAI Navigator',
  rulesHeading: 'Les règles',
  rulesIntro:
    'Chaque règle (R1–R94) et chaque cas limite (E1–E30) à partir desquels le résultat est établi, tels que la référence des règles les énonce, avec les sources qu’elle cite.',
  rulesRevision:
    'Référence des règles, révision 2 ({date}), appliquée par la version des règles {version}. Chaque entrée indique la révision qui l’a modifiée en dernier. Les numéros de règle d’un rapport et de la page de méthodologie renvoient ici. Les liens vers le règlement sur l’IA ouvrent EUR-Lex à l’article (le texte consolidé n’a pas d’ancres pour les paragraphes) ; les liens vers les lignes directrices et le code de bonnes pratiques ouvrent la page de la Commission, où se trouve la section citée.',
  rulesContents: 'Sommaire',
  rulesAddedIn2: 'Ajoutée dans la révision 2',
  rulesChangedIn2: 'Modifiée en dernier dans la révision 2',
  rulesUnchangedSince1: 'Inchangée depuis la révision 1',
  rulesAsCited: 'Telle que la référence la cite : ',
  rulesNoSource:
    'La référence ne cite ici aucune source propre ; les règles qu’elle nomme portent les leurs.',
  // Espace de travail : échecs
  workspaceErrorAsGiven: '{message}',
  workspaceUnavailable:
    'Ce navigateur ne permet pas à la page de conserver un espace de travail (le stockage est désactivé ou il s’agit d’une fenêtre privée) ; impossible donc d’enregistrer ou de lire {what}. Pour conserver votre travail, exportez l’espace de travail dans un fichier (Espace de travail → Exporter) ou téléchargez les réponses depuis la page où vous êtes.',
  workspaceQuota:
    'Votre navigateur n’a plus de place pour l’espace de travail ; impossible donc d’enregistrer {what}. Pour conserver votre travail, exportez l’espace de travail dans un fichier (Espace de travail → Exporter) ou téléchargez les réponses depuis la page où vous êtes. Libérez ensuite de la place : supprimez les évaluations dont vous n’avez plus besoin ou effacez les données d’autres sites.',
  workspaceConflict:
    'Quelqu’un a modifié cet élément dans un autre onglet depuis que vous l’avez ouvert ; impossible donc d’enregistrer {what}. Choisissez : garder votre version ou reprendre l’autre.',
  workspaceNotFound:
    'Cet élément n’existe plus dans l’espace de travail de ce navigateur (il a peut-être été supprimé dans un autre onglet) ; impossible donc d’enregistrer {what}.',
  workspaceLocked:
    'Cette version est validée et verrouillée ; elle ne peut plus changer, impossible donc d’enregistrer {what}. Modifiez le brouillon pour commencer une nouvelle version.',
  workspaceWriteFailed:
    'Le navigateur a refusé d’enregistrer {what}. Rien n’a été modifié. Réessayez ; si l’échec persiste, exportez l’espace de travail dans un fichier (Espace de travail → Exporter) ou téléchargez les réponses depuis la page où vous êtes pour conserver votre travail.',
  workspaceNewerVersion:
    'Une version plus récente de GPAI Navigator a mis à jour l’espace de travail de ce navigateur ; impossible donc d’enregistrer ou de lire {what} ici. Rechargez la page pour utiliser la version plus récente.',
  workspaceImportRewritesVersion:
    'Le fichier modifierait la version {seq} d’une évaluation déjà présente dans cet espace de travail (une version enregistrée ne change jamais) ; rien n’a donc été importé. Supprimez d’abord cette évaluation si le fichier doit la remplacer.',
  // Espace de travail : ce qui n’a pas été enregistré
  whatIt: 'l’espace de travail',
  whatWorkspace: 'l’espace de travail',
  whatAssessment: 'l’évaluation',
  whatNewAssessment: 'la nouvelle évaluation',
  whatYourChanges: 'vos modifications',
  whatChangesTo: 'vos modifications de « {name} »',
  whatCopy: 'la copie',
  whatDeletion: 'la suppression',
  whatNamed: '« {name} »',
  whatVersions: 'les versions',
  whatVersion: 'la version',
  whatNewVersion: 'la nouvelle version',
  whatSignoff: 'la validation',
  whatTasks: 'les tâches',
  whatTask: 'la tâche',
  whatImport: 'l’importation',
  whatLegacyDraft: 'les réponses enregistrées auparavant dans ce navigateur',
  whatClearing: 'le vidage de l’espace de travail',
  // Réponses enregistrées par des versions antérieures
  draftDamaged:
    'Les réponses enregistrées dans ce navigateur sont endommagées et illisibles ; elles n’ont donc pas été utilisées.',
  draftOtherVersion:
    'Les réponses enregistrées dans ce navigateur proviennent d’une autre version de cet outil ; elles n’ont donc pas été utilisées.',
  draftPeekDamaged: 'Les réponses enregistrées sont endommagées et illisibles.',
  draftPeekOtherVersion:
    'Les réponses enregistrées proviennent d’une autre version de cet outil et ne peuvent pas être utilisées.',
  // Dates saisies par le lecteur
  dateExactDay:
    'Indiquez le jour exact en {month} : {n, plural, one {la date {dates} du règlement sur l’IA tombe} other {les dates {dates} du règlement sur l’IA tombent}} dans ce mois, c’est donc le jour qui décide des règles applicables.',
  dateNotInCalendar: 'Cette date n’existe pas dans le calendrier. Vérifiez le jour et le mois.',
  dateFormat:
    'Écrivez la date comme {words}, {slashes} ou {iso} (le jour avant le mois) — ou seulement le mois, comme {month}.',
  dayFormat: 'Écrivez la date comme {words}, {slashes} ou {iso} (le jour avant le mois).',
  // Fichiers d’espace de travail
  fileTooLarge:
    'Ce fichier dépasse {mb} Mo, il est trop volumineux pour être un espace de travail GPAI Navigator.',
  fileEmpty: 'Le fichier est vide.',
  fileNotJson:
    'Ce fichier n’est pas un JSON valide ; il ne peut donc pas être lu comme un espace de travail.',
  fileTooDeep: 'Le JSON est trop profondément imbriqué pour être un fichier d’espace de travail.',
  fileDuplicateKey:
    'Ce fichier contient deux fois le même champ ; on ne sait donc pas quelle valeur est visée.',
  fileInvalidValues:
    'Le fichier n’a pas pu être importé : {n, plural, one {une valeur n’est pas valide} other {# valeurs ne sont pas valides}}. Rien n’a été modifié.',
  fileInconsistent:
    'Les enregistrements du fichier ne concordent pas ; il n’a donc pas été importé. Rien n’a été modifié.',
  fileIsAnswersFile:
    'Il s’agit d’un fichier de réponses d’un seul modèle, pas d’un fichier d’espace de travail. Ouvrez-le avec « Importer des réponses (JSON) » sur la page d’accueil.',
  fileNotWorkspace:
    'Ce n’est pas un fichier d’espace de travail GPAI Navigator : il manque "format": "{format}".',
  fileNewerVersion:
    'Ce fichier d’espace de travail est en version {version}, écrite par une version plus récente de GPAI Navigator ; celle-ci lit la version {reads}. Ouvrez-le dans la version plus récente.',
  fileWrongVersion: 'La "version" de ce fichier d’espace de travail doit être {reads} ; elle est {given}.',
  fileNoRecords: 'Ce fichier d’espace de travail n’a pas de liste d’enregistrements ("records").',
};
