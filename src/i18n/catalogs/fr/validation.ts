import type { Messages } from '../../message-id';
import type { validation as en } from '../en/validation';

export const validation: Messages<typeof en> = {
  twoSentences: '{first} {second}',
  verbatim: '{text}',
  readVersions: '{v1} et {v2}',
  unknownHint: 'Ou écrivez "unknown" si vous ne savez pas.',
  didYouMean: 'Vouliez-vous dire "{suggestion}" ?',
  unreadable: 'Les réponses n’ont pas pu être lues : {error}',
  notAnObject: 'Les réponses doivent être un objet JSON tel que {example}, or la valeur fournie est {value}.',
  missingVersion:
    '"schemaVersion" manque. Ajoutez "schemaVersion": {version} — cet outil lit les versions {versions} du schéma des réponses.',
  versionUnsupported:
    'Ce fichier a été écrit pour la version {v} du schéma des réponses ; cet outil lit les versions {versions}.',
  versionNewer:
    'Il a probablement été enregistré par une version plus récente de GPAI Navigator : ouvrez-le dans celle-ci, ou exportez à nouveau les réponses en version {version}.',
  versionOlder:
    'N’indiquez "schemaVersion": {version} qu’après avoir vérifié chaque réponse au regard des questions actuelles.',
  versionQuoted: '"schemaVersion" doit être un nombre : écrivez {v} sans guillemets.',
  versionNotNumber: '"schemaVersion" doit être le nombre {version}, or la valeur fournie est {value}.',
  requiredField: 'Champ obligatoire manquant. Ajoutez "{key}": {expected}.',
  requiredItem: 'Champ obligatoire manquant. Ajoutez {expected}.',
  expectedButIs: 'Valeur attendue : {expected} ; or la valeur fournie est {value}.',
  booleanForYesNo:
    'Valeur attendue : l’une des valeurs {allowed} ; or la valeur fournie est {value}. Écrivez "yes" ou "no" entre guillemets au lieu de true ou false.',
  notAllowed: '{value} n’est pas une valeur autorisée. Valeurs autorisées : {allowed}.',
  enterPositive: 'Saisissez 0 ou un {example} positif.',
  exampleCount: 'nombre (par exemple 7e9)',
  exampleFlop: 'nombre de FLOP (par exemple 3.8e25)',
  emptyList: 'La liste est vide. Indiquez {items}, avec au moins {minimum} élément.',
  tooShort: 'Trop court : {message}',
  writeFigureCount: 'Écrivez la valeur sous forme de nombre, par exemple 7e9.',
  writeFigureFlop: 'Écrivez la valeur en FLOP, par exemple 3.8e25.',
  tooLong: 'Trop long : au plus {maximum} caractères (ce texte en compte {length}). Raccourcissez-le.',
  notADate: '{value} n’est pas une date écrite AAAA-MM-JJ. Écrivez-la comme 2026-03-15.',
  wrongFormat: '{value} n’a pas le bon format : {message}',
  otherProblem: '{message}. Valeur attendue : {expected}.',
  dateOutOfRange:
    '"{value}" est en dehors des années prises en charge ; utilisez une année comprise entre 1900 et 2200.',
  dateNotInCalendar: '"{value}" n’est pas une date du calendrier. Vérifiez le jour et le mois (AAAA-MM-JJ).',
  fixJsonNumber: 'Écrivez-la comme un nombre JSON sans guillemets : {number}.',
  fixDateString: 'Écrivez la date comme une chaîne entre guillemets, par exemple "2026-03-15".',
  fixList: 'Placez la valeur dans une liste : ["{value}"].',
  fixYesNo: 'Écrivez "yes" ou "no" entre guillemets au lieu de true ou false.',
  unknownField: 'Champ inconnu "{key}" — supprimez-le ou vérifiez l’orthographe.',
  oneOf: 'l’une des valeurs {options}',
  eitherOr: '{a} ou {b}',
  unionOr: '{a}, ou {b}',
  aCount: 'un nombre (par exemple 7e9 pour sept milliards)',
  aFlopNumber: 'un nombre de FLOP (par exemple 3.8e25)',
  aDate: 'une date écrite AAAA-MM-JJ (par exemple "2026-03-15")',
  aText: 'un texte entre guillemets',
  itemsFrom: 'des éléments parmi {options}',
  itemsEach: 'des éléments qui sont chacun {item}',
  aList: 'une liste avec {items} (par exemple {example})',
  anObject: 'un objet avec les champs {fields}',
  aValidValue: 'une valeur valide',
  valueNothing: '{start, select, yes {Rien} other {rien}}',
  valueText: '{start, select, yes {Le texte {text}} other {le texte {text}}}',
  valueNumber: '{start, select, yes {Le nombre {number}} other {le nombre {number}}}',
  valueList: '{start, select, yes {Une liste} other {une liste}}',
  valueObject: '{start, select, yes {Un objet} other {un objet}}',
  valueOther: '{start, select, yes {Une valeur de type {type}} other {une valeur de type {type}}}',
  migratedAudio:
    '« Parole ou autre audio » correspond désormais à deux réponses : l’audio contenant de la parole compte comme langage, la musique ou les effets sonores seuls non. La réponse a été lue comme de la parole (la lecture prudente) ; modifiez-la si le modèle ne produit pas de parole.',
  migratedNarrow:
    '« Une seule tâche étroite » était une appréciation ; les questions portent désormais sur des faits. La réponse a été conservée comme « conçu pour une tâche spécifique » : nommez la tâche et répondez aux autres questions factuelles sur le modèle.',
  migratedBroad:
    '« Un large éventail de tâches distinctes » était une appréciation ; les questions portent désormais sur des faits (paramètres, données d’entraînement, tâches). Tant qu’elles restent sans réponse, le critère de calcul décide ; un modèle en dessous de {gpaiThreshold} n’est donc plus traité comme un modèle d’IA à usage général sur la seule base de cette réponse.',
  migratedIntention:
    'La question de savoir si le modèle est destiné à être mis sur le marché de l’Union n’était pas posée auparavant. La réponse est lue comme « pas encore décidé », ce qui vaut intention : un modèle destiné à être mis sur le marché doit faire l’objet de la notification prévue à l’article 52, paragraphe 1, avant sa mise sur le marché s’il dépassera {systemicRiskThreshold}. Répondez « Non » s’il ne sera jamais mis à disposition.',
  migratedInternalLocation:
    'Le lieu de l’utilisation interne est une nouvelle question : une utilisation interne exclusivement hors de l’Union n’est pas une mise sur le marché de l’Union. La réponse est lue comme inconnue ; l’utilisation est donc présumée avoir lieu dans l’Union.',
  migratedInternalEssential:
    '« Utilisation interne essentielle à un service ou affectant les droits des personnes » correspond désormais à deux faits. La réponse a été conservée comme « nos propres processus dont dépend un produit ou un service destiné à des tiers » ; ajoutez « utilisation interne pour prendre ou étayer des décisions concernant des personnes » si cela s’applique aussi.',
  migratedCommercialFacts:
    'Les faits relevant d’une activité commerciale (un prix, une API ou une application exploitée à titre commercial, une fourniture régulière) sont désormais demandés aussi aux particuliers et aux laboratoires de recherche : ils déterminent si le modèle est mis à disposition, quelle que soit la description choisie.',
  importJsonAt: 'Ligne {line}, colonne {column} : {reason}',
  importNotJson: '{what} Exportez à nouveau les réponses, ou corrigez le fichier dans un éditeur de texte.',
  importDuplicateKey:
    'Ligne {line}, colonne {column} : la clé "{key}" apparaît deux fois ; conservez-en une seule.',
  flopExamples: 'par exemple 3.8e25, 3.8 × {systemicRiskPower}, {gpaiPower}, 2 000 000 ou 380 ZFLOP',
  flopEnterCompute: 'Saisissez la puissance de calcul en nombre de FLOP, {examples}.',
  flopEnterTraining: 'Saisissez la puissance de calcul d’entraînement en nombre de FLOP, {examples}.',
  flopTooLong: 'C’est trop long pour un nombre de FLOP. Écrivez-le comme 3.8e25.',
  flopRate:
    'Il s’agit d’un débit (FLOP par seconde). Saisissez le nombre total de FLOP utilisés pour l’entraînement, ou utilisez l’estimation fondée sur le matériel (unités × durée × FLOP/s de crête × taux d’utilisation).',
  flopMarks:
    '{sep, select, comma {{n, plural, one {la virgule} other {les virgules}}} other {{n, plural, one {le point} other {les points}}}}',
  flopGroupingNote: 'Lecture de {marks} comme séparateur de milliers : {exact}.',
  flopGroupingDecimalNote:
    'Lecture de {marks} comme séparateur de milliers et de la virgule comme séparateur décimal : {exact}.',
  flopTooLargeCheckFigure:
    'Cela dépasse 10^30 FLOP, ce qui n’est pas plausible pour un entraînement. Vérifiez la valeur.',
  flopPfDaysNote: '{days} petaFLOP/s-jours lus comme {words} (1 petaFLOP/s-jour = 8,64 × 10¹⁹ FLOP).',
  flopPfDaysCommaNote:
    '{days} petaFLOP/s-jours (la virgule lue comme séparateur décimal) lus comme {words} (1 petaFLOP/s-jour = 8,64 × 10¹⁹ FLOP).',
  flopNumberBeforeUnit: 'Saisissez le nombre avant l’unité, {examples}.',
  flopPrefixCase:
    'Écrivez le préfixe d’unité en majuscule : {upper}FLOP. Un « {prefix} » minuscule n’est pas un multiple de FLOP.',
  flopUnknownPrefix:
    '« {prefix} » n’est pas un préfixe d’unité connu de cet outil. Utilisez k, M, G, T, P, E, Z ou Y devant FLOP (380 ZFLOP = 3.8 × {gpaiThreshold}), ou écrivez le nombre avec un exposant, comme 3.8e23.',
  flopNegative:
    'La puissance de calcul ne peut pas être négative. Saisissez le nombre total de FLOP sous forme de valeur positive, par exemple 3.8e25.',
  flopNotFinite: '« {value} » n’est pas un nombre de FLOP. Saisissez une valeur finie, {examples}.',
  flopSuperscript:
    'Les chiffres en exposant ne sont lus que comme une puissance de dix, comme 4.2·10²⁴. Ou écrivez 4.2e24.',
  flopAmbiguous:
    '« {written} » est ambigu : le « {mark} » peut être {kind, select, comma {un séparateur décimal ou un séparateur de milliers} other {un séparateur décimal ou un séparateur de milliers (comme en allemand ou en italien)}}. Écrivez {whole} (ou {grouped}) s’il sépare les milliers, ou {decimal} s’il s’agit d’un séparateur décimal.',
  flopGroupWithMarks:
    'Ne groupez pas les chiffres avec des virgules ou des points : ils pourraient être lus comme séparateurs décimaux. Écrivez {example} — ou groupez avec des espaces (2 000 000) ou des traits de soulignement (2_000_000).',
  flopDigitsExample: '{digits} ou {exponent}',
  flopGroupThrees:
    'Groupez les chiffres par trois à partir de la droite (2 000 000 ou 2_000_000), ou supprimez les espaces (2000000).',
  flopOnePower:
    'Utilisez une seule façon d’écrire la puissance de dix : 3.8e25 ou 3.8 × {systemicRiskPower}, pas les deux.',
  flopAddPower: 'Ajoutez la puissance de dix après 10, par exemple 3.8 × {systemicRiskPower}.',
  flopPowerAfterSign:
    'Écrivez la puissance de dix sous la forme {systemicRiskPower} après le signe, par exemple 3.8 × {systemicRiskPower} ou 3.8e25.',
  flopExponentMissing: 'L’exposant manque après « e ». Écrivez-le comme 3.8e25.',
  flopAddUnit:
    'Ajoutez FLOP après le préfixe d’unité, par exemple 380 ZFLOP ; ou écrivez le nombre avec un exposant, comme 3.8e23.',
  flopUnreadable: 'Impossible de lire « {text} » comme un nombre de FLOP. Écrivez-le {examples}.',
  flopTooLarge:
    'Cela dépasse 10^30 FLOP, ce qui n’est pas plausible pour un entraînement. Vérifiez l’exposant : 3.8e25 signifie 3.8 × {systemicRiskPower}.',
  flopCommaNote: 'Virgule lue comme séparateur décimal : {echoed}',
  flopRangePowerBothEnds:
    'Écrivez la puissance de dix aux deux bornes de la fourchette, par exemple 2e24–4e24 ou 2 × 10^24 à 4 × 10^24.',
  flopRangeLower: 'La borne inférieure de la fourchette : {message}',
  flopRangeUpper: 'La borne supérieure de la fourchette : {message}',
  flopRangeSmallerFirst: 'Écrivez d’abord la valeur la plus petite : {low} à {high}.',
  flopRangeUpperNote:
    'Une fourchette de {low} à {high} : la réponse retient sa borne supérieure, {words}, car une valeur plus élevée ne réduit jamais les obligations.',
  flopRangeLowerNote:
    'Une fourchette de {low} à {high} : la réponse retient sa borne inférieure, {words}, car une puissance de calcul d’origine plus faible abaisse le tiers que votre modification doit dépasser (R24).',
  estCountWhole: 'Saisissez le nombre d’accélérateurs sous forme de nombre entier, par exemple 1024.',
  estCountAtLeastOne: 'Le nombre d’accélérateurs doit être d’au moins 1.',
  estCountNotWhole: 'Saisissez un nombre entier d’accélérateurs ({rounded}, et non {count}).',
  estDurationBoth: 'Indiquez la durée en jours ou en heures, pas les deux.',
  estDurationMissing:
    'Indiquez pendant combien de temps les accélérateurs ont servi à l’entraînement, en jours ou en heures.',
  estDurationNumber:
    'Saisissez la durée en nombre {unit, select, hours {d’heures} other {de jours}}, par exemple 30.',
  estDurationPositive: 'La durée doit être supérieure à 0 {unit, select, hours {heure} other {jour}}.',
  estUnknownAccelerator:
    'Accélérateur inconnu « {accelerator} ». Choisissez-en un dans la liste ou saisissez ses FLOP/s de crête.',
  estPeakMissing:
    'Choisissez un accélérateur ou saisissez les FLOP/s de crête d’une unité, par exemple 9.89e14 pour 989 TFLOP/s.',
  estPeakPositive:
    'Saisissez les FLOP/s de crête d’un accélérateur sous forme de nombre positif, par exemple 9.89e14 pour 989 TFLOP/s.',
  estPeakTooLow:
    '{peak} FLOP/s est bien trop faible pour un accélérateur d’entraînement — la valeur a-t-elle été saisie en TFLOP/s ? {peak} TFLOP/s correspondent à {flop} FLOP/s.',
  estPeakTooHigh:
    '{peak} FLOP/s dépasse ce que fournit un accélérateur isolé. Saisissez la crête d’une unité ; le nombre d’unités la multiplie.',
  estUtilisationMissing:
    'Saisissez le taux d’utilisation moyen sous forme de fraction de la crête entre 0 et 1, par exemple 0.4 pour 40 %.',
  estUtilisationPositive:
    'Le taux d’utilisation doit être supérieur à 0 : c’est la part de la crête effectivement atteinte, par exemple 0.4 pour 40 %.',
  estUtilisationPercent:
    'Le taux d’utilisation est une fraction entre 0 et 1, et non un pourcentage, et ne peut pas dépasser 1 (100 %) : pour {percent} % écrivez {fraction}.',
  estUtilisationAboveOne: 'Le taux d’utilisation ne peut pas dépasser 1 (100 % de la crête).',
  estNoPeriod: 'Ajoutez au moins une période d’entraînement.',
  estHardwareTooLarge:
    'L’estimation est de {flop}, soit plus de 10^30 FLOP. Vérifiez les données : durée en jours ou en heures, crête en FLOP/s (et non TFLOP/s × 10^12 deux fois).',
  estParametersPositive:
    'Saisissez le nombre de paramètres sous forme de nombre positif, par exemple 7e9 pour un modèle de 7 milliards de paramètres.',
  estParametersInBillions:
    'Saisissez le nombre de paramètres lui-même, et non en milliards : {given} milliards font {count}.',
  estTokensPositive:
    'Saisissez le nombre de jetons d’entraînement sous forme de nombre positif, par exemple 2e12 pour 2 000 milliards de jetons.',
  estTokensInTrillions:
    'Saisissez le nombre de jetons lui-même, et non en billions : {given} billions font {count}.',
  estArchitectureTooLarge:
    '6 × P × D donne {flop}, soit plus de 10^30 FLOP. Vérifiez le nombre de paramètres et de jetons.',
  estBand: '{low} – {high}',
  estHardwareFormula: 'C = N × L × H × U = {term}',
  estHardwareFormulaSum: 'C = somme de N × L × H × U sur {n} périodes : {terms} = {total}',
  estParenthesised: '({term})',
  estPlus: '{a} + {b}',
  estHours: '{hours} h',
  estDays: '{days} jours',
  estTerm: '{count} unités × {seconds} s ({duration}) × {peak} FLOP/s{hardware} × {utilisation} = {flop}',
  estTermLabelled:
    '{label} : {count} unités × {seconds} s ({duration}) × {peak} FLOP/s{hardware} × {utilisation} = {flop}',
  estPresetNote: 'Crête de {name} : {peak} FLOP/s, {precision} ({source}).',
  estAssumeFactors:
    'N, L, H et U tels que saisis ; L ne compte que le temps pendant lequel les accélérateurs ont entraîné le modèle (R44).',
  estAssumePeak:
    'H est la crête théorique en FLOP/s d’une unité à la précision utilisée pendant l’entraînement ; toutes les opérations comptent de la même façon, quelle que soit la précision (R46).',
  estAssumeUtilisation:
    'U est le taux d’utilisation moyen sur toute la période : la part de la crête effectivement atteinte (R44).',
  estAssumePeriods:
    'Le matériel ou le nombre d’unités a changé pendant l’entraînement : la puissance de calcul de chaque période est additionnée (R44).',
  estAssumeFullUtilisation:
    'Un taux d’utilisation de 1 (100 % de la crête) est un plafond ; les entraînements réels atteignent moins.',
  estComputeScope:
    'Pour le critère de {gpaiPower} et le critère du tiers, ne comptez que la puissance de calcul ayant directement contribué aux mises à jour des paramètres (R12, R42) ; pour le critère de {systemicRiskPower}, ajoutez la génération de données synthétiques non publiques et la puissance de calcul à l’origine des poids fusionnés ou d’initialisation (R33).',
  estBestJudgement:
    'Estimation au mieux : les lignes directrices admettent une erreur globale allant jusqu’à {estimateTolerance} (R43) ; la valeur réelle est donc réputée se situer entre {band}.',
  estArchitectureFormula: 'C ≈ 6 × P × D = 6 × {parameters} paramètres × {tokens} jetons = {flop}',
  estAssumeDense:
    'Transformeur dense : environ 6 FLOP par paramètre et par jeton d’entraînement, soit une passe avant et une passe arrière par jeton (R45).',
  estAssumeLarge:
    'Grand modèle : le nombre de paramètres est bien supérieur à 1/12 de la longueur du contexte en jetons (R45).',
  estAssumeTokens: 'D compte chaque jeton traité pendant l’entraînement, y compris les époques répétées.',
  estAssumeOtherArchitectures:
    'Pour d’autres architectures (par exemple à mélange d’experts), comptez les passes × les opérations par passe, ou utilisez l’estimation fondée sur le matériel (R44, R45).',
  estNameGpai: 'critère indicatif d’un modèle d’IA à usage général',
  estNameSystemicRisk: 'présomption de risque systémique',
  estExactlyThreshold:
    '{flop} est exactement {t}, ce qui ne dépasse pas ce seuil ({name}) : il faut plus de {t} ({rule}, E2).',
  estAboveThreshold: '{flop} est supérieur à {t} ({name}, {rule}).',
  estBelowThreshold: '{flop} est inférieur à {t} ({name}, {rule}).',
  estThresholdWithinBand:
    '{t} se situe dans la marge de ±{estimateTolerance} autour de la valeur ({band}) ; une estimation plus précise pourrait le faire passer de l’autre côté. Documentez la méthode et continuez à suivre la valeur (R43, E2).',
  estOneThirdExactly:
    '{mod} de puissance de calcul de la modification représentent exactement un tiers de {basis}. Cela ne remplit pas le critère, qui exige plus d’un tiers (R24, E2).',
  estOneThirdMet:
    '{mod} de puissance de calcul de la modification dépassent {oneThird}, soit un tiers de {basis} : le critère indicatif pour devenir le fournisseur du modèle modifié est rempli (R23, R24).',
  estOneThirdNotMet:
    '{mod} de puissance de calcul de la modification ne dépassent pas {oneThird}, soit un tiers de {basis} : le critère indicatif pour devenir le fournisseur du modèle modifié n’est pas rempli (R24, R30).',
  estOneThirdWithinBand:
    'Le tiers se situe dans la marge de ±{estimateTolerance} autour de la valeur de la modification ({band}) ; une estimation plus précise pourrait changer cela (R43).',
  estBasisOriginal: '{flop} du modèle d’origine',
  estBasisFallbackSystemicRisk:
    '{flop} (la puissance de calcul du modèle d’origine est inconnue et il présente un risque systémique, R25)',
  estBasisFallbackNoSystemicRisk:
    '{flop} (la puissance de calcul du modèle d’origine est inconnue et il ne présente pas de risque systémique, R25)',
  estBasisFallbackUnknown:
    '{flop} (ni la puissance de calcul du modèle d’origine ni l’existence d’un risque systémique ne sont connues : la lecture prudente, R25, E4)',
  estRangeSpans:
    'Votre fourchette ({range}) englobe {t} ({name}, {rule}) : la valeur réelle pourrait se situer de part ou d’autre. La réponse retient {recorded}, {side, select, above {au-dessus} other {pas au-dessus}}. Resserrez l’estimation si possible, et documentez la méthode et son incertitude (R43, E2).',
  accVendorDatasheet: 'fiche technique du fabricant',
  accNoteV100:
    'Pas de prise en charge du BF16 ; 125 TFLOP/s est la crête FP16 des cœurs tensoriels (variante PCIe : 112 TFLOP/s).',
  accNoteA100:
    '624 TFLOP/s est la valeur avec parcimonie (sparsity) ; utilisez la valeur dense de 312 TFLOP/s.',
  accNoteH100:
    'La valeur phare de 1 979 TFLOP/s de la fiche technique s’entend avec parcimonie (sparsity) ; en dense, environ 989 TFLOP/s. Les variantes PCIe/NVL sont inférieures.',
  accNoteH200: 'Même crête de calcul que le H100 SXM ; le H200 diffère par la mémoire.',
  accNoteB200: 'Par GPU ; la valeur de 4,5 PFLOP/s s’entend avec parcimonie (sparsity).',
  accNoteGb200:
    'Par GPU d’une superpuce GB200 (deux GPU par superpuce) ; comptez les GPU, pas les superpuces.',
  accNoteMi300x: 'La valeur de 2 614,9 TFLOP/s s’entend avec parcimonie (sparsity).',
  accNotePerChip: 'Par puce.',
  importSummaryTooLarge:
    'Ce fichier est trop volumineux pour être un fichier de réponses GPAI Navigator (ceux-ci font quelques kilo-octets).',
  importSummaryNotJson:
    'Ce fichier n’est pas un JSON valide\u00a0; il ne peut donc pas être lu comme des réponses.',
  importSummaryDuplicate:
    'Ce fichier donne deux fois la même réponse\u00a0; on ne sait donc pas laquelle est voulue.',
  importSummaryRecord:
    'Le fichier n’a pas pu être importé\u00a0: les sources et notes ou la validation qu’il contient ne sont pas valides.',
  importSummaryVersion:
    'Ce fichier utilise une version du schéma de réponses que cette version de GPAI Navigator ne sait pas lire.',
  importSummaryInvalid:
    '{n, plural, one {Le fichier n’a pas pu être importé\u00a0: une réponse n’est pas valide.} other {Le fichier n’a pas pu être importé\u00a0: # réponses ne sont pas valides.}}',
  importSummaryUnreadable: 'Ce fichier n’a pas pu être lu comme des réponses.',
};
