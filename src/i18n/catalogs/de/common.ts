import type { Messages } from '../../message-id';
import type { common as en } from '../en/common';

export const common: Messages<typeof en> = {
  yes: 'Ja',
  no: 'Nein',
  unknown: 'Weiß ich nicht',
  notGiven: 'Nicht angegeben',
  none: 'Keine',
  value: '{value}',
  number: '{n, number}',
};
