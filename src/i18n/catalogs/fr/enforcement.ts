import type { Messages } from '../../message-id';
import type { enforcement as en } from '../en/enforcement';

// Wording of the Act (FR, Official Journal): article 91 « Pouvoir de demander de la documentation et des
// informations » (paragraphe 1 : « … toute information supplémentaire nécessaire pour évaluer la conformité du
// fournisseur avec le présent règlement ») ; article 92 « Pouvoir de procéder à des évaluations »
// (paragraphe 3 : « l’accès … par l’intermédiaire d’API ou d’autres moyens et outils techniques appropriés, y
// compris le code source ») ; article 93 « Pouvoir de demander des mesures » (paragraphe 1, points a) à c), et
// paragraphe 3 : « rendre ces engagements contraignants ») ; article 101, paragraphe 1, points a) à d).
export const enforcement: Messages<typeof en> = {
  art91: 'Article 91',
  power91:
    'Demander au fournisseur la documentation et les informations nécessaires pour évaluer sa conformité avec le règlement.',
  art92: 'Article 92',
  power92:
    'Procéder à des évaluations du modèle, y compris au moyen d’un accès par l’intermédiaire d’API ou au code source.',
  art93: 'Article 93',
  power93:
    'Demander des mesures : mise en conformité, mesures d’atténuation des risques systémiques, restriction de la mise à disposition du modèle sur le marché, retrait ou rappel de celui-ci, ou rendre des engagements contraignants.',
  fineGroundA: 'Avoir enfreint les dispositions pertinentes du règlement.',
  fineGroundB:
    'Ne pas avoir donné suite à une demande de document ou d’informations au titre de l’article 91, ou avoir fourni des informations inexactes, incomplètes ou trompeuses.',
  fineGroundC: 'Ne pas s’être conformé à une mesure demandée au titre de l’article 93.',
  fineGroundD:
    'Ne pas avoir donné à la Commission accès au modèle en vue de procéder à une évaluation conformément à l’article 92.',
  ceiling: 'Jusqu’à {fineCeiling}, sans réduction pour les PME.',
};
