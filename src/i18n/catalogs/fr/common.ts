import type { Messages } from '../../message-id';
import type { common as en } from '../en/common';

export const common: Messages<typeof en> = {
  yes: 'Oui',
  no: 'Non',
  unknown: 'Je ne sais pas',
  notGiven: 'Non renseigné',
  none: 'Aucun',
  value: '{value}',
  number: '{n, number}',
};
