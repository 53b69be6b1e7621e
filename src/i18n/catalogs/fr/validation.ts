import type { Messages } from '../../message-id';
import type { validation as en } from '../en/validation';

export const validation: Messages<typeof en> = {};
