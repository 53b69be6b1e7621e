import type { Messages } from '../../message-id';
import type { law as en } from '../en/law';

// Art. 101(1): "3 % de son chiffre d’affaires annuel mondial total réalisé au cours de l’exercice précédent ou
// 15 000 000 EUR, le montant le plus élevé étant retenu".
export const law: Messages<typeof en> = {
  fineCeiling:
    '{percent} du chiffre d’affaires annuel mondial total réalisé au cours de l’exercice précédent ou {eur}, le montant le plus élevé étant retenu',
  eur: '{amount} EUR',
};
