/**
 * The memo's fixed words in English, for tests and end-to-end checks to compare against (the memo itself writes
 * them in its reader's language). Here rather than in the memo's modules, so that exporting a memo in German or
 * French loads no English.
 */
import { english } from '../../i18n/all';

export const MEMO_TITLE = english.m('documents.memoTitle');
export const DISCLAIMER = english.m('documents.disclaimer');
export const NOT_A_CRYPTOGRAPHIC_SIGNATURE = english.m('documents.notACryptographicSignature');
export const MANDATE_CHECKLIST_HEADING = english.m('documents.mandateHeading');
export const NOTIFICATION_DRAFT_HEADING = english.m('documents.notificationDraftHeading');
