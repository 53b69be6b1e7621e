/** Words of the update notice and the framing refusal, which run beside or before the app. */
export const offline = {} as const;
