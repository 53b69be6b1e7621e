import { describe, expect, it } from 'vitest';
import { RULE_REGISTRY } from '../../engine/rules/registry';
import { english } from '../../i18n/all';
import { groupBySection, SECTION_IDS, slug } from './sections';

describe('rules page anchors', () => {
  it('names each section by the slug of its English heading, the anchor links already point to', () => {
    const sections = groupBySection(RULE_REGISTRY);
    expect(sections.length).toBe(15);
    for (const section of sections) expect(section.id).toBe(slug(english.t(section.title)));
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(Object.keys(SECTION_IDS).length).toBe(sections.length);
  });
});
