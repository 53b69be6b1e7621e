import type { Messages } from '../../message-id';
import type { options as en } from '../en/options';

export const options: Messages<typeof en> = {
  yesNoUnknown_yes: 'Oui',
  yesNoUnknown_no: 'Non',
  yesNoUnknown_unknown: 'Je ne sais pas',
  role_developer: 'Nous avons entraîné le modèle nous-mêmes',
  role_commissioned: 'Nous avons fait entraîner le modèle pour notre compte par un tiers',
  role_commissioned_hint:
    'Par exemple, un prestataire l’a entraîné selon notre cahier des charges et nous le publions sous notre nom.',
  role_consortium: 'Nous développons le modèle avec d’autres organisations, au sein d’un consortium',
  role_consortium_hint:
    'Par exemple, un consortium de recherche ou industriel financé sur fonds publics, doté d’un coordinateur.',
  role_modifier: 'Nous modifions le modèle d’un tiers',
  role_modifier_hint:
    'Par exemple, le réglage fin, la poursuite de l’entraînement, la distillation, la fusion ou la quantification d’un modèle entraîné par une autre organisation.',
  role_integrator:
    'Nous utilisons seulement le modèle d’un tiers, sans le modifier, dans notre propre produit ou système d’IA',
  role_integrator_hint: 'Au moyen d’une API, ou en exécutant ses poids non modifiés.',
  role_host: 'Nous hébergeons ou répertorions les modèles d’autrui',
  role_host_hint:
    'Par exemple, une plateforme de modèles ou une place de marché en nuage sur laquelle d’autres déposent leurs modèles.',
  role_hobbyist:
    'Je suis une personne physique et n’agis pas pour le compte d’une entreprise ou d’une autre organisation',
  role_hobbyist_hint:
    'Nous vous demandons plus loin si vous faites payer le modèle ou l’exploitez à titre professionnel : ce sont ces faits qui décident, pas cette description.',
  role_research:
    'Nous sommes un laboratoire de recherche, une université ou un institut de recherche qui l’a entraîné',
  role_research_hint:
    'Nous vous interrogeons plus loin sur un éventuel prix, une activité commerciale ou une fourniture régulière : ce sont ces faits qui décident, pas cette description.',
  consortiumRole_coordinator: 'Nous coordonnons le consortium',
  consortiumRole_member: 'Nous en sommes membre, mais pas coordinateur',
  consortiumRole_unknown: 'Je ne sais pas',
  modality_text: 'Du texte, y compris du code',
  modality_speech: 'De la parole (audio contenant des mots prononcés)',
  modality_otherAudio: 'D’autres sons sans parole, tels que de la musique ou des effets sonores',
  modality_image: 'Des images générées à partir d’instructions textuelles (texte vers image)',
  modality_imageEdit: 'Des images produites uniquement à partir d’autres images (image vers image)',
  modality_imageEdit_hint:
    'Par exemple, l’agrandissement, la retouche par remplissage (inpainting) ou l’édition d’une image fournie.',
  modality_video: 'Des vidéos générées à partir d’instructions textuelles (texte vers vidéo)',
  modality_other: 'Autre chose',
  modality_other_hint:
    'Par exemple, des actions dans un jeu ou d’un robot, des champs météorologiques, des structures de protéines ou des étiquettes de classe.',
  modality_unknown: 'Je ne sais pas',
  singleTask_none: 'Non, il n’a pas été conçu pour une tâche spécifique',
  singleTask_transcription: 'Oui : la transcription de la parole',
  singleTask_textToSpeech: 'Oui : la synthèse vocale',
  singleTask_upscaling: 'Oui : l’agrandissement d’images',
  singleTask_inpainting: 'Oui : la retouche d’images par remplissage (inpainting)',
  singleTask_gamePlaying: 'Oui : jouer aux échecs ou à des jeux vidéo',
  singleTask_physicalModelling: 'Oui : la modélisation de la météo ou d’autres systèmes physiques',
  singleTask_music: 'Oui : la génération de musique à partir d’instructions, y compris de paroles',
  singleTask_soundEffects: 'Oui : la génération d’effets sonores',
  singleTask_otherSingleTask: 'Oui : une autre tâche unique et spécifique',
  singleTask_unknown: 'Je ne sais pas',
  task_conversation: 'Tenir une conversation et suivre des instructions (chat)',
  task_writing: 'Rédiger et réviser des textes',
  task_summarisation: 'Résumer des documents',
  task_translation: 'Traduire d’une langue à une autre',
  task_code: 'Écrire ou expliquer du code',
  task_questionAnswering: 'Répondre à des questions sur de nombreux sujets',
  task_reasoning: 'Mathématiques, planification ou autre raisonnement en plusieurs étapes',
  task_extraction: 'Classer des textes ou en extraire des informations',
  task_imageGeneration: 'Générer des images',
  task_imageUnderstanding: 'Décrire des images ou répondre à des questions à leur sujet',
  task_speechTasks: 'Reconnaître ou produire de la parole, parmi d’autres tâches',
  task_toolUse: 'Appeler des outils ou des API pour accomplir des tâches (en tant qu’agent)',
  task_none: 'Aucune de ces tâches',
  task_unknown: 'Je ne sais pas',
  channel_api: 'Au moyen d’une API',
  channel_package: 'Sous forme de bibliothèque ou de paquet logiciel contenant les poids',
  channel_hub: 'Par un téléchargement public des poids',
  channel_hub_hint:
    'Une plateforme ou un dépôt de modèles (par exemple Hugging Face), ou votre propre site web.',
  channel_physicalCopy: 'Sur une copie physique, telle qu’un disque',
  channel_cloud: 'Au moyen d’un service ou d’une place de marché d’informatique en nuage',
  channel_customerInfrastructure: 'Installé sur l’infrastructure propre des clients',
  channel_downstreamSupply: 'Fourni à une autre entreprise qui l’intègre dans son propre système d’IA',
  channel_downstreamSupply_hint:
    'Par exemple, dans le cadre d’une licence ou d’un contrat de fourniture avec une entreprise qui l’intègre.',
  channel_ownApp: 'Intégré dans notre propre chatbot, application ou système d’IA utilisé par d’autres',
  channel_internalEssential:
    'Utilisé dans nos propres processus dont dépend un produit ou un service que nous fournissons à des tiers',
  channel_internalAffectsPeople:
    'Utilisé en interne pour prendre ou étayer des décisions concernant des personnes — salariés, candidats ou clients',
  channel_internalOnly: 'Utilisé uniquement dans d’autres processus internes',
  channel_internalOnly_hint:
    'Aucun produit ni service destiné à des tiers ne dépend de cette utilisation, et elle ne prend aucune décision concernant des personnes.',
  channel_researchPartners:
    'Partagé uniquement avec des partenaires de recherche, à des seules fins de recherche',
  channel_notYet: 'Mis à la disposition de personne pour l’instant',
  channel_notYet_hint: 'Par exemple, encore en cours d’entraînement, de recherche ou de développement.',
  internalUseLocation_eu: 'Dans l’UE',
  internalUseLocation_outsideEu: 'Uniquement hors de l’UE',
  internalUseLocation_both: 'À la fois dans l’UE et hors de l’UE',
  internalUseLocation_unknown: 'Je ne sais pas',
  placingIntention_yes: 'Oui, nous entendons le mettre à disposition dans l’UE',
  placingIntention_yes_hint: 'Qu’une date soit fixée ou non.',
  placingIntention_no: 'Non, il sert uniquement à la recherche, au développement ou au prototypage',
  placingIntention_no_hint: 'Il n’est pas prévu de le mettre à disposition sur le marché de l’UE.',
  placingIntention_undecided: 'Pas encore décidé',
  euAvailability_direct:
    'Oui — des personnes ou des organisations dans l’UE peuvent l’obtenir ou l’utiliser auprès de nous',
  euAvailability_viaDownstream:
    'Uniquement par l’intermédiaire de tiers qui l’intègrent dans des systèmes utilisés dans l’UE',
  euAvailability_none: 'Non — il n’est pas du tout disponible dans l’UE',
  euAvailability_unknown: 'Je ne sais pas',
  nameOnModel_own: 'Notre propre nom ou notre propre marque',
  nameOnModel_client: 'Le nom ou la marque d’un client',
  nameOnModel_client_hint:
    'Nous le réalisons pour un client, qui le met à disposition en tant que son propre modèle.',
  nameOnModel_originalProvider: 'Le nom ou la marque du fournisseur d’origine',
  nameOnModel_originalProvider_hint:
    'Le modèle modifié est proposé en tant que modèle du fournisseur d’origine.',
  nameOnModel_unknown: 'Je ne sais pas',
  lifecycle_newModel: 'Un nouveau modèle, issu de son propre pré-entraînement à grande échelle',
  lifecycle_laterVersion: 'Une version ultérieure d’un modèle que nous avons déjà mis à disposition',
  lifecycle_laterVersion_hint:
    'Fondée sur le même pré-entraînement — par exemple entraînée davantage, affinée ou mise à jour par nous.',
  lifecycle_unknown: 'Je ne sais pas',
  commercial_price: 'Un prix, un abonnement ou une redevance de licence',
  commercial_otherMonetisation:
    'D’autres recettes qui y sont liées, telles que la publicité, des formules payantes ou une assistance payante nécessaire à son utilisation',
  commercial_apiOrAppBusiness:
    'Une API ou une application fondée sur celui-ci, proposée à des tiers à titre commercial',
  commercial_regularSupply: 'Sa fourniture régulière à des tiers, et non ponctuelle',
  commercial_none: 'Aucun de ces éléments',
  restriction_nonCommercial: 'Utilisation non commerciale ou à des fins de recherche uniquement',
  restriction_userCap:
    'Des limites qui s’appliquent au-delà d’un nombre d’utilisateurs (par exemple d’utilisateurs actifs mensuels)',
  restriction_separateCommercialLicence:
    'Une licence commerciale distincte est nécessaire pour certaines utilisations',
  restriction_noDistribution: 'La redistribution n’est pas autorisée',
  restriction_safetyClauses:
    'Des restrictions portant uniquement sur les utilisations présentant des risques importants pour la sécurité publique, la sûreté ou les droits fondamentaux, appliquées à tous de la même manière',
  restriction_attributionShareAlike: 'Des conditions d’attribution ou de partage dans les mêmes conditions',
  restriction_none: 'Aucune de ces clauses',
  monetisation_price: 'Un prix pour le modèle ou ses poids',
  monetisation_dualLicence:
    'Une double licence (gratuite pour certains, payante pour un usage commercial ou au-delà d’une certaine échelle)',
  monetisation_requiredPaidSupport:
    'Une assistance, des services ou un environnement d’exécution payants sans lesquels le modèle ne fonctionne pas ou n’est pas accessible',
  monetisation_exclusivePaidHosting:
    'Un hébergement exclusivement sur notre propre plateforme, payante ou financée par la publicité',
  monetisation_personalData:
    'Les utilisateurs doivent communiquer des données à caractère personnel pour l’obtenir ou l’utiliser',
  monetisation_optionalPaidServices:
    'Des options payantes facultatives dont l’utilisation gratuite ne dépend pas',
  monetisation_none: 'Aucune de ces formes',
  contest_none: 'Non, nous ne l’avons pas contestée',
  contest_pending: 'Oui — la Commission n’a pas encore statué',
  contest_accepted: 'Oui — la Commission a accepté nos arguments',
  contest_rejected: 'Oui — la Commission a rejeté nos arguments',
  contest_unknown: 'Je ne sais pas',
  euBusinessUsers_atLeast10000: '10 000 ou plus',
  euBusinessUsers_fewer: 'Moins de 10 000',
  euBusinessUsers_unknown: 'Je ne sais pas',
  codeOfPractice_full: 'Oui, tous les chapitres qui nous concernent',
  codeOfPractice_partial: 'Seulement certains chapitres',
  codeOfPractice_none: 'Non',
  codeOfPractice_unknown: 'Je ne sais pas',
  method_measured: 'Mesuré ou enregistré pendant l’entraînement',
  method_hardware:
    'Estimé à partir du matériel utilisé (unités × durée × débit de pointe × taux d’utilisation)',
  method_architecture: 'Estimé à partir de l’architecture (6 × paramètres × jetons d’entraînement)',
  method_unknown: 'Pas sûr',
};
