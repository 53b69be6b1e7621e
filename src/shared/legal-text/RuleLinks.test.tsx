import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isRuleRef } from '../../engine/rules/rule-ids';
import { linkRuleRefs, RuleLink, ruleHref, WithRuleLinks } from './RuleLinks';

describe('rule numbers link to the rules page', () => {
  it('a rule number links to its anchor on #/rules', () => {
    render(<RuleLink id="R34" />);
    expect(screen.getByRole('link', { name: 'R34' })).toHaveAttribute('href', '#/rules#R34');
    expect(ruleHref('E7')).toBe('#/rules#E7');
  });

  it('knows R1–R94 and E1–E30, and nothing beside them', () => {
    for (const id of ['R1', 'R94', 'E1', 'E30']) expect(isRuleRef(id), id).toBe(true);
    for (const id of ['R0', 'R95', 'E0', 'E31', 'R034', 'X1', 'R', 'r34'])
      expect(isRuleRef(id), id).toBe(false);
  });

  it('links every rule number in a sentence, keeping the words around them, ranges included', () => {
    render(<p>{linkRuleRefs('Presumed (R32), see R34–R35 and E28; not R95 or ER12.')}</p>);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['R32', 'R34', 'R35', 'E28']);
    expect(links[3]).toHaveAttribute('href', '#/rules#E28');
    expect(links[0]?.parentElement).toHaveTextContent(
      'Presumed (R32), see R34–R35 and E28; not R95 or ER12.',
    );
  });

  it('leaves text without rule numbers as it is', () => {
    expect(linkRuleRefs('Art. 53(1)(a), 10²⁵ FLOP')).toEqual(['Art. 53(1)(a), 10²⁵ FLOP']);
  });

  it('links rule numbers in nested prose but not inside existing links or code', () => {
    render(
      <WithRuleLinks>
        <p>
          Two weeks (R87), <strong>from placing (R89)</strong>, <a href="https://example.eu">R12 here</a>,{' '}
          <code>R13</code>.
        </p>
      </WithRuleLinks>,
    );
    const names = screen.getAllByRole('link').map((l) => l.textContent);
    expect(names).toEqual(['R87', 'R89', 'R12 here']);
    expect(screen.getByText('R13').tagName).toBe('CODE');
  });
});
