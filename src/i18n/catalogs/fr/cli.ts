import type { Messages } from '../../message-id';
import type { cli as en } from '../en/cli';

export const cli: Messages<typeof en> = {
  title: 'GPAI Navigator — évaluation au {date} ({iso})',
  rulesVersion:
    'Version des règles {version}. Ceci n’est pas un conseil juridique : les lignes directrices ne sont pas contraignantes.',
  verdictLine: '{name} : {text}',
  verdicts: 'Conclusions',
  verdict_gpai: 'Modèle d’IA à usage général',
  verdict_provider: 'Fournisseur',
  verdict_systemicRisk: 'Risque systémique',
  verdict_openSource: 'Exemption pour les modèles libres et ouverts',
  basedOn: 'Sur la base de : {answers}',
  rulesAndSources: 'Règles : {rules}. Sources : {sources}',
  ambiguous: 'Ambigu : {edgeCases} (voir Questions d’interprétation)',
  role: 'Rôle dans la chaîne de valeur : {role} [{key}]',
  compute: 'Puissance de calcul',
  parameterUpdateCompute: 'Calcul consacré aux mises à jour des paramètres (critère {gpaiPower}) : {flop}',
  cumulativeCompute: 'Calcul cumulé (critère {systemicRiskPower}) : {flop}',
  band: 'Marge de ±{estimateTolerance} (R43) : de {low} à {high}',
  deadlines: 'Échéances',
  notification: 'Notification à la Commission (article 52, paragraphe 1) : {when}',
  notOwed: 'non due, ou date inconnue',
  date: '{date}',
  atLatestDate: 'au plus tard le {date}',
  compliance: 'Respect des obligations : {when}',
  noneOrUnknown: 'aucune, ou date inconnue',
  obligations: 'Obligations',
  none: 'Aucune.',
  status_inForce: 'en vigueur',
  status_upcoming: 'à venir',
  status_overdue: 'EN RETARD',
  status_exempted: 'exemptée',
  status_dateUnknown: 'date inconnue',
  status_done: 'faite',
  appliesFrom: 'applicable à partir du {date}',
  stepsTaken: 'Mesures déjà prises : {step}',
  exempted: 'Exemptée : {reason}',
  scope: 'Portée : {scope}',
  whatToProduce: 'À produire :',
  codeOfPractice: 'Code de bonnes pratiques : {chapter}',
  notApplicable: 'Non applicables :',
  signposts: 'Obligations relatives aux systèmes d’IA non évaluées par cet outil',
  signpostsIntro:
    'Vous développez ou exploitez un système d’IA fondé sur un modèle d’IA à usage général. Ces obligations des fournisseurs et déployeurs de systèmes d’IA peuvent vous concerner ; cet outil ne les évalue pas.',
  notAssessed: 'NON ÉVALUÉ',
  timeline: 'Calendrier',
  atLatest: 'Au plus tard :',
  enforcement: 'Contrôle et amendes',
  enforcementIntro:
    'À partir du {date}, la Commission contrôle le respect des obligations des fournisseurs de modèles d’IA à usage général. Elle peut :',
  fineGrounds: 'Elle peut infliger une amende à un fournisseur (article 101, paragraphe 1) lorsqu’il :',
  maximumFine: 'Amende maximale : {ceiling}',
  ambiguities: 'Questions d’interprétation',
  readingChosen: 'Lecture retenue : {reading}',
  alternative: 'Autre lecture : {alternative}',
  warnings: 'Avertissements',
  openQuestions: 'Questions ouvertes',
  askWhom: 'À qui demander : {whom}. Hypothèse retenue entre-temps : {assumption} ({rules})',
  counterfactuals: 'Ce qui changerait le résultat',
  reasoning: 'Raisonnement',
  answer: 'Réponse : {answer}',
  footer: 'Version des règles {version} · évalué au {iso}.',
  notLegalAdvice:
    'Ceci n’est pas un conseil juridique : les lignes directrices de la Commission ne sont pas contraignantes ; seule la Cour de justice de l’Union européenne interprète le règlement sur l’IA de manière contraignante.',
  dateUnknown: 'date inconnue',
  today: 'aujourd’hui',
  tomorrow: 'demain',
  yesterday: 'hier',
  inDays: 'dans {n} jours',
  daysAgo: 'il y a {n} jours',
  // The command line's own words
  usage: `Utilisation : npm run assess -- <answers.json> [--as-of YYYY-MM-DD] [--format json|text]

Affiche le rapport de GPAI Navigator pour les réponses contenues dans <answers.json>.

  <answers.json>        fichier de réponses, version 2 du schéma (voir docs/answers.schema.json et
                        docs/examples/) ; un fichier de version 1 est migré, avec une ligne "note:"
                        sur stderr pour chaque réponse désormais lue différemment. "-" lit l’entrée
                        standard. Un fichier ordinaire UTF-8 d’au plus 256 Ko ; les clés ne doivent
                        pas se répéter
  --as-of YYYY-MM-DD    évaluer à cette date du calendrier (par défaut : aujourd’hui)
  --format json|text    json (par défaut) : l’objet du rapport ; text : un résumé lisible
  --lang en|de|fr       la langue des textes du rapport (par défaut en) ; les clés JSON et les
                        valeurs autres que les textes ne changent pas
  -h, --help            afficher cette aide

  npm run assess -- --compare <a.json> <b.json> [--as-of YYYY-MM-DD] [--json]
                        ce qui diffère entre deux fichiers de réponses (plus : --compare --help)

  npm run assess -- --batch <register.csv|register.jsonl> [--as-of YYYY-MM-DD]
                        une ligne de résultat par modèle d’un registre (plus : --batch --help)

Codes de sortie : 0 rapport affiché · 2 entrée incorrecte (arguments, fichier, JSON, réponses, date) · 1 erreur interne.
Ceci n’est pas un conseil juridique.
`,
  helpHint: 'Aide : "npm run assess -- --help".',
  unknownOption: 'Option inconnue "{name}".',
  unknownOptionNear: 'Option inconnue "{name}". Vouliez-vous dire "{near}" ?',
  needsValue: '{name} exige une valeur : {example}.',
  formatExample: '--format json ou --format text',
  givenTwice: '{name} est indiqué deux fois ; indiquez-le une seule fois.',
  missingAnswersFile: 'Le fichier de réponses manque : npm run assess -- <answers.json>.',
  oneAnswersFile: 'Indiquez un seul fichier de réponses ; reçu {count} : {files}.',
  formatValue: '--format doit être "json" ou "text", et non {value}.',
  langValue: '--lang doit être l’une des valeurs {langs}, et non {value}.',
  asOfFormat: '--as-of doit être une date écrite YYYY-MM-DD, par exemple 2026-11-25 ; reçu : {value}.',
  asOfCalendar:
    '--as-of {value} n’est pas une date du calendrier (ou est en dehors de 1900–2200). Vérifiez le jour et le mois.',
  standardInput: '(entrée standard)',
  readNoFile: '{file} : fichier introuvable. Vérifiez le chemin.',
  readDirectory: '{file} : ceci est un répertoire, et non un fichier de réponses.',
  readPermission: '{file} : permission refusée : le fichier ne peut pas être lu.',
  readNotRegular:
    '{file} : ceci est {kind}, et non un fichier ordinaire. Indiquez le chemin d’un fichier de réponses, ou "-" et les réponses sur l’entrée standard.',
  readTooLarge:
    '{file} : trop volumineux ({size}) : un fichier de réponses fait quelques kilo-octets ; au plus {kb} Ko sont lus.',
  readTerminal:
    '{file} : l’entrée standard est un terminal. Transmettez les réponses par un tube : npm run assess -- - < answers.json',
  readFailed: '{file} : lecture impossible ({error}).',
  kindFifo: 'un tube nommé (FIFO)',
  kindDevice: 'un périphérique',
  kindSocket: 'un socket',
  kindOther: 'pas un fichier ordinaire',
  bytes: '{n} octets',
  moreThanBytes: 'plus de {n} octets',
  notUtf8: '{file} : ce n’est pas du texte UTF-8. Enregistrez le fichier de réponses avec l’encodage UTF-8.',
  emptyFile: '{file} : le fichier est vide ; un objet JSON contenant les réponses est attendu.',
  jsonAt: '{file} : ligne {line}, colonne {column} : {reason}',
  notJson: '{file} : JSON non valide ({error}).',
  tooDeep: '{file} : le JSON est trop profondément imbriqué pour être un fichier de réponses.',
  duplicateKey:
    '{file} : ligne {line}, colonne {column} : la clé "{key}" apparaît deux fois dans {where} ; conservez-en une seule.',
  topLevelObject: 'l’objet de premier niveau',
  todayUnreadable: 'impossible de lire la date du jour ({date}) ; indiquez --as-of YYYY-MM-DD.',
  internalError: 'erreur interne lors de l’évaluation de {file} : {error}',
  bugInTool:
    'Il s’agit d’un défaut de GPAI Navigator, et non de vos réponses ; merci de le signaler avec le fichier de réponses.',
  batchUsage: `Utilisation : npm run assess -- --batch <register.csv|register.jsonl> [--as-of YYYY-MM-DD]

Affiche une ligne par modèle, séparée par des tabulations : nom, GPAI, rôle de fournisseur, risque
systémique, exemption open source, prochaine date. Les lignes incorrectes vont sur la sortie
d’erreur avec leur numéro de ligne.

  --batch <file>        un registre de modèles : CSV avec une ligne d’en-tête (colonnes dans le README,
                        "Model register (CSV)"), ou JSON Lines (.jsonl : un objet de réponses par
                        ligne). Un fichier ordinaire UTF-8 d’au plus {mb} Mo ; "-" lit l’entrée standard
  --as-of YYYY-MM-DD    évaluer à cette date du calendrier (par défaut : aujourd’hui)

Codes de sortie : 0 chaque ligne évaluée · 1 certaines lignes étaient incorrectes · 2 le fichier ne peut pas être lu.
Ceci n’est pas un conseil juridique.
`,
  batchOnlyAsOf: '--batch n’accepte que --as-of en plus du registre ; reçu : {arg}.',
  batchTwice: '--batch est indiqué deux fois ; indiquez un seul registre.',
  batchAsOf: '--as-of doit être une date réelle écrite YYYY-MM-DD, par exemple 2026-11-25 ; reçu : {value}.',
  batchMissingRegister: 'Le registre manque : npm run assess -- --batch register.csv.',
  batchReadDirectory: '{file} : ceci est un répertoire, et non un registre.',
  batchReadNotRegular: '{file} : ceci est {kind}, et non un fichier ordinaire.',
  batchReadTooLarge:
    '{file} : trop volumineux ({size}) ; un registre est lu jusqu’à {mb} Mo. Divisez-le en fichiers plus petits.',
  batchReadTerminal:
    '{file} : l’entrée standard est un terminal. Transmettez le registre par un tube : npm run assess -- --batch - < register.csv',
  batchNotUtf8: '{file} : ce n’est pas du texte UTF-8. Enregistrez le registre avec l’encodage UTF-8.',
  batchRowInternalError:
    'erreur interne lors de l’évaluation de cette ligne ({error}) ; il s’agit d’un défaut de GPAI Navigator, merci de le signaler.',
  batchAtLine: 'ligne {line} : {message}',
  batchAtLineColumn: 'ligne {line}, {column} : {message}',
  batchColumn: 'colonne {column}',
  batchNotJsonLine: 'JSON non valide ({error})',
  batchDuplicateKey: 'la clé "{key}" apparaît deux fois ; conservez-en une seule.',
  batchNoModelName: '(ligne {line}, sans nom de modèle)',
  batchEmptyJsonLines: 'le fichier est vide : un objet de réponses par ligne est attendu.',
  batchSummary:
    '{bad} lignes sur {total} présentaient des problèmes et n’ont pas été évaluées ; les {rest} autres figurent sur la sortie standard.',
  resultGpai: 'GPAI : {label}',
  resultRole: 'rôle : {role}',
  resultSystemicRisk: 'risque systémique : {label}',
  resultOpenSource: 'exemption open source : {label}',
  resultNext: 'prochaine échéance : {next}',
  compareUsage: `Utilisation : npm run assess -- --compare <a.json> <b.json> [--as-of YYYY-MM-DD] [--json]

Affiche ce qui diffère entre deux fichiers de réponses : les réponses, puis les conclusions, le rôle,
les obligations et les dates, chacun avec les règles (numéros R) et les raisons du changement.

  <a.json> <b.json>     deux fichiers de réponses, lus comme en mode fichier unique ("-" pour l’un
                        d’eux lit l’entrée standard)
  --as-of YYYY-MM-DD    évaluer les deux à cette date du calendrier (par défaut : aujourd’hui)
  --json                afficher la comparaison en JSON (format "gpai-navigator/comparison",
                        formatVersion 1 ; l’export JSON de la page web) au lieu du texte

Codes de sortie : 0 comparaison affichée (qu’ils diffèrent ou non) · 2 entrée incorrecte · 1 erreur interne.
Ceci n’est pas un conseil juridique.
`,
  compareAsOfValue: '--as-of exige une valeur : --as-of 2026-11-25.',
  compareUnknownOption: 'Option inconnue "{name}" avec --compare. Options : --as-of, --json.',
  compareTwoFiles:
    '--compare exige deux fichiers de réponses : npm run assess -- --compare a.json b.json ; reçu {count}.',
  compareTwoFilesListed:
    '--compare exige deux fichiers de réponses : npm run assess -- --compare a.json b.json ; reçu {count} : {files}.',
  compareStdinOnce: 'L’entrée standard ("-") ne peut être lue que pour un seul fichier.',
  compareAsOf:
    '--as-of doit être une date du calendrier écrite YYYY-MM-DD, par exemple 2026-11-25 ; reçu : {value}.',
  compareInternalError: 'erreur interne lors de la comparaison : {error}',
  compareBug:
    'Il s’agit d’un défaut de GPAI Navigator, et non de vos réponses ; merci de le signaler avec les deux fichiers.',
};
