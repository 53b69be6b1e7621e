import { describe, expect, it } from 'vitest';
import { compareHref, versionAgainstDraft, versionUnderCurrentRules } from './links';

describe('compare links', () => {
  it('write the refs and optional dates the compare page reads', () => {
    expect(compareHref('d:a1', 'd:a1', { asOfA: '2026-01-15', asOfB: '2026-09-01' })).toBe(
      '#/compare?a=d%3Aa1&b=d%3Aa1&asOfA=2026-01-15&asOfB=2026-09-01',
    );
    expect(versionAgainstDraft('v1', 'a1')).toBe('#/compare?a=v%3Av1&b=d%3Aa1');
    expect(versionUnderCurrentRules('v1')).toBe('#/compare?a=v%3Av1&b=r%3Av1');
  });
});
