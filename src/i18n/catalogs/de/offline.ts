import type { Messages } from '../../message-id';
import type { offline as en } from '../en/offline';

export const offline: Messages<typeof en> = {};
