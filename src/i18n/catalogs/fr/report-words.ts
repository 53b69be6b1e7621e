import type { Messages } from '../../message-id';
import type { reportWords as en } from '../en/report-words';

export const reportWords: Messages<typeof en> = {
  dayAndDate:
    '{weekday, select, 0 {dimanche} 1 {lundi} 2 {mardi} 3 {mercredi} 4 {jeudi} 5 {vendredi} other {samedi}} {date}',
  rule1182:
    'un délai qui prend fin un samedi, un dimanche ou un jour férié prend fin à l’expiration du jour ouvrable suivant (règlement (CEE, Euratom) nº 1182/71, article 3, paragraphe 4)',
  rule1182Sentence:
    'Un délai qui prend fin un samedi, un dimanche ou un jour férié prend fin à l’expiration du jour ouvrable suivant (règlement (CEE, Euratom) nº 1182/71, article 3, paragraphe 4).',
  movedBecause: '{why} : {rule}.',
  moved: 'Reporté du {nominal} au {lastDay}. {reason}',
  periodAtLatest:
    'Au plus tard le {lastDay} : {length} après la première mise sur le marché le {from}. La date à laquelle le seuil a été atteint n’est pas connue ; s’il l’a été avant la mise sur le marché, l’échéance était fixée deux semaines après cette date (R89).',
  periodExact: '{length} après le {from} ; dernier jour le {lastDay}.',
  due: 'Échéance le {date}',
  dueAtLatest: 'Échéance au plus tard le {date}',
  prepareFromNote:
    'les lignes directrices de la Commission font courir les obligations liées au risque systémique à partir du jour où le seuil a été atteint ; le règlement les rattache à la mise sur le marché, ce rapport les applique donc au plus tard à partir du {from} (ambigu, E28).',
  placing: 'jour de la mise sur le marché',
  prepareFrom: 'Se préparer à partir du {date} : {note}',
  stepNotifiedYes: 'Vous avez répondu que la Commission a été informée.',
  stepNotifiedNo: 'Vous avez répondu que la Commission n’a pas été informée.',
  stepNotifiedUnknown: 'Vous avez répondu ne pas savoir si la Commission a été informée.',
  stepYes: 'Vous avez répondu que cela est en place.',
  stepNo: 'Vous avez répondu que cela n’est pas encore en place.',
  stepUnknown: 'Vous avez répondu ne pas savoir si cela est en place.',
  verdictTitle_gpai: 'Modèle d’IA à usage général ?',
  verdictTitle_provider: 'En êtes-vous le fournisseur ?',
  verdictTitle_systemicRisk: 'Risque systémique',
  verdictTitle_openSource: 'Exemption pour les modèles libres et ouverts',
  role_provider: 'Fournisseur du modèle',
  'role_modification-provider': 'Fournisseur du modèle modifié (obligations limitées à la modification)',
  'role_integrator-as-model-provider': 'Traité comme le fournisseur du modèle (chaîne hors de l’UE)',
  'role_downstream-system-provider':
    'Fournisseur en aval d’un système d’IA (pas d’obligations liées au modèle)',
  role_host: 'Hébergeur de modèles mis à disposition par d’autres (pas leur fournisseur)',
  role_contractor:
    'Prestataire qui développe ou modifie le modèle pour un client qui le met sur le marché sous son propre nom (le client est le fournisseur)',
  'role_not-placed': 'Non mis sur le marché de l’Union',
  'role_out-of-scope': 'Hors du champ des règles applicables aux modèles d’IA à usage général',
  today: 'aujourd’hui',
  inDays: '{n, plural, one {dans # jour} other {dans # jours}}',
  daysAgo: '{n, plural, one {il y a # jour} other {il y a # jours}}',
  appliesFrom: 'Applicable à partir du {date}',
  noDate: 'Pas de date (dépend d’une réponse inconnue)',
  withPrepareFrom: '{dates} ; se préparer à partir du {date} (E28)',
  statusInForce: 'En vigueur',
  statusUpcoming: 'À venir',
  statusDueIn: 'Échéance {days}',
  statusAppliesIn: 'Applicable {days}',
  statusOverdue: 'En retard',
  statusOverdueBy: '{n, plural, one {En retard de # jour} other {En retard de # jours}}',
  statusExempted: 'Exemptée',
  statusDateUnknown: 'Date inconnue',
  statusDone: 'Faite',
  riskNone: 'Aucun',
  riskPresumed: 'Présumé',
  riskDesignated: 'Désigné',
};
