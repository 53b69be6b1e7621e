import type { Messages } from '../../message-id';
import type { law as en } from '../en/law';

// Art. 101(1): "bis zu 3 % seines gesamten weltweiten Jahresumsatzes im vorangegangenen Geschäftsjahr oder
// 15 000 000 EUR, je nachdem, welcher Betrag höher ist".
export const law: Messages<typeof en> = {
  fineCeiling:
    '{percent} des gesamten weltweiten Jahresumsatzes im vorangegangenen Geschäftsjahr oder {eur}, je nachdem, welcher Betrag höher ist',
  eur: '{amount} EUR',
};
