import { describe, expect, it } from 'vitest';
import { annex, art, cop, gl, omni, rec, SOURCES, tpl } from './sources';

const CONSOLIDATED = 'https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/eng';
const OJ = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng';

describe('citation links go as deep as each publisher allows', () => {
  it('an article links to the consolidated Act at that article (EUR-Lex has no paragraph ids there)', () => {
    expect(art('53(1)(a)')).toEqual({ ref: 'Art. 53(1)(a)', source: 'AIA', url: `${CONSOLIDATED}#art_53` });
    expect(art('3(63)').url).toBe(`${CONSOLIDATED}#art_3`);
    expect(art('101(1)').url).toBe(`${CONSOLIDATED}#art_101`);
    expect(art('52').url).toBe(`${CONSOLIDATED}#art_52`);
  });

  it('an article with a letter suffix keeps it in the anchor (Art. 75a → #art_75a)', () => {
    expect(art('75a').url).toBe(`${CONSOLIDATED}#art_75a`);
  });

  it('a recital links to the Official Journal text (consolidated texts carry no recitals)', () => {
    expect(rec(97)).toEqual({ ref: 'Rec. 97', source: 'AIA', url: `${OJ}#rct_97` });
  });

  it('an annex links to the consolidated Act at the annex', () => {
    expect(annex('XIII')).toEqual({ ref: 'Annex XIII', source: 'AIA', url: `${CONSOLIDATED}#anx_XIII` });
    expect(annex('XI', 'Section 2')).toEqual({
      ref: 'Annex XI Section 2',
      source: 'AIA',
      url: `${CONSOLIDATED}#anx_XI`,
    });
  });

  it('the guidelines link to the Commission’s page, the section named in the reference', () => {
    const c = gl('§3.2.1');
    expect(c.ref).toBe('GL §3.2.1');
    expect(c.source).toBe('GL');
    expect(c.url).toBe(SOURCES.find((s) => s.code === 'GL')?.url);
    expect(c.url).toMatch(/^https:\/\/digital-strategy\.ec\.europa\.eu\/en\/library\//);
  });

  it('the Code of Practice and the template link to the Commission’s own pages, never a third-party site', () => {
    expect(cop('Transparency')).toEqual({
      ref: 'Code of Practice, Transparency chapter',
      source: 'COP',
      url: 'https://digital-strategy.ec.europa.eu/en/policies/ai-code-practice',
    });
    expect(cop().ref).toBe('Code of Practice');
    expect(tpl().url).toMatch(/^https:\/\/digital-strategy\.ec\.europa\.eu\//);
  });

  it('the Omnibus links to its ELI in the Official Journal', () => {
    expect(omni('Art. 1(20)')).toEqual({
      ref: 'Reg. (EU) 2026/1744 Art. 1(20)',
      source: 'OMNI',
      url: 'http://data.europa.eu/eli/reg/2026/1744/oj',
    });
    expect(omni('').ref).toBe('Reg. (EU) 2026/1744');
  });
});
