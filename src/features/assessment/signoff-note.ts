import type { MessageId } from '../../i18n/message-id';

/** What a sign-off is and is not, said wherever one is made or shown (issue #9 "the app says so"). */
export const NOT_A_SIGNATURE = 'workspace.notASignature' satisfies MessageId;
