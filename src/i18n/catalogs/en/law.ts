/** The law's values written out (src/i18n/law-values.ts). */
export const law = {
  fineCeiling:
    '{percent} of total worldwide annual turnover in the preceding financial year or {eur}, whichever is higher',
  eur: 'EUR {amount}',
};
