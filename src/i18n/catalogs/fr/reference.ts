import type { Messages } from '../../message-id';
import type { reference as en } from '../en/reference';

export const reference: Messages<typeof en> = {
  change_2026_11_2_R1:
    'Révision 2 des règles (R1–R94, E1–E30) : R2, R8, R10, R17, R22, R34, R35, R38, R56, R61–R63, R70, E7, E8, E11, E24 corrigées ; R87–R94 et E27–E30 nouvelles. Les réponses données sous 2026.11.1 sont reprises et le rapport indique ce qui a changé.',
  change_2026_11_2_R87:
    'Délais au sens du règlement (CEE, Euratom) nº 1182/71 (R87) : un délai qui expire un samedi ou un dimanche prend fin à l’expiration du jour ouvrable suivant, et le rapport le signale ; les deux semaines des lignes directrices après le {chapterVApplies} prennent fin le lundi 18 août 2025 (R70). Les dates d’application fixes ne sont jamais reportées.',
  change_2026_11_2_R88:
    'Article 52, paragraphe 1, avant la mise sur le marché (R88) : pour un modèle destiné à être mis sur le marché dont la quantité cumulée de calcul prévue dépasse {systemicRiskPower} FLOP, la notification est due dès maintenant ; pour un modèle mis sur le marché dont la date de franchissement du seuil est inconnue, au plus tard deux semaines après la première mise sur le marché (R89).',
  change_2026_11_2_E28:
    'Article 55 au plus tard à compter de la mise sur le marché, « se préparer à partir de » la date de franchissement du seuil (E28) ; les modèles existants qui dépassent {systemicRiskPower} plus tard conservent le {legacyComplianceDeadline} comme limite extrême (E29) ; l’attente des 16/18 août 2025 n’est plus affichée pour les modèles mis sur le marché avant le {chapterVApplies} (E7).',
  change_2026_11_2_R17:
    'Un usage exclusivement interne hors de l’UE n’est pas une mise sur le marché de l’Union (R17, E8). Les faits d’une activité commerciale l’emportent sur la description « particulier » ou « laboratoire de recherche » (E30). Agir pour le fournisseur initial ou sous le nom d’un client, ce n’est pas être fournisseur (R91). Une quantité de calcul de modification inconnue n’est plus interprétée en faveur de l’utilisateur (R90).',
  change_2026_11_2_R8:
    'La généralité découle des faits, non d’une auto-évaluation (R8, E27) ; l’audio ne compte comme langage que s’il contient de la parole, l’image-vers-image n’est pas du texte-vers-image (R10).',
  change_2026_11_2_R56:
    'L’annexe XI, section 2, figure sous l’article 53, paragraphe 1, point a), pour les modèles présentant un risque systémique (R56) ; la notification ne relève d’aucun chapitre du code de bonnes pratiques (R62) ; risque de désignation à partir de ≥ 10 000 utilisateurs professionnels enregistrés dans l’UE (R92) ; les obligations relatives aux systèmes d’IA non évaluées sont signalées (R93) ; une seule section sur l’exécution (R94). Les mesures déjà prises font passer les obligations à « fait ».',
  change_2026_11_1_R1:
    'Première version : règles R1–R86 et cas limites E1–E26 de la référence, à jour du règlement sur l’IA tel que modifié par le règlement (UE) 2026/1744 (en vigueur depuis le 27 juillet 2026) et des lignes directrices de la Commission C(2025) 5045.',
  sourceTitle_AIA: 'Règlement (UE) 2024/1689 (règlement sur l’intelligence artificielle)',
  sourceReference_AIA:
    'JO L, 2024/1689, 12.7.2024 ; modifié par le règlement (UE) 2026/1744 (version consolidée EUR-Lex du 27.7.2026)',
  sourceNote_AIA:
    'Seul le texte publié au Journal officiel fait foi ; le chapitre V a été lu dans un texte consolidé (27.7.2026).',
  sourceTitle_OMNI: 'Règlement (UE) 2026/1744 (omnibus numérique sur l’IA)',
  sourceReference_OMNI: 'JO L, 2026/1744, 24.7.2026 ; en vigueur depuis le 27.7.2026',
  sourceNote_OMNI:
    'N’a modifié ni les seuils, ni les obligations, ni les amendes, ni les dates applicables aux modèles d’IA à usage général (R80).',
  sourceTitle_GL:
    'Lignes directrices sur la portée des obligations incombant aux fournisseurs de modèles d’IA à usage général en vertu de la législation sur l’IA',
  sourceReference_GL:
    'C(2025) 5045 final, 18.7.2025 (version formelle signalée comme C(2025) 7719 final, 19.11.2025)',
  sourceNote_GL:
    'Non contraignantes ; seule la Cour de justice interprète le règlement sur l’IA de manière contraignante (lignes directrices, point 9).',
  sourceTitle_TPL: 'Modèle de résumé public du contenu d’entraînement (article 53, paragraphe 1, point d))',
  sourceReference_TPL:
    'Publié le 24.7.2025 (communication formelle signalée comme C(2025) 8311 final, 5.12.2025)',
  sourceNote_TPL:
    'L’utilisation du modèle de résumé est obligatoire pour le résumé visé à l’article 53, paragraphe 1, point d).',
  sourceTitle_COP: 'Code de bonnes pratiques en matière d’IA à usage général',
  sourceReference_COP:
    'Publié le 10.7.2025 ; adéquation confirmée par la Commission et le Comité IA le 1.8.2025',
  sourceNote_COP:
    'Outil volontaire pour démontrer la conformité ; pas de présomption de conformité (R75, R81).',
  holidayDecision_2023:
    'Décision de la Commission du 25 mai 2021 relative aux jours fériés de 2023 pour le personnel des institutions européennes à Bruxelles et à Luxembourg',
  holidayOj_2023: 'JO C 201 I du 28.5.2021, p. 2 (2021/C 201 I/02)',
  law_gpaiThresholdFlop:
    'Critère indicatif du modèle d’IA à usage général : quantité de calcul d’entraînement supérieure à',
  lawReference_gpaiThresholdFlop: 'lignes directrices, point 17',
  law_systemicRiskThresholdFlop:
    'Présomption de risque systémique : quantité cumulée de calcul d’entraînement supérieure à',
  lawReference_systemicRiskThresholdFlop: 'article 51, paragraphe 2',
  law_modificationShareDenominator: 'Un modificateur devient fournisseur au-delà d’une part sur',
  lawReference_modificationShareDenominator: 'lignes directrices, point 60',
  law_estimateTolerance: 'Erreur globale admissible d’une estimation de la quantité de calcul',
  lawReference_estimateTolerance: 'lignes directrices, annexe A.2',
  law_broadParameterCount:
    'Nombre de paramètres à partir duquel un modèle entraîné sur de grandes quantités de données par auto-supervision présente une généralité',
  lawReference_broadParameterCount: 'lignes directrices, point 18 ; considérant 98',
  law_designationBusinessUsers:
    'Utilisateurs professionnels enregistrés établis dans l’Union à partir desquels un impact élevé sur le marché intérieur est présumé (désignation)',
  lawReference_designationBusinessUsers: 'annexe XIII, point f)',
  law_notificationPeriod: 'Notification à la Commission après que le seuil est atteint ou que cela est connu',
  lawReference_notificationPeriod:
    'article 52, paragraphe 1 ; article 3 du règlement (CEE, Euratom) nº 1182/71',
  law_reassessmentPeriod: 'Première demande possible de réévaluation d’une désignation',
  lawReference_reassessmentPeriod:
    'article 52, paragraphe 5 ; article 3 du règlement (CEE, Euratom) nº 1182/71',
  law_chapterVApplies: 'Les obligations relatives aux modèles d’IA à usage général s’appliquent',
  lawReference_chapterVApplies: 'article 113, point b)',
  law_legacyLastPlacingDay:
    'Dernier jour de mise sur le marché d’un modèle mis sur le marché « avant le {chapterVApplies} »',
  lawReference_legacyLastPlacingDay: 'article 111, paragraphe 3',
  law_legacyComplianceDeadline:
    'Les modèles mis sur le marché avant le {chapterVApplies} se mettent en conformité au plus tard le',
  lawReference_legacyComplianceDeadline: 'article 111, paragraphe 3',
  law_finesApply:
    'La Commission peut infliger des amendes aux fournisseurs et exercer ses pouvoirs d’exécution',
  lawReference_finesApply: 'article 113 ; article 101',
  law_generalApplication: 'Date générale d’application (obligations de transparence de l’article 50)',
  lawReference_generalApplication: 'article 113',
  law_art50MarkingLegacyDeadline:
    'Marquage lisible par machine pour les systèmes génératifs mis sur le marché avant le {finesApply}',
  lawReference_art50MarkingLegacyDeadline: 'article 111, paragraphe 4',
  law_annexIIIHighRiskApplies:
    'Les règles applicables aux systèmes d’IA à haut risque de l’annexe III s’appliquent',
  lawReference_annexIIIHighRiskApplies: 'article 113 tel que modifié par le règlement (UE) 2026/1744',
  law_annexIHighRiskApplies:
    'Les règles applicables aux systèmes d’IA à haut risque intégrés aux produits de l’annexe I s’appliquent',
  lawReference_annexIHighRiskApplies: 'article 113 tel que modifié par le règlement (UE) 2026/1744',
  law_fineCeilingPercent:
    'Plafond de l’amende : part du chiffre d’affaires annuel mondial (le montant le plus élevé étant retenu)',
  lawReference_fineCeilingPercent: 'article 101, paragraphe 1',
  law_fineCeilingEur: 'Plafond de l’amende : montant fixe (le montant le plus élevé étant retenu)',
  lawReference_fineCeilingEur: 'article 101, paragraphe 1',
  law_representativeRecordYears:
    'Années pendant lesquelles le mandataire tient la documentation technique à disposition',
  lawReference_representativeRecordYears: 'article 54, paragraphe 3, point b)',
  scenario_criterion_exactly_1e23_not_met:
    'Un modèle de texte de généralité inconnue, entraîné avec exactement {gpaiPower} FLOP, ne remplit pas le critère indicatif (« supérieure à ») : ce n’est donc pas un modèle d’IA à usage général.',
  scenario_criterion_just_above_1e23_met:
    'Le même modèle à 1,0000001 × {gpaiPower} FLOP remplit le critère et est un modèle d’IA à usage général ; son développeur le met sur le marché au moyen d’une API et doit respecter les obligations de l’article 53 dès la mise sur le marché.',
  scenario_broad_language_model_1e24:
    'Un modèle généraliste de langage naturel entraîné avec 10^24 FLOP est un modèle d’IA à usage général (l’exemple donné par la Commission elle-même) ; un développeur établi dans l’UE qui le propose par API en est le fournisseur.',
  scenario_narrow_speech_transcription_1e24:
    'Un modèle de transcription de la parole à 10^24 FLOP remplit le critère de calcul mais ne peut accomplir qu’une seule tâche restreinte : ce n’est donc pas un modèle d’IA à usage général.',
  scenario_narrow_music_generation_2e24:
    'Un modèle qui ne fait que générer de la musique à partir d’instructions (audio sans parole, 2 × 10^24 FLOP) est spécialisé et n’est donc pas un modèle d’IA à usage général.',
  scenario_broad_text_model_1e22_exceptionally_gpai:
    'Un modèle de texte entraîné avec seulement 10^22 FLOP qui accomplit néanmoins un large éventail de tâches distinctes est exceptionnellement un modèle d’IA à usage général ; le moteur doit le signaler comme incertain.',
  scenario_narrow_text_model_1e22:
    'Un modèle de texte spécialisé à 10^22 FLOP, conçu pour une seule tâche de classification, n’est pas un modèle d’IA à usage général.',
  scenario_weather_model_modality_gate:
    'Un modèle de prévision météorologique (produit des champs météorologiques, 10^24 FLOP, généralité inconnue) ne peut générer ni langage, ni images, ni vidéo : le critère conduit donc à « pas un modèle GPAI ».',
  scenario_unknown_generality_image_above_1e23:
    'Un modèle texte-vers-image à 2 × {gpaiPower} FLOP dont l’utilisateur ne peut apprécier la généralité est classé selon le critère : modèle GPAI.',
  scenario_unknown_generality_video_below_1e23:
    'Un modèle texte-vers-vidéo à 9 × 10^22 FLOP de généralité inconnue reste sous le critère : pas un modèle GPAI.',
  scenario_synthetic_data_does_not_count_for_1e23:
    'Seul le calcul qui met à jour les paramètres compte pour le critère de {gpaiPower} : 9 × 10^22 FLOP d’entraînement plus 5 × {gpaiPower} FLOP de génération de données synthétiques restent sous le critère.',
  scenario_inherited_weights_do_not_count_for_1e23:
    'Un modèle initialisé à partir de poids dont l’entraînement a demandé 2 × {systemicRiskPower} FLOP, puis entraîné avec seulement 5 × 10^22 FLOP, de généralité inconnue : le critère de {gpaiPower} ne retient que le calcul de mise à jour des paramètres, le critère n’est donc pas rempli et la question du risque systémique ne se pose pas.',
  scenario_unknown_compute_broad_model:
    'Le développeur ne connaît pas la quantité de calcul d’entraînement, mais le modèle compte 7 milliards de paramètres, a été entraîné par auto-supervision sur des données vastes et variées et accomplit cinq tâches distinctes : au vu de ces faits, c’est un modèle d’IA à usage général, et la quantité de calcul devient une question ouverte.',
  scenario_not_yet_placed_rd_only:
    'Un modèle encore en recherche et développement, jamais mis sur le marché et sans intention de l’y mettre, ne relève pas de la définition du modèle d’IA à usage général.',
  scenario_research_lab_partners_only:
    'Un laboratoire de recherche ne partage son modèle qu’avec des partenaires de recherche, à des fins exclusives de recherche scientifique : hors du champ du règlement (recherche à finalité exclusive).',
  scenario_research_lab_public_weights_release:
    'Un laboratoire universitaire publie les poids de son modèle généraliste sur une plateforme, sous Apache-2.0 : c’est une mise sur le marché (signalée comme incertaine), et l’exemption open source s’applique.',
  scenario_hobbyist_hub_upload:
    'Un particulier amateur publie un modèle généraliste (2 × {gpaiPower} FLOP) sur une plateforme sans indiquer s’il existe une activité commerciale : le plus défendable est qu’il n’y a pas de mise sur le marché ; signalé comme incertain, et les faits commerciaux deviennent une question ouverte.',
  scenario_commissioned_model_placed_via_cloud:
    'Une entreprise fait entraîner un modèle généraliste par une autre société et le propose sous son propre nom par un service en nuage : l’entreprise est le fournisseur.',
  scenario_copied_onto_customer_infrastructure:
    'Un développeur installe son modèle sur les propres serveurs d’un client dans l’UE : c’est une première mise à disposition, il est donc le fournisseur.',
  scenario_own_chatbot_integration:
    'Un développeur intègre son propre modèle généraliste dans son propre agent conversationnel proposé dans l’UE : le modèle est mis sur le marché et les obligations relatives au modèle s’ajoutent à celles relatives au système, que le rapport mentionne comme non évaluées.',
  scenario_internal_use_essential_to_service:
    'Une banque utilise en interne, dans l’UE, son propre modèle généraliste pour statuer sur les demandes de prêt de ses clients : un usage interne qui affecte les droits des personnes vaut mise sur le marché.',
  scenario_internal_only_non_sr:
    'Une entreprise utilise son propre modèle généraliste (sans risque systémique) uniquement pour des processus purement internes : les obligations relatives au modèle ne s’appliquent pas.',
  scenario_internal_only_systemic_risk:
    'Un modèle entraîné avec 2 × {systemicRiskPower} FLOP et utilisé à titre purement interne dans l’UE : selon le considérant 97, les modèles présentant un risque systémique sont « toujours » soumis aux obligations, le développeur est donc traité comme fournisseur — signalé comme très incertain. Seuil atteint le dimanche 1er févr. 2026 : les deux semaines prennent fin le dimanche 15 févr., la notification est donc due le lundi 16 févr.',
  scenario_non_eu_developer_direct_eu_api:
    'Un développeur établi hors de l’UE propose son modèle par API à des clients dans l’UE : il est le fournisseur et doit en outre désigner un mandataire établi dans l’Union.',
  scenario_non_eu_developer_via_downstream_no_exclusion:
    'Un développeur établi hors de l’UE fournit son modèle à un intégrateur établi hors de l’UE dont le système d’IA est vendu dans l’UE, sans exclure l’utilisation dans l’UE : le développeur est le fournisseur du modèle (article 54 compris).',
  scenario_non_eu_developer_via_downstream_clear_exclusion:
    'Le même développeur établi hors de l’UE a exclu clairement et sans équivoque la distribution et l’utilisation dans l’UE : il n’est pas le fournisseur du modèle sur le marché de l’Union.',
  scenario_non_eu_developer_never_in_eu:
    'Un développeur établi hors de l’UE dont le modèle n’est jamais mis à disposition dans l’UE, ni intégré dans quoi que ce soit utilisé dans l’UE, n’est pas un fournisseur au sens du règlement.',
  scenario_eu_availability_unknown:
    'Un développeur qui propose son modèle par API ne sait pas s’il est disponible dans l’UE : interprété prudemment comme mis sur le marché, et posé comme question ouverte.',
  scenario_eu_establishment_unknown:
    'L’utilisateur ne sait pas si l’entité qui fournit le modèle est établie dans l’UE : l’obligation de désigner un mandataire est indiquée comme possiblement due et posée comme question ouverte.',
  scenario_integrator_becomes_model_provider:
    'Une entreprise établie dans l’UE construit un agent conversationnel sur un modèle obtenu hors de l’UE dont le fournisseur a clairement exclu l’utilisation dans l’UE, et vend l’agent dans l’UE : l’intégrateur devient le fournisseur du modèle (signalé).',
  scenario_integrator_via_api:
    'Une entreprise construit son produit sur le modèle d’un tiers au moyen de l’API du fournisseur du modèle : elle fournit un système d’IA, pas un modèle d’IA à usage général, et n’a aucune obligation relative au modèle ; les obligations relatives aux systèmes d’IA sont mentionnées comme non évaluées.',
  scenario_integrator_unmodified_open_weights:
    'Une entreprise exécute des poids ouverts téléchargés, sans les modifier, dans sa propre application : c’est un fournisseur en aval d’un système ; celui qui a publié les poids reste le fournisseur du modèle ; les obligations relatives aux systèmes d’IA sont mentionnées comme non évaluées.',
  scenario_model_hub_host:
    'Une plateforme de modèles qui se borne à héberger des modèles publiés par d’autres n’en est pas le fournisseur ; celui qui les a publiés l’est.',
  scenario_modifier_below_one_third:
    'Un réglage fin utilisant 5 × {gpaiPower} FLOP sur un modèle de 3 × 10^24 FLOP (un sixième) n’est pas une modification significative : son auteur n’est pas fournisseur d’un modèle.',
  scenario_modifier_exactly_one_third:
    'Un réglage fin utilisant exactement un tiers de la quantité de calcul du modèle d’origine (10^24 sur 3 × 10^24 FLOP) ne remplit pas la condition « plus d’un tiers ».',
  scenario_modifier_above_one_third:
    'Un réglage fin de 1,2 × 10^24 FLOP sur un modèle de 3 × 10^24 FLOP (40 %) fait de son auteur le fournisseur du modèle modifié, avec des obligations limitées à la modification, à compter de sa mise sur le marché.',
  scenario_modifier_unknown_original_fallback_3_33e22:
    'Calcul du modèle d’origine inconnu, modèle d’origine sans risque systémique : le seuil est d’un tiers de {gpaiPower} ; 3,33 × 10^22 FLOP de réglage fin restent juste en dessous.',
  scenario_modifier_unknown_original_fallback_exactly_third_of_1e23:
    'Calcul du modèle d’origine inconnu, modèle d’origine sans risque systémique : un réglage fin d’exactement un tiers de {gpaiPower} (3 × modification = {gpaiPower}) ne dépasse pas le seuil de repli.',
  scenario_modifier_unknown_original_fallback_above_non_sr:
    'Calcul du modèle d’origine inconnu, modèle d’origine sans risque systémique : 4 × 10^22 FLOP de réglage fin dépassent un tiers de {gpaiPower}, l’auteur du réglage fin devient donc fournisseur du modèle modifié.',
  scenario_modifier_unknown_original_sr_3_33e24:
    'Calcul du modèle d’origine inconnu, modèle d’origine présentant un risque systémique : le seuil est d’un tiers de {systemicRiskPower} ; 3,33 × 10^24 FLOP restent en dessous, le fournisseur initial conserve donc toutes les obligations.',
  scenario_modifier_unknown_original_sr_exactly_third_of_1e25:
    'Calcul du modèle d’origine inconnu, modèle d’origine présentant un risque systémique : un réglage fin d’exactement un tiers de {systemicRiskPower} (3 × modification = {systemicRiskPower}) ne dépasse pas le seuil de repli.',
  scenario_modifier_unknown_original_sr_above:
    'Calcul du modèle d’origine inconnu, modèle d’origine présentant un risque systémique : 4 × 10^24 FLOP de réglage fin dépassent un tiers de {systemicRiskPower}, le modèle modifié est donc présumé présenter un risque systémique ; l’auteur du réglage fin doit en informer la Commission et respecter l’article 55.',
  scenario_modifier_unknown_original_unknown_sr_lower_fallback:
    'L’auteur du réglage fin ne connaît ni la quantité de calcul du modèle d’origine ni s’il présente un risque systémique : le seuil inférieur prudent (un tiers de {gpaiPower}) s’applique, et {gpaiPower} FLOP de réglage fin font de lui un fournisseur (signalé).',
  scenario_modifier_of_sr_model_above_threshold:
    'Une entreprise affine un modèle présentant un risque systémique de 3 × {systemicRiskPower} FLOP avec 1,2 × {systemicRiskPower} FLOP (40 %) : elle devient fournisseur d’un modèle présumé présenter un risque systémique, doit en informer la Commission dans les 14 jours et respecter l’article 55.',
  scenario_modifier_cumulative_crosses_1e25_inherited_weights:
    'Un réglage fin de 3 × 10^24 FLOP sur un modèle sans risque systémique de 8 × 10^24 FLOP dépasse un tiers, et la quantité cumulée de calcul du modèle modifié (poids hérités compris) est de 1,1 × {systemicRiskPower} : risque systémique présumé (signalé).',
  scenario_modifier_synthetic_data_counts_toward_1e25:
    'L’auteur d’un réglage fin ajoute 2,5 × 10^24 FLOP d’entraînement et 2 × 10^24 FLOP de données synthétiques non publiques à un modèle de 6 × 10^24 FLOP : plus d’un tiers, et la quantité cumulée de calcul du modèle modifié (1,05 × {systemicRiskPower}) dépasse {systemicRiskPower}, le risque systémique est donc présumé.',
  scenario_modifier_via_original_provider_platform:
    'Un client affine un modèle au moyen de l’API du fournisseur initial et le résultat reste sur cette plateforme sous le nom du fournisseur : le fournisseur initial est plus vraisemblablement le modificateur (signalé).',
  scenario_modifier_quantisation_negligible_compute:
    'Un tiers quantifie un modèle de 2 × 10^24 FLOP en utilisant 10^18 FLOP : calcul négligeable, très en deçà d’un tiers, ce n’est donc pas un fournisseur de modèle.',
  scenario_modifier_of_legacy_model_after_aug_2025:
    'Un acteur en aval modifie de manière significative un modèle mis sur le marché pour la première fois en 2024 et met sa version sur le marché le 1er nov. 2025 : nouveau modèle mis sur le marché après le {chapterVAppliesShort}, ses obligations s’appliquent donc à compter de cette mise sur le marché, et non en 2027.',
  scenario_modifier_placed_before_aug_2025_is_legacy:
    'Un modèle modifié mis sur le marché le 15 juillet 2025 (avant l’application du chapitre V) est un modèle existant : son fournisseur doit se mettre en conformité au plus tard le {legacyComplianceDeadlineShort}.',
  scenario_non_eu_modifier_above_threshold:
    'L’auteur d’un réglage fin établi hors de l’UE qui devient fournisseur d’un modèle modifié doit en outre désigner un mandataire établi dans l’Union.',
  scenario_modifier_open_source_release:
    'L’auteur d’un réglage fin au-delà du seuil d’un tiers publie son modèle modifié sous Apache-2.0, sans monétisation : exempté de l’article 53, paragraphe 1, points a) et b), mais la politique en matière de droit d’auteur, le résumé du contenu d’entraînement et la coopération demeurent.',
  scenario_sr_exactly_1e25_cumulative_not_presumed:
    'Une quantité cumulée de calcul d’exactement {systemicRiskPower} FLOP (7 × 10^24 d’entraînement + 3 × 10^24 de données synthétiques non publiques) ne dépasse pas {systemicRiskPower} : pas de présomption, mais un avertissement indiquant que l’estimation se situe à ±30 % du seuil.',
  scenario_sr_just_above_1e25_presumed:
    'Un modèle entraîné avec 1,0000001 × {systemicRiskPower} FLOP est présumé présenter un risque systémique ; la notification est due 14 jours après le franchissement du seuil.',
  scenario_sr_below_but_within_30_percent:
    'Un modèle estimé à 9 × 10^24 FLOP est sous {systemicRiskPower} (pas de présomption), mais l’estimation se situe dans la marge de ±30 % : le fournisseur est donc averti de continuer à surveiller.',
  scenario_sr_non_public_synthetic_data_counts:
    '8 × 10^24 FLOP de mises à jour des paramètres plus 3 × 10^24 FLOP consacrés à la génération de données synthétiques non publiques : 1,1 × {systemicRiskPower} au total, le risque systémique est donc présumé.',
  scenario_sr_inherited_weights_count:
    'Un modèle initialisé à partir de poids préexistants dont l’entraînement a demandé 2 × 10^24 FLOP, puis entraîné avec 9 × 10^24 FLOP : 1,1 × {systemicRiskPower} au total, le risque systémique est donc présumé.',
  scenario_sr_non_eu_full_obligations:
    'Le modèle de 3 × {systemicRiskPower} FLOP d’un développeur établi hors de l’UE, proposé dans l’UE, est soumis à toutes les obligations : article 53, paragraphe 1, points a) à d), article 53, paragraphe 3, article 54, article 52, paragraphe 1, et article 55, paragraphe 1, points a) à d).',
  scenario_sr_threshold_date_unknown:
    'Un modèle de 2 × {systemicRiskPower} FLOP mis sur le marché le samedi 10 janv. 2026, dont la date de franchissement du seuil est inconnue : le seuil était atteint au plus tard à cette date, la notification était donc due au plus tard deux semaines après la mise sur le marché — samedi 24 janv., reporté au lundi 26 janv. 2026 — et elle est en retard ; la date réelle reste une question ouverte.',
  scenario_sr_designated_by_commission:
    'Un modèle de 5 × 10^24 FLOP mis sur le marché le 1er oct. 2025 et désigné par la Commission (fournisseur informé le 10 avril 2026) : les obligations de l’article 55 liées au risque systémique s’appliquent à compter de cette date, qui est aussi l’échéance de mise en conformité ; aucune notification au titre de l’article 52, paragraphe 1, n’est due ; une réévaluation peut être demandée après six mois (samedi 10 oct., donc lundi 12 oct. 2026).',
  scenario_sr_designation_reassessment_month_end:
    'Un fournisseur informé d’une désignation le 31 août 2026 peut demander une réévaluation six mois plus tard : le délai prend fin le 28 février 2027 (il n’y a pas de 31 février), un dimanche, et il est donc reporté au lundi 1er mars 2027.',
  scenario_sr_designated_after_failing_to_notify:
    'Un modèle de 2 × {systemicRiskPower} FLOP qui a franchi le seuil le 1er mars 2026 puis a été désigné (fournisseur informé le 1er sept. 2026) : la notification au titre de l’article 52, paragraphe 1, était due à compter de la date de franchissement du seuil, et l’article 55 s’applique.',
  scenario_sr_contest_pending:
    'Le fournisseur conteste la présomption dans sa notification et attend la décision : les obligations ne sont pas suspendues, le risque systémique reste donc présumé.',
  scenario_sr_contest_rejected:
    'La contestation a été rejetée : le modèle présente un risque systémique depuis le franchissement du seuil, et l’échéance de la notification est inchangée.',
  scenario_sr_contest_accepted:
    'La Commission a accueilli la contestation (fournisseur informé le 1er juin 2026) : en novembre 2026, les obligations liées au risque systémique ont pris fin et seules les obligations de l’article 53 demeurent.',
  scenario_sr_contest_accepted_evaluated_before_decision:
    'La même contestation accueillie, évaluée au 1er mai 2026, avant que le fournisseur en soit informé : à cette date, la présomption et ses obligations couraient encore.',
  scenario_sr_crossed_after_placement:
    'Un modèle mis sur le marché le 1er oct. 2025 franchit {systemicRiskPower} FLOP par la poursuite de son entraînement le 10 mars 2026 : même modèle, obligations liées au risque systémique à compter de ce jour, notification au plus tard le 24 mars 2026.',
  scenario_sr_threshold_met_before_chapter_v_applied:
    'Un modèle présentant un risque systémique a terminé son entraînement (seuil atteint le 1er juin 2025) et a été mis sur le marché le 1er sept. 2025 : l’obligation de notification ne s’appliquait qu’à compter du {chapterVAppliesShort}, la notification était donc due dans les deux semaines suivant cette date — samedi 16 août 2025, reporté au lundi 18 août 2025 ; l’article 55 s’applique à compter de la mise sur le marché.',
  scenario_open_source_apache_eu:
    'Un développeur établi dans l’UE publie gratuitement les poids, l’architecture et les informations sur l’utilisation de son modèle sous Apache-2.0 : exempté de l’article 53, paragraphe 1, points a) et b) ; la politique en matière de droit d’auteur, le résumé du contenu d’entraînement et la coopération s’appliquent toujours.',
  scenario_open_source_apache_non_eu:
    'La même publication ouverte par un développeur établi hors de l’UE : également exempté de la désignation d’un mandataire établi dans l’Union.',
  scenario_open_source_non_commercial_clause:
    'Poids ouverts sous une licence non commerciale : la licence ne permet pas une utilisation libre, donc pas d’exemption.',
  scenario_open_source_user_cap:
    'Poids ouverts dont la licence exige un accord distinct au-delà d’un plafond d’utilisateurs actifs mensuels : exclu, pas d’exemption.',
  scenario_open_source_separate_commercial_licence:
    'Poids ouverts, mais certaines utilisations exigent l’achat d’une licence commerciale distincte : pas d’exemption.',
  scenario_open_source_no_distribution:
    'Poids téléchargeables, mais la redistribution est interdite : pas d’exemption.',
  scenario_paid_api_only_no_exemption:
    'Un modèle proposé uniquement par une API payante, poids non publiés : pas d’exemption open source.',
  scenario_open_source_optional_paid_support:
    'Poids ouverts sous Apache-2.0, avec en parallèle une assistance payante purement facultative : pas de monétisation, l’exemption s’applique toujours.',
  scenario_open_source_dual_licence:
    'Gratuit pour un usage universitaire, payant pour un usage commercial (double licence) : monétisation, pas d’exemption.',
  scenario_open_source_required_paid_support:
    'Poids ouverts qui ne fonctionnent qu’avec un environnement d’exécution vendu par le fournisseur : assistance payante indissociablement liée au modèle, donc pas d’exemption.',
  scenario_open_source_ads_funded_exclusive_hosting:
    'Un modèle accessible uniquement sur la propre plateforme du fournisseur, gratuit mais financé par la publicité : monétisation, pas d’exemption.',
  scenario_open_source_personal_data_condition:
    'L’accès aux poids ouverts exige la communication de données à caractère personnel à des fins commerciales : pas d’exemption.',
  scenario_open_source_microenterprise_deal:
    'Une microentreprise facture à une autre microentreprise son modèle par ailleurs ouvert : la monétisation est réputée absente entre microentreprises, l’exemption subsiste donc — signalé comme incertain.',
  scenario_open_source_safety_clauses_allowed:
    'Licence de type Apache avec des restrictions d’utilisation proportionnées et fondées sur la sécurité : autorisé, l’exemption s’applique (le caractère proportionné d’une clause relève de l’appréciation, signalé).',
  scenario_open_source_architecture_not_public:
    'Les poids sont publiés sous Apache-2.0, mais pas les informations sur l’architecture : la condition de mise à la disposition du public n’est pas remplie, pas d’exemption.',
  scenario_open_source_licence_right_unknown:
    'L’utilisateur ne sait pas si la licence permet la modification : l’exemption n’est pas appliquée et la question reste ouverte.',
  scenario_open_source_with_systemic_risk:
    'Un modèle publié sous licence ouverte et entraîné avec 2 × {systemicRiskPower} FLOP présente un risque systémique, il n’y a donc aucune exemption : toutes les obligations s’appliquent, y compris le mandataire dans l’Union pour un fournisseur établi hors de l’UE.',
  scenario_open_source_designated:
    'Un modèle ouvert mis sur le marché le 10 janv. 2026 et désigné par la Commission comme présentant un risque systémique (fournisseur informé le 5 mai 2026) perd lui aussi l’exemption : les obligations que l’exemption avait levées, ainsi que l’article 55, sont dues à compter de la désignation.',
  scenario_legacy_placed_2025_08_01:
    'Un modèle mis sur le marché pour la première fois le {legacyLastPlacingDay} — le dernier jour avant l’application du chapitre V — est un modèle existant : mise en conformité au plus tard le {legacyComplianceDeadline}.',
  scenario_new_model_placed_2025_08_02:
    'Un modèle mis sur le marché pour la première fois le {chapterVApplies} doit être conforme à compter de ce jour.',
  scenario_legacy_model_updated_by_same_provider:
    'Un modèle mis sur le marché en décembre 2024 et affiné par le même fournisseur en 2026 reste le même modèle tout au long de son cycle de vie : toujours le {legacyComplianceDeadline}.',
  scenario_legacy_model_evaluated_before_chapter_v:
    'Évalué au 1er juin 2025, un modèle mis sur le marché en mars 2025 voit déjà ses obligations énumérées, avec le {legacyComplianceDeadline} comme date de mise en conformité.',
  scenario_legacy_systemic_risk_notification:
    'Un modèle présentant un risque systémique mis sur le marché en mars 2025 : le {legacyComplianceDeadline} est la limite juridique extrême pour la notification et la mise en conformité, signalée comme incertaine car une notification anticipée est attendue ; l’attente des lignes directrices (16/18 août 2025) n’est pas affichée pour ce modèle.',
  scenario_planned_placement_in_future:
    'Un modèle dont la mise sur le marché est prévue le 1er mars 2027, évalué au 30 nov. 2026 : les obligations sont énumérées dès maintenant et s’appliquent à compter de la date de mise sur le marché prévue.',
  scenario_sr_model_in_training_notify_before_placement:
    'Un modèle encore en cours d’entraînement franchit {systemicRiskPower} FLOP le 1er oct. 2026 et sa sortie est prévue le 1er mars 2027 : la notification est due dans les 14 jours (15 oct. 2026), avant la mise sur le marché ; les autres obligations s’appliquent à compter de la sortie prévue, l’article 55 avec « se préparer à partir du » 1er oct. 2026.',
  scenario_placing_date_unknown:
    'La date de première mise sur le marché est inconnue : l’échéance de mise en conformité ne peut être indiquée et devient une question ouverte.',
  scenario_notification_across_year_end:
    'Seuil atteint le 25 décembre 2026 : notification due le 8 janvier 2027 (jours calendaires, par-delà la fin de l’année).',
  scenario_notification_across_leap_day:
    'Seuil atteint le 20 février 2028 : les deux semaines prennent fin le 5 mars 2028 (2028 est une année bissextile), un dimanche, la notification est donc due le lundi 6 mars 2028.',
  scenario_code_of_practice_full_signatory:
    'Signer l’ensemble du code de bonnes pratiques change la manière de démontrer la conformité, non les obligations applicables : mêmes obligations qu’un non-signataire.',
  scenario_code_of_practice_partial_sr:
    'Un fournisseur d’un modèle présentant un risque systémique qui n’a signé que certains chapitres du code a exactement les mêmes obligations qu’un fournisseur qui n’en a signé aucun.',
  scenario_code_of_practice_non_signatory_sr:
    'Le même fournisseur d’un modèle présentant un risque systémique, non signataire : obligations identiques.',
  scenario_r87_notification_saturday_rolls_to_monday:
    'Seuil atteint le samedi 13 juin 2026 : les deux semaines prennent fin le samedi 27 juin, la notification est donc due le lundi 29 juin 2026, et le rapport indique le report et sa raison.',
  scenario_r87_notification_sunday_rolls_to_monday:
    'Seuil atteint le dimanche 13 septembre 2026 : les deux semaines prennent fin le dimanche 27 septembre, la notification est donc due le lundi 28 septembre 2026.',
  scenario_r87_notification_wednesday_does_not_move:
    'Seuil atteint le mercredi 17 juin 2026 : les deux semaines prennent fin le mercredi 1er juillet 2026, un jour ouvrable, rien n’est donc reporté.',
  scenario_r87_notification_friday_does_not_move:
    'Seuil atteint le vendredi 12 juin 2026, la veille du cas du samedi : les deux semaines prennent fin le vendredi 26 juin 2026 et ne sont pas reportées.',
  scenario_r87_not_overdue_between_nominal_end_and_last_day:
    'Seuil atteint le samedi 13 juin 2026, évalué le dimanche 28 juin : la fin nominale (samedi 27 juin) est passée, mais le dernier jour légal est le lundi 29 juin, la notification n’est donc pas encore en retard.',
  scenario_r87_not_overdue_on_the_last_day:
    'La même notification évaluée le lundi 29 juin 2026, son dernier jour légal : toujours pas en retard (le délai expire à la fin de ce jour).',
  scenario_r87_overdue_the_day_after_the_last_day:
    'La même notification évaluée le mardi 30 juin 2026, le lendemain de son dernier jour : en retard.',
  scenario_r87_fixed_dates_of_application_never_move:
    'Les dates d’application fixes ne sont pas des délais : l’exécution par la Commission et l’article 50, paragraphe 2, s’appliquent à partir du dimanche {finesApply} (et non du lundi 3 août), et un modèle mis sur le marché le samedi 10 janvier 2026 est soumis à ses obligations à compter de ce samedi.',
  scenario_r87_six_months_month_end_on_a_weekday:
    'Désignation notifiée le mardi 31 mars 2026 : six mois plus tard, il n’y a pas de 31 septembre, le délai prend donc fin le mercredi 30 septembre 2026, un jour ouvrable, et n’est pas reporté.',
  scenario_r88_intended_planned_above_1e25_notify_now:
    'Un laboratoire entraîne un modèle qu’il entend mettre sur le marché de l’UE (pas encore de date) : 6 × 10^24 FLOP jusqu’ici, 3 × {systemicRiskPower} prévus, connus depuis le lundi 21 sept. 2026. Il doit la notification prévue à l’article 52, paragraphe 1, au plus tard le lundi 5 oct. 2026 — désormais en retard — et tout le reste seulement à compter de la mise sur le marché.',
  scenario_r88_undecided_read_as_intended:
    'Le même laboratoire n’a pas décidé s’il mettra le modèle sur le marché de l’UE : « indécis » est interprété comme une intention (l’interprétation prudente), signalé, la notification reste donc due.',
  scenario_r88_no_intention_nothing_owed:
    'Le même modèle sans aucune intention de le mettre un jour sur le marché de l’UE : il reste entièrement hors de la définition du modèle d’IA à usage général (R2), rien n’est donc dû, pas même la notification.',
  scenario_r88_planned_exactly_1e25_nothing_yet:
    'Un modèle destiné à la mise sur le marché dont la quantité cumulée de calcul prévue est d’exactement {systemicRiskPower} FLOP : la condition « dépasse » n’est pas remplie, aucune notification n’est donc due avant la mise sur le marché, et les obligations de l’article 53 ne commencent qu’à la mise sur le marché.',
  scenario_r88_planned_just_above_1e25_notify:
    'Le même modèle prévu à 1,0000001 × {systemicRiskPower} FLOP, connu depuis le lundi 5 oct. 2026 : juste au-dessus du seuil, la notification est donc due au plus tard le lundi 19 oct. 2026.',
  scenario_r2_intended_below_1e25_nothing_before_placing:
    'Un modèle destiné à la mise sur le marché, prévu à 8 × 10^24 FLOP : sous {systemicRiskPower}, rien n’est donc dû avant sa mise sur le marché ; ses obligations au titre de l’article 53 commencent à la mise sur le marché.',
  scenario_r88_notified_before_placing_done:
    'Le laboratoire de {scenario} en a informé la Commission le 30 sept. 2026 : la notification apparaît comme faite.',
  scenario_r88_date_known_unknown_open_question:
    'Un modèle destiné à la mise sur le marché, prévu à 3 × {systemicRiskPower} FLOP, mais le laboratoire ne sait pas depuis quand le franchissement du seuil était prévisible : la notification est due et la date est une question ouverte.',
  scenario_r35_placed_model_known_to_cross_notifies_before_crossing:
    'Un modèle mis sur le marché le 10 janv. 2026 (8 × 10^24 FLOP jusqu’ici) poursuit son entraînement ; depuis le lundi 14 sept. 2026, on sait que l’entraînement atteindra 1,5 × {systemicRiskPower} FLOP. La notification est due deux semaines après que cela est connu (28 sept. 2026), avant le franchissement du seuil ; l’article 55 seulement à compter du franchissement lui-même.',
  scenario_r89_placed_on_a_tuesday_date_unknown:
    'Un modèle de 2 × {systemicRiskPower} FLOP mis sur le marché le mardi 10 mars 2026, date de franchissement du seuil inconnue : la notification était due au plus tard le mardi 24 mars 2026 (pas de report), elle est en retard, et l’article 55 s’applique à compter de la mise sur le marché.',
  scenario_r89_notified_shows_done:
    'Un modèle de 2 × {systemicRiskPower} FLOP mis sur le marché le 10 janv. 2026, date de franchissement du seuil inconnue, notifié le 20 janv. 2026 : la limite reste le lundi 26 janv. 2026 et la notification apparaît comme faite.',
  scenario_r89_bound_still_ahead:
    'Un modèle de 2 × {systemicRiskPower} FLOP mis sur le marché le lundi 23 nov. 2026, date de franchissement du seuil inconnue, évalué le 30 nov. : la notification est due au plus tard le lundi 7 déc. 2026 — à venir, pas en retard.',
  scenario_r89_placing_and_threshold_dates_unknown:
    'Un modèle de 2 × {systemicRiskPower} FLOP mis sur le marché dont la date de mise sur le marché et la date de franchissement du seuil sont toutes deux inconnues : la notification est due sans tarder et affichée comme en retard (jamais « date inconnue ») ; les deux dates sont des questions ouvertes.',
  scenario_e28_threshold_before_placing_prepare_from:
    'Seuil atteint le 5 janv. 2026, modèle mis sur le marché le 2 févr. 2026 : notification au plus tard le 19 janv. 2026 ; l’article 55 s’applique à compter de la mise sur le marché, avec « se préparer à partir du » 5 janv. 2026 (la lecture antérieure des lignes directrices, signalée).',
  scenario_e28_threshold_on_placing_day_no_prepare_from:
    'Seuil atteint le jour même de la mise sur le marché (10 mars 2026) : l’article 55 s’applique à compter de ce jour, sans date antérieure « se préparer à partir du » ; notification au plus tard le 24 mars 2026.',
  scenario_e28_not_yet_placed_notified_prepare_from:
    'Un modèle entraîné de 1,2 × {systemicRiskPower} FLOP dont la sortie est prévue le 1er mars 2027 a franchi le seuil le 14 sept. 2026 et a été notifié le 21 sept. : la notification est faite ; l’article 55 s’applique à compter de la sortie, « se préparer à partir du » 14 sept. 2026.',
  scenario_e14_open_model_crosses_1e25_after_placement:
    'Un modèle sous Apache-2.0 mis sur le marché le 10 janv. 2026 franchit {systemicRiskPower} FLOP par la poursuite de son entraînement le 16 juin 2026 : l’exemption prend fin ce jour-là, l’article 53, paragraphe 1, points a) et b), et l’article 55 sont donc dus à compter du 16 juin, la notification au plus tard le 30 juin 2026.',
  scenario_r70_placed_on_2_aug_2025_threshold_met_earlier:
    'Un modèle de 3 × {systemicRiskPower} FLOP qui a franchi le seuil le 15 juillet 2025 et a été mis sur le marché le {chapterVApplies} (pas un modèle existant) : la notification était due deux semaines après le {chapterVAppliesShort} — samedi 16 août, donc lundi 18 août 2025.',
  scenario_r70_threshold_met_after_2_aug_2025_own_two_weeks:
    'Un modèle qui a franchi le seuil le mercredi 6 août 2025 et a été mis sur le marché le 1er sept. 2025 : ses propres deux semaines s’appliquent (mercredi 20 août 2025), et non l’attente des lignes directrices au 18 août.',
  scenario_e7_legacy_placed_1_aug_2025_no_august_expectation:
    'Le même modèle que {scenario}, mais mis sur le marché un jour plus tôt, le {legacyLastPlacingDay} : un modèle existant — le {legacyComplianceDeadline} est la limite juridique extrême (signalé), et l’attente des 16/18 août 2025 n’est pas affichée.',
  scenario_e29_legacy_model_crosses_1e25_in_2026:
    'Un modèle mis sur le marché le 3 mars 2025 franchit {systemicRiskPower} FLOP par la poursuite de son entraînement par le même fournisseur le 14 avril 2026 : toujours le cycle de vie du modèle existant, le {legacyComplianceDeadline} est donc la limite juridique extrême (signalé, E29), avec une notification au plus tard le 28 avril 2026 affichée comme recommandée.',
  scenario_e29_legacy_model_crosses_just_after_chapter_v:
    'Un modèle mis sur le marché le 20 juillet 2025 franchit {systemicRiskPower} FLOP le mercredi 6 août 2025, quelques jours après l’entrée en application du chapitre V : E29, et non E7 — limite extrême le {legacyComplianceDeadline}, recommandé le 20 août 2025.',
  scenario_e27_one_billion_parameters_below_criterion_is_gpai:
    'Un modèle de texte entraîné avec 5 × 10^22 FLOP, comptant exactement 1 milliard de paramètres, avec des données d’entraînement vastes et variées et une auto-supervision à grande échelle : les faits indiquent une généralité significative, c’est donc exceptionnellement un modèle d’IA à usage général (signalé).',
  scenario_e27_just_under_one_billion_parameters_criterion_decides:
    'Le même modèle avec 999 999 999 paramètres : pas d’indice de généralité par cette voie, pas d’autres faits, le critère de calcul décide donc — pas un modèle d’IA à usage général.',
  scenario_r8_no_self_supervision_no_broad_indication:
    'Un modèle de texte de 7 milliards de paramètres, sur des données vastes et variées mais sans auto-supervision à grande échelle, à 5 × 10^22 FLOP : les faits de R8 ne sont pas tous réunis, le critère décide donc — pas un modèle d’IA à usage général.',
  scenario_e27_three_distinct_tasks_below_criterion_is_gpai:
    'Un modèle de texte à 5 × 10^22 FLOP qui accomplit trois tâches distinctes (traduction, résumé, réponse à des questions) : exceptionnellement un modèle d’IA à usage général (signalé).',
  scenario_e27_two_distinct_tasks_criterion_decides:
    'Le même modèle n’accomplissant que deux tâches distinctes : pas d’indice de généralité, le critère décide donc — pas un modèle d’IA à usage général.',
  scenario_e27_single_task_wins_over_broad_facts:
    'Un modèle de transcription de la parole de 2 milliards de paramètres, entraîné par auto-supervision sur des données audio vastes et variées, à 10^24 FLOP : il a été conçu pour une seule tâche, et l’indice de spécialisation l’emporte — pas un modèle d’IA à usage général (signalé).',
  scenario_e27_all_facts_unknown_above_criterion:
    'Toutes les questions sur la généralité ont reçu la réponse « je ne sais pas », modèle de texte à 2 × {gpaiPower} FLOP : le critère décide — un modèle d’IA à usage général.',
  scenario_e27_all_facts_unknown_below_criterion:
    'Les mêmes inconnues à 5 × 10^22 FLOP : le critère décide — pas un modèle d’IA à usage général.',
  scenario_r10_audio_without_speech_fails_modality:
    'Un modèle dont la seule sortie est de l’audio sans parole (sons, musique), 2 × 10^24 FLOP, aucun autre fait : l’audio ne compte comme langage que s’il contient de la parole, le critère n’est donc pas rempli — pas un modèle d’IA à usage général.',
  scenario_r10_speech_output_counts_as_language:
    'Un modèle qui produit de la parole, 2 × 10^24 FLOP, aucun autre fait : l’audio contenant de la parole est du langage, le critère est donc rempli — un modèle d’IA à usage général.',
  scenario_r10_text_to_speech_single_task:
    'Un modèle de synthèse vocale (sortie parlée, 10^24 FLOP) conçu pour cette seule tâche : l’exemple de modèle spécialisé donné par la Commission — pas un modèle d’IA à usage général (signalé).',
  scenario_r10_image_to_image_only_fails_modality:
    'Un modèle qui ne fait que retoucher des images (image-vers-image : agrandissement, complétion d’image), 2 × 10^24 FLOP, aucun autre fait : la sortie d’images ne compte que si elle est générée à partir de texte, le critère n’est donc pas rempli.',
  scenario_r10_upscaling_single_task:
    'Un modèle d’agrandissement d’images à 10^24 FLOP, conçu pour cette seule tâche : pas un modèle d’IA à usage général.',
  scenario_r10_text_to_image_with_editing_meets_modality:
    'Un modèle qui génère des images à partir de texte et retouche aussi des images, 2 × 10^24 FLOP, aucun autre fait : le texte-vers-image remplit la moitié du critère relative à la modalité, le critère est donc rempli — un modèle d’IA à usage général.',
  scenario_e8_non_eu_internal_use_outside_eu_not_placed:
    'Un fournisseur établi hors de l’UE utilise son modèle de 2 × {systemicRiskPower} FLOP uniquement en interne, hors de l’UE, et ne le met à disposition nulle part dans l’Union : pas de mise sur le marché de l’Union, donc aucune obligation au titre du règlement.',
  scenario_e8_internal_use_in_and_outside_eu_systemic_risk:
    'Le même fournisseur établi hors de l’UE utilise le modèle en interne à la fois dans l’UE et hors de l’UE : il existe un lien avec l’Union, la lecture E8 s’applique donc — traité comme fournisseur (signalé), notification au plus tard le 16 févr. 2026.',
  scenario_e8_internal_use_location_unknown_read_as_eu:
    'Le même fournisseur ne sait pas où a lieu l’usage interne : interprété comme ayant lieu dans l’UE (prudent), traité comme fournisseur (signalé), et le lieu est une question ouverte.',
  scenario_r17_decisions_about_people_outside_eu_not_placed:
    'Une entreprise établie hors de l’UE utilise en interne, hors de l’UE, son propre modèle généraliste pour prendre des décisions concernant ses clients locaux : l’usage n’affecte personne dans l’Union, le modèle n’est donc pas mis sur le marché de l’Union.',
  scenario_e30_hobbyist_with_a_price_is_provider:
    'Une personne se présentant comme amateur publie un modèle généraliste de 2 × {gpaiPower} FLOP sur une plateforme et en demande un prix : le prix est un fait d’activité commerciale, la description est donc écartée — fournisseur (et le rapport explique pourquoi).',
  scenario_e30_hobbyist_runs_an_api_business:
    'Une personne se présentant comme amateur propose un modèle généraliste par une API exploitée comme une entreprise : fournisseur, la description est écartée.',
  scenario_r22_hobbyist_regular_supply:
    'Une personne se présentant comme amateur fournit régulièrement un modèle généraliste à d’autres, et non de manière ponctuelle : la fourniture régulière est un fait d’activité commerciale — fournisseur.',
  scenario_e30_hobbyist_public_release_above_1e25:
    'Une personne se présentant comme amateur publie, gratuitement et sous Apache-2.0, un modèle entraîné avec 2 × {systemicRiskPower} FLOP : une publication au-delà de {systemicRiskPower} est appréciée comme une mise à disposition — fournisseur d’un modèle présentant un risque systémique, pas d’exemption.',
  scenario_e30_research_lab_with_other_monetisation:
    'Un laboratoire de recherche propose son modèle généraliste sur une plateforme avec des formules payantes liées à l’accès : la monétisation est un fait d’activité commerciale — fournisseur, la description « recherche » est écartée.',
  scenario_e11_hobbyist_no_commercial_facts:
    'Un amateur publie un modèle généraliste de 2 × {gpaiPower} FLOP sur une plateforme et répond qu’il n’y a ni prix, ni monétisation, ni entreprise, ni fourniture régulière : le plus défendable est qu’il n’y a pas de mise sur le marché (signalé).',
  scenario_r90_modification_compute_unknown_conservative:
    'L’auteur du réglage fin d’un modèle de 3 × 10^24 FLOP ne connaît pas la quantité de calcul de son propre réglage fin : jamais tranché en sa faveur — interprété comme fournisseur du modèle modifié (obligations limitées à la modification), signalé, la quantité de calcul étant une question ouverte.',
  scenario_r90_modification_compute_unknown_sr_original:
    'L’auteur du réglage fin d’un modèle présentant un risque systémique de 3 × {systemicRiskPower} FLOP, calcul propre inconnu, mis sur le marché le jeudi 15 janv. 2026 : interprétation prudente — fournisseur d’un modèle modifié présentant un risque systémique (signalé) ; faute de date de franchissement du seuil, la notification était due au plus tard le jeudi 29 janv. 2026.',
  scenario_r91_modifier_acting_for_the_original_provider:
    'Une entreprise affine un modèle de 3 × 10^24 FLOP avec 2 × 10^24 FLOP pour le compte du fournisseur initial : pas un modificateur en aval — la modification fait partie du cycle de vie du modèle d’origine, l’entreprise n’est donc pas fournisseur.',
  scenario_r91_developer_for_a_client_under_the_client_name:
    'Une société entraîne un modèle généraliste pour un client, qui le met sur le marché sous son propre nom : le client est le fournisseur, la société ne l’est pas.',
  scenario_r91_on_behalf_unknown_conservative:
    'L’auteur d’un réglage fin au-delà d’un tiers ne sait pas s’il agit pour le compte du fournisseur initial : interprété comme agissant pour son propre compte (prudent) — fournisseur du modèle modifié, la question restant ouverte.',
  scenario_r91_name_on_model_unknown_conservative:
    'Un développeur ne sait pas sous quel nom le modèle sera mis à disposition : interprété comme son propre nom (prudent) — fournisseur, la question restant ouverte.',
  scenario_r92_ten_thousand_business_users_designation_risk:
    'Un modèle de 5 × 10^24 FLOP mis à la disposition d’au moins 10 000 utilisateurs professionnels enregistrés dans l’UE : l’annexe XIII présume un impact élevé, le rapport avertit donc du risque de désignation — mais aucune obligation liée au risque systémique ne naît sans désignation.',
  scenario_r92_fewer_business_users_no_change:
    'Le même modèle avec moins de 10 000 utilisateurs professionnels enregistrés dans l’UE : les obligations restent celles de l’article 53.',
  scenario_r38_designated_after_placement:
    'Un modèle de 5 × 10^24 FLOP comptant au moins 10 000 utilisateurs professionnels dans l’UE, mis sur le marché le 10 janv. 2026, désigné (fournisseur informé le 16 juin 2026) : l’article 55 s’applique à compter du 16 juin, l’échéance de mise en conformité est cette date ultérieure, pas de notification au titre de l’article 52, paragraphe 1, réévaluation à partir du 16 déc. 2026.',
  scenario_r93_integrator_signposts:
    'Un intégrateur qui s’appuie sur l’API du modèle d’un tiers n’a aucune obligation relative au modèle ; le rapport mentionne les obligations relatives aux systèmes d’IA qu’il n’évalue pas : article 50, paragraphe 1, article 50, paragraphe 2, à partir du dimanche {finesApplyShort}, la vérification du haut risque, les informations de l’annexe XII qu’il peut demander, le droit de plainte.',
  scenario_r93_own_system_systemic_risk_provider:
    'Un fournisseur exploite son propre modèle de 1,2 × {systemicRiskPower} FLOP dans son propre agent conversationnel : toutes les obligations relatives au modèle s’appliquent, et les obligations relatives aux systèmes d’IA sont signalées, non évaluées.',
  scenario_r93_modifier_below_threshold_signposts:
    'Un réglage fin de {gpaiPower} FLOP sur un modèle de 3 × 10^24 FLOP reste sous le tiers : aucune obligation relative au modèle, et le rapport mentionne les obligations relatives aux systèmes d’IA plutôt que « rien ne s’applique ».',
  scenario_e24_unmodified_open_weights_of_an_sr_model:
    'Une entreprise exécute, dans son propre produit, les poids ouverts non modifiés d’un modèle présentant un risque systémique : toujours pas fournisseur du modèle (c’est celui qui les a publiés) ; les signalements relatifs aux systèmes d’IA sont affichés.',
  scenario_r94_provider_enforcement_section:
    'Un fournisseur établi hors de l’UE d’un modèle de 1,2 × {systemicRiskPower} FLOP : le rapport expose une seule fois les pouvoirs d’exécution de la Commission — demandes d’informations (article 91), évaluations (article 92), mesures (article 93) et amendes au titre de l’article 101, paragraphe 1, points a) à d), jusqu’à {fineShare} ou {fineMillions} millions d’EUR — à partir du {finesApplyShort}.',
  scenario_r56_r63_annex_xi_section_2_is_documentation:
    'Pour un modèle présentant un risque systémique, l’annexe XI, section 2 (évaluations, essais contradictoires), fait partie de la documentation prévue à l’article 53, paragraphe 1, point a), et non de l’obligation d’évaluation de l’article 55, paragraphe 1, point a) ; la section 1 comprend ce que le modèle optimise et le nombre de points de données.',
  scenario_r56_section_1_items_non_sr:
    'Pour un modèle sans risque systémique, la documentation prévue à l’article 53, paragraphe 1, point a), énumère toujours les éléments ajoutés à la section 1 : ce que le modèle optimise et les points de données utilisés.',
  scenario_r62_signatory_still_owes_notification:
    'Un signataire de l’ensemble du code de bonnes pratiques dont le modèle a franchi {systemicRiskPower} le 17 juin 2026 et qui n’en a pas informé la Commission : la notification ne relève d’aucun chapitre du code et la signature ne prouve pas qu’elle a été faite — en retard.',
  scenario_r61_authorised_representative_appointed_done:
    'Un fournisseur établi hors de l’UE qui a désigné son mandataire dans l’Union par mandat écrit : l’article 54 apparaît comme fait, avec renvoi aux lignes directrices, section 3.1.',
  scenario_r61_authorised_representative_missing_overdue:
    'Un fournisseur établi hors de l’UE, dont le modèle a été mis sur le marché le 10 janv. 2026 et qui n’a pas désigné de mandataire : l’article 54 l’exigeait avant la mise sur le marché, c’est donc en retard.',
  scenario_r61_representative_before_planned_placing_upcoming:
    'Un fournisseur établi hors de l’UE qui prévoit une mise sur le marché le 1er mars 2027 n’a pas encore désigné de mandataire : dû avant la mise sur le marché, donc à venir, pas en retard.',
  scenario_steps_taken_mixed_answers:
    'Un fournisseur dont le modèle a été mis sur le marché le 10 janv. 2026 a établi sa documentation et son résumé du contenu d’entraînement, n’a pas fourni d’informations aux fournisseurs en aval et ne sait pas où en est sa politique en matière de droit d’auteur : fait, fait, en retard et en vigueur (statut selon les dates).',
  scenario_steps_taken_legacy_not_overdue_before_2027:
    'Un modèle existant mis sur le marché le 3 mars 2025, encore sans documentation technique, évalué le 30 nov. 2026 : l’obligation doit être remplie au plus tard le {legacyComplianceDeadlineShort}, elle n’est donc pas en retard.',
  scenario_r13_later_version_keeps_first_placing_date:
    'Une version ultérieure d’un modèle mis sur le marché pour la première fois le 3 mars 2025, par le même fournisseur : même cycle de vie, donc toujours un modèle existant, à mettre en conformité au plus tard le {legacyComplianceDeadlineShort}.',
  scenario_r13_new_pre_training_run_is_a_new_model:
    'Un nouvel entraînement préalable de grande ampleur par le même fournisseur, mis sur le marché le 4 mai 2026 : un nouveau modèle, avec des obligations à compter de sa propre mise sur le marché.',
  scenario_r14_consortium_coordinator_is_provider:
    'Le coordinateur d’un consortium qui développe un modèle généraliste et le met sur le marché : le fournisseur.',
  scenario_r14_consortium_role_unknown:
    'Un participant à un consortium qui ne sait pas s’il en est le coordinateur : interprété comme coordinateur (prudent) — fournisseur, la question restant ouverte.',
  scenario_r18_supplied_to_a_downstream_integrator_in_eu:
    'Un développeur fournit pour la première fois son modèle généraliste à une autre entreprise dans l’UE, qui l’intègre dans son système d’IA : c’est une mise sur le marché, et le développeur est le fournisseur du modèle.',
};
