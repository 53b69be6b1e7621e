import type { Messages } from '../../message-id';
import type { compare as en } from '../en/compare';

export const compare: Messages<typeof en> = {
  // Moteur
  answerExactly: '{answer} (exactement {exactly})',

  // La comparaison en mots
  statusInForce: 'En vigueur',
  statusUpcoming: 'À venir',
  statusOverdue: 'En retard',
  statusExempted: 'Exemptée',
  statusDateUnknown: 'Date inconnue',
  statusDone: 'Faite',
  deadlineNotification: 'Échéance de la notification au titre de l’article 52, paragraphe 1',
  deadlineCompliance: 'Échéance de mise en conformité',
  notAsked: 'Question non posée ou sans réponse',
  notReached: 'Non atteinte',
  stepSide: '{answer} — {outcome}',
  decisiveAnswers: 'Réponses déterminantes qui diffèrent : {answers}.',
  asOfMoved:
    'La date de référence diffère ({a} contre {b}) : le calendrier suffit à expliquer le changement.',
  reasonStep: '{rule} : {question}',
  sideA: 'A : {text}',
  sideB: 'B : {text}',
  doesNotApply: 'Ne s’applique pas',
  obligationState: '{status}',
  obligationApplies: '{status}, applicable à partir du {appliesFrom}',
  obligationDue: '{status}, échéance le {dueBy}',
  obligationAppliesDue: '{status}, applicable à partir du {appliesFrom}, échéance le {dueBy}',
  bothAsOf: 'Les deux évalués au {date}.',
  eachAsOf: 'Évalués au {a} (A) et au {b} (B).',
  bothRules: 'Les deux selon la version des règles {version}.',
  eachRules: 'Version des règles {a} (A) et {b} (B).',
  recordedSide:
    '{side} est le résultat tel qu’enregistré selon les règles {version} ; les motifs n’en ont pas été conservés, de sorte que ses changements citent les règles qui les régissent en général.',
  verdictAmbiguous: '{label} (incertain)',
  role: 'Rôle',
  obligationWhat: '{article} {title}',
  headingVerdicts: 'Conclusions',
  headingObligations: 'Obligations',
  headingDates: 'Échéances',
  verdictsDiffer: 'Conclusions qui diffèrent ({count})',
  obligationsDiffer: 'Obligations qui diffèrent ({count})',
  datesDiffer: 'Échéances qui diffèrent ({count})',
  noDifference: 'Aucune différence : les réponses et le résultat sont identiques.',

  // La page, le PDF et la ligne de commande
  answersDiffer: 'Réponses qui diffèrent ({count})',
  answersHeading: 'Réponses',
  noAnswerDiffers: 'Aucune réponse ne diffère.',
  answerRow: '{label} ({section})',
  resultHeading: 'Résultat',
  sameResult: 'Le résultat est identique : conclusions, rôle, obligations et échéances ne diffèrent pas.',
  rulesLine: 'Règles : {rules}',
  whyLine: 'Motif : {reason}',

  // La page
  comparisonHeading: 'Comparaison',
  rulesLabel: 'Règles :',
  whyHeading: 'Motifs',
  pageNote:
    'Ceci n’est pas un conseil juridique. Chaque différence cite les règles de la référence qui la régissent ; ouvrez un numéro de règle pour la lire.',
  exportHeading: 'Exporter cette comparaison',
  makingPdf: 'Création du PDF…',
  downloadPdf: 'Télécharger le PDF',
  downloadJson: 'Télécharger le JSON',
  pdfFailed: 'Le PDF n’a pas pu être créé : {error} Réessayez ou téléchargez le JSON.',
  jsonNoteBefore: 'Le JSON suit le format « gpai-navigator/comparison », version 1 — le même document que',

  // Les deux côtés et les sélecteurs
  sideInvalidAnswers: 'certaines réponses ne sont pas encore valides',
  sideAssessmentMissing: 'Cette évaluation ne se trouve pas dans l’espace de travail de ce navigateur.',
  sideDraftUnfinished:
    'Le brouillon de « {name} » n’est pas terminé : {screens} {count, plural, one {attend} other {attendent}} encore une réponse.',
  sideCurrentDraft: '{name} — brouillon actuel',
  sideVersionMissing: 'Cette version ne se trouve pas dans l’espace de travail de ce navigateur.',
  deletedAssessment: 'Une évaluation supprimée',
  sideUnreadable:
    'Les réponses de la version {seq} de « {name} » ne peuvent pas être lues par cette version de l’application : {issues}',
  sideVersionCurrentRules: '{name} — version {seq} selon les règles actuelles',
  sideVersion: '{name} — version {seq} ({date})',
  pickerVersionSigned: '{name} — version {seq} ({date}, validée)',
  pickerVersionCurrentRules: '{name} — version {seq} selon les règles actuelles ({rulesVersion})',
  pickerArchived: '{name} (archivée)',
  workspaceUnreadable: 'L’espace de travail de ce navigateur n’a pas pu être lu.',
  pageTitle: 'Comparer',
  pageHeading: 'Comparer deux évaluations',
  pageIntro:
    'Deux évaluations quelconques : deux modèles, deux versions d’un même modèle, une version et le brouillon actuel, ou les mêmes réponses à deux dates ou selon deux versions des règles. Les réponses qui diffèrent viennent d’abord, puis les conclusions, obligations et échéances qui diffèrent — chacune avec les règles qui ont joué.',
  addressBadRef: '{side} dans l’adresse ne désigne ni un brouillon ni une version.',
  addressBadDate:
    'La date de référence de {side} ({date}) n’est pas une date ; {side} utilise sa propre date.',
  openingWorkspace: 'Ouverture de l’espace de travail…',
  workspaceUnavailable: 'L’espace de travail ne peut pas être ouvert : {message}',
  emptyWorkspace: 'Votre espace de travail est vide : il n’y a encore rien à comparer.',
  openWorkspace: 'Ouvrez votre espace de travail',
  openWorkspaceAfter: ' pour commencer une évaluation.',
  readingSides: 'Lecture des deux côtés…',
  cannotCompare: 'Ces deux éléments ne peuvent pas encore être comparés :',
  compareFailed:
    'La comparaison n’a pas pu être établie ({message}). Il s’agit d’un défaut de GPAI Navigator, non de vos réponses.',
  chooseSide: 'Choisissez ce qui sera affiché en {side}.',
  dayInMonth: 'Indiquez un jour de {month}, par exemple le 1er {month}.',
  pickerFormLabel: 'Choisir ce qui est comparé',
  compareButton: 'Comparer',
  pickerLabel: 'Évaluation, version ou brouillon',
  pickerChoose: 'Choisir…',
  asOfLabel: 'Évaluer au (facultatif)',
  asOfHint:
    'Un jour tel que le {example}. Vide : un brouillon à la date du jour, une version à sa propre date.',

  // Le PDF
  pdfTitle: 'Comparaison : {a} et {b}',
  pdfSubject: 'Comparaison de deux évaluations par GPAI Navigator',
  pdfKeywords: 'règlement sur l’IA, modèle d’IA à usage général, GPAI, comparaison',
  pdfHeading: 'Comparaison de deux évaluations',
  pdfSideA: 'A : {label}',
  pdfSideB: 'B : {label}',
  pdfGenerated: 'Établi le {date}.',
  pdfDisclaimer:
    'Ceci n’est pas un conseil juridique. Comparaison de deux évaluations par GPAI Navigator selon les règles indiquées ci-dessus ; chaque différence est expliquée par les règles de la référence (RULES.md) qui la régissent.',
  pdfFooter: 'Comparaison GPAI Navigator',

  // La ligne de commande
  cliComparing: 'Comparaison de A : {label}',
  cliWith: '          avec B : {label}',
  cliNoAnswerDiffers: 'Réponses : aucune réponse ne diffère.',
  cliSameResult: 'Résultat : identique — conclusions, rôle, obligations et échéances ne diffèrent pas.',
  cliBecause: 'motif : {reason}',
  notLegalAdvice: 'Ceci n’est pas un conseil juridique.',
};
