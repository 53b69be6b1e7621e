import type { Messages } from '../../message-id';
import type { rules as en } from '../en/rules';

/** The rules reference (RULES.md rev. 2) in French: see the English area for the keys. */
export const rules: Messages<typeof en> = {
  // Sections of the reference
  sectionScope: 'Champ d’application et définitions',
  sectionGpai: 'Le modèle est-il un modèle d’IA à usage général ?',
  sectionProvider: 'L’utilisateur est-il le fournisseur ? (mise sur le marché)',
  sectionModifiers: 'Acteurs en aval qui modifient un modèle',
  sectionSystemicRisk: 'Risque systémique',
  sectionCompute: 'Estimation du calcul d’entraînement (annexe des lignes directrices)',
  sectionOpenSource: 'Exemption applicable aux modèles sous licence libre et ouverte',
  sectionObligations: 'Obligations (qui doit quoi)',
  sectionTimeline: 'Calendrier et dispositions transitoires',
  sectionEnforcement: 'Contrôle de l’application, amendes, code de bonnes pratiques',
  sectionTemplate: 'Modèle de résumé du contenu utilisé pour l’entraînement',
  sectionChanges: 'Modifications intervenues en 2025–2026',
  sectionArticle25: 'Article 25 (chaîne de valeur) — note sur sa pertinence',
  sectionAddedRev2: 'Ajouts de la révision 2',
  sectionEdgeCases: 'Cas limites et ambiguïtés',
  // R1
  r1: 'Un modèle est un modèle d’IA à usage général s’il présente une « généralité significative », est capable d’exécuter « de manière compétente » un large éventail de tâches distinctes et peut être intégré dans une variété de systèmes en aval, quelle que soit la manière dont il est mis sur le marché → le chapitre V s’applique à son fournisseur dès sa mise sur le marché.',
  r1Source: 'Article 3, point 63).',
  // R2
  r2: 'Un modèle utilisé uniquement pour des activités de recherche, de développement ou de prototypage avant sa mise sur le marché est exclu de la définition du modèle d’IA à usage général → aucune obligation au titre du chapitre V jusqu’à sa mise sur le marché, à une exception près : lorsque le modèle est destiné à être mis sur le marché (une date n’a pas besoin d’être arrêtée) et que la quantité cumulée de calcul utilisée pour son entraînement dépasse 10^25 FLOP, ou qu’il est établi qu’elle les dépassera, la notification prévue à l’article 52, paragraphe 1, est due avant la mise sur le marché (R88). Seul un modèle qu’il n’est pas prévu de mettre sur le marché reste entièrement en dehors.',
  r2Source:
    'Article 3, point 63) (dernier membre de phrase) ; article 2, paragraphe 8 ; considérant 97, dernières phrases ; article 52, paragraphe 1 ; considérant 112 ; lignes directrices, section 2.3.2.',
  // R3
  r3: 'Les modèles d’IA (et leurs sorties) spécifiquement développés et mis en service à la seule fin de la recherche et du développement scientifiques → entièrement hors du champ du règlement. Les essais en conditions réelles ne relèvent pas de l’exclusion en faveur de la recherche et du développement.',
  r3Source:
    'Article 2, paragraphes 6 et 8 ; considérant 109 (les personnes qui développent ou utilisent des modèles à des fins de recherche non professionnelles ou scientifiques ne sont pas tenues de s’y conformer).',
  // R4
  r4: 'Le règlement s’applique aux fournisseurs qui mettent sur le marché de l’Union des modèles d’IA à usage général, qu’ils soient ou non établis dans l’Union.',
  r4Source: 'Article 2, paragraphe 1, point a) ; lignes directrices, section 3.1.',
  // R5
  r5: 'Fournisseur = personne ou organisme qui développe ou fait développer un modèle d’IA à usage général et le met sur le marché sous son propre nom ou sa propre marque, à titre onéreux ou gratuit. Mise sur le marché = première mise à disposition sur le marché de l’Union ; mise à disposition = fourniture destinée à être distribuée ou utilisée « dans le cadre d’une activité commerciale », à titre onéreux ou gratuit.',
  r5Source: 'Article 3, points 3), 9) et 10).',
  // R6
  r6: 'Les lignes directrices ne sont pas contraignantes, mais elles fondent l’action de la Commission en matière de contrôle de l’application ; une appréciation au cas par cas est toujours nécessaire.',
  r6Source: 'Lignes directrices, point 9.',
  // R7
  r7: 'Critère indicatif : calcul d’entraînement strictement supérieur à 10^23 FLOP et capacité du modèle à générer du langage (texte — y compris du code — ou audio — y compris de la parole), de l’image à partir de texte ou de la vidéo à partir de texte → le modèle est présumé être un modèle d’IA à usage général.',
  r7Source: 'Lignes directrices, point 17, notes 2 et 3.',
  // R8
  r8: '10^23 FLOP ≈ calcul généralement utilisé pour entraîner un modèle d’environ 1 milliard de paramètres sur un vaste jeu de données ; les modèles comptant ≥1 milliard de paramètres, entraînés sur de grandes quantités de données au moyen d’une autosupervision à grande échelle, sont considérés comme présentant une généralité significative. Ce sont des faits auxquels l’utilisateur peut répondre (nombre de paramètres, volume et diversité des données d’entraînement, objectif d’entraînement, tâches distinctes que le modèle exécute) ; le moteur les demande au lieu de demander à l’utilisateur si le modèle est « général », et en déduit la dérogation prévue à R9 (E27).',
  r8Source: 'Lignes directrices, point 18 ; considérant 98.',
  // R9
  r9: 'Le critère est réfragable dans les deux sens : un modèle qui le remplit mais qui, exceptionnellement, ne présente pas de généralité significative / de compétence pour un large éventail de tâches n’est pas un modèle d’IA à usage général ; un modèle qui ne le remplit pas mais qui, exceptionnellement, présente ces caractéristiques est un modèle d’IA à usage général.',
  r9Source: 'Lignes directrices, section 2.1 (alinéa suivant le point 19, avant les exemples).',
  // R10
  r10: 'Exemples de la Commission : modèle de langage naturel polyvalent à 10^24 → modèle d’IA à usage général. Pas un modèle d’IA à usage général (même à 10^24 FLOP) lorsque le modèle ne peut accomplir qu’une tâche étroite : transcription de la parole, synthèse vocale, augmentation de la résolution d’images, complétion d’images (inpainting), jeu d’échecs ou jeu vidéo, modélisation météorologique ou de systèmes physiques, génération de musique à partir d’instructions y compris les paroles, génération d’effets sonores avec une parole de faible qualité. Le « langage » couvre le texte et l’audio contenant de la parole : une sortie audio sans parole (musique, effets sonores) ne remplit pas à elle seule le volet « modalité » de R7. Un modèle de texte à 10^22 incapable d’exécuter un large éventail de tâches → pas un modèle d’IA à usage général.',
  r10Source: 'Lignes directrices, section 2.1, exemples ; lignes directrices, point 17, note.',
  // R11
  r11: 'Les modèles qui ne peuvent générer ni langage, ni image à partir de texte, ni vidéo à partir de texte (par exemple agents de jeu, modèles météorologiques, classificateurs) → selon le critère, pas un modèle d’IA à usage général (sous réserve de R9).',
  r11Source: 'Lignes directrices, points 17 et 19, section 2.1, exemples.',
  // R12
  r12: 'Pour le critère des 10^23 (et pour le critère du tiers appliqué aux modifications lorsque le modèle n’est pas un modèle d’IA à usage général présentant un risque systémique), le « calcul d’entraînement » = le calcul contribuant directement à la mise à jour des paramètres (et non le calcul cumulé).',
  r12Source: 'Lignes directrices, annexe A.1, point 115.',
  // R13
  r13: 'Cycle de vie : le cycle de vie d’un modèle commence avec sa grande phase de pré-entraînement ; tout développement ultérieur réalisé par le même fournisseur ou pour son compte (réglage fin, post-entraînement, distillation, quantification, fusion de poids), avant ou après la mise sur le marché, concerne le même modèle. Une nouvelle grande phase de pré-entraînement = un nouveau modèle. La documentation doit être tenue à jour tout au long du cycle de vie ; une seule politique en matière de droit d’auteur peut couvrir tous les modèles ; un résumé du contenu d’entraînement est requis pour chaque modèle mis sur le marché ; l’évaluation du risque systémique est continue.',
  r13Source: 'Lignes directrices, section 2.2 et note 5 ; considérants 114 et 115.',
  // R14
  r14: 'L’acteur A développe le modèle et le met sur le marché → A est le fournisseur. A le fait développer par B pour son compte et A le met sur le marché → A est le fournisseur. A le téléverse sur un dépôt hébergé par C → A est le fournisseur (l’hébergeur C ne l’est pas). Consortium → en général le coordinateur (ou le consortium), au cas par cas.',
  r14Source: 'Lignes directrices, section 3.1.1.',
  // R15
  r15: 'La première mise à disposition sur le marché de l’Union par l’un des moyens suivants constitue une mise sur le marché : bibliothèque ou paquet logiciel ; API ; téléversement dans un catalogue, une plateforme ou un dépôt publics en vue d’un téléchargement direct ; copie physique ; service d’informatique en nuage ; copie sur l’infrastructure propre d’un client ; intégration dans un agent conversationnel proposé via une interface web ; intégration dans une application mobile proposée via des magasins d’applications ; utilisation pour des processus internes essentiels à la fourniture d’un produit ou d’un service à des tiers ou qui affectent les droits de personnes physiques dans l’Union. À lire à la lumière du Guide bleu, au cas par cas.',
  r15Source: 'Lignes directrices, section 3.1.2 ; considérant 97.',
  // R16
  r16: 'Un fournisseur qui intègre son propre modèle d’IA à usage général dans son propre système d’IA mis à disposition sur le marché ou mis en service → le modèle est réputé mis sur le marché ; les obligations relatives au modèle s’appliquent en plus de celles relatives au système.',
  r16Source: 'Considérant 97 ; lignes directrices, section 3.1.3.',
  // R17
  r17: 'Modèle propre utilisé pour des processus purement internes, non essentiels à la fourniture d’un produit ou d’un service à des tiers et n’affectant pas les droits des personnes physiques → les obligations relatives au modèle ne s’appliquent pas. Le considérant 97 ajoute toutefois que les modèles d’IA à usage général présentant un risque systémique devraient « toujours » être soumis aux obligations (voir le cas limite E8). Cette phrase n’étend pas la portée territoriale du règlement : l’utilisation interne ne compte que si elle a lieu sur le marché de l’Union ou affecte des personnes dans l’Union ; un fournisseur établi hors de l’Union qui utilise un modèle uniquement en interne hors de l’Union ne l’a pas mis sur le marché de l’Union (article 2, paragraphe 1, point a), et article 3, point 9) ; R20).',
  r17Source:
    'Considérant 97 ; lignes directrices, section 3.1.2 (a contrario) ; article 2, paragraphe 1, point a).',
  // R18
  r18: 'Un acteur en amont met pour la première fois son modèle à la disposition d’un acteur en aval sur le marché de l’Union → modèle mis sur le marché ; l’acteur en amont = fournisseur du modèle ; l’intégrateur en aval = fournisseur du seul système d’IA.',
  r18Source: 'Lignes directrices, section 3.1.3.',
  // R19
  r19: 'Un acteur en amont met le modèle à la disposition d’un acteur en aval hors de l’Union, qui l’intègre dans un système d’IA mis sur le marché ou mis en service dans l’Union → le modèle est réputé mis sur le marché de l’Union lorsque ce système l’est ; l’acteur en amont est le fournisseur du modèle, sauf s’il a exclu la distribution et l’utilisation dans l’Union « de manière claire et non équivoque » (y compris l’intégration dans des systèmes destinés à l’Union) ; dans ce cas, l’intégrateur en aval devient le fournisseur du modèle.',
  r19Source: 'Lignes directrices, section 3.1.3.',
  // R20
  r20: 'Modèle jamais mis à disposition dans l’Union (et non intégré dans un système mis sur le marché ou utilisé dans l’Union) → pas mis sur le marché de l’Union → pas fournisseur de ce modèle au sens du règlement.',
  r20Source: 'Article 2, paragraphe 1, point a), et article 3, point 9) ; lignes directrices, section 3.1.',
  // R21
  r21: 'Un acteur qui se contente d’appeler le modèle d’un tiers (API ou poids non modifiés) pour construire un système d’IA est un fournisseur en aval d’un système d’IA (article 3, point 68)), et non le fournisseur d’un modèle d’IA à usage général ; il peut introduire une plainte auprès du Bureau de l’IA concernant une infraction commise par un fournisseur de modèle d’IA à usage général.',
  r21Source: 'Article 3, point 68), et article 89, paragraphe 2 ; lignes directrices, section 3.1.3.',
  // R22
  r22: 'La « mise à disposition » suppose une activité commerciale (à titre onéreux ou gratuit) ; les lignes directrices renvoient au Guide bleu. Selon l’interprétation la plus défendable, la fourniture occasionnelle et non professionnelle par un particulier ne relève pas de la « mise sur le marché » (voir E11). L’étiquette choisie par l’utilisateur n’en décide pas : un prix ou une autre forme de monétisation, une API ou une application proposée dans un cadre commercial, ou une fourniture régulière sont des faits d’activité commerciale qui font de la fourniture une « mise à disposition », quel qu’en soit l’auteur ; ils l’emportent sur une autodescription d’amateur ou de chercheur.',
  r22Source:
    'Article 3, point 10) ; lignes directrices, section 3.1.2 (renvoi au Guide bleu) ; considérant 109. Libellé du Guide bleu lui-même NON VÉRIFIÉ (non consulté).',
  // R23
  r23: 'Un acteur en aval (qui n’est pas le fournisseur initial et n’agit pas pour son compte) qui modifie — y compris par réglage fin — un modèle d’IA à usage général ne devient fournisseur du modèle modifié que si la modification entraîne un changement significatif de la généralité, des capacités ou du risque systémique.',
  r23Source: 'Lignes directrices, points 57 à 59 ; considérant 97.',
  // R24
  r24: 'Critère indicatif pour R23 : calcul utilisé pour la modification > un tiers du calcul d’entraînement du modèle initial. Exactement un tiers ne remplit pas le critère. (Moteur : comparer `3 × modificationCompute > originalCompute` pour éviter les erreurs de virgule flottante.)',
  r24Source: 'Lignes directrices, point 60.',
  // R25
  r25: 'Si l’auteur de la modification ne peut ni connaître ni estimer le calcul du modèle initial : seuil = 1/3 × 10^25 (≈ 3,33×10^24 FLOP) lorsque le modèle initial est un modèle d’IA à usage général présentant un risque systémique ; à défaut, 1/3 × 10^23 (≈ 3,33×10^22 FLOP).',
  r25Source: 'Lignes directrices, point 61.',
  // R26
  r26: 'Le seuil est relatif afin de ne pas décourager la modification de petits modèles ; peu de modifications l’atteignent aujourd’hui ; l’approche est prospective et susceptible d’évoluer.',
  r26Source: 'Lignes directrices, section 3.2 (point 63 et points voisins).',
  // R27
  r27: 'La question de savoir qui est l’auteur de la modification (fournisseur initial ou acteur en aval) s’apprécie au cas par cas ; le contrôle des poids est un facteur important, par exemple pour un réglage fin via une API.',
  r27Source: 'Lignes directrices, note 12.',
  // R28
  r28: 'Pour l’auteur d’une modification qui devient fournisseur, les obligations de l’article 53 sont limitées à la modification : documentation relative à la modification ; politique en matière de droit d’auteur et résumé public du contenu d’entraînement couvrant les données utilisées pour la modification. Il doit également respecter l’article 54 (s’il est établi hors de l’Union).',
  r28Source: 'Considérant 109 ; lignes directrices, section 3.2.1.',
  // R29
  r29: 'L’auteur d’une modification qui devient fournisseur d’une modification d’un modèle d’IA à usage général présentant un risque systémique → le modèle modifié est présumé disposer de capacités à fort impact → modèle d’IA à usage général présentant un risque systémique ; l’auteur de la modification doit procéder à la notification prévue à l’article 52, paragraphe 1, et respecter l’article 55.',
  r29Source: 'Lignes directrices, section 3.2.2, point 67 ; lignes directrices, notes 6 et 7.',
  // R30
  r30: 'Une modification inférieure au seuil → l’auteur de la modification n’est pas fournisseur d’un modèle d’IA à usage général ; le fournisseur initial reste le fournisseur du modèle initial.',
  r30Source: 'Lignes directrices, section 3.2.',
  // R31
  r31: 'Un modèle d’IA à usage général présente un risque systémique a) s’il dispose de capacités à fort impact (capacités égales ou supérieures à celles des modèles les plus avancés) ou b) si la Commission le désigne (d’office ou à la suite d’une alerte qualifiée du groupe scientifique) comme ayant des capacités ou un impact équivalents au regard de l’annexe XIII.',
  r31Source: 'Article 51, paragraphe 1 ; article 3, points 64) et 65).',
  // R32
  r32: 'Présomption : quantité cumulée de calcul utilisée pour l’entraînement strictement supérieure à 10^25 FLOP → capacités à fort impact présumées.',
  r32Source: 'Article 51, paragraphe 2.',
  // R33
  r33: 'La quantité cumulée de calcul utilisée pour l’entraînement comprend tout ce qui a contribué aux capacités : pré-entraînement, réglage fin/apprentissage par renforcement, génération de données synthétiques non publiques (tous les échantillons générés, y compris ceux écartés) et calcul ayant servi à entraîner des poids préexistants fusionnés ou utilisés pour l’initialisation. Sont exclus : la génération de données synthétiques accessibles au public ; les évaluations et les essais de type « red teaming » ; la recherche exploratoire / les expériences infructueuses et abandonnées ; l’entraînement de modèles enseignants pour la distillation ; l’entraînement de modèles auxiliaires (modèles de récompense, fonctions de valeur) ; le recalcul des activations.',
  r33Source: 'Considérant 111 ; lignes directrices, annexe A.1, points 116 et suivants.',
  // R34
  r34: 'La classification s’applique dès qu’une condition de l’article 51, paragraphe 1, est remplie. La question de savoir si les obligations de l’article 55 s’imposent avant la mise sur le marché du modèle est controversée : les lignes directrices les font courir à partir de ce moment ; l’article 3, points 3) et 63), rattache les obligations du fournisseur à la mise sur le marché. Moteur : l’article 52, paragraphe 1, court à partir de la date de franchissement du seuil (R35) ; présenter l’article 55 comme applicable au plus tard à partir de la mise sur le marché, « se préparer à partir » de la date de franchissement du seuil, et signaler la lecture plus précoce comme une ambiguïté (E28).',
  r34Source:
    'Lignes directrices, point 26 (cité ici auparavant comme point 27 ; le numéro est déduit des renvois internes des lignes directrices — NON VÉRIFIÉ au regard du PDF officiel).',
  // R35
  r35: 'Notification : sans tarder et en tout état de cause dans un délai de deux semaines après que le seuil est atteint ou qu’il devient notoire qu’il le sera, calculée selon R87 (un délai expirant un samedi, un dimanche ou un jour férié est reporté au jour ouvrable suivant) ; peut être due avant la fin de l’entraînement et avant qu’une date de mise sur le marché ne soit arrêtée (R88) ; les fournisseurs devraient estimer le calcul avant la grande phase de pré-entraînement et poursuivre la surveillance s’il reste inférieur au seuil. Lorsque la date à laquelle le seuil a été atteint est inconnue mais que le modèle est déjà mis sur le marché, voir R89.',
  r35Source: 'Article 52, paragraphe 1 ; considérant 112 ; lignes directrices, section 2.3.2.',
  // R36
  r36: 'La notification doit contenir l’estimation du calcul (en FLOP, à deux chiffres significatifs) et la méthode d’estimation.',
  r36Source: 'Article 52, paragraphe 1 ; lignes directrices, point 31.',
  // R37
  r37: 'Contestation de la présomption : le fournisseur peut faire valoir, avec la notification, que le modèle ne présente exceptionnellement pas de risque systémique ; la charge de la preuve lui incombe ; les arguments fondés sur des mesures d’atténuation ne sont pas admis ; les obligations ne sont pas suspendues pendant l’examen. En cas de rejet → risque systémique à compter du moment où la condition a été remplie. En cas d’acceptation → les obligations liées au risque systémique prennent fin lorsque le fournisseur en est informé ; nouvelle notification en cas de changement substantiel ou si la décision reposait sur des informations incomplètes ou inexactes ; une désignation reste possible.',
  r37Source: 'Article 52, paragraphes 2 et 3 ; lignes directrices, section 2.3.3.',
  // R38
  r38: 'Désignation : la Commission peut désigner un modèle sur la base des critères de l’annexe XIII (paramètres ; taille du jeu de données ; calcul ou indicateurs indirects tels que coût/durée/énergie ; modalités ; critères de référence y compris autonomie, extensibilité, accès à des outils ; portée — présumée à partir de ≥10 000 utilisateurs professionnels enregistrés dans l’Union (R92) ; nombre d’utilisateurs finaux enregistrés). Les obligations s’appliquent à partir du moment où le fournisseur est informé de la désignation. Si le modèle remplissait l’article 51, paragraphe 1, point a), et que le fournisseur n’a pas procédé à la notification, la Commission peut le désigner et les obligations courent à partir du moment où la condition a été remplie ; amende possible au titre de l’article 101.',
  r38Source:
    'Article 51, paragraphe 1, point b), article 52, paragraphe 1, dernière phrase, et article 52, paragraphe 4 ; annexe XIII ; lignes directrices, section 2.3.4.',
  // R39
  r39: 'Un fournisseur dont le modèle a été désigné peut demander une réévaluation au plus tôt 6 mois après la désignation (et de nouveau au plus tôt 6 mois après un refus), en invoquant des motifs objectifs, détaillés et nouveaux.',
  r39Source: 'Article 52, paragraphe 5 ; lignes directrices, section 2.3.5.',
  // R40
  r40: 'La Commission publie et tient à jour une liste des modèles d’IA à usage général présentant un risque systémique.',
  r40Source: 'Article 52, paragraphe 6.',
  // R41
  r41: 'Les seuils peuvent être modifiés par acte délégué (article 51, paragraphe 3) ; il en va de même des critères de l’annexe XIII (article 52, paragraphe 4). Dans le texte consolidé du 27 juillet 2026, le seuil est toujours de 10^25 ; aucun acte délégué le modifiant n’a été trouvé (NON VÉRIFIÉ pour les dates ultérieures).',
  r41Source: 'Article 51, paragraphe 3, article 52, paragraphe 4, et article 97, paragraphe 2.',
  // R42
  r42: 'Deux acceptions du « calcul d’entraînement » : aux fins autres que le risque systémique (R7, R24), le calcul contribuant directement à la mise à jour des paramètres ; pour déterminer si un modèle présente un risque systémique, le calcul cumulé (R33).',
  r42Source: 'Lignes directrices, annexe A.1, points 115 et 116.',
  // R43
  r43: 'Toute méthode d’estimation est acceptable si, selon la meilleure appréciation du fournisseur, elle est exacte avec une marge d’erreur globale de 30 % ; les hypothèses, la méthode et les incertitudes doivent être documentées.',
  r43Source: 'Lignes directrices, annexe A.2.',
  // R44
  r44: 'Méthode fondée sur le matériel : C = N (nombre de GPU/unités) × L (secondes utilisées) × H (débit théorique maximal en FLOP/s, moyenne pondérée en cas de matériel mixte) × U (taux d’utilisation moyen) ; additionner par période si N varie.',
  r44Source: 'Lignes directrices, annexe A.2.1.',
  // R45
  r45: 'Méthode fondée sur l’architecture : C = nombre de passes complètes (avant + arrière) × opérations par passe ; pour les grands transformeurs denses, C ≈ 6·P·D (P = paramètres, D = jetons d’entraînement ; « grand » = P très supérieur à 1/12 de la longueur de contexte en jetons).',
  r45Source: 'Lignes directrices, annexe A.2.2, notes 13 et 14.',
  // R46
  r46: 'Toutes les opérations comptent de la même manière, quelle que soit la précision en virgule flottante.',
  r46Source: 'Lignes directrices, annexe A.2.',
  // R47
  r47: 'Points de référence : pour huit modèles d’environ 0,6 à 3,8 milliards de paramètres, le calcul a été estimé entre 7,5×10^22 et 6,5×10^23 FLOP (par exemple 3,8 milliards de paramètres × 3 300 milliards de jetons ≈ 7,5×10^22 ; modèle de diffusion d’images à 1 milliard de paramètres ≈ 10^23).',
  r47Source: 'Lignes directrices, annexe A.3.',
  // R48
  r48: 'Les fournisseurs de modèles publiés dans le cadre d’une licence libre et ouverte permettant de consulter, d’utiliser, de modifier et de distribuer le modèle, et dont les paramètres, y compris les poids, les informations sur l’architecture du modèle et les informations sur l’utilisation du modèle, sont rendus publics, sont exemptés de l’article 53, paragraphe 1, point a), de l’article 53, paragraphe 1, point b), et de l’article 54 — sauf si le modèle est un modèle d’IA à usage général présentant un risque systémique.',
  r48Source:
    'Article 53, paragraphe 2, et article 54, paragraphe 6 ; considérants 102 et 104 ; lignes directrices, section 4.1.',
  // R49
  r49: 'L’exemption ne couvre jamais l’article 53, paragraphe 1, point c) (politique en matière de droit d’auteur, y compris le respect des réservations de droits au titre de l’article 4, paragraphe 3, de la directive (UE) 2019/790) ni l’article 53, paragraphe 1, point d) (résumé public du contenu utilisé pour l’entraînement). L’article 53, paragraphe 3 (coopération), échappe également au libellé de l’exemption.',
  r49Source: 'Article 53, paragraphe 2 ; considérant 104 ; lignes directrices, section 4.1.',
  // R50
  r50: 'Critère de la licence : les quatre droits doivent exister. Accès : toute personne peut obtenir le modèle sans paiement (des mesures de sûreté/sécurité raisonnables et non discriminatoires, telles que la vérification des utilisateurs, sont admises). Utilisation : aucune restriction ni redevance fondée sur la propriété intellectuelle au-delà de l’attribution et de la distribution à des conditions identiques ou compatibles. Modification : libre. Distribution : libre redistribution sous des conditions limitées (par exemple l’attribution) ; les œuvres dérivées peuvent faire l’objet d’une nouvelle licence.',
  r50Source: 'Lignes directrices, section 4.2.1 ; considérant 102.',
  // R51
  r51: 'Conditions de licence excluant l’exemption : utilisation non commerciale ou réservée à la recherche ; interdiction de la distribution ; limites d’utilisation déclenchées par des seuils liés au nombre d’utilisateurs (par exemple utilisateurs actifs mensuels) ; exigence d’une licence commerciale distincte pour certaines utilisations.',
  r51Source: 'Lignes directrices, section 4.2.1.',
  // R52
  r52: 'Conditions de licence admises : restrictions proportionnées, objectives, non discriminatoires et axées sur la sécurité, visant des utilisations présentant un risque important pour la sécurité publique, la sûreté ou les droits fondamentaux ; attribution ; partage à l’identique.',
  r52Source: 'Lignes directrices, section 4.2.1.',
  // R53
  r53: 'La monétisation fait obstacle à l’exemption : un prix ; une double licence (gratuite pour le monde universitaire, payante pour un usage commercial ou au-delà d’une certaine échelle) ; des services ou une assistance payants indissociablement liés au modèle, sans lesquels il ne fonctionnerait pas ou ne serait pas accessible ; l’achat obligatoire d’assistance, de formation ou de maintenance pour y accéder ; l’hébergement exclusif sur la plateforme payante du fournisseur — y compris un accès gratuit monétisé par de la publicité payante ; l’exigence de collecte ou de traitement de données à caractère personnel pour l’accès, l’utilisation, la modification ou la redistribution (sauf si cela sert strictement et exclusivement la sécurité du modèle, sans gain commercial).',
  r53Source: 'Lignes directrices, section 4.2.2 ; considérant 103.',
  // R54
  r54: 'Ne constituent pas une monétisation : des services payants purement facultatifs qui n’affectent pas l’utilisation gratuite ; des versions premium, outils, modules d’extension ou services d’assistance payants proposés en parallèle sans obligation d’achat ; la distribution via des dépôts ouverts en tant que telle ; les transactions entre microentreprises (monétisation réputée absente).',
  r54Source: 'Lignes directrices, section 4.2.2 ; considérant 103.',
  // R55
  r55: 'Accessibilité au public : les poids, les informations sur l’architecture et les informations sur l’utilisation doivent être publics sous une forme permettant l’accès, l’utilisation, la modification et la distribution ; les informations sur l’utilisation doivent au moins couvrir les modalités d’entrée et de sortie, les capacités, les limites et les moyens techniques d’intégrer le modèle.',
  r55Source: 'Lignes directrices, section 4.2.3 ; article 53, paragraphe 2.',
  // R56
  r56: 'Article 53, paragraphe 1, point a) : élaborer et tenir à jour la documentation technique (processus d’entraînement et d’essai, résultats de l’évaluation) comprenant au minimum les éléments de l’annexe XI, section 1 (tâches ; politiques d’utilisation acceptable ; date de publication et méthodes de distribution ; architecture et nombre de paramètres ; modalité et format des entrées et sorties ; licence ; moyens d’intégration ; méthodologie de conception et d’entraînement ; informations sur les données d’entraînement, d’essai et de validation ; ressources de calcul, par exemple FLOP et durée d’entraînement ; consommation d’énergie connue ou estimée), à fournir sur demande au Bureau de l’IA / aux autorités nationales. La section 1 couvre également : ce que le modèle est conçu pour optimiser et la pertinence des différents paramètres ; le nombre de points de données, leur portée et leurs principales caractéristiques, la manière dont les données ont été obtenues et sélectionnées — le tout « en fonction de la taille et du profil de risque ». Les fournisseurs de modèles d’IA à usage général présentant un risque systémique ajoutent à cette même documentation relevant de l’article 53, paragraphe 1, point a), les éléments de l’annexe XI, section 2 (stratégies et résultats d’évaluation ; essais contradictoires / red teaming, alignement et réglage fin ; architecture du système le cas échéant) — la section 2 relève de la documentation et non de l’obligation d’évaluation prévue à l’article 55, paragraphe 1, point a), même si elle consigne ce travail. Débiteurs : tous les fournisseurs de modèles d’IA à usage général. Exemptés : modèles sous licence libre et ouverte sans risque systémique (R48).',
  // R57
  r57: 'Article 53, paragraphe 1, point b) : élaborer, tenir à jour et mettre à la disposition des fournisseurs de systèmes d’IA en aval des informations leur permettant de comprendre les capacités et les limites du modèle et de respecter leurs propres obligations, comprenant au minimum les éléments de l’annexe XII (y compris l’interaction avec du matériel ou des logiciels externes, les versions logicielles pertinentes, la fenêtre de contexte / taille maximale des entrées), sous réserve de la protection de la propriété intellectuelle et des secrets d’affaires. Exemptés : modèles sous licence libre et ouverte sans risque systémique.',
  // R58
  r58: 'Article 53, paragraphe 1, point c) : mettre en place une politique visant à se conformer au droit de l’Union en matière de droit d’auteur et droits voisins, notamment pour identifier et respecter (y compris au moyen de technologies de pointe) les réservations de droits exprimées en vertu de l’article 4, paragraphe 3, de la directive (UE) 2019/790. S’applique quel que soit le lieu de l’entraînement (considérant 106). Débiteurs : tous les fournisseurs de modèles d’IA à usage général, y compris sous licence libre et ouverte.',
  // R59
  r59: 'Article 53, paragraphe 1, point d) : élaborer et mettre à la disposition du public un résumé suffisamment détaillé du contenu utilisé pour l’entraînement, conformément au modèle fourni par le Bureau de l’IA (modèle de résumé). Débiteurs : tous les fournisseurs de modèles d’IA à usage général, y compris sous licence libre et ouverte.',
  // R60
  r60: 'Article 53, paragraphe 3 : coopérer avec la Commission et les autorités nationales. Débiteurs : tous les fournisseurs de modèles d’IA à usage général.',
  // R61
  r61: 'Article 54 : les fournisseurs établis dans des pays tiers doivent désigner, par mandat écrit et avant la mise sur le marché, un mandataire établi dans l’Union (vérifie la documentation et la conformité ; conserve la documentation de l’annexe XI pendant 10 ans ; répond au Bureau de l’IA ; doit mettre fin au mandat si le fournisseur agit de manière contraire à ses obligations et en informer le Bureau de l’IA). Exemptés : modèles sous licence libre et ouverte sans risque systémique (article 54, paragraphe 6). Les acteurs en aval qui modifient un modèle et en deviennent fournisseurs doivent aussi s’y conformer (lignes directrices, section 3.2.1). Le mandataire peut être contacté en plus du fournisseur ou à sa place (article 54, paragraphe 4) ; le fournisseur communique sur demande une copie du mandat au Bureau de l’IA (article 54, paragraphe 3) ; un mandataire qui met fin au mandat en informe le Bureau de l’IA (article 54, paragraphe 5). La désignation éventuelle d’un mandataire est un fait à demander : elle fait passer l’obligation à « accomplie ».',
  r61Source: 'Lignes directrices, section 3.1 (introduction), et non section 3.2.1.',
  // R62
  r62: 'Article 52, paragraphe 1 : en informer la Commission (R35–R36). Débiteurs : les fournisseurs de modèles remplissant l’article 51, paragraphe 1, point a) (présomption ou modèle modifié présentant un risque systémique), y compris sous licence libre et ouverte. Les codes de bonnes pratiques ne couvrent que les articles 53 et 55 (article 56, paragraphe 2 ; article 53, paragraphe 4 ; article 55, paragraphe 2) : la notification ne fait l’objet d’aucun chapitre du code de bonnes pratiques, et la signature du code ne démontre pas qu’elle a été effectuée.',
  // R63
  r63: 'Article 55, paragraphe 1 : a) évaluation des modèles selon des protocoles normalisés reflétant l’état de la technique, y compris des essais contradictoires documentés ; b) évaluation et atténuation des risques systémiques éventuels au niveau de l’Union et de leurs sources ; c) suivi, documentation et communication sans retard injustifié au Bureau de l’IA des incidents graves et des mesures correctives (lignes directrices, section 5.2 : y compris les atteintes graves à la cybersécurité telles que l’(auto-)exfiltration des poids et les cyberattaques, ainsi que tout incident entraînant l’une des conséquences visées à l’article 3, point 49), a) à d)) ; d) un niveau approprié de protection en matière de cybersécurité pour le modèle et son infrastructure physique. En plus des articles 53 et 54. L’annexe XI, section 2 (la documentation des évaluations et des essais contradictoires), relève de l’article 53, paragraphe 1, point a), R56 — la mentionner là, et non ici. Débiteurs : tous les fournisseurs de modèles d’IA à usage général présentant un risque systémique, sans exemption pour les modèles sous licence libre et ouverte.',
  // R64
  r64: 'Démonstration de la conformité : jusqu’à la publication d’une norme harmonisée, les fournisseurs peuvent s’appuyer sur des codes de bonnes pratiques ; le respect des normes harmonisées confère une présomption de conformité ; les fournisseurs qui ne suivent ni l’un ni l’autre doivent démontrer d’autres moyens appropriés de mise en conformité, soumis à l’appréciation de la Commission.',
  r64Source: 'Article 53, paragraphe 4, article 55, paragraphe 2, et article 40, paragraphe 1.',
  // R65
  r65: 'Le contenu des annexes XI / XII peut être modifié par acte délégué ; les méthodes de mesure du calcul et de l’énergie peuvent être précisées par acte délégué.',
  r65Source: 'Article 53, paragraphes 5 et 6.',
  // R66
  r66: 'Le chapitre V s’applique à partir du 2 août 2025, à l’exception de l’article 101.',
  r66Source: 'Article 113, point b).',
  // R67
  r67: 'Modèle mis sur le marché pour la première fois le 2 août 2025 ou après cette date → les obligations s’appliquent dès la mise sur le marché (les obligations liées au risque systémique dès que la condition de l’article 51 est remplie, R34).',
  r67Source: 'Article 113, point b) ; lignes directrices, section 5.3.',
  // R68
  r68: 'Modèle mis sur le marché avant le 2 août 2025 (c’est-à-dire au plus tard le 1er août 2025) → le fournisseur doit prendre les mesures nécessaires pour se conformer aux obligations au plus tard le 2 août 2027, pour l’ensemble du cycle de vie du modèle (y compris les mises à jour ultérieures par le même fournisseur, R13).',
  r68Source: 'Article 111, paragraphe 3 ; lignes directrices, section 5.3.',
  // R69
  r69: 'Pour ces modèles existants, un réentraînement ou un « désapprentissage » n’est pas exigé lorsqu’il est impossible pour des actions passées, lorsque les informations sur les données d’entraînement ne sont pas disponibles ou lorsque leur récupération serait disproportionnée ; cela doit être indiqué et justifié dans la politique en matière de droit d’auteur et dans le résumé du contenu d’entraînement.',
  r69Source: 'Lignes directrices, section 5.3.',
  // R70
  r70: 'Les fournisseurs qui, au 2 août 2025, avaient entraîné, entraînaient ou prévoyaient d’entraîner un modèle d’IA à usage général présentant un risque systémique en vue de sa mise sur le marché après cette date étaient censés procéder à la notification dans les deux semaines suivant le 2 août 2025 : le 16 août 2025 étant un samedi, le délai a expiré le lundi 18 août 2025 (R87). Les lignes directrices ne formulent cette attente que pour les modèles à mettre sur le marché après le 2 août 2025, et non pour les modèles déjà mis sur le marché (modèles existants, E7).',
  r70Source:
    'Lignes directrices, section 5.3 ; règlement (CEE, Euratom) nº 1182/71, article 3, paragraphe 4.',
  // R71
  r71: 'La Commission ne pouvait prendre aucune mesure d’exécution avant le 2 août 2026 ; à partir de cette date, elle inflige des amendes aux fournisseurs qui ne se conforment pas pleinement aux obligations (en tenant compte des critères de l’article 101). L’absence de mesures d’exécution avant cette date n’a pas suspendu les obligations.',
  r71Source: 'Article 113 ; lignes directrices, sections 5.2 et 5.3.',
  // R72
  r72: 'La Commission pouvait adopter des décisions au titre de l’article 52 (accepter ou rejeter des arguments, désigner) à partir du 2 août 2025.',
  r72Source: 'Lignes directrices, section 5.2.',
  // R73
  r73: 'La Commission (par l’intermédiaire du Bureau de l’IA) a la compétence exclusive pour surveiller et faire appliquer le chapitre V : mesures de contrôle (article 89), alertes du groupe scientifique (article 90), demandes de documents et d’informations (article 91), évaluations y compris l’accès via API ou au code source (article 92), demandes de mesures y compris la restriction, le retrait ou le rappel du modèle et les engagements contraignants (article 93), garanties procédurales (article 94).',
  r73Source: 'Articles 88 à 94.',
  // R74
  r74: 'Amendes : jusqu’à 3 % du chiffre d’affaires annuel mondial total réalisé au cours de l’exercice précédent ou 15 millions d’EUR, le montant le plus élevé étant retenu, en cas de violation délibérée ou par négligence, de défaut de réponse / d’informations inexactes (article 91), de non-respect de mesures (article 93) ou de refus d’accès aux fins d’une évaluation (article 92) ; proportionnalité ; il est tenu compte des engagements pris au titre de l’article 93, paragraphe 3, ou des codes de bonnes pratiques. L’article 101 ne prévoit aucune réduction pour les PME / SMC (les plafonds de l’article 99, paragraphes 6 et 6 bis, ne s’y appliquent pas). Applicable à partir du 2 août 2026.',
  r74Source: 'Article 101 ; article 113.',
  // R75
  r75: 'Code de bonnes pratiques : signer et respecter un code jugé adéquat est un moyen simple de démontrer la conformité (ce n’est pas une présomption de conformité). Pour les signataires, la Commission concentre son action sur le contrôle du respect du code ; les signataires bénéficient d’une « confiance accrue » ; le respect du code peut constituer une circonstance atténuante pour les amendes ; se retirer d’un chapitre fait perdre l’avantage pour ce chapitre. Les non-signataires doivent démontrer d’autres moyens appropriés, rendre compte de leurs mesures (par exemple une analyse des écarts par rapport au code) et peuvent s’attendre à davantage de demandes d’informations et d’évaluation. Les fournisseurs sans risque systémique peuvent ne signer que les parties relatives à l’article 53 (article 56, paragraphe 7) ou s’engager volontairement à appliquer les mesures relatives au risque systémique. Le code est un outil temporaire en attendant les normes harmonisées.',
  r75Source:
    'Lignes directrices, section 5.1 ; article 53, paragraphe 4, article 55, paragraphe 2, article 56, paragraphe 7, et article 101, paragraphe 1.',
  // R76
  r76: 'Faits relatifs au code de bonnes pratiques : publié le 10 juillet 2025 ; chapitres Transparence (avec un formulaire de documentation du modèle) et Droit d’auteur (tous les fournisseurs) et Sûreté et sécurité (fournisseurs de modèles présentant un risque systémique uniquement) ; la Commission et le Comité IA en ont confirmé l’adéquation le 1er août 2025 ; première liste des signataires le 1er août 2025 (signataires rapportés : notamment Amazon, Anthropic, Google, IBM, Microsoft, Mistral AI, OpenAI, Cohere ; xAI n’a signé que le chapitre Sûreté et sécurité ; Meta a refusé — sources secondaires).',
  r76Source: 'Code de bonnes pratiques.',
  // R77
  r77: 'L’utilisation du modèle fourni par le Bureau de l’IA est obligatoire pour le résumé prévu à l’article 53, paragraphe 1, point d) ; elle s’applique à tous les fournisseurs de modèles d’IA à usage général, y compris les modèles sous licence libre et ouverte et les modèles présentant un risque systémique ; le résumé doit être public, exhaustif plutôt que techniquement détaillé, couvrir toutes les étapes de l’entraînement et tous les types de données, et respecter les secrets d’affaires.',
  r77Source:
    'Article 53, paragraphe 1, point d) ; considérant 107 ; modèle de résumé (FAQ de la Commission).',
  // R78
  r78: 'Structure du modèle de résumé : 1) informations générales (fournisseur, mandataire, modèle/versions, modalités, volume des données d’entraînement par modalité, en larges fourchettes) ; 2) liste des sources de données (jeux de données publics ; jeux de données sous licence ou privés ; données collectées par moissonnage du web — principaux noms de domaine, 10 % les plus importants en volume de contenu, pour les PME 5 % les plus importants ou jusqu’à 1 000 domaines ; données des utilisateurs ; données synthétiques ; autres) ; 3) aspects relatifs au traitement des données (respect des réservations de droits ; suppression des contenus illicites).',
  r78Source:
    'Modèle de résumé d’après des synthèses secondaires — pourcentages de noms de domaine NON VÉRIFIÉ au regard du modèle original.',
  // R79
  r79: 'Calendrier : nouveaux modèles — lors de la mise sur le marché ; modèles existants — au plus tard le 2 août 2027 ; auteurs de modifications — pour les seules données de la modification (R28). Rythme de mise à jour (tous les six mois ou en cas de changement important, selon certaines sources) — NON VÉRIFIÉ.',
  r79Source: 'Article 111, paragraphe 3 ; lignes directrices, sections 2.2 et 3.2.1 ; modèle de résumé.',
  // R80
  r80: 'Omnibus numérique sur l’IA — désormais adopté (et non plus une simple proposition) : règlement (UE) 2026/1744, JO du 24.7.2026, en vigueur depuis le 27.7.2026. Selon toutes les sources trouvées, il n’a modifié ni les articles 51 à 55, ni l’article 101, ni l’article 111, paragraphe 3, ni l’article 113, point b) : les seuils, obligations, amendes et dates applicables aux modèles d’IA à usage général sont inchangés.',
  r80Source: 'Omnibus ; texte consolidé.',
  // R81
  r81: 'Omnibus — codes de bonnes pratiques : l’article 56, paragraphe 6, est remplacé : la Commission, en tenant le plus grand compte de l’avis du Comité IA, apprécie si les codes couvrent les articles 53 et 55, en assure le suivi et publie son évaluation de leur adéquation. Selon plusieurs lectures indépendantes du texte publié au JO, le pouvoir d’approuver un code par acte d’exécution (« validité générale ») a été supprimé, et le considérant 41 indique que les codes ont un « effet juridique limité » et ne confèrent pas de présomption de conformité. (La seule consolidation établie par un tiers qui a été consultée comporte encore, à l’article 56, paragraphe 6, l’ancienne phrase relative à l’acte d’exécution — contradiction, libellé NON VÉRIFIÉ au regard du JO.) Effet pratique pour le moteur : aucun sur les obligations ; le recours à un code adéquat reste possible via l’article 53, paragraphe 4, et l’article 55, paragraphe 2.',
  r81Source:
    'Omnibus, considérant 41, article 1er, points 20) et 21), tels que cités par des sources secondaires.',
  // R82
  r82: 'Omnibus — surveillance des systèmes d’IA fondés sur des modèles d’IA à usage général : le Bureau de l’IA devient seul compétent pour les systèmes d’IA fondés sur un modèle d’IA à usage général lorsque le modèle et le système sont développés par le même fournisseur ou la même entreprise (exceptions : systèmes liés à des produits relevant de l’annexe I ; annexe III, point 2 ; systèmes des autorités répressives, des autorités chargées des frontières et des autorités financières visés à l’article 74, paragraphe 6 ; annexe III, point 8, justice), ainsi que pour les systèmes d’IA qui constituent de très grandes plateformes en ligne ou de très grands moteurs de recherche en ligne désignés (VLOP/VLOSE) ou y sont intégrés ; les nouveaux articles 75 bis à 75 quinquies lui confèrent des pouvoirs de surveillance du marché, des engagements contraignants, des amendes (par renvoi à l’article 99, paragraphes 4 et 5) et des astreintes pouvant atteindre 5 % du chiffre d’affaires ou des revenus journaliers moyens. Pertinent pour le cas limite E9 (modèle propre dans un système propre). Date d’application de l’article 75 modifié — NON VÉRIFIÉ (en vigueur depuis le 27.7.2026 ; date générale d’application le 2.8.2026).',
  r82Source: 'Article 75, paragraphe 1, et articles 75 bis à 75 quinquies, dans leur version consolidée.',
  // R83
  r83: 'Omnibus — autres dates (ne concernant pas les obligations relatives aux modèles d’IA à usage général) : règles relatives aux systèmes à haut risque de l’annexe III à partir du 2 déc. 2027, haut risque de l’annexe I à partir du 2 août 2028 ; marquage lisible par machine prévu à l’article 50, paragraphe 2, pour les systèmes génératifs (y compris les systèmes d’IA à usage général) mis sur le marché avant le 2 août 2026, exigible au plus tard le 2 déc. 2026 (nouvel article 111, paragraphe 4) ; nouvelles interdictions à l’article 5 (génération d’images intimes non consenties / de matériel pédopornographique) à partir du 2 déc. 2026 ; définition des SMC (article 3, point 14 ter)) et plafond des amendes pour les SMC à l’article 99, paragraphe 6 bis.',
  r83Source:
    'Article 113, points a) et c), article 111, paragraphe 4, et article 99, paragraphe 6 bis, dans leur version consolidée ; Omnibus, sources secondaires.',
  // R84
  r84: 'Le règlement d’exécution (UE) 2026/1755 de la Commission (20 juillet 2026) fixerait les procédures applicables aux évaluations au titre de l’article 92 et aux procédures d’amende au titre de l’article 101 (y compris les mesures provisoires) — contenu NON VÉRIFIÉ (mentionné uniquement par des sources secondaires). Premières demandes d’informations au titre de l’article 91 rapportées par la presse (septembre 2026) — NON VÉRIFIÉ.',
  // R85
  r85: 'Éléments connexes de 2026 hors du champ des modèles d’IA à usage général (sources secondaires) : lignes directrices de la Commission sur la transparence au titre de l’article 50, C(2026) 5054 (20.7.2026) ; code de bonnes pratiques sur le marquage et l’étiquetage des contenus générés par l’IA jugé adéquat le 8.7.2026. Non utilisés par le moteur.',
  // R86
  r86: 'L’article 25 régit les systèmes d’IA à haut risque, et non les modèles d’IA à usage général. Pertinent uniquement lorsque i) une personne modifie la destination d’un système d’IA à usage général de telle sorte qu’il devient à haut risque → cet acteur devient fournisseur d’un système à haut risque (article 25, paragraphe 1, point c)) ; ii) les tiers qui fournissent des composants de systèmes à haut risque doivent convenir, par accord écrit, des informations et de l’assistance, l’exception prévue à cet endroit pour les composants libres et ouverts ne couvrant toutefois pas les modèles d’IA à usage général (article 25, paragraphe 4). L’omnibus a réécrit l’article 25, paragraphe 2 (le fournisseur initial cesse d’être fournisseur mais doit coopérer, fournir des informations et donner un accès technique). Source : article 25 dans sa version consolidée. Moteur : hors du champ de la classification des modèles d’IA à usage général ; à mentionner uniquement dans des notes.',
  // R87
  r87: 'Les délais prévus par les actes de l’Union suivent le règlement (CEE, Euratom) nº 1182/71 : le jour de l’événement déclencheur n’est pas compté (article 3, paragraphe 1) ; un délai exprimé en semaines prend fin à l’expiration du jour de la dernière semaine qui porte la même dénomination que le jour de l’événement (article 3, paragraphe 2, point b)), de sorte que « deux semaines » après un samedi prennent fin le samedi 14 jours plus tard ; un délai exprimé en mois prend fin à l’expiration du jour du dernier mois qui porte le même chiffre, ou du dernier jour de ce mois lorsque ce jour n’existe pas (article 3, paragraphe 2, point c)) ; un délai dont le dernier jour est un samedi, un dimanche ou un jour férié prend fin à l’expiration du jour ouvrable suivant (article 3, paragraphe 4). Les jours fériés sont ceux de l’institution auprès de laquelle l’acte doit être accompli (article 2, paragraphe 1) — pour une notification, ceux de la Commission, publiés chaque année au JO série C (la liste elle-même est ici NON VÉRIFIÉ). S’applique à l’article 52, paragraphe 1 (deux semaines), à l’article 52, paragraphe 5 (six mois) et à l’attente formulée dans les lignes directrices, section 5.3 (R70). Les dates d’application fixes (2 août 2025, 2 août 2026 — un dimanche —, 2 août 2027, 2 déc. 2026) ne sont pas des délais et ne sont pas reportées. Moteur : reporter toujours les fins de semaine ; ne reporter les jours fériés de la Commission que sur la base d’une liste sourcée livrée avec les règles ; à défaut, indiquer qu’un jour férié de la Commission le dernier jour prolonge le délai. Indiquer le dernier jour légal, et préciser quand et pourquoi il a été reporté.',
  r87Source: 'Règlement (CEE, Euratom) nº 1182/71, articles 2 et 3.',
  // R88
  r88Title: 'Notification avant la mise sur le marché',
  r88: 'Un modèle non encore mis sur le marché mais destiné à l’être (qu’une date soit arrêtée ou non) et dont la quantité cumulée de calcul utilisée pour l’entraînement dépasse 10^25 FLOP, ou dont il est établi qu’elle la dépassera (calcul prévu), → son futur fournisseur doit procéder à la notification prévue à l’article 52, paragraphe 1, dans les deux semaines suivant le moment où cela a été établi (R35, R87) ; les autres obligations commencent à la mise sur le marché (R67). Faits à demander pour un modèle non encore mis sur le marché : existe-t-il une intention de le mettre sur le marché de l’Union (oui / non / indécis), le calcul cumulé prévu et la date à laquelle il a été établi que le seuil serait dépassé. « Indécis » → lecture prudente (intention de mise sur le marché) avec un signalement d’ambiguïté.',
  r88Source:
    'Article 52, paragraphe 1 ; considérant 112 ; lignes directrices, section 2.3.2 ; lignes directrices, section 5.3 (« prévoient d’entraîner »).',
  // R89
  r89Title: 'Date de notification lorsque la date de franchissement du seuil est inconnue',
  r89: 'Un modèle déjà mis sur le marché dont le calcul cumulé a atteint 10^25 FLOP grâce à un entraînement réalisé avant la mise sur le marché a atteint le seuil au plus tard à la date de sa première mise sur le marché P → la notification était due au plus tard deux semaines après P (R87), plus tôt si le seuil a été atteint plus tôt ; l’article 55 s’appliquait au plus tard à partir de P. Moteur : utiliser cette borne comme échéance (« au plus tard »), en déduire le statut (en retard sauf notification effectuée) et demander la date effective sous forme de question ouverte. Un modèle présentant un risque systémique mis sur le marché ne doit jamais afficher sa notification comme « date inconnue ». Lorsqu’un entraînement poursuivi après la mise sur le marché a franchi le seuil (E20), la date doit être demandée.',
  r89Source: 'Article 52, paragraphe 1 ; lignes directrices, section 2.3.2 ; déduction.',
  // R90
  r90Title: 'Calcul de la modification inconnu',
  r90: 'Un acteur en aval qui modifie un modèle peut toujours estimer le calcul de sa propre modification (lignes directrices, annexe A.2), contrairement à celui du modèle initial (R25). S’il est inconnu, la qualité de fournisseur est indéterminée : le moteur ne doit pas trancher en faveur de l’utilisateur. Indiquer la lecture prudente (fournisseur du modèle modifié, obligations limitées à la modification, R28) avec un signalement d’ambiguïté, l’alternative et les méthodes d’estimation.',
  r90Source: 'Lignes directrices, points 60 et 61 ; lignes directrices, annexe A.2.',
  // R91
  r91Title: 'Qui modifie, et sous quel nom',
  r91: 'Un acteur en aval qui modifie un modèle est un acteur distinct du fournisseur initial et n’agissant pas pour son compte (lignes directrices, point 57) ; une modification réalisée par le fournisseur initial ou pour son compte fait partie du cycle de vie de ce modèle (R13). Le fournisseur est celui qui met le modèle sur le marché sous son propre nom ou sa propre marque (article 3, point 3)) : un prestataire qui développe un modèle pour un client qui le met sur le marché sous le nom du client n’est pas le fournisseur (R14). Ce sont deux faits à demander lorsqu’ils peuvent modifier le résultat.',
  r91Source: 'Article 3, point 3) ; lignes directrices, point 57 ; lignes directrices, section 3.1.1.',
  // R92
  r92Title: 'Risque de désignation (annexe XIII)',
  r92: 'Pour un modèle d’IA à usage général sans risque systémique présumé, les faits relevant de l’annexe XIII — ≥ 10 000 utilisateurs professionnels enregistrés dans l’Union (impact élevé sur le marché intérieur présumé, annexe XIII, point f)), utilisateurs finaux enregistrés, nombre de paramètres, taille du jeu de données, indicateurs indirects du calcul, critères de référence et autonomie — ne créent pas d’obligations mais rendent une désignation possible (article 51, paragraphe 1, point b), et article 52, paragraphe 4). Moteur : demander les faits relatifs à la portée lorsque le modèle est un modèle d’IA à usage général en deçà de 10^25, et avertir du risque de désignation ; les obligations ne changent qu’en cas de désignation effective (R38).',
  r92Source: 'Article 51, paragraphe 1, point b), et article 52, paragraphe 4 ; annexe XIII.',
  // R93
  r93Title: 'Repères relatifs aux systèmes d’IA',
  r93: 'Les intégrateurs (R21), les fournisseurs qui intègrent leur modèle dans leur propre système (R16) et toute personne qui construit un système sur la base d’un modèle d’IA à usage général ont, en tant que fournisseurs ou déployeurs de systèmes d’IA, des obligations que cet outil n’évalue pas. Le rapport les mentionne à titre de repères, marqués « non évalué » : article 50, paragraphe 1, information sur l’interaction avec un système d’IA ; article 50, paragraphe 2, marquage lisible par machine des sorties synthétiques (applicable à partir du 2 août 2026 ; pour les systèmes mis sur le marché avant cette date, au plus tard le 2 déc. 2026, article 111, paragraphe 4, R83) ; la vérification de la classification à haut risque (article 6, annexe III à partir du 2 déc. 2027, annexe I à partir du 2 août 2028, R83) ; le droit aux informations de l’annexe XII du fournisseur en amont (article 53, paragraphe 1, point b)) ; le droit d’introduire une plainte auprès du Bureau de l’IA (article 89, paragraphe 2) ; les obligations liées à la chaîne de valeur lorsqu’un système d’IA à usage général devient à haut risque (article 25, R86).',
  r93Source:
    'Articles 6, 25 et 50, article 53, paragraphe 1, point b), article 89, paragraphe 2, article 111, paragraphe 4, et article 113, dans leur version consolidée.',
  // R94
  r94Title: 'Contrôle de l’application à partir du 2 août 2026',
  r94: 'La Commission peut demander de la documentation et des informations (article 91), évaluer le modèle, y compris au moyen d’un accès via API ou au code source (article 92), et demander des mesures — atténuation, restriction, retrait ou rappel, ou engagements contraignants (article 93). Les amendes prévues à l’article 101, paragraphe 1, visent : a) la violation des dispositions du règlement ; b) le non-respect d’une demande au titre de l’article 91 ou la fourniture d’informations inexactes, incomplètes ou trompeuses ; c) le non-respect d’une mesure au titre de l’article 93 ; d) le refus de donner accès aux fins d’une évaluation au titre de l’article 92. Le rapport les mentionne une fois, avec le plafond de R74.',
  r94Source: 'Articles 91 à 93, article 101, paragraphe 1, et article 113.',
  // E1
  e1Title: 'Calcul ≤ 10^23 mais généralité élevée / calcul > 10^23 mais tâche étroite',
  e1: 'Le critère n’est qu’indicatif ; selon les lignes directrices, il peut être écarté dans les deux sens (R9). Comportement du moteur le plus défendable : interroger l’utilisateur sur la généralité ; s’en remettre au critère en l’absence de réponse ; signaler qu’un modèle polyvalent en deçà de 10^23 n’est un modèle d’IA à usage général qu’« exceptionnellement ». Exactement 10^23 ne remplit pas la condition « supérieur à ».',
  // E2
  e2Title: 'Valeurs exactement égales aux seuils',
  e2: 'Les trois critères sont formulés « supérieur à » : exactement 10^23, exactement 10^25, exactement un tiers → critère non rempli. Les estimations situées dans la marge d’erreur de 30 % autour d’un seuil (R43) sont juridiquement suffisantes, mais les fournisseurs proches de 10^25 doivent poursuivre la surveillance (lignes directrices, section 2.3.2) ; le moteur devrait avertir lorsque l’estimation se situe à ±30 % de 10^25.',
  // E3
  e3Title: 'Quelle valeur de calcul ?',
  e3: 'Le critère des 10^23 et le critère du tiers sans risque systémique utilisent le calcul de mise à jour des paramètres ; le critère des 10^25 utilise le calcul cumulé, y compris la génération de données synthétiques non publiques et les poids hérités (R12, R33, R42). Un modèle peut donc ne « pas être un modèle d’IA à usage général selon le critère » au regard du calcul de mise à jour des paramètres alors qu’il existe un chiffre cumulé plus élevé (couverture des scénarios).',
  // E4
  e4Title: 'Calcul du modèle initial inconnu pour les auteurs de modifications',
  e4: 'Utiliser 3,33×10^22 (modèle initial sans risque systémique) ou 3,33×10^24 (modèle initial présentant un risque systémique) (R25). Si l’utilisateur ne sait pas si le modèle initial présente un risque systémique, la lecture prudente est la valeur de repli la plus basse (3,33×10^22) — une déduction, qui n’est pas énoncée dans les lignes directrices.',
  // E5
  e5Title: 'Calcul cumulé de l’auteur de la modification dépassant 10^25',
  e5: 'Le calcul cumulé d’un modèle modifié inclut le calcul ayant servi à entraîner les poids initiaux (R33 : poids utilisés pour l’initialisation). Ainsi, l’auteur d’une modification qui devient fournisseur d’une modification d’un modèle sans risque systémique (par exemple 8×10^24 + 3×10^24) détient un modèle au-delà de 10^25 → risque systémique présumé. Les lignes directrices n’abordent pas explicitement cette combinaison ; lecture la plus défendable = risque systémique présumé.',
  // E6
  e6Title: 'Modèle présentant un risque systémique modifié, modification inférieure au seuil',
  e6: 'L’auteur de la modification n’est pas fournisseur (R30) ; les obligations du fournisseur initial liées au risque systémique (y compris la prise en compte des modifications prévisibles dans son évaluation des risques) demeurent. Les obligations relatives aux systèmes en aval peuvent néanmoins s’appliquer.',
  // E7
  e7Title: 'Modèles existants présentant un risque systémique (mis sur le marché avant le 2 août 2025)',
  e7: 'L’article 111, paragraphe 3, accorde jusqu’au 2 août 2027 pour se conformer aux « obligations prévues par le présent règlement », ce qui, littéralement, inclut la notification prévue à l’article 52, paragraphe 1 ; mais l’article 52 s’applique depuis le 2 août 2025, la Commission peut désigner d’office depuis cette date (R72), et les lignes directrices, section 5.3, attendaient des modèles en cours d’entraînement au 2 août 2025 qu’ils soient notifiés au plus tard le 16 août 2025. Moteur : indiquer le 2 août 2027 comme limite légale extrême, signaler `ambiguous` et recommander une notification plus précoce. L’attente formulée dans les lignes directrices, section 5.3 (16 → 18 août 2025, R70), concerne les modèles à mettre sur le marché après le 2 août 2025 ; ne pas la présenter comme une attente visant des modèles déjà mis sur le marché. Modèle existant qui franchit 10^25 ultérieurement : E29.',
  // E8
  e8Title: 'Utilisation exclusivement interne',
  e8: 'Modèle sans risque systémique utilisé de manière purement interne (non essentiel à des produits ou services destinés à des tiers, sans effet sur les droits) → pas mis sur le marché (R17). Utilisation interne essentielle à un service fourni à des tiers ou affectant les droits des personnes → mis sur le marché (R15). Modèle présentant un risque systémique utilisé uniquement en interne : selon le considérant 97, les modèles présentant un risque systémique devraient « toujours » être soumis aux obligations ; en outre, l’intégration de son propre modèle dans son propre système d’IA « mis en service » (y compris pour un usage propre, article 3, point 11)) vaut mise sur le marché (R16). Lecture la plus défendable : traiter comme fournisseur ; signaler une forte ambiguïté (les définitions opérationnelles supposent une mise sur le marché). Cela ne vaut qu’en présence d’un lien avec l’Union : un fournisseur établi hors de l’Union dont le modèle est utilisé uniquement en interne hors de l’Union, et n’est pas mis à disposition dans l’Union, ne l’a pas mis sur le marché de l’Union (article 2, paragraphe 1, point a), R20) → pas fournisseur de ce modèle au sens du règlement. Demander où l’utilisation interne a lieu avant d’appliquer E8.',
  // E9
  e9Title: 'Modèle intégré dans son propre système d’IA / son propre produit',
  e9: 'Le modèle est mis sur le marché (R16) ; les obligations relatives au modèle et au système s’appliquent cumulativement ; depuis le règlement 2026/1744, le Bureau de l’IA est l’autorité de surveillance exclusive de ces systèmes d’un même fournisseur (R82).',
  // E10
  e10Title: 'Modèles destinés uniquement à la recherche',
  e10: 'Jamais mis sur le marché → hors de la définition du modèle d’IA à usage général (R2). La publication des poids par un laboratoire universitaire pour une utilisation par quiconque → mise sur le marché (R15) et, selon la lecture la plus défendable, pas une mise en service « à la seule fin de la recherche scientifique » (R3) ; signaler l’ambiguïté. Diffusion limitée à des partenaires de recherche à des fins exclusivement de recherche → R3 s’applique probablement.',
  // E11
  e11Title: 'Téléversements par des particuliers amateurs',
  e11: 'Une « activité commerciale » est requise pour la mise à disposition (R22) ; selon la lecture la plus défendable, une fourniture occasionnelle et non professionnelle n’est pas une mise sur le marché ; le considérant 109 exclut les développeurs non professionnels. Les lignes directrices ne traitent pas explicitement des amateurs → ambigu. Les faits d’activité commerciale (un prix ou une autre forme de monétisation, une API ou une application exploitée dans un cadre commercial, une fourniture régulière) l’emportent sur l’étiquette d’amateur (R22, E30).',
  // E12
  e12Title: 'Fournisseur établi hors de l’Union',
  e12: 'Fournisseur quel que soit son lieu d’établissement (R4) ; doit désigner un mandataire dans l’Union avant la mise sur le marché (R61), sauf modèle sous licence libre et ouverte sans risque systémique. Distribution exclusivement hors de l’Union → pas de mise sur le marché (R20), sauf si un acteur en aval l’intègre dans un système dans l’Union sans exclusion claire de l’Union (R19).',
  // E13
  e13Title: 'Chaîne hors de l’Union avec exclusion de l’Union',
  e13: 'Si le fournisseur en amont a clairement exclu l’utilisation dans l’Union, l’intégrateur en aval qui met le système sur le marché dans l’Union devient le fournisseur du modèle (R19) — avec toutes les obligations de l’article 53, bien qu’il n’ait pas entraîné le modèle. La manière dont il peut s’y conformer en pratique (documentation qu’il ne détient pas) n’est pas claire.',
  // E14
  e14Title: 'Modèle sous licence libre et ouverte présentant un risque systémique',
  e14: 'Aucune exemption : article 53, paragraphe 1, points a) à d), article 53, paragraphe 3, article 54 (si établi hors de l’Union), article 52, paragraphe 1, article 55 (R48, R63). Le considérant 112 souligne l’importance d’une notification précoce pour les modèles dont la publication ouverte est prévue.',
  // E15
  e15Title: 'Licences « ouvertes » comportant des restrictions',
  e15: 'Seuils d’utilisateurs actifs mensuels, clauses d’utilisation non commerciale, licences commerciales distinctes, interdiction de redistribution → excluent l’exemption (R51) ; restrictions proportionnées fondées sur la sécurité et vérification non discriminatoire des utilisateurs → admises (R50, R52). Le caractère « proportionné » d’une clause de sécurité donnée relève de l’appréciation.',
  // E16
  e16Title: 'Transactions entre microentreprises',
  e16: 'La monétisation est réputée absente entre microentreprises (R54), mais le droit d’« accès » prévu par la licence implique un accès gratuit (R50). Lecture la plus défendable : l’exemption subsiste pour la transaction entre microentreprises ; signaler l’ambiguïté.',
  // E17
  e17Title: 'Réglage fin via l’API du fournisseur initial',
  e17: 'La question de savoir qui a modifié le modèle s’apprécie au cas par cas ; le contrôle des poids est déterminant (R27). Si le client commande un réglage fin important et met le résultat sur le marché sous son propre nom, l’article 3, point 3) (« fait développer »), désigne le client ; si le résultat reste sur la plateforme du fournisseur initial sous le nom de celui-ci, le fournisseur initial est plus probablement l’« auteur de la modification ». Signaler l’ambiguïté.',
  // E18
  e18Title: 'Quantification, fusion, distillation par des tiers',
  e18: 'La fusion / quantification nécessite un calcul négligeable → inférieur au tiers → pas fournisseur (R24). La distillation d’un nouveau modèle élève entraîné à partir de zéro par un tiers constitue sans doute un nouveau modèle, apprécié au regard de son propre calcul d’entraînement (calcul du modèle enseignant exclu pour le risque systémique, R33) — les lignes directrices ne traitent pas de la distillation par des tiers ; ambigu.',
  // E19
  e19Title: 'Modèle existant modifié après le 2 août 2025',
  e19: 'Par le même fournisseur → même cycle de vie → toujours le 2 août 2027 (R13, R68). Par un acteur en aval au-delà du seuil → nouveau modèle mis sur le marché après le 2 août 2025 → les obligations de l’auteur de la modification s’appliquent dès sa mise sur le marché (R23, R67). Une nouvelle grande phase de pré-entraînement par le même fournisseur → nouveau modèle → obligations dès sa mise sur le marché.',
  // E20
  e20Title: 'Entraînement poursuivi franchissant 10^25 après la mise sur le marché',
  e20: 'Même modèle (R13) ; classification comme présentant un risque systémique et obligations à partir du moment où le seuil est atteint ; notification dans les 14 jours (R34–R35).',
  // E21
  e21Title: 'Présomption contestée',
  e21: 'Une contestation en cours ne suspend pas les obligations ; acceptée → les obligations prennent fin à la notification de l’acceptation ; rejetée → risque systémique à compter de la date initiale (R37).',
  // E22
  e22Title: 'Signataire du code de bonnes pratiques',
  e22: 'La signature ne modifie ni la classification ni les obligations ; elle modifie la manière de démontrer la conformité et l’intensité du contrôle, et peut atténuer les amendes (R75). Les signataires partiels (par exemple uniquement le chapitre Sûreté et sécurité) doivent démontrer d’autres moyens pour les autres chapitres.',
  // E23
  e23Title:
    'Plateformes d’hébergement / plateformes de modèles / places de marché en nuage qui ne font qu’héberger les modèles de tiers',
  e23: 'Pas fournisseurs (R14) ; c’est la personne qui téléverse qui l’est.',
  // E24
  e24Title: 'Utilisateurs en aval de poids ouverts non modifiés',
  e24: 'Pas fournisseurs du modèle (R21, R30) ; c’est la personne qui a initialement téléversé le modèle qui l’a mis sur le marché.',
  // E25
  e25Title: 'Amendes avant le 2 août 2026 / amendes pour les modèles existants avant le 2 août 2027',
  e25: 'Aucune amende de la Commission avant le 2 août 2026 (R71) ; les modèles existants ne sont en situation de non-conformité qu’après le 2 août 2027.',
  // E26
  e26Title: 'Libellé de l’article 56, paragraphe 6, après l’omnibus',
  e26: 'Les sources divergent sur le maintien de la phrase relative à l’approbation par acte d’exécution (R81) ; aucun effet sur les résultats du moteur.',
  // E27
  e27Title: 'La généralité déduite des faits',
  e27: 'Demander des faits, et non le critère juridique : nombre de paramètres (≥ 1 milliard), volume et diversité des données d’entraînement, entraînement autosupervisé à grande échelle, tâches distinctes que le modèle exécute ou sur lesquelles il a été évalué, et s’il a été conçu et entraîné pour une tâche spécifique (reconnaissance vocale, synthèse vocale, augmentation de résolution, inpainting, un jeu, météo, musique ou effets sonores). Des faits indiquant une seule tâche étroite ne l’emportent sur un critère de calcul rempli qu’« exceptionnellement » (R9, R10) : signaler l’ambiguïté. Il en va de même des faits indiquant une compétence étendue en deçà de 10^23. Inconnu → le critère décide.',
  // E28
  e28Title: 'Article 55 avant la mise sur le marché',
  e28: 'Selon les lignes directrices, point 26, les obligations liées au risque systémique courent à partir du moment où le seuil est atteint, même avant la mise sur le marché ; l’article 3, points 3) et 63), renvoie à la mise sur le marché. Moteur : les obligations s’appliquent au plus tard à partir de la mise sur le marché ; afficher « se préparer à partir » de la date de franchissement du seuil ; signaler l’ambiguïté. La notification prévue à l’article 52, paragraphe 1, n’est pas concernée : elle court à partir de la date de franchissement du seuil (R35, R88).',
  // E29
  e29Title: 'Modèle existant franchissant 10^25 après le 2 août 2025',
  e29: 'L’entraînement poursuivi par le même fournisseur d’un modèle mis sur le marché avant le 2 août 2025 reste dans le cycle de vie de ce modèle (R13). La lettre de l’article 111, paragraphe 3, et les lignes directrices, section 5.3 (« ensemble du cycle de vie »), font du 2 août 2027 la limite extrême pour toutes ses obligations, y compris celles des articles 52 et 55 ; la lecture plus stricte applique E20 (notification dans les deux semaines suivant le franchissement). Moteur : comme pour E7 — le 2 août 2027 comme limite légale extrême, la date plus stricte comme recommandation, avec un signalement d’ambiguïté. Une nouvelle grande phase de pré-entraînement constitue un nouveau modèle (R13).',
  // E30
  e30Title: 'Autodescription contre les faits',
  e30: 'Un utilisateur qui choisit « amateur » ou « laboratoire de recherche » mais indique un prix, une activité commerciale d’API ou d’application, ou la publication d’un modèle au-delà de 10^25 → les faits décident (R22) : apprécier comme une mise à disposition dans le cadre d’une activité commerciale, et indiquer que l’étiquette a été écartée et pourquoi.',
};
