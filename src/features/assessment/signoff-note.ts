/** What a sign-off is and is not, said wherever one is made or shown (issue #9 "the app says so"). */
export const NOT_A_SIGNATURE =
  'A sign-off is a record of review kept in this browser’s workspace, not a cryptographic signature: it does not prove who signed. It locks the version: its answers and result can no longer change, and editing starts a new draft.';
