/** Words used across the report: answers in words, placeholders. */
export const common = {
  yes: 'Yes',
  no: 'No',
  unknown: "I don't know",
  notGiven: 'Not given',
  none: 'None',
  /** A parameter standing alone as an answer (a date, a FLOP figure, a list). */
  value: '{value}',
  number: '{n, number}',
};
