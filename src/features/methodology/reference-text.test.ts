/**
 * Issue #11: every item of the engine's reference data on #/methodology (changelog lines, legal sources, the
 * Commission's holiday decisions, law parameters, worked scenarios) has a message in the `reference` area of
 * every language, and the English catalog renders exactly the engine's English, so the English page does not
 * change by a character.
 */
import { describe, expect, it } from 'vitest';
import { COMMISSION_HOLIDAYS } from '../../engine/law/commission-holidays';
import { LAW, type LawId } from '../../engine/law/parameters';
import { RULES_CHANGELOG } from '../../engine/rules-version';
import { SCENARIOS } from '../../engine/scenarios/scenarios';
import { SOURCES } from '../../engine/sources';
import type { MessageId, Param } from '../../engine/text';
import { translatorFor } from '../../i18n/all';
import { de } from '../../i18n/catalogs/de';
import { en } from '../../i18n/catalogs/en';
import { fr } from '../../i18n/catalogs/fr';
import {
  changeMessage,
  holidayDecisionMessage,
  holidayOjMessage,
  lawLabelMessage,
  lawReferenceMessage,
  scenarioMessage,
  scenarioTitleParams,
  sourceNoteMessage,
  sourceReferenceMessage,
  sourceTitleMessage,
} from './reference-text';

const english = translatorFor('en');

/** Each engine item: its message, the params the page passes, and the engine's own English. */
type Item = readonly [MessageId, Record<string, Param>, string];
const ITEMS: Item[] = [
  ...RULES_CHANGELOG.flatMap((entry) =>
    entry.changes.map((c) => [changeMessage(entry.version, c), {}, c.text] as Item),
  ),
  ...SOURCES.flatMap((s) => [
    [sourceTitleMessage(s.code), {}, s.title] as Item,
    [sourceReferenceMessage(s.code), {}, s.reference] as Item,
    [sourceNoteMessage(s.code), {}, s.note] as Item,
  ]),
  ...COMMISSION_HOLIDAYS.flatMap((h) => [
    [holidayDecisionMessage(h.year), {}, h.decision] as Item,
    [holidayOjMessage(h.year), {}, h.oj] as Item,
  ]),
  ...(Object.keys(LAW) as LawId[]).flatMap((id) => [
    [lawLabelMessage(id), {}, LAW[id].label] as Item,
    [lawReferenceMessage(id), {}, LAW[id].reference] as Item,
  ]),
  ...SCENARIOS.map((s) => [scenarioMessage(s.id), scenarioTitleParams(english, s), s.title] as Item),
];

describe('the reference area of the catalogs', () => {
  it('has one message per engine item, in every language, and no message without an item', () => {
    const ids = ITEMS.map(([id]) => id.replace(/^reference\./, ''));
    expect(new Set(ids).size).toBe(ids.length);
    for (const catalog of [en, de, fr])
      expect(Object.keys(catalog.reference).sort()).toEqual([...ids].sort());
  });

  it.each(ITEMS)('%s renders the engine’s English exactly', (id, params, text) => {
    expect(english.m(id, params)).toBe(text);
  });

  it.each(['de', 'fr'] as const)('renders every item in %s, not in English', (lang) => {
    const tr = translatorFor(lang);
    for (const [id, params, text] of ITEMS) {
      const written = tr.m(id, params);
      expect(written.length, id).toBeGreaterThan(0);
      // Proper names and bare references may read the same in every language; sentences may not.
      if (/\b(the|and|of|is|not|with)\b/.test(text)) expect(written, id).not.toBe(text);
    }
  });
});
