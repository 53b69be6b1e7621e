import type { Messages } from '../../message-id';
import type { questions as en } from '../en/questions';

export const questions: Messages<typeof en> = {
  screen_role_title: 'Vous et le modèle',
  screen_role_intro:
    'Indiquez-nous votre lien avec le modèle. Nous en déduisons si vous pourriez en être le fournisseur.',
  role_label: 'Laquelle de ces descriptions vous correspond le mieux ?',
  role_shortLabel: 'Votre rôle',
  role_hint:
    'Choisissez celle qui se rapproche le plus de votre situation pour ce modèle. Les faits que vous indiquerez ensuite peuvent prévaloir sur cette description.',
  role_requiredMessage: 'Sélectionnez la description qui vous correspond le mieux.',
  role_help:
    'Le fournisseur est celui qui développe un modèle, ou le fait développer, et le met sur le marché sous son propre nom. Dans un consortium, il s’agit en général du coordinateur. Celui qui ne fait que modifier un modèle ne devient fournisseur qu’au-delà d’un seuil de calcul ; celui qui ne fait que s’appuyer sur un modèle fournit un système d’IA, et non le modèle ; un hébergeur n’est pas le fournisseur des modèles que d’autres y déposent. Que ce soit une personne physique ou un laboratoire de recherche qui met un modèle à disposition, ce sont des faits tels qu’un prix qui décident, et non la description choisie.',
  consortiumRole_label: 'Quel est le rôle de votre organisation au sein du consortium ?',
  consortiumRole_shortLabel: 'Rôle au sein du consortium',
  consortiumRole_requiredMessage: 'Sélectionnez votre rôle au sein du consortium, ou « Je ne sais pas ».',
  consortiumRole_help:
    'Lorsqu’un consortium développe un modèle, le fournisseur est en général son coordinateur, ou le consortium lui-même ; la Commission décide au cas par cas. Si vous ne savez pas, vous êtes traité comme le coordinateur.',
  modelName_label: 'Nom du modèle (facultatif)',
  modelName_shortLabel: 'Nom du modèle',
  modelName_hint: 'Sert uniquement à intituler votre rapport. Il reste dans ce navigateur.',
  modelName_requiredMessage: 'Saisissez le nom du modèle, ou laissez le champ vide.',
  modelName_help:
    'Le nom n’est pas utilisé par l’évaluation. Il n’est pas inclus dans les liens de partage, sauf si vous choisissez de l’y inclure.',
  euEstablished_label: 'Votre organisation est-elle établie dans l’UE ?',
  euEstablished_shortLabel: 'Établie dans l’UE',
  euEstablished_hint:
    'Par exemple, un siège statutaire dans un État membre de l’UE. Le règlement s’applique que ce soit le cas ou non.',
  euEstablished_requiredMessage:
    'Indiquez si votre organisation est établie dans l’UE, ou sélectionnez « Je ne sais pas ».',
  euEstablished_help:
    'Les fournisseurs établis hors de l’UE doivent désigner, par mandat écrit, un mandataire établi dans l’UE avant de mettre un modèle sur le marché de l’UE — sauf si l’exemption open source s’applique.',
  screen_capabilities_title: 'Ce que le modèle sait faire',
  screen_capabilities_intro:
    'Ce que le modèle produit, et s’il a été conçu pour une tâche spécifique, déterminent s’il peut être un modèle d’IA à usage général.',
  outputModalities_label: 'Que peut générer le modèle ?',
  outputModalities_shortLabel: 'Sorties',
  selectAllThatApply: 'Sélectionnez toutes les réponses applicables.',
  outputModalities_requiredMessage: 'Sélectionnez au moins un type de sortie, ou « Je ne sais pas ».',
  outputModalities_help:
    'La Commission considère un modèle comme étant à usage général lorsqu’il a été entraîné avec plus de {gpaiThresholdSup} et peut générer du langage (du texte, ou de l’audio contenant de la parole), des images à partir de texte ou des vidéos à partir de texte. La musique ou les effets sonores sans parole, et le travail sur des images fournies (agrandissement, retouche par remplissage), ne suffisent pas à eux seuls.',
  generalityFactsSingleTask_label: 'Le modèle a-t-il été conçu et entraîné pour une tâche spécifique ?',
  generalityFactsSingleTask_shortLabel: 'Conçu pour une tâche spécifique',
  generalityFactsSingleTask_hint:
    'Les réponses reprennent les exemples de la Commission de modèles qui ne sont pas à usage général, même entraînés avec beaucoup de calcul, parce qu’ils accomplissent une tâche étroite.',
  generalityFactsSingleTask_requiredMessage:
    'Indiquez si le modèle a été conçu pour une tâche spécifique, ou sélectionnez « Je ne sais pas ».',
  generalityFactsSingleTask_help:
    'Le critère de calcul n’est qu’indicatif. Un modèle conçu pour une tâche étroite n’est, exceptionnellement, pas un modèle d’IA à usage général, même au-delà de ce critère. Si vous ne savez pas, le critère de calcul décide.',
  screen_integration_title: 'Votre système d’IA',
  screen_integration_intro:
    'Vous vous appuyez sur le modèle d’un tiers. Ces réponses indiquent si vous pourriez en devenir le fournisseur en vertu des règles applicables aux chaînes d’approvisionnement situées hors de l’UE.',
  integrationSystemInEu_label: 'Le système d’IA fondé sur le modèle est-il proposé ou utilisé dans l’UE ?',
  integrationSystemInEu_shortLabel: 'Système proposé ou utilisé dans l’UE',
  integrationSystemInEu_hint: 'Y compris sa mise en service pour votre propre usage dans l’UE.',
  integrationSystemInEu_requiredMessage:
    'Indiquez si le système d’IA est proposé ou utilisé dans l’UE, ou sélectionnez « Je ne sais pas ».',
  integrationSystemInEu_help:
    'Lorsqu’un modèle arrive dans l’UE au sein d’un système d’IA, le modèle est réputé mis sur le marché de l’UE lorsque le système l’est.',
  integrationUpstreamExcludedEu_label:
    'Le fournisseur du modèle a-t-il clairement exclu la distribution et l’utilisation dans l’UE ?',
  integrationUpstreamExcludedEu_shortLabel: 'Le fournisseur en amont a exclu l’UE',
  integrationUpstreamExcludedEu_hint:
    'Par exemple, sa licence ou ses conditions prévoient que le modèle ne peut pas être utilisé dans l’UE, ni intégré dans des systèmes destinés à l’UE.',
  integrationUpstreamExcludedEu_requiredMessage:
    'Indiquez si le fournisseur du modèle a exclu l’UE, ou sélectionnez « Je ne sais pas ».',
  integrationUpstreamExcludedEu_help:
    'Si le fournisseur en amont a exclu l’UE de manière claire et non équivoque et que vous introduisez malgré tout le modèle dans l’UE au sein de votre système, vous devenez le fournisseur du modèle, avec toutes ses obligations.',
  integrationSystemPlacingDate_label:
    'Quand le système a-t-il été proposé ou utilisé pour la première fois dans l’UE — ou quand le sera-t-il ?',
  integrationSystemPlacingDate_shortLabel: 'Système proposé pour la première fois dans l’UE',
  integrationSystemPlacingDate_hint: 'Par exemple, 15 septembre 2025.',
  unknownOrNotDecided: 'Je ne sais pas ou ce n’est pas décidé',
  dateRequired: 'Saisissez la date, ou sélectionnez « Je ne sais pas ».',
  integrationSystemPlacingDate_help:
    'Si vous devenez le fournisseur du modèle, ses obligations s’appliquent à compter de la date de mise sur le marché de l’UE du système.',
  screen_modification_title: 'Votre modification',
  screen_modification_intro:
    'Celui qui modifie un modèle ne devient fournisseur du modèle modifié que s’il agit pour son propre compte et que la modification a utilisé plus d’un tiers du calcul ayant servi à entraîner le modèle d’origine.',
  modificationOnBehalfOfOriginal_label:
    'Effectuez-vous la modification pour le compte du fournisseur d’origine du modèle ?',
  modificationOnBehalfOfOriginal_shortLabel: 'Modification effectuée pour le fournisseur d’origine',
  modificationOnBehalfOfOriginal_hint:
    'Par exemple, le fournisseur d’origine vous a commandé le réglage fin et propose le résultat comme son propre modèle.',
  modificationOnBehalfOfOriginal_requiredMessage:
    'Indiquez si vous effectuez la modification pour le fournisseur d’origine, ou sélectionnez « Je ne sais pas ».',
  modificationOnBehalfOfOriginal_help:
    'Un modificateur en aval est une personne autre que le fournisseur d’origine, qui n’agit pas pour son compte. Une modification effectuée par le fournisseur d’origine ou pour son compte fait partie du cycle de vie de ce modèle, et le fournisseur d’origine en reste le fournisseur. Si vous ne savez pas, vous êtes réputé agir pour votre propre compte.',
  modificationOriginalComputeFlop_label:
    'Quelle quantité de calcul a été utilisée pour entraîner le modèle d’origine ?',
  modificationOriginalComputeFlop_shortLabel: 'Calcul d’entraînement du modèle d’origine',
  modificationOriginalComputeFlop_hint:
    'En FLOP, par exemple 3.8e25. Le fournisseur d’origine la publie parfois dans sa documentation.',
  modificationOriginalComputeFlop_unknownLabel: 'Je ne sais pas et ne peux pas l’estimer',
  modificationOriginalComputeFlop_requiredMessage:
    'Saisissez le calcul d’entraînement du modèle d’origine, ou sélectionnez « Je ne sais pas ».',
  modificationOriginalComputeFlop_help:
    'Le critère du tiers compare votre modification au calcul ayant servi à entraîner le modèle d’origine. Si vous ne pouvez ni le connaître ni l’estimer, la Commission retient une valeur par défaut : un tiers de {systemicRiskThresholdSup} si le modèle d’origine présente un risque systémique, sinon un tiers de {gpaiThresholdSup}.',
  modificationOriginalSystemicRisk_label:
    'Le modèle d’origine est-il un modèle d’IA à usage général présentant un risque systémique ?',
  modificationOriginalSystemicRisk_shortLabel: 'Le modèle d’origine présente un risque systémique',
  modificationOriginalSystemicRisk_hint:
    'Par exemple, il figure sur la liste de la Commission des modèles présentant un risque systémique, ou son fournisseur indique en avoir informé la Commission.',
  modificationOriginalSystemicRisk_requiredMessage:
    'Indiquez si le modèle d’origine présente un risque systémique, ou sélectionnez « Je ne sais pas ».',
  modificationOriginalSystemicRisk_help:
    'Cela détermine le seuil par défaut lorsque le calcul d’origine est inconnu, et le modificateur qui devient fournisseur d’une modification d’un modèle présentant un risque systémique est lui aussi présumé présenter un risque systémique. Si vous ne savez pas, la valeur par défaut la plus basse est retenue.',
  modificationModificationFlop_label: 'Quelle quantité de calcul votre modification a-t-elle utilisée ?',
  modificationModificationFlop_shortLabel: 'Calcul de la modification',
  modificationModificationFlop_hint:
    'En FLOP, par exemple 2e22. Comptez l’ensemble du réglage fin et de l’entraînement prolongé que vous avez effectués. Vous pouvez toujours l’estimer : utilisez l’outil d’estimation sous « J’ai un chiffre ou une estimation ».',
  unknownYet: 'Je ne sais pas encore',
  modificationModificationFlop_requiredMessage:
    'Saisissez le calcul de votre modification, ou sélectionnez « Je ne sais pas ».',
  modificationModificationFlop_help:
    'Vous ne devenez fournisseur du modèle modifié que si la modification a utilisé plus d’un tiers du calcul d’entraînement du modèle d’origine ; exactement un tiers n’est pas plus. Contrairement au calcul du modèle d’origine, le vôtre peut toujours être estimé, de sorte qu’un chiffre inconnu n’est jamais interprété en votre faveur : tant que vous ne l’avez pas estimé, vous êtes traité comme le fournisseur du modèle modifié.',
  screen_modifiedModel_title: 'Le modèle modifié',
  screen_modifiedModel_intro:
    'Vous pourriez être le fournisseur du modèle modifié. Ces réponses indiquent si vous l’êtes, et à partir de quand ses obligations s’appliquent.',
  modificationSyntheticDataFlop_label:
    'Quelle quantité de calcul a servi à générer des données synthétiques non publiques pour votre modification ?',
  modificationSyntheticDataFlop_shortLabel: 'Données synthétiques pour la modification',
  syntheticDataHint:
    'Comptez chaque échantillon généré, y compris ceux qui ont été écartés. Excluez les données générées pour des jeux de données publics.',
  flopNoneRequired: 'Sélectionnez « Aucun », saisissez le calcul, ou sélectionnez « Je ne sais pas ».',
  modificationSyntheticDataFlop_help:
    'Le calcul cumulé du modèle modifié comprend le calcul d’entraînement du modèle d’origine, votre modification et les données synthétiques non publiques que vous avez générées à cette fin. Au-delà de {systemicRiskThresholdSup}, il est présumé présenter un risque systémique.',
  modificationViaOriginalProviderPlatform_label:
    'Avez-vous effectué le réglage fin sur la plateforme du fournisseur d’origine, le résultat y restant sous son nom ?',
  modificationViaOriginalProviderPlatform_shortLabel:
    'Réglage fin sur la plateforme du fournisseur d’origine',
  modificationViaOriginalProviderPlatform_hint:
    'Par exemple, une API de réglage fin qui ne vous transmet jamais les poids.',
  modificationViaOriginalProviderPlatform_requiredMessage:
    'Indiquez si vous avez effectué le réglage fin sur la plateforme du fournisseur d’origine, ou sélectionnez « Je ne sais pas ».',
  modificationViaOriginalProviderPlatform_help:
    'La question de savoir qui est le modificateur est tranchée au cas par cas ; le contrôle des poids est déterminant. Si le résultat reste sur la plateforme du fournisseur d’origine sous son nom, c’est plus probablement le fournisseur d’origine qui est le modificateur.',
  modificationModificationPlacingDate_label:
    'Quand le modèle modifié a-t-il été mis à disposition pour la première fois — ou quand le sera-t-il ?',
  modificationModificationPlacingDate_shortLabel: 'Modèle modifié mis à disposition pour la première fois',
  modificationModificationPlacingDate_hint: 'Par exemple, 3 novembre 2025.',
  modificationModificationPlacingDate_help:
    'Un modèle modifié est un nouveau modèle : ses obligations s’appliquent à compter de la date de sa mise sur le marché, même si le modèle d’origine a été mis sur le marché avant le {chapterVApplies}.',
  screen_placing_title: 'Mise à disposition du modèle',
  screen_placing_intro:
    'La manière dont le modèle parvient à d’autres, où et sous quel nom, détermine si vous le mettez sur le marché de l’UE.',
  placingChannels_label: 'Comment le modèle est-il mis à disposition — ou comment le sera-t-il ?',
  placingChannels_shortLabel: 'Mode de mise à disposition',
  placingChannels_hint:
    'Sélectionnez toutes les réponses applicables. Si vous prévoyez une publication, vous pouvez sélectionner les canaux envisagés.',
  placingChannels_requiredMessage:
    'Sélectionnez au moins un mode selon lequel le modèle est ou sera mis à disposition.',
  placingChannels_help:
    'La première mise à disposition d’un modèle dans l’UE par l’un de ces canaux constitue sa mise sur le marché, à titre onéreux ou gratuit — y compris sa fourniture à une entreprise qui l’intègre dans son propre système d’IA. L’utilisation interne compte lorsqu’un produit ou un service destiné à des tiers en dépend ou qu’elle sert à prendre des décisions concernant des personnes. Les autres utilisations internes ne constituent pas une mise sur le marché, sauf pour un modèle présentant un risque systémique ; le développement à des seules fins de recherche échappe aux règles tant qu’aucune mise sur le marché n’est envisagée.',
  placingInternalUseLocation_label: 'Où l’utilisation interne a-t-elle lieu ?',
  placingInternalUseLocation_shortLabel: 'Lieu de l’utilisation interne',
  placingInternalUseLocation_hint:
    'Considérez une utilisation qui a des effets sur des personnes dans l’UE comme une utilisation dans l’UE.',
  placingInternalUseLocation_requiredMessage:
    'Indiquez où l’utilisation interne a lieu, ou sélectionnez « Je ne sais pas ».',
  placingInternalUseLocation_help:
    'L’utilisation interne ne compte qu’en présence d’un lien avec l’Union : un fournisseur établi hors de l’UE qui utilise son modèle uniquement en interne hors de l’UE, et ne le met pas à disposition dans l’UE, ne l’a pas mis sur le marché de l’UE — même en cas de risque systémique. Si vous ne savez pas, l’utilisation est présumée avoir lieu dans l’UE.',
  placingIntention_label: 'Entendez-vous mettre le modèle à disposition sur le marché de l’UE ?',
  placingIntention_shortLabel: 'Mise sur le marché de l’UE envisagée',
  placingIntention_requiredMessage:
    'Indiquez si vous entendez mettre le modèle à disposition dans l’UE, ou sélectionnez « Pas encore décidé ».',
  placingIntention_help:
    'Un modèle utilisé uniquement pour la recherche, le développement ou le prototypage, sans intention de le mettre sur le marché, échappe aux règles. Un modèle destiné à être mis sur le marché dont le calcul d’entraînement dépasse — ou dépassera de façon connue — {systemicRiskThresholdSup} doit faire l’objet d’une notification à la Commission dès avant sa mise sur le marché. « Pas encore décidé » est interprété comme une mise sur le marché envisagée, afin qu’aucune notification ne soit omise.',
  placingEuAvailability_label: 'Est-il (ou sera-t-il) disponible dans l’UE ?',
  placingEuAvailability_shortLabel: 'Disponible dans l’UE',
  placingEuAvailability_requiredMessage:
    'Indiquez si le modèle est disponible dans l’UE, ou sélectionnez « Je ne sais pas ».',
  placingEuAvailability_help:
    'Un modèle jamais mis à disposition dans l’UE n’est pas mis sur le marché de l’UE. Un modèle qui n’arrive dans l’UE qu’au sein des systèmes de tiers est mis sur le marché lorsque ces systèmes le sont, sauf si vous avez clairement exclu l’UE.',
  placingEuExcluded_label:
    'Avez-vous exclu de manière claire et non équivoque la distribution et l’utilisation dans l’UE ?',
  placingEuExcluded_shortLabel: 'UE clairement exclue',
  placingEuExcluded_hint:
    'Par exemple, votre licence ou vos conditions interdisent l’utilisation dans l’UE et l’intégration dans des systèmes destinés à l’UE.',
  placingEuExcluded_requiredMessage:
    'Indiquez si vous avez clairement exclu l’UE, ou sélectionnez « Je ne sais pas ».',
  placingEuExcluded_help:
    'Si vous avez exclu l’UE de manière claire et non équivoque, une entreprise en aval qui introduit malgré tout le modèle dans l’UE en devient le fournisseur à votre place.',
  placingNameOnModel_label:
    'Sous quel nom ou quelle marque le modèle est-il mis à disposition — ou le sera-t-il ?',
  placingNameOnModel_shortLabel: 'Nom apposé sur le modèle',
  placingNameOnModel_requiredMessage:
    'Indiquez quel nom porte le modèle, ou sélectionnez « Je ne sais pas ».',
  placingNameOnModel_help:
    'Le fournisseur est celui qui met le modèle sur le marché sous son propre nom ou sa propre marque. Si vous le réalisez pour un client qui le met à disposition comme le sien, le client est le fournisseur ; une modification proposée sous le nom du fournisseur d’origine reste attachée à ce fournisseur. Si vous ne savez pas, votre propre nom est retenu.',
  screen_placingDetails_title: 'Détails de la publication',
  screen_placingDetails_intro:
    'Le fait qu’il s’agisse d’un nouveau modèle ou d’une version ultérieure, et la date de sa première mise à disposition, fixent la date à partir de laquelle courent les obligations.',
  placingCommercial_label: 'L’un de ces éléments s’applique-t-il au modèle ?',
  placingCommercial_shortLabel: 'Activité commerciale',
  placingCommercial_requiredMessage: 'Sélectionnez les faits applicables, ou « Aucun de ces éléments ».',
  placingCommercial_help:
    'La mise à disposition d’un modèle suppose une activité commerciale, à titre onéreux ou gratuit. Un prix ou une autre forme de monétisation, une API ou une application exploitée à titre commercial, ou une fourniture régulière sont des faits d’activité commerciale : ils décident, quelle que soit la description choisie — tout comme la publication d’un modèle au-delà de {systemicRiskThresholdSup}.',
  placingLifecycle_label:
    'S’agit-il d’un nouveau modèle, ou d’une version ultérieure d’un modèle que vous avez déjà mis à disposition ?',
  placingLifecycle_shortLabel: 'Nouveau modèle ou version ultérieure',
  placingLifecycle_requiredMessage:
    'Indiquez s’il s’agit d’un nouveau modèle ou d’une version ultérieure, ou sélectionnez « Je ne sais pas ».',
  placingLifecycle_help:
    'Le cycle de vie d’un modèle commence avec son pré-entraînement à grande échelle. Les réglages fins ou autres mises à jour ultérieurs par le même fournisseur constituent le même modèle, mis sur le marché en même temps que sa première version ; un nouveau pré-entraînement à grande échelle donne un nouveau modèle.',
  placingPlacingDate_label:
    'Quand le modèle a-t-il été mis à disposition pour la première fois dans l’UE — ou quand le sera-t-il ?',
  placingPlacingDate_shortLabel: 'Première mise à disposition',
  placingPlacingDate_hint:
    'Par exemple, 15 mars 2024. Les modèles mis à disposition pour la première fois au plus tard le {legacyLastPlacingDay} ont jusqu’au {legacyComplianceDeadline}.',
  placingPlacingDate_variant1_label:
    'Quand la première version du modèle a-t-elle été mise à disposition pour la première fois dans l’UE ?',
  placingPlacingDate_variant1_shortLabel: 'Première mise à disposition de la première version',
  placingPlacingDate_variant1_hint:
    'Une version ultérieure du même fournisseur est le même modèle : sa date est celle de la première version. Par exemple, 15 mars 2024.',
  placingPlacingDate_variant2_label: 'Quand prévoyez-vous de mettre le modèle à disposition dans l’UE ?',
  placingPlacingDate_variant2_shortLabel: 'Première mise à disposition prévue',
  placingPlacingDate_variant2_hint:
    'Par exemple, 1er mars 2027. Les obligations autres que la notification s’appliquent à partir de cette date.',
  placingPlacingDate_help:
    'Les obligations s’appliquent à compter de la mise sur le marché pour les modèles mis sur le marché à partir du {chapterVApplies}. Les modèles mis sur le marché avant cette date doivent se conformer au plus tard le {legacyComplianceDeadline} ; une version ultérieure d’un tel modèle conserve cette date.',
  screen_compute_title: 'Calcul d’entraînement',
  screen_compute_intro:
    'La quantité de calcul consacrée à l’entraînement du modèle. Vous pouvez saisir un chiffre ou l’estimer à partir du matériel ou de l’architecture.',
  computeParameterUpdateFlop_label: 'Quelle quantité de calcul a été utilisée pour entraîner le modèle ?',
  computeParameterUpdateFlop_shortLabel: 'Calcul d’entraînement',
  computeParameterUpdateFlop_hint:
    'En opérations en virgule flottante (FLOP) ayant mis à jour les paramètres du modèle : pré-entraînement, réglage fin et apprentissage par renforcement. Par exemple 3.8e25 ou 3,8 × {systemicRiskPower}.',
  computeParameterUpdateFlop_unknownLabel: 'Je ne sais pas et ne peux pas encore l’estimer',
  computeParameterUpdateFlop_requiredMessage:
    'Saisissez le calcul d’entraînement, ou sélectionnez « Je ne sais pas ».',
  computeParameterUpdateFlop_variant1_label:
    'Quelle quantité de calcul a été utilisée jusqu’à présent pour entraîner le modèle ?',
  computeParameterUpdateFlop_variant1_shortLabel: 'Calcul d’entraînement à ce jour',
  computeParameterUpdateFlop_help:
    'Un modèle entraîné avec plus de {gpaiThresholdSup} qui génère du langage, des images à partir de texte ou des vidéos à partir de texte est, à titre indicatif, à usage général. Toute méthode d’estimation est acceptable si elle est exacte à {estimateTolerance} près ; toutes les opérations comptent de la même manière, quelle que soit leur précision.',
  computeMethod_label: 'D’où provient ce chiffre ?',
  computeMethod_shortLabel: 'Mode d’obtention du chiffre',
  computeMethod_requiredMessage: 'Sélectionnez la manière dont vous avez obtenu le chiffre.',
  computeMethod_help:
    'Vous devez documenter la méthode et ses hypothèses. Les estimations proches d’un seuil méritent un second examen : une estimation située à moins de {estimateTolerance} de {systemicRiskThresholdSup} signifie que vous devez continuer à la surveiller.',
  screen_cumulativeCompute_title: 'Calcul pris en compte pour le risque systémique',
  screen_cumulativeCompute_intro:
    'Pour la présomption liée au seuil de {systemicRiskThresholdSup}, tout le calcul qui sous-tend le modèle compte — y compris les données synthétiques, les poids dont il est parti et l’entraînement encore prévu.',
  computeSyntheticDataFlop_label:
    'Quelle quantité de calcul a servi à générer des données d’entraînement synthétiques non publiques ?',
  computeSyntheticDataFlop_shortLabel: 'Calcul des données synthétiques non publiques',
  computeSyntheticDataFlop_help:
    'Pour le seuil de risque systémique de {systemicRiskThresholdSup}, c’est le calcul cumulé qui compte, y compris la génération de données synthétiques non publiques. Les évaluations, les essais contradictoires, les expériences infructueuses, les modèles enseignants et les modèles de récompense ne comptent pas.',
  computeInheritedWeightsFlop_label:
    'Quelle quantité de calcul a servi à entraîner les poids dont vous êtes parti ou que vous avez fusionnés ?',
  computeInheritedWeightsFlop_shortLabel: 'Calcul des poids repris ou fusionnés',
  computeInheritedWeightsFlop_hint:
    'Par exemple, le calcul de pré-entraînement d’un point de contrôle à partir duquel vous avez initialisé le modèle.',
  computeInheritedWeightsFlop_none: 'Aucun — nous sommes partis de zéro',
  computeInheritedWeightsFlop_help:
    'Le calcul cumulé comprend le calcul ayant servi à entraîner les poids utilisés pour l’initialisation ou fusionnés dans le modèle.',
  computePlannedCumulativeFlop_label:
    'Un entraînement supplémentaire du modèle est-il prévu — et, si oui, quel calcul cumulé atteindra-t-il au total ?',
  computePlannedCumulativeFlop_shortLabel: 'Calcul cumulé prévu',
  computePlannedCumulativeFlop_hint:
    'Le total qu’il aura utilisé : le calcul ci-dessus plus l’entraînement prévu, compté de la même manière. Un budget de calcul suffit. Par exemple 3e25.',
  computePlannedCumulativeFlop_none: 'Aucun entraînement supplémentaire n’est prévu',
  computePlannedCumulativeFlop_requiredMessage:
    'Sélectionnez « Aucun entraînement supplémentaire », saisissez le total prévu, ou sélectionnez « Je ne sais pas ».',
  computePlannedCumulativeFlop_variant1_label:
    'Quel calcul cumulé le modèle aura-t-il utilisé au total à la fin de l’entraînement prévu ?',
  computePlannedCumulativeFlop_help:
    'La notification à la Commission doit intervenir dans un délai de deux semaines après qu’il est connu que le seuil sera dépassé — avant la fin de l’entraînement et, pour un modèle pas encore mis à disposition, avant sa mise sur le marché. Les fournisseurs devraient estimer le calcul avant le pré-entraînement à grande échelle.',
  screen_generality_title: 'Étendue du modèle',
  screen_generality_intro:
    'Votre modèle est en deçà du critère de calcul, ou ne génère ni langage, ni images à partir de texte, ni vidéos à partir de texte. Les faits relatifs à son étendue indiquent s’il est malgré tout, exceptionnellement, à usage général.',
  generalityFactsTasks_label:
    'Parmi ces tâches distinctes, lesquelles le modèle peut-il exécuter avec compétence ?',
  generalityFactsTasks_shortLabel: 'Tâches distinctes exécutées',
  generalityFactsTasks_hint:
    'Sélectionnez toutes celles qu’il exécute bien ou sur lesquelles il a été évalué.',
  generalityFactsTasks_requiredMessage:
    'Sélectionnez les tâches que le modèle exécute, « Aucune de ces tâches » ou « Je ne sais pas ».',
  generalityFactsTasks_help:
    'Un modèle d’IA à usage général peut exécuter avec compétence un large éventail de tâches distinctes. Cet outil considère trois tâches distinctes ou plus comme un large éventail ; en deçà du critère de calcul, cela ne rend le modèle à usage général qu’exceptionnellement, et le rapport le signale.',
  generalityFactsParameterCount_label: 'Combien de paramètres le modèle compte-t-il ?',
  generalityFactsParameterCount_shortLabel: 'Paramètres',
  generalityFactsParameterCount_hint: 'Tous les paramètres entraînables. Un chiffre approximatif suffit.',
  generalityFactsParameterCount_countUnit: 'paramètres',
  generalityFactsParameterCount_requiredMessage:
    'Saisissez le nombre de paramètres, ou sélectionnez « Je ne sais pas ».',
  generalityFactsParameterCount_help:
    'La Commission considère que les modèles comptant au moins un milliard de paramètres, entraînés sur une grande quantité de données au moyen d’une autosupervision à grande échelle, présentent une généralité significative.',
  generalityFactsLargeBroadData_label:
    'Le modèle a-t-il été entraîné sur une grande quantité de données provenant d’un large éventail de sources ?',
  generalityFactsLargeBroadData_shortLabel: 'Données d’entraînement abondantes et variées',
  generalityFactsLargeBroadData_hint:
    'Par exemple, des billions de jetons de textes web, de livres et de code — et non un jeu de données collecté pour une seule tâche.',
  generalityFactsLargeBroadData_requiredMessage:
    'Indiquez si les données d’entraînement étaient abondantes et variées, ou sélectionnez « Je ne sais pas ».',
  generalityFactsLargeBroadData_help:
    'L’entraînement sur une grande quantité de données est l’un des faits qui, avec un milliard de paramètres et une autosupervision à grande échelle, indiquent une généralité significative.',
  generalityFactsSelfSupervised_label:
    'A-t-il été entraîné au moyen d’une autosupervision à grande échelle ?',
  generalityFactsSelfSupervised_shortLabel: 'Entraînement autosupervisé à grande échelle',
  generalityFactsSelfSupervised_hint:
    'Par exemple, un pré-entraînement consistant à prédire le jeton suivant ou un contenu masqué, sans étiquetage humain.',
  generalityFactsSelfSupervised_requiredMessage:
    'Indiquez s’il a été entraîné au moyen d’une autosupervision à grande échelle, ou sélectionnez « Je ne sais pas ».',
  generalityFactsSelfSupervised_help:
    'L’entraînement autosupervisé à grande échelle est le troisième fait que la Commission cite pour une généralité significative.',
  screen_systemicRisk_title: 'Risque systémique',
  screen_systemicRisk_intro:
    'Un modèle présentant un risque systémique est soumis à des obligations supplémentaires. Ce risque peut être présumé en fonction du calcul ou résulter d’une désignation par la Commission.',
  systemicRiskThresholdMetDate_label:
    'Quand le calcul d’entraînement cumulé a-t-il dépassé {systemicRiskThresholdSup} — ou quand avez-vous su qu’il le dépasserait ?',
  systemicRiskThresholdMetDate_shortLabel:
    'Date à laquelle {systemicRiskThresholdSup} a été atteint ou connu',
  systemicRiskThresholdMetDate_hint: 'La plus ancienne des deux dates. Par exemple, 30 juin 2025.',
  systemicRiskThresholdMetDate_variant1_label:
    'Quand a-t-il été connu que l’entraînement supplémentaire porterait le calcul cumulé au-delà de {systemicRiskThresholdSup} ?',
  systemicRiskThresholdMetDate_becameKnownShortLabel:
    'Date à laquelle le dépassement de {systemicRiskThresholdSup} a été connu',
  systemicRiskThresholdMetDate_variant1_hint:
    'Par exemple, le jour où l’entraînement supplémentaire ou son budget de calcul a été approuvé, 30 juin 2026.',
  systemicRiskThresholdMetDate_variant2_label:
    'Quand a-t-il été connu que le calcul d’entraînement cumulé du modèle dépasserait {systemicRiskThresholdSup} ?',
  systemicRiskThresholdMetDate_variant2_hint:
    'Par exemple, le jour où l’entraînement ou le budget de calcul au-delà du seuil a été approuvé, 30 juin 2026.',
  systemicRiskThresholdMetDate_help:
    'Vous devez en informer la Commission sans tarder et au plus tard deux semaines après que le seuil est atteint ou qu’il est connu qu’il le sera — éventuellement avant la fin de l’entraînement et avant la mise sur le marché. Un dernier jour tombant un week-end ou un jour férié est reporté au jour ouvrable suivant. Pour un modèle déjà mis sur le marché, une date inconnue est réputée être au plus tard celle de sa première mise sur le marché.',
  systemicRiskNotifiedDate_label:
    'Avez-vous informé la Commission conformément à l’article 52, paragraphe 1 ?',
  systemicRiskNotifiedDate_shortLabel: 'Commission informée',
  systemicRiskNotifiedDate_hint:
    'La notification indiquant que le modèle atteint le seuil, avec l’estimation du calcul et la manière dont elle a été obtenue. Par exemple, notification faite le 14 août 2025.',
  systemicRiskNotifiedDate_absentLabel: 'Pas encore',
  systemicRiskNotifiedDate_requiredMessage:
    'Saisissez la date, ou sélectionnez « Pas encore » ou « Je ne sais pas ».',
  systemicRiskNotifiedDate_help:
    'La notification doit intervenir dans les deux semaines suivant le moment où le seuil est atteint ou connu, et indiquer le calcul (deux chiffres significatifs) et la méthode d’estimation ; les arguments selon lesquels le modèle ne présente exceptionnellement pas de risque systémique l’accompagnent. Avec une date, le rapport l’indique comme accomplie — et précise si elle était tardive.',
  systemicRiskContest_label:
    'Avez-vous fait valoir auprès de la Commission que, exceptionnellement, le modèle ne présente pas de risque systémique ?',
  systemicRiskContest_shortLabel: 'Contestation de la présomption',
  systemicRiskContest_requiredMessage:
    'Indiquez si vous avez contesté la présomption et où en est la contestation, ou sélectionnez « Je ne sais pas ».',
  systemicRiskContest_help:
    'Une contestation pendante ne suspend pas les obligations. Si elle est rejetée, le risque systémique s’applique à compter du moment où le seuil a été atteint ; si elle est acceptée, les obligations supplémentaires prennent fin lorsque vous en êtes informé. Si vous ne savez pas, la présomption est considérée comme maintenue.',
  systemicRiskDesignated_label:
    'La Commission a-t-elle désigné le modèle comme modèle présentant un risque systémique ?',
  systemicRiskDesignated_shortLabel: 'Désigné par la Commission',
  systemicRiskDesignated_hint: 'La Commission informe le fournisseur d’une décision de désignation.',
  systemicRiskDesignated_requiredMessage:
    'Indiquez si la Commission a désigné le modèle, ou sélectionnez « Je ne sais pas ».',
  systemicRiskDesignated_help:
    'La Commission peut désigner un modèle sur la base des critères de l’annexe XIII (par exemple la portée : 10 000 entreprises utilisatrices enregistrées dans l’UE), quel que soit son calcul. Les obligations s’appliquent à compter du moment où vous en êtes informé.',
  systemicRiskDesignationInformedDate_label: 'Quand avez-vous été informé de la désignation ?',
  systemicRiskDesignationInformedDate_shortLabel: 'Informé de la désignation',
  systemicRiskDesignationInformedDate_hint: 'Par exemple, 10 février 2026.',
  systemicRiskDesignationInformedDate_help:
    'Les obligations découlant de la désignation courent à compter du moment où vous en êtes informé ; vous pouvez demander une réévaluation au plus tôt six mois après la désignation.',
  systemicRiskEuBusinessUsers_label:
    'À combien d’entreprises utilisatrices enregistrées dans l’UE le modèle est-il mis à disposition ?',
  systemicRiskEuBusinessUsers_shortLabel: 'Entreprises utilisatrices enregistrées dans l’UE',
  systemicRiskEuBusinessUsers_hint:
    'Les entreprises disposant d’un compte, par votre API, votre plateforme ou vos licences — et non les utilisateurs finaux individuels.',
  systemicRiskEuBusinessUsers_requiredMessage:
    'Indiquez le nombre d’entreprises utilisatrices enregistrées, ou sélectionnez « Je ne sais pas ».',
  systemicRiskEuBusinessUsers_help:
    'Atteindre au moins 10 000 entreprises utilisatrices enregistrées dans l’UE fait présumer un impact élevé sur le marché intérieur : la Commission peut alors désigner le modèle comme présentant un risque systémique. Cela ne change rien tant qu’il n’y a pas de désignation, mais le rapport vous en avertit.',
  screen_contest_title: 'Votre contestation de la présomption',
  screen_contest_intro:
    'Vous avez fait valoir que le modèle ne présente exceptionnellement pas de risque systémique. Le moment et l’issue comptent.',
  systemicRiskContestWithNotification_label:
    'Avez-vous présenté vos arguments en même temps que la notification ?',
  systemicRiskContestWithNotification_shortLabel: 'Arguments présentés avec la notification',
  systemicRiskContestWithNotification_requiredMessage:
    'Indiquez si les arguments accompagnaient la notification, ou sélectionnez « Je ne sais pas ».',
  systemicRiskContestWithNotification_help:
    'Le règlement permet à un fournisseur de présenter, avec sa notification, des arguments démontrant que le modèle ne présente exceptionnellement pas de risque systémique. La charge de la preuve incombe au fournisseur, et les arguments fondés sur des mesures d’atténuation ne sont pas admis.',
  systemicRiskContestDecisionDate_label:
    'Quand avez-vous été informé que la Commission avait accepté vos arguments ?',
  systemicRiskContestDecisionDate_shortLabel: 'Informé de l’acceptation de la contestation',
  systemicRiskContestDecisionDate_hint: 'Par exemple, 20 janvier 2026.',
  systemicRiskContestDecisionDate_help:
    'Les obligations liées au risque systémique prennent fin lorsque vous êtes informé de l’acceptation.',
  screen_licence_title: 'Licence',
  screen_licence_intro:
    'Les modèles publiés de manière ouverte, gratuitement, avec des poids publics peuvent être exemptés de certaines obligations — jamais de la politique en matière de droit d’auteur ni du résumé du contenu d’entraînement, et jamais en cas de risque systémique. D’abord, les quatre droits que la licence doit accorder.',
  licenceAccess_label: 'Tout le monde peut-il obtenir le modèle sans payer ?',
  licenceAccess_shortLabel: 'Accès libre pour tous',
  licenceAccess_hint:
    'Des mesures de sécurité raisonnables et non discriminatoires, comme la vérification des utilisateurs, sont admises.',
  licenceAccess_requiredMessage:
    'Indiquez si tout le monde peut obtenir le modèle sans payer, ou sélectionnez « Je ne sais pas ».',
  licenceAccess_help: 'La licence doit permettre à quiconque d’accéder au modèle sans paiement.',
  licenceUse_label: 'Tout le monde peut-il l’utiliser à toute fin sans payer ?',
  licenceUse_shortLabel: 'Utilisation libre',
  licenceUse_hint:
    'Les conditions limitées à l’attribution ou à la distribution selon les mêmes conditions sont acceptables.',
  licenceUse_requiredMessage:
    'Indiquez si tout le monde peut utiliser le modèle sans payer, ou sélectionnez « Je ne sais pas ».',
  licenceUse_help:
    'La licence doit permettre l’utilisation sans restrictions ni redevances allant au-delà de l’attribution et de la distribution selon des conditions compatibles.',
  licenceModify_label: 'Tout le monde peut-il le modifier ?',
  licenceModify_shortLabel: 'Modification libre',
  licenceModify_requiredMessage:
    'Indiquez si tout le monde peut modifier le modèle, ou sélectionnez « Je ne sais pas ».',
  licenceModify_help: 'La licence doit permettre la modification.',
  licenceDistribute_label: 'Tout le monde peut-il le redistribuer, modifié ou non ?',
  licenceDistribute_shortLabel: 'Redistribution libre',
  licenceDistribute_requiredMessage:
    'Indiquez si tout le monde peut redistribuer le modèle, ou sélectionnez « Je ne sais pas ».',
  licenceDistribute_help:
    'La licence doit permettre la redistribution moyennant des conditions limitées, telles que l’attribution.',
  screen_licenceTerms_title: 'Conditions de la licence',
  screen_licenceTerms_intro:
    'Certaines conditions de licence font échec à l’exemption open source, quel que soit le nom de la licence.',
  licenceName_label: 'Nom de la licence (facultatif)',
  licenceName_shortLabel: 'Licence',
  licenceName_hint:
    'Par exemple, Apache-2.0. Le nom seul ne décide de rien : ce sont les réponses ci-dessous qui décident.',
  licenceName_requiredMessage: 'Saisissez le nom de la licence, ou laissez le champ vide.',
  licenceName_help:
    'Seules les conditions de la licence comptent, et non son intitulé. L’exemption ne couvre pas un modèle présentant un risque systémique.',
  licenceRestrictions_label: 'La licence contient-elle l’une de ces clauses ?',
  licenceRestrictions_shortLabel: 'Conditions de la licence',
  licenceRestrictions_requiredMessage:
    'Sélectionnez les clauses que contient la licence, ou « Aucune de ces clauses ».',
  licenceRestrictions_help:
    'Les clauses de non-commercialité, les plafonds de nombre d’utilisateurs, les licences commerciales distinctes et les interdictions de distribution disqualifient une licence. Les restrictions limitées aux utilisations présentant des risques importants pour la sécurité publique, la sûreté ou les droits fondamentaux, appliquées à tous de la même manière, sont admises, de même que l’attribution et le partage dans les mêmes conditions ; le caractère proportionné d’une clause de sécurité donnée est signalé comme relevant d’une appréciation.',
  screen_monetisation_title: 'Monétisation',
  screen_monetisation_intro:
    'Faire payer le modèle, ou ce sans quoi il ne peut être utilisé, fait échec à l’exemption open source ; les options payantes facultatives, non.',
  licenceMonetisation_label: 'Le modèle est-il monétisé de l’une de ces manières ?',
  licenceMonetisation_shortLabel: 'Monétisation',
  licenceMonetisation_requiredMessage:
    'Sélectionnez les formes de monétisation du modèle, ou « Aucune de ces formes ».',
  licenceMonetisation_help:
    'Un prix, une double licence, une assistance ou un hébergement payants sans lesquels le modèle ne peut être utilisé, un hébergement exclusif financé par la publicité et la fourniture de données à caractère personnel comme condition d’accès font tous échec à l’exemption. Les options payantes facultatives, non.',
  licenceMicroenterpriseDeal_label: 'La monétisation a-t-elle lieu uniquement entre microentreprises ?',
  licenceMicroenterpriseDeal_shortLabel: 'Monétisé uniquement entre microentreprises',
  licenceMicroenterpriseDeal_hint:
    'Une microentreprise occupe moins de 10 personnes et son chiffre d’affaires annuel ou le total de son bilan annuel n’excède pas 2 millions d’euros — vous, et tous ceux qui paient.',
  licenceMicroenterpriseDeal_requiredMessage:
    'Indiquez si la monétisation a lieu uniquement entre microentreprises, ou sélectionnez « Je ne sais pas ».',
  licenceMicroenterpriseDeal_help:
    'Les transactions entre microentreprises ne sont pas considérées comme une monétisation. Le droit ne précise pas clairement comment cela s’articule avec la condition d’accès libre.',
  screen_openness_title: 'Ce qui est public',
  screen_openness_intro:
    'Pour bénéficier de l’exemption, les poids, les informations sur l’architecture et les informations sur l’utilisation doivent tous être publics.',
  licenceWeightsPublic_label: 'Les paramètres, y compris les poids, sont-ils rendus publics ?',
  licenceWeightsPublic_shortLabel: 'Poids publics',
  licenceWeightsPublic_requiredMessage:
    'Indiquez si les poids sont publics, ou sélectionnez « Je ne sais pas ».',
  licenceWeightsPublic_help:
    'Les poids doivent être publics sous une forme qui permet l’accès, l’utilisation, la modification et la distribution.',
  licenceArchitecturePublic_label:
    'Les informations sur l’architecture du modèle sont-elles rendues publiques ?',
  licenceArchitecturePublic_shortLabel: 'Informations sur l’architecture publiques',
  licenceArchitecturePublic_requiredMessage:
    'Indiquez si les informations sur l’architecture sont publiques, ou sélectionnez « Je ne sais pas ».',
  licenceArchitecturePublic_help: 'Les informations sur l’architecture du modèle doivent être publiques.',
  licenceUsageInfoPublic_label: 'Les informations sur l’utilisation du modèle sont-elles rendues publiques ?',
  licenceUsageInfoPublic_shortLabel: 'Informations sur l’utilisation publiques',
  licenceUsageInfoPublic_hint:
    'Au moins ses modalités d’entrée et de sortie, ses capacités, ses limites et la manière de l’intégrer.',
  licenceUsageInfoPublic_requiredMessage:
    'Indiquez si les informations sur l’utilisation sont publiques, ou sélectionnez « Je ne sais pas ».',
  licenceUsageInfoPublic_help:
    'Les informations sur l’utilisation doivent être publiques et couvrir au moins les modalités, les capacités, les limites et les moyens techniques d’intégrer le modèle.',
  screen_stepsTaken_title: 'Mesures déjà prises',
  screen_stepsTaken_intro:
    'Une obligation déjà remplie apparaît comme accomplie dans le rapport ; une obligation qui devrait être en place et ne l’est pas apparaît comme en retard.',
  stepsTakenAuthorisedRepresentative_label: 'Avez-vous désigné un mandataire dans l’UE, par mandat écrit ?',
  stepsTakenAuthorisedRepresentative_shortLabel: 'Mandataire désigné',
  stepsTakenAuthorisedRepresentative_requiredMessage:
    'Indiquez si un mandataire est désigné, ou sélectionnez « Je ne sais pas ».',
  stepsTakenAuthorisedRepresentative_help:
    'Un fournisseur établi hors de l’UE doit désigner un mandataire établi dans l’UE avant de mettre le modèle sur le marché. Le mandataire conserve la documentation technique pendant 10 ans et répond au Bureau de l’IA.',
  stepsTakenTechnicalDocumentation_label:
    'La documentation technique du modèle est-elle établie et tenue à jour ?',
  stepsTakenTechnicalDocumentation_shortLabel: 'Documentation technique en place',
  stepsTakenTechnicalDocumentation_hint:
    'Les informations de l’annexe XI, prêtes à être fournies au Bureau de l’IA sur demande.',
  stepsTakenTechnicalDocumentation_requiredMessage:
    'Indiquez si la documentation technique est en place, ou sélectionnez « Je ne sais pas ».',
  stepsTakenTechnicalDocumentation_help:
    'Une documentation technique comportant au moins les éléments de l’annexe XI, section 1 — et de la section 2 pour un modèle présentant un risque systémique — doit être établie avant la mise sur le marché et tenue à jour.',
  stepsTakenDownstreamInformation_label:
    'Les informations destinées aux fournisseurs qui s’appuient sur le modèle (annexe XII) sont-elles à leur disposition ?',
  stepsTakenDownstreamInformation_shortLabel: 'Informations pour les fournisseurs en aval en place',
  stepsTakenDownstreamInformation_requiredMessage:
    'Indiquez si les informations destinées aux fournisseurs en aval sont en place, ou sélectionnez « Je ne sais pas ».',
  stepsTakenDownstreamInformation_help:
    'Les fournisseurs de systèmes d’IA fondés sur le modèle doivent recevoir des informations sur ses capacités et ses limites, comportant au moins les éléments de l’annexe XII.',
  screen_stepsTakenCopyright_title: 'Droit d’auteur et contenu d’entraînement',
  screen_stepsTakenCopyright_intro:
    'Tout fournisseur est tenu à ces deux obligations, open source ou non. Une obligation déjà remplie apparaît comme accomplie dans le rapport ; une obligation qui devrait être en place et ne l’est pas apparaît comme en retard.',
  stepsTakenCopyrightPolicy_label:
    'Avez-vous mis en place une politique visant à se conformer au droit de l’Union en matière de droit d’auteur ?',
  stepsTakenCopyrightPolicy_shortLabel: 'Politique en matière de droit d’auteur en place',
  stepsTakenCopyrightPolicy_hint:
    'Y compris la manière dont vous identifiez et respectez les réservations de droits lisibles par machine à l’égard de la fouille de textes et de données.',
  stepsTakenCopyrightPolicy_requiredMessage:
    'Indiquez si la politique en matière de droit d’auteur est en place, ou sélectionnez « Je ne sais pas ».',
  stepsTakenCopyrightPolicy_help:
    'Tout fournisseur a besoin d’une politique en matière de droit d’auteur, y compris pour les modèles open source ; elle doit respecter les réservations de droits au titre de l’article 4, paragraphe 3, de la directive (UE) 2019/790, quel que soit le lieu de l’entraînement.',
  stepsTakenTrainingSummary_label:
    'Avez-vous publié le résumé du contenu utilisé pour l’entraînement, selon le modèle de résumé du Bureau de l’IA ?',
  stepsTakenTrainingSummary_shortLabel: 'Résumé du contenu d’entraînement publié',
  stepsTakenTrainingSummary_requiredMessage:
    'Indiquez si le résumé du contenu d’entraînement est publié, ou sélectionnez « Je ne sais pas ».',
  stepsTakenTrainingSummary_help:
    'Tout fournisseur, y compris de modèles open source, doit publier un résumé suffisamment détaillé du contenu d’entraînement, conformément au modèle de résumé obligatoire fourni par le Bureau de l’IA.',
  screen_codeOfPractice_title: 'Code de bonnes pratiques',
  screen_codeOfPractice_intro:
    'Signer le code de bonnes pratiques en matière d’IA à usage général ne modifie pas vos obligations, mais modifie la manière dont vous démontrez que vous les respectez.',
  codeOfPractice_label:
    'Votre organisation a-t-elle signé le code de bonnes pratiques en matière d’IA à usage général ?',
  codeOfPractice_shortLabel: 'Signataire du code de bonnes pratiques',
  codeOfPractice_requiredMessage:
    'Indiquez si vous avez signé le code de bonnes pratiques, ou sélectionnez « Je ne sais pas ».',
  codeOfPractice_help:
    'Adhérer à un code approprié est un moyen simple de démontrer le respect des articles 53 et 55 et peut réduire les amendes ; les non-signataires doivent démontrer d’autres moyens appropriés et peuvent s’attendre à davantage de demandes d’informations. Les signataires partiels perdent cet avantage pour les chapitres qu’ils n’ont pas signés. Le code ne comporte aucun chapitre sur la notification prévue à l’article 52, paragraphe 1.',
};
