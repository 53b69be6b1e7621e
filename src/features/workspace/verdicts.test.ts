import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/evaluate';
import { translatorFor } from '../../i18n/all';
import { english } from '../../i18n/english';
import { PERSONAS } from '../../share/test-personas';
import { summarizeReport } from '../../shared/workspace/summary';
import { verdictBadges, verdictLabel } from './verdicts';

const badgesOf = (persona: string) => {
  const answers = PERSONAS[persona];
  if (!answers) throw new Error(persona);
  return verdictBadges(summarizeReport(evaluate(answers, '2026-11-30')));
};

describe('verdictBadges (the list keeps the report’s nuance, ADR 0080)', () => {
  it('a settled yes gets the tick; presumed systemic risk the alert; an ambiguity is kept', () => {
    const b = badgesOf('frontierLabOutsideEu');
    expect(b.gpai).toEqual({ label: 'Yes', ambiguous: false, tone: 'positive', icon: 'check' });
    expect(b.systemicRisk).toEqual({ label: 'Presumed', ambiguous: true, tone: 'caution', icon: 'alert' });
    expect(b.openSource).toMatchObject({ label: 'No', tone: 'neutral', icon: 'cross' });
  });

  it('"Probably" never wears the tick of a settled yes; "Not established" is drawn as unknown', () => {
    const b = badgesOf('fineTunerUnknownOriginalAboveFallback');
    expect(b.gpai).toMatchObject({ label: 'Probably', tone: 'caution', icon: 'help' });
    expect(b.systemicRisk).toMatchObject({ label: 'Not established', tone: 'unknown', icon: 'help' });
  });

  it('"Not applicable" is not a "No", and "Not yet" is conditional', () => {
    expect(badgesOf('apiIntegrator').systemicRisk).toMatchObject({ label: 'Not applicable', icon: 'na' });
    expect(badgesOf('researchPrototypeNeverPlaced').gpai).toMatchObject({ label: 'Not yet', icon: 'clock' });
  });
});

describe('verdictLabel (stored English labels shown in the reader’s language)', () => {
  it('maps each engine label back to its message; an unknown label is shown as stored', () => {
    const de = translatorFor('de');
    expect(verdictLabel(de, 'Yes')).toBe('Ja');
    expect(verdictLabel(de, 'Probably')).toBe('Wahrscheinlich');
    expect(verdictLabel(de, 'Presumed')).toBe('Vermutet');
    expect(verdictLabel(english, 'Not established')).toBe('Not established');
    expect(verdictLabel(de, 'Something older')).toBe('Something older');
  });
});
