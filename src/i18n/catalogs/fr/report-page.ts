import type { Messages } from '../../message-id';
import type { reportPage as en } from '../en/report-page';

export const reportPage: Messages<typeof en> = {
  // Document titles
  docTitleReport: 'Rapport — GPAI Navigator',
  docTitleReportFor: 'Rapport pour {name} — GPAI Navigator',
  docTitleVersion: 'Rapport pour {name}, version {seq} — GPAI Navigator',
  docTitleBadLink: 'Ce lien ne peut pas être ouvert — GPAI Navigator',
  docTitleNotFound: 'Rapport introuvable — GPAI Navigator',
  docTitleNoAnswers: 'Pas encore de réponses — GPAI Navigator',
  // Share-link report (ReportPage)
  badLinkTitle: 'Ce lien ne peut pas être ouvert',
  startNew: 'Commencer une nouvelle évaluation',
  saveAndChange: 'Enregistrer dans mon espace de travail et les modifier',
  linkRulesChangedTitle: 'Les règles ont changé depuis la création de ce lien.',
  linkRulesChangedText:
    'Le lien a été créé avec la version des règles {linkVersion} ; ce rapport applique les règles actuelles (version {currentVersion}) et peut donc différer de ce que l’expéditeur a vu. {link}.',
  seeWhatChanged: 'Voir ce qui a changé',
  today: 'aujourd’hui',
  sourceShareLink: 'Un lien de partage',
  // Report header and footer (ReportView, Sections)
  kicker: 'Règlement sur l’IA · Évaluation d’un modèle GPAI',
  titleFor: 'Rapport pour {name}',
  titleYours: 'Votre rapport',
  evaluatedAsOfLine: 'Évalué au {date} · version des règles {version}',
  exportsHeading: 'Conserver et partager ce résultat',
  // At a glance
  glanceHeading: 'En un coup d’œil',
  glanceObligations: 'Obligations',
  glanceNoGpaiObligations: 'Aucune obligation relative aux modèles d’IA à usage général',
  glanceNoneApply: 'Aucune ne s’applique à vous',
  glanceApply: '{n} applicables : {counts}',
  glanceSystemDuties: 'Obligations des systèmes d’IA',
  notAssessed: 'Non évaluée',
  glanceDutiesToCheck:
    '{n, plural, one {Une obligation} other {# obligations}} à vérifier vous-même ({link})',
  glanceListedBelow: 'liste ci-dessous',
  overdue: 'En retard',
  glanceNextDate: 'Prochaine date',
  glanceNext: '{date} ({relative}) : {label}',
  glanceDueNow: 'À remplir dès maintenant : les obligations en retard ci-dessus',
  glanceNoDatesAhead: 'Aucune date à venir',
  glanceNoKnownDateAhead: 'Aucune date connue à venir',
  glanceNoGpaiDates: 'Aucune date relative aux modèles d’IA à usage général',
  glanceNoObligationDate:
    'Aucune date à venir pour vos obligations relatives aux modèles d’IA à usage général',
  glanceUnknownDates:
    'Pas encore connue : la date de {articles} dépend d’une réponse « Je ne sais pas » ({link}).',
  glanceOpenQuestionsLink: 'questions ouvertes',
  glanceSystemDateAhead:
    'Obligation de système d’IA à venir (non évaluée) : {article}, {title}, à partir du {date}.',
  overdueWasDue: '{article} — échéance le {date}',
  overdueWasDueAtLatest: '{article} — échéance au plus tard le {date}',
  // Verdict cards
  verdictsHeading: 'Conclusions',
  roleLabel: 'Rôle : ',
  basedOnAnswers: 'Sur la base de vos réponses',
  unclearInLaw: 'Point de droit incertain ({rule}) : ',
  readingChosen: 'Interprétation retenue : ',
  whyRulesApplied: 'Pourquoi : les règles appliquées',
  legalBasis: 'Base juridique',
  otherReadingRule: 'Autre interprétation ({rule}) : ',
  role_provider:
    'Fournisseur — vous développez le modèle (ou l’avez fait développer) et le mettez sur le marché',
  'role_modification-provider':
    'Fournisseur du modèle modifié — vos obligations portent sur votre modification',
  'role_integrator-as-model-provider':
    'Fournisseur du modèle — le fournisseur en amont a exclu l’UE, et vous introduisez le modèle dans l’UE',
  'role_downstream-system-provider':
    'Fournisseur en aval — vous construisez un système d’IA sur le modèle d’un tiers',
  role_host:
    'Hébergeur — vous mettez à disposition les modèles de tiers ; le fournisseur est celui qui les téléverse',
  role_contractor:
    'Prestataire — vous développez ou modifiez le modèle pour un client qui le met sur le marché sous son propre nom ; le fournisseur est le client',
  'role_not-placed': 'Non mis sur le marché de l’Union, donc aucune obligation de fournisseur ne naît',
  'role_out-of-scope': 'Hors du champ des règles applicables aux modèles d’IA à usage général',
  // Obligations
  obligationsHeading: 'Vos obligations',
  noObligationsProvider: 'Aucune obligation relative aux modèles d’IA à usage général ne s’applique à vous.',
  noObligationsNotProvider:
    'Vous n’êtes pas le fournisseur d’un modèle d’IA à usage général ; les obligations relatives à ces modèles ne s’appliquent donc pas à vous.',
  systemDutiesMayApply:
    'Des obligations relatives aux systèmes d’IA peuvent néanmoins s’appliquer : voir {link}.',
  signpostsLinkText: 'les obligations des systèmes d’IA non évaluées par cet outil',
  obligationsSummary:
    '{n, plural, one {Une obligation s’applique} other {# obligations s’appliquent}} : {counts}.',
  obligationsListLabel: 'Obligations applicables',
  whyObligations: 'Pourquoi ces obligations et ces dates',
  notApplicableHeading: 'Non applicables ou exemptées',
  exemptedFallback: 'Exemptée.',
  exemptedReason: 'Exemptée : {reason}',
  countOverdue: '{n} en retard',
  countUpcoming: '{n} à venir',
  countDateUnknown: '{n, plural, one {# à date inconnue} other {# à dates inconnues}}',
  countInForce: '{n} en vigueur',
  countDone: '{n} faites',
  prepareFromLabel: 'Se préparer à partir du {date} :',
  scopeLabel: 'Portée : ',
  codeOfPracticeChapter: 'Chapitre du code de bonnes pratiques : ',
  whatToProduce: 'À produire ({n, plural, one {# élément} other {# éléments}})',
  // Obligation status (badge and its second line)
  inForceSince: 'Applicable depuis le {date}',
  mustBeMetBy: 'À respecter au plus tard le {date}',
  mustBeMetByIn: 'À respecter au plus tard le {date} ({relative})',
  statusDue:
    '{when, select, today {Échéance aujourd’hui} later {{n, plural, one {Échéance dans # jour} other {Échéance dans # jours}}} other {Échéance}}{atLatest, select, yes { au plus tard} other {}}',
  dueAndAppliesFrom: '{due} ; applicable à partir du {date}',
  appliesLater: 'Applicable plus tard',
  appliesToday: 'Applicable aujourd’hui',
  appliesIn: '{n, plural, one {Applicable dans # jour} other {Applicable dans # jours}}',
  appliesFrom: 'Applicable à partir du {date}',
  wasDue: 'Échéance le {date}',
  wasDueAtLatest: 'Échéance au plus tard le {date}',
  wasDueKeepRecord: '{was} — si c’est déjà fait, conservez-en la trace',
  notifiedDeadline: 'Notification faite ; le délai expirait le {date}',
  notified: 'Notification faite',
  inPlaceRequiredBy: 'En place, selon votre réponse ; exigé au plus tard le {date}',
  inPlaceRequiredSince: 'En place, selon votre réponse ; exigé depuis le {date}',
  inPlace: 'En place, selon votre réponse',
  dateUnknownDetail: 'La date dépend d’une réponse « Je ne sais pas » — voir les questions ouvertes.',
  // Signposts
  signpostsHeading: 'Obligations des systèmes d’IA non évaluées par cet outil',
  signpostsIntro:
    'Vous construisez ou exploitez un système d’IA reposant sur un modèle d’IA à usage général. Ces obligations des fournisseurs et des déployeurs de systèmes d’IA peuvent s’appliquer à vous. Cet outil ne les évalue pas : vérifiez chacune d’elles au regard de votre système.',
  // Timeline
  timelineHeading: 'Calendrier',
  noDatesApply: 'Aucune date ne s’applique.',
  milestonesLabel: 'Étapes',
  evaluationDate: 'Date d’évaluation : {date}',
  atTheLatest: 'Au plus tard le',
  kind_law: 'Le règlement',
  kind_model: 'Votre modèle',
  kind_deadline: 'Échéance',
  kind_designation: 'Désignation',
  kind_reassessment: 'Réévaluation',
  // "Evaluate as of" control
  evaluateAsOf: 'Évaluer au',
  asOfHint:
    'Voyez ce qui s’applique à une autre date, ou reproduisez une évaluation antérieure. Saisissez une date comme {example} ou {exampleNumeric} (le jour avant le mois). La date est conservée dans l’adresse de la page.',
  asOfDayInMonth: 'Saisissez un jour de {month}, par exemple 1 {month}.',
  asOfRange: 'Saisissez une date comprise entre le {from} et le {to}.',
  backTo: 'Revenir à {when} ({date})',
  asOfEmpty: 'Saisissez une date ; d’ici là, le rapport reste évalué au {date}.',
  asOfReadsAs: 'Lu comme {words}',
  asOfInvalid: '{message} Le rapport reste évalué au {date}.',
  versionsDate: 'la date de la version',
  // Enforcement
  enforcementHeading: 'Contrôle de l’application et amendes',
  enforcementFrom:
    'À partir du {date}, la Commission contrôle le respect des obligations des fournisseurs de modèles d’IA à usage général.',
  enforcementPowers: 'Ce que la Commission peut faire',
  enforcementFines: 'Amendes (article 101, paragraphe 1)',
  enforcementFineFor: 'La Commission peut infliger une amende à un fournisseur pour :',
  maximumFine: 'Amende maximale : ',
  // Warnings, open questions, ambiguities, counterfactuals
  warningsHeading: 'Avertissements',
  openQuestionsHeading: 'Questions ouvertes et hypothèses',
  openQuestionsIntro:
    'Vous avez répondu « Je ne sais pas » à ces questions. Le rapport retient la réponse indiquée ; posez la question à la personne désignée et mettez vos réponses à jour lorsque vous en saurez plus.',
  ask: 'Demander à',
  assumedForNow: 'Hypothèse retenue',
  ambiguitiesHeading: 'Là où le droit est incertain',
  ambiguousPrefix: 'Incertain : ',
  otherReading: 'Autre interprétation : ',
  counterfactualsHeading: 'Ce qui changerait ce résultat',
  // About this report
  aboutHeading: 'À propos de ce rapport',
  rulesVersion: 'Version des règles',
  legalSourcesAsOf: 'Sources juridiques à jour au',
  evaluatedAsOf: 'Évalué au',
  answersHash: 'Empreinte des réponses',
  answersFrom: 'Réponses issues de',
  notLegalAdvice:
    'Ceci n’est pas un conseil juridique. Ce rapport applique des règles publiées à vos réponses ; seule la Cour de justice de l’UE interprète le règlement sur l’IA de manière contraignante.',
  // Small building blocks
  rule: 'Règle',
  rules: 'Règles',
  ambiguous: 'Incertain',
  traceQuestion: '{question} : ',
  // Answers and their sources
  answersHeading: 'Vos réponses et leurs sources',
  noSources:
    'Aucune réponse n’a encore de source ni de note. Elles peuvent être ajoutées à chaque réponse sur les écrans des questions.',
  allAnswers: 'Les {n} réponses',
  provenanceSource: 'Source : {source}',
  provenanceExact: 'Exacte',
  provenanceEstimate: 'Estimation',
  // Migrated answers
  migratedUnderRules: 'Ces réponses ont été données sous les règles {version} (format de réponses {format}).',
  migratedUnderEarlierRules:
    'Ces réponses ont été données sous des règles antérieures (format de réponses {format}).',
  migrationChanged: 'La révision 2 des règles a modifié la lecture de certaines réponses :',
  migrationUnchanged:
    'La révision 2 des règles lit chacune de ces réponses comme auparavant ; le rapport applique les règles actuelles.',
  // Failure states
  notWorkedOutTitle: 'Le rapport n’a pas pu être établi',
  notWorkedOutText:
    'Une erreur s’est produite lors de l’application des règles à ces réponses. Vos réponses sont inchangées. Veuillez réessayer plus tard, ou vérifier vos réponses.',
  badAsOf:
    'La date d’évaluation figurant dans l’adresse de la page (« {value} ») n’est pas une date valide au format AAAA-MM-JJ ; le rapport est donc évalué à la date de {fallback}.',
  // Report actions
  reportActions: 'Actions sur le rapport',
  changeAnswers: 'Modifier vos réponses',
  checkAnswers: 'Vérifier les réponses',
  newAssessment: 'Nouvelle évaluation',
  shareChangeHint:
    'Pour modifier ces réponses, enregistrez-les dans votre espace de travail : le lien reste tel quel, et rien de ce qui est enregistré dans ce navigateur n’est remplacé.',
  versionChangeHint:
    'Les modifications se font dans le brouillon de l’évaluation et sont conservées comme nouvelle version ; cette version ne change jamais.',
  // Save to workspace
  sharedModel: 'Modèle partagé',
  saveToWorkspace: 'Enregistrer dans mon espace de travail',
  storeRefused: 'Le navigateur a refusé d’enregistrer les réponses.',
  saving: 'Enregistrement…',
  notSaved:
    'Non enregistré : {error} Les réponses restent dans ce lien ; vous pouvez aussi les télécharger sous « Conserver et partager ce résultat ».',
  // Versions and sign-off (RecordLine)
  openAssessment: 'Ouvrir l’évaluation « {name} »',
  keepingVersion: 'Conservation de ce résultat comme version de l’évaluation…',
  versionN: 'Version {seq}',
  recordedVersion:
    '{version}, enregistrée le {date}. Elle conserve ces réponses et ce résultat sans changement ; toute modification des réponses sera conservée comme nouvelle version.',
  recordedSignedVersion:
    '{version}, enregistrée le {date} et validée. Elle conserve ces réponses et ce résultat sans changement ; toute modification des réponses sera conservée comme nouvelle version.',
  whatIf: 'Évalué à un autre jour qu’aujourd’hui : cette vue n’est pas conservée comme version.',
  whatIfLatest:
    'Évalué à un autre jour qu’aujourd’hui : cette vue n’est pas conservée comme version (la plus récente est la version {seq}).',
  versionFailed:
    'Ce résultat n’a pas pu être conservé comme version : {message} Le rapport ci-dessous reste établi à partir des réponses enregistrées ; téléchargez-le sous « Conserver et partager ce résultat » pour en garder une copie.',
  forVersions: '{link} pour ses versions, sa validation et ses tâches.',
  versionHeader:
    '{version} de « {name} », enregistrée le {recorded} (évaluée alors au {asOf}, version des règles {rules}). Une version enregistrée ne change jamais.',
  forOtherVersions: '{link} pour ses autres versions, sa validation et ses tâches.',
  signedOff: 'Validé',
  signedBy: 'Validé par {name} le {date}{end}',
  signedByRole: 'Validé par {name}, {role}, le {date}{end}',
  signedNote: ' : {note}',
  signedEnd: '.',
  locksHash: 'La validation verrouille les réponses d’empreinte {hash} : cette version ne peut plus changer.',
  notCryptographic:
    'Il s’agit d’une trace de relecture conservée dans ce navigateur, et non d’une signature cryptographique.',
  versionRulesChangedTitle: 'Les règles ont changé depuis l’enregistrement de cette version.',
  versionRulesChangedText:
    'Elle a été enregistrée sous la version des règles {recordedVersion} ; ce rapport applique les règles actuelles (version {currentVersion}) à ses réponses et peut donc différer du résultat enregistré à l’époque. {link}.',
  compareVersion: 'Comparer cette version avec l’évaluation selon les règles actuelles',
  // Workspace report states
  openingAssessment: 'Ouverture de l’évaluation…',
  workspaceUnavailable: 'L’espace de travail ne peut pas être ouvert',
  versionMissing: 'Cette version ne se trouve pas dans l’espace de travail de ce navigateur',
  assessmentMissing: 'Cette évaluation ne se trouve pas dans l’espace de travail de ce navigateur',
  missingText:
    'Elle a peut-être été supprimée, ou enregistrée dans un autre navigateur : les évaluations ne sont conservées que dans le navigateur où elles ont été créées. Un lien de partage ou un fichier exporté permet de les transférer ailleurs.',
  openWorkspace: 'Ouvrir votre espace de travail',
  noReportYetFor: 'Pas encore de rapport pour « {name} »',
  screensNeedAnswer: 'Ces écrans attendent encore une réponse avant que le rapport puisse être établi :',
  continueQuestions: 'Continuer avec les questions',
  checkYourAnswers: 'Vérifier vos réponses',
  sourceVersion:
    'Version {seq} de « {name} », enregistrée le {date}, dans l’espace de travail de ce navigateur',
  sourceDraft: 'Le brouillon de « {name} » dans l’espace de travail de ce navigateur',
  // Bare #/report
  lookingForAnswers: 'Recherche de vos réponses…',
  noAnswersTitle: 'Pas encore de réponses pour un rapport',
  noAnswersText:
    'Le rapport est établi à partir des réponses d’une évaluation, et l’espace de travail de ce navigateur n’en contient encore aucune.',
  workspaceUnreadable:
    'L’espace de travail de ce navigateur n’a pas pu être lu\u00a0; ce rapport ne peut donc pas être affiché. Vos enregistrements ne sont pas modifiés.',
};
