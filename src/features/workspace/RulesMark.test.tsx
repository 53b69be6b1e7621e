import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../engine/answers';
import { RULES_VERSION } from '../../engine/rules-version';
import { PERSONAS } from '../../share/test-personas';
import { assessmentOf, versionOf } from '../../shared/workspace/file-fixtures';
import * as store from '../../shared/workspace/store';
import type { VersionRecord } from '../../shared/workspace/types';
import { RulesMark } from './RulesMark';

vi.mock('../../shared/workspace/store', async (original) => ({
  ...(await original<typeof import('../../shared/workspace/store')>()),
  getVersion: vi.fn(),
}));
const getVersion = vi.mocked(store.getVersion);

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

function rowOf(version: VersionRecord) {
  getVersion.mockResolvedValue(version);
  return assessmentOf('a', frontier, version);
}

describe('RulesMark (issue #9: assessments whose result would change under new rules are marked)', () => {
  it('marks a latest version recorded under older rules whose result today’s rules change, linking to its page', async () => {
    const version = versionOf('a', 1, frontier, { rulesVersion: '2026.11.1' });
    // Under the older rules this model was recorded without systemic risk (R31–R33 now presume it).
    version.result = { ...version.result, systemicRisk: 'none' };
    version.result.verdicts = { ...version.result.verdicts, systemicRisk: { label: 'No', ambiguous: false } };
    render(<RulesMark record={rowOf(version)} />);
    const link = await screen.findByRole('link', {
      name: `The result would change under rules ${RULES_VERSION}`,
    });
    expect(link).toHaveAttribute('href', '#/workspace/a');
  });

  it('says the result stays the same when today’s rules give what the older rules gave', async () => {
    render(<RulesMark record={rowOf(versionOf('a', 1, frontier, { rulesVersion: '2026.11.1' }))} />);
    expect(
      await screen.findByRole('link', { name: `Same result under the current rules (${RULES_VERSION})` }),
    ).toBeInTheDocument();
  });

  it('shows nothing for a version recorded under the current rules', () => {
    const { container } = render(<RulesMark record={rowOf(versionOf('a', 1, frontier))} />);
    expect(container).toBeEmptyDOMElement();
  });
});
