import type { Messages } from '../../message-id';
import type { reference as en } from '../en/reference';

export const reference: Messages<typeof en> = {};
