import type { Messages } from '../../message-id';
import type { signposts as en } from '../en/signposts';

export const signposts: Messages<typeof en> = {
  art50_1Article: 'Article 50, paragraphe 1',
  art50_1Title: 'Informer les personnes qu’elles interagissent avec un système d’IA',
  art50_1Text:
    'Les fournisseurs de systèmes d’IA destinés à interagir directement avec des personnes physiques doivent les concevoir de manière que ces personnes soient informées qu’elles interagissent avec un système d’IA, sauf si cela est évident.',
  art50_2Article: 'Article 50, paragraphe 2',
  art50_2Title: 'Marquer les sorties de synthèse dans un format lisible par machine',
  art50_2Text:
    'Les fournisseurs de systèmes d’IA, y compris de systèmes d’IA à usage général, qui génèrent des contenus de synthèse de type audio, image, vidéo ou texte doivent veiller à ce que les sorties soient marquées dans un format lisible par machine et identifiables comme ayant été générées par une IA. Applicable à partir du {finesApply} ; les systèmes mis sur le marché avant cette date ont jusqu’au {art50MarkingLegacyDeadline} (article 111, paragraphe 4).',
  highRiskArticle: 'Article 6',
  highRiskTitle: 'Vérifier si le système d’IA est à haut risque',
  highRiskText:
    'Un système d’IA utilisé à une fin visée à l’annexe III (par exemple emploi, crédit, éducation, services essentiels) est à haut risque à partir du {annexIIIHighRiskApplies} ; un système d’IA qui est un composant de sécurité d’un produit relevant de la législation d’harmonisation visée à l’annexe I l’est à partir du {annexIHighRiskApplies}. Les systèmes d’IA à haut risque sont soumis à leurs propres obligations pour les fournisseurs et les déployeurs.',
  art25Article: 'Article 25',
  art25Title:
    'Obligations tout au long de la chaîne de valeur de l’IA si un système d’IA à usage général devient à haut risque',
  art25Text:
    'Quiconque modifie la destination d’un système d’IA à usage général de telle manière qu’il devient un système d’IA à haut risque devient le fournisseur d’un système d’IA à haut risque.',
  annexXiiInfoArticle: 'Article 53, paragraphe 1, point b)',
  annexXiiInfoTitle: 'Demander au fournisseur du modèle ses informations destinées aux fournisseurs en aval',
  annexXiiInfoText:
    'Le fournisseur du modèle d’IA à usage général doit mettre les informations visées à l’annexe XII à la disposition des fournisseurs de systèmes d’IA qui l’intègrent, afin qu’ils puissent comprendre ses capacités et ses limites et respecter leurs propres obligations.',
  complaintArticle: 'Article 89, paragraphe 2',
  complaintTitle:
    'Introduire auprès du Bureau de l’IA une réclamation pour violation par le fournisseur du modèle',
  complaintText:
    'Les fournisseurs en aval peuvent introduire auprès du Bureau de l’IA une réclamation alléguant qu’un fournisseur d’un modèle d’IA à usage général enfreint le règlement.',
};
