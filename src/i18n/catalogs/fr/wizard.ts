import type { Messages } from '../../message-id';
import type { wizard as en } from '../en/wizard';

export const wizard: Messages<typeof en> = {
  // ── Commandes communes ──
  back: 'Retour',
  or: 'ou',
  errorPrefix: 'Erreur\u00a0:',
  errorSummaryTitle: 'Il y a un problème',
  noticeInfo: 'Information\u00a0:',
  noticeWarning: 'Avertissement\u00a0:',
  noticeSuccess: 'Terminé\u00a0:',

  // ── Page de questions ──
  stepDocumentTitle: '{error, select, yes {Erreur\u00a0: } other {}}{title} – étape {position} sur {total}',
  resumingTitle: 'Reprise de vos réponses',
  resuming: 'Nous vous ramenons là où vous vous étiez arrêté…',
  pageNotFound: 'Page introuvable',
  noSuchStep: 'Il n’existe pas de page de questions nommée «\u00a0{step}\u00a0».',
  goToStart: 'Aller à la page d’accueil',
  stepDoesNotApply:
    'Ces questions ne concernent pas votre situation au vu de vos réponses\u00a0; vous n’avez donc pas à y répondre. Les réponses que vous y avez données auparavant sont conservées mais ne sont pas utilisées.',
  continueWithApplicable: 'Continuer avec les questions applicables',
  backToAnswers: 'Retour à vos réponses',
  continue: 'Continuer',
  saveAndReturn: 'Enregistrer et revenir',
  savedAsYouType:
    'Vos réponses sont enregistrées dans l’espace de travail de ce navigateur au fur et à mesure de la saisie. Rien n’est envoyé nulle part. La page demande au navigateur de conserver ce stockage même lorsque l’espace vient à manquer, afin que votre travail ne soit pas effacé à votre insu\u00a0; exportez l’espace de travail pour en conserver une copie ailleurs.',
  manageInWorkspace: 'Renommer, dupliquer ou supprimer cette évaluation dans votre espace de travail',
  droppedQuestions:
    '{n, plural, one {# question n’est plus nécessaire} other {# questions ne sont plus nécessaires}} après votre réponse\u00a0: {questions}.',

  // ── Progression ──
  stepOf: 'Étape {position} sur {total}',
  lastStep: 'dernière étape avant la vérification de vos réponses',
  moreAfterThis: 'encore {n} après celle-ci',
  stepsChanged: 'Vos dernières réponses ont modifié les étapes\u00a0: {changes}.',
  stepsRemoved:
    '{n, plural, one {# étape n’est plus nécessaire} other {# étapes ne sont plus nécessaires}} ({titles})',
  stepsAdded: '{n, plural, one {# étape ajoutée} other {# étapes ajoutées}} ({titles})',
  stepsForAnswers: 'Étapes pour vos réponses',
  stepThisPage: 'cette page',
  stepAnswered: 'répondu',
  stepToDo: 'à faire',
  stepsExplained: 'Des étapes sont ajoutées ou retirées selon ce que vos réponses rendent applicable.',

  // ── Aide et indications sous une question ──
  whyWeAsk: 'Pourquoi nous posons cette question, et la source',
  rules: 'Règles\u00a0:',
  sources: 'Sources\u00a0:',
  opensInNewTab: ' (s’ouvre dans un nouvel onglet)',
  examplesTitle: '{title}\u00a0:',

  // ── Source ou note d’une réponse ──
  addSourceOrNote: 'Ajouter une source ou une note',
  source: 'Source',
  sourceHint:
    'Qui ou quoi l’affirme, par exemple «\u00a0responsable ML\u00a0» ou «\u00a0journal d’entraînement run-42\u00a0».',
  note: 'Note',
  exactOrEstimate: 'Ce chiffre est-il exact ou estimé\u00a0?',
  exact: 'Exact',
  estimate: 'Estimation',
  sourceLine: 'Source\u00a0: {source}',

  // ── Saisie des nombres, dates et puissance de calcul ──
  countNumber: 'Nombre',
  countHint: 'Par exemple 7e9, 7 000 000 000, 7,000,000,000 ou 7B.',
  countHaveNumber: 'J’ai un nombre ou une estimation',
  readAs: 'Lu comme {value}',
  dateLabel: 'Date',
  dateYesOnThisDate: 'Oui, à cette date',
  dateOnThisDate: 'À cette date',
  dateReadsAs: 'Lu comme {value}',
  dateMonthOnly: 'Seul le mois est indiqué ({month})\u00a0: la réponse retient {why}.',
  dateMonthFirst:
    'le premier jour, afin que rien de ce qui est compté à partir de cette date ne tombe plus tard que possible',
  dateMonthLast: 'le dernier jour, afin que rien ne soit considéré comme fait plus tôt qu’il ne l’a été',
  flopLabel: 'Puissance de calcul en FLOP',
  flopHint:
    'Par exemple 3.8e25, {notation}, 380 ZFLOP, about 3e25 (environ) ou une plage telle que 2e25–4e25.',
  flopYesThisMuch: 'Oui, cette quantité',
  flopHaveFigure: 'J’ai un chiffre ou une estimation',
  flopAbout: '«\u00a0About\u00a0»\u00a0: lu comme une estimation. ',
  flopBand: 'Fourchette de ±{estimateTolerance}\u00a0: {low} à {high}',
  flopYourRange: '\u00a0; votre plage\u00a0: {low} à {high}',

  // ── Outil d’estimation de la puissance de calcul ──
  estimatorSummary: 'L’estimer à partir du matériel ou de l’architecture',
  estimatorHardwareHeading: 'À partir du matériel\u00a0: unités × durée × vitesse de crête × utilisation',
  estimatorAccelerator: 'Accélérateur',
  estimatorAcceleratorOption: '{name} — {peak} FLOP/s ({precision})',
  estimatorOther: 'Autre\u00a0: saisir sa vitesse de crête en FLOP/s',
  estimatorPeak: 'Vitesse de crête d’une unité en FLOP/s',
  estimatorPeakHint: 'À la précision utilisée pour l’exécution, par exemple 989e12.',
  estimatorUnits: 'Nombre d’unités',
  estimatorDays: 'Jours d’entraînement',
  estimatorUtilisation: 'Utilisation',
  estimatorUtilisationPercent: 'Utilisation (%)',
  estimatorUtilisationWhy:
    'L’utilisation indique quelle part de la vitesse de crête l’exécution a réellement obtenue, en moyenne. Les accélérateurs fonctionnent rarement à leur vitesse de crête\u00a0: ils attendent les données et s’attendent les uns les autres. 40\u00a0% est prérempli, car les grandes exécutions d’entraînement atteignent couramment environ 30\u00a0% à 50\u00a0% de la crête. Si votre équipe l’a mesurée (souvent appelée model FLOPs utilization, MFU), saisissez plutôt ce chiffre.',
  estimatorCalculateHardware: 'Calculer à partir du matériel',
  estimatorArchitectureHeading: 'À partir de l’architecture\u00a0: 6 × paramètres × tokens d’entraînement',
  estimatorArchitectureNote:
    'Pour les grands modèles Transformer denses. Des nombres comme 7B ou 2T conviennent.',
  estimatorParameters: 'Paramètres',
  estimatorParametersHint: 'Par exemple 7B ou 7e9.',
  estimatorTokens: 'Tokens d’entraînement',
  estimatorTokensHint: 'Y compris les époques répétées, par exemple 2T.',
  estimatorCalculateArchitecture: 'Calculer à partir de l’architecture',
  estimatorUnread: '{field}\u00a0: {message}',
  estimatorCheckInputs: 'Vérifiez les données saisies\u00a0:',
  estimatorResult: 'Estimation\u00a0: environ {flop}',
  estimatorAssumptions: 'Hypothèses à documenter',
  estimatorUse: 'Utiliser cette estimation',

  // ── Erreurs du formulaire ──
  exclusiveAndOthers: 'Sélectionnez soit «\u00a0{option}\u00a0», soit les autres options, mais pas les deux.',
  enterFlop: 'Saisissez la puissance de calcul en FLOP, par exemple 3.8e25 ou {notation}.',
  enterCount: 'Saisissez le nombre, par exemple 7e9 ou 7B.',
  countUnreadable:
    '«\u00a0{text}\u00a0» ne peut pas être lu comme un nombre. Écrivez-le par exemple 7e9, 7 000 000 000 ou 7B.',
  enterDate: 'Saisissez la date, par exemple {example}, ou sélectionnez «\u00a0Je ne sais pas\u00a0».',
  tooLong: 'Utilisez au maximum {max} caractères.',
  enterANumber: 'Saisissez un nombre.',
  numberUnreadable:
    'Impossible de lire «\u00a0{text}\u00a0» comme un nombre. Écrivez-le par exemple 2048, 2 048, 7e9 ou 7B.',

  // ── Enregistrement ──
  notSaved: 'Non enregistré',
  saving: 'Enregistrement…',
  saved: 'Enregistré',
  updatedFromOtherTab: 'Mis à jour depuis un autre onglet',
  conflictTitle: 'Cette évaluation a été modifiée dans un autre onglet',
  conflictBody:
    'Vos réponses ici n’ont pas été enregistrées, rien n’a donc été écrasé. Choisissez les réponses à conserver\u00a0: les vôtres (elles remplacent celles de l’autre onglet) ou celles de l’autre onglet (vos modifications sur cette page sont abandonnées).',
  keepMine: 'Conserver mes réponses',
  takeTheirs: 'Reprendre les réponses de l’autre onglet',
  notSavedTitle: 'Vos réponses sur cette page ne sont PAS enregistrées',
  notSavedBody:
    'Elles restent affichées et sont conservées tant que cette page reste ouverte. Téléchargez-les dans un fichier pour en garder une copie, puis réessayez.',
  downloadAnswers: 'Télécharger mes réponses (JSON)',
  tryAgain: 'Réessayer',
  answersFileWord: 'reponses',
  browserRefused: 'Le navigateur a refusé d’enregistrer les réponses.',
  assessmentDeleted:
    'Cette évaluation a été supprimée, peut-être dans un autre onglet. Vos réponses affichées ne sont pas enregistrées.',

  // ── Vérifier vos réponses ──
  checkTitle: 'Vérifier vos réponses',
  checkNoAssessment:
    'Aucune évaluation n’est ouverte, il n’y a donc pas encore de réponses à vérifier. Ouvrez-en une depuis votre espace de travail ou commencez-en une nouvelle.',
  startQuestions: 'Commencer les questions',
  openWorkspace: 'Ouvrir votre espace de travail',
  checkIntro:
    'Seules les réponses qui comptent pour votre situation sont listées. Les réponses aux questions qui ne s’appliquent plus sont conservées dans ce navigateur mais ne sont pas utilisées.',
  updatedFromOtherTabSentence: 'Mis à jour depuis un autre onglet.',
  stillNeedAnswer: 'Certaines questions attendent encore une réponse',
  notAnsweredYet: 'Pas encore de réponse.',
  change: 'Modifier',
  seeResult: 'Voir le résultat',
  inWorkspace: 'Cette évaluation dans votre espace de travail',

  // ── Évaluation introuvable ──
  assessmentNotFound: 'Évaluation introuvable',
  assessmentsUnavailable: 'Les évaluations enregistrées ne peuvent pas être ouvertes',
  assessmentNotFoundBody:
    'L’espace de travail de ce navigateur ne contient aucune évaluation à cette adresse. Elle a peut-être été supprimée, ou l’adresse provient d’un autre navigateur\u00a0: les évaluations ne sont conservées que dans le navigateur où elles ont été créées.',
  startNewAssessment: 'Commencer une nouvelle évaluation',
};
