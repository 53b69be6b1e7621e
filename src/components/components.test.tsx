import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CheckboxGroup } from './CheckboxGroup';
import { ErrorSummary } from './ErrorSummary';
import { RadioGroup } from './RadioGroup';
import { TextField } from './TextField';

function Boxes() {
  const [value, setValue] = useState<string[]>([]);
  return (
    <CheckboxGroup
      id="f"
      name="f"
      legend="Pick"
      hint="Any"
      options={[
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
        { value: 'none', label: 'None of these', exclusive: true },
      ]}
      value={value}
      onChange={setValue}
    />
  );
}

describe('CheckboxGroup', () => {
  it('an exclusive option clears the others and is cleared by them', async () => {
    const user = userEvent.setup();
    render(<Boxes />);
    await user.click(screen.getByLabelText('A'));
    await user.click(screen.getByLabelText('B'));
    await user.click(screen.getByLabelText('None of these'));
    expect(screen.getByLabelText('A')).not.toBeChecked();
    expect(screen.getByLabelText('B')).not.toBeChecked();
    await user.click(screen.getByLabelText('A'));
    expect(screen.getByLabelText('None of these')).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Pick' })).toHaveAccessibleDescription('Any');
    expect(screen.getByText('or')).toBeInTheDocument();
  });
});

function Radios() {
  const [value, setValue] = useState<string | null>(null);
  return (
    <RadioGroup
      id="r"
      name="r"
      legend="Choose"
      hint="One only"
      error="Select one."
      options={[
        { value: 'x', label: 'X', conditional: <p>More about X</p> },
        { value: 'y', label: 'Y', hint: 'Why Y' },
      ]}
      value={value}
      onChange={setValue}
    />
  );
}

describe('RadioGroup', () => {
  it('ties hint and error to the fieldset and reveals conditional content under the chosen option', async () => {
    const user = userEvent.setup();
    render(<Radios />);
    expect(screen.getByRole('group', { name: 'Choose' })).toHaveAccessibleDescription(
      'One only Error: Select one.',
    );
    expect(screen.getByLabelText('Y')).toHaveAccessibleDescription('Why Y');
    expect(screen.getByLabelText('X')).toHaveAttribute('id', 'r');
    expect(screen.queryByText('More about X')).toBeNull();
    await user.click(screen.getByLabelText('X'));
    expect(screen.getByText('More about X')).toBeInTheDocument();
  });
});

describe('TextField', () => {
  it('labels the input and describes it with hint, error and extra descriptions', () => {
    render(
      <>
        <TextField
          id="t"
          label="Name"
          hint="Your name"
          error="Enter a name."
          value=""
          onChange={() => {}}
          describedByIds={['extra']}
        />
        <p id="extra">Read as nothing</p>
      </>,
    );
    const input = screen.getByLabelText('Name');
    expect(input).toHaveAccessibleDescription('Your name Error: Enter a name. Read as nothing');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('ErrorSummary', () => {
  it('takes focus when shown and again on each failed submit, and moves focus to the field without navigating', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <>
        <ErrorSummary items={[{ targetId: 'x', message: 'Enter X.' }]} focusKey={1} />
        <input id="x" aria-label="X" />
        <button type="button">elsewhere</button>
      </>,
    );
    const region = screen.getByRole('region', { name: 'There is a problem' });
    expect(region).toHaveFocus();
    const before = window.location.hash;
    await user.click(screen.getByRole('link', { name: 'Enter X.' }));
    expect(screen.getByLabelText('X')).toHaveFocus();
    expect(window.location.hash).toBe(before);
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    rerender(
      <>
        <ErrorSummary items={[{ targetId: 'x', message: 'Enter X.' }]} focusKey={2} />
        <input id="x" aria-label="X" />
        <button type="button">elsewhere</button>
      </>,
    );
    expect(region).toHaveFocus();
  });

  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary items={[]} focusKey={0} />);
    expect(container).toBeEmptyDOMElement();
  });
});
