/** The engine's reference data shown on #/methodology: changelog, source notes, law-parameter labels, worked-example titles. */
export const reference = {} as const;
