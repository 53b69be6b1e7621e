import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type DraftAnswers, getScreen } from '../../engine/questionnaire';
import { de } from '../../i18n/catalogs/de';
import { TranslatorProvider } from '../../i18n/react';
import { createTranslator } from '../../i18n/translator';
import { StepForm } from './StepForm';

function renderStep(id: string, answers: DraftAnswers = {}) {
  const s = getScreen(id);
  if (!s) throw new Error(id);
  const onSubmitted = vi.fn();
  const onBack = vi.fn();
  render(<StepForm screen={s} answers={answers} onSubmitted={onSubmitted} onBack={onBack} />);
  return { onSubmitted, onBack, user: userEvent.setup() };
}

const group = (name: string) => screen.getByRole('group', { name });

describe('StepForm: questions appear and disappear with the answers on the screen', () => {
  it('asks about an EU exclusion only when the model reaches the EU through others (R19)', async () => {
    const { user } = renderStep('placing', { role: 'developer' });
    const exclusion = 'Have you clearly and unequivocally excluded distribution and use in the EU?';
    expect(screen.queryByRole('group', { name: exclusion })).toBeNull();
    await user.click(
      within(group('Is it (or will it be) available in the EU?')).getByLabelText(
        'Only through others who build it into systems used in the EU',
      ),
    );
    expect(group(exclusion)).toBeInTheDocument();
    await user.click(
      within(group('Is it (or will it be) available in the EU?')).getByLabelText(
        /^Yes — people or organisations/,
      ),
    );
    expect(screen.queryByRole('group', { name: exclusion })).toBeNull();
  });

  it('says which questions an answer made unnecessary, and forgets one that comes back', async () => {
    const { user } = renderStep('role');
    const role = group('Which of these best describes you?');
    await user.click(within(role).getByLabelText(/in a consortium/));
    expect(group('What is your organisation’s role in the consortium?')).toBeInTheDocument();
    expect(screen.queryByText(/no longer needed/)).toBeNull();
    await user.click(within(role).getByLabelText('We trained the model ourselves'));
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 question no longer needed after your answer: Role in the consortium.',
    );
    await user.click(within(role).getByLabelText(/in a consortium/));
    expect(screen.queryByText(/no longer needed/)).toBeNull();
  });

  it('asks where a typed compute figure comes from (R36, R43)', async () => {
    const { user } = renderStep('compute', { role: 'developer', generalityFacts: { singleTask: 'none' } });
    const method = 'Where does this figure come from?';
    expect(screen.queryByRole('group', { name: method })).toBeNull();
    const compute = group('How much compute was used to train the model?');
    await user.click(within(compute).getByLabelText('I have a figure or an estimate'));
    await user.type(within(compute).getByLabelText('Compute in FLOP'), '3.8e25');
    expect(group(method)).toBeInTheDocument();
  });

  it('asks the parts of the cumulative compute and the planned total, with the estimator (R33, R35, R88)', async () => {
    const { user } = renderStep('cumulative-compute', {
      role: 'developer',
      generalityFacts: { singleTask: 'none' },
      compute: { parameterUpdateFlop: 9e24 },
    });
    expect(
      group('How much compute went into generating non-public synthetic training data?'),
    ).toBeInTheDocument();
    const planned = group(
      'Is more training of the model planned — and if so, how much cumulative compute will it reach in total?',
    );
    expect(within(planned).getByLabelText('No more training is planned')).toBeInTheDocument();
    await user.click(within(planned).getByLabelText('Yes, this much'));
    expect(
      within(planned).getByText('Estimate it from the hardware or the architecture'),
    ).toBeInTheDocument();
    await user.type(within(planned).getByLabelText('Compute in FLOP'), '2e25');
    expect(within(planned).getByText(/is above 10²⁵ FLOP/)).toBeInTheDocument();
  });

  it('positions the modification against one third of the original as it is typed (R24)', async () => {
    const { user } = renderStep('modification', { role: 'modifier' });
    const original = group('How much compute was used to train the original model?');
    await user.click(within(original).getByLabelText('I have a figure or an estimate'));
    await user.type(within(original).getByLabelText('Compute in FLOP'), '3e24');
    const mod = group('How much compute did your modification use?');
    await user.click(within(mod).getByLabelText('I have a figure or an estimate'));
    await user.type(within(mod).getByLabelText('Compute in FLOP'), '1e24');
    expect(within(mod).getByText(/is exactly one third of the original's/)).toBeInTheDocument();
    await user.clear(within(mod).getByLabelText('Compute in FLOP'));
    await user.type(within(mod).getByLabelText('Compute in FLOP'), '1.5e24');
    expect(within(mod).getByText(/is more than 10²⁴ FLOP, one third of the original's/)).toBeInTheDocument();
    // The estimator is offered for the modification too (R90: it can always be estimated).
    expect(within(mod).getByText('Estimate it from the hardware or the architecture')).toBeInTheDocument();
  });

  it('asks the scale facts only while they can add up to a broad model (R8, E27)', async () => {
    const { user } = renderStep('generality', {
      role: 'developer',
      outputModalities: ['text'],
      generalityFacts: { singleTask: 'none' },
      compute: { parameterUpdateFlop: 5e22 },
    });
    const data = 'Was the model trained on a large amount of data from a broad range of sources?';
    const params = group('How many parameters does the model have?');
    expect(group(data)).toBeInTheDocument();
    await user.click(within(params).getByLabelText('I have a number or an estimate'));
    await user.type(within(params).getByLabelText('Number'), '300 million');
    expect(within(params).getByText('300 million parameters', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: data })).toBeNull();
    await user.clear(within(params).getByLabelText('Number'));
    await user.type(within(params).getByLabelText('Number'), '7B');
    expect(within(params).getByText('7 billion parameters', { selector: 'strong' })).toBeInTheDocument();
    expect(group(data)).toBeInTheDocument();
    // Three distinct tasks already make it broad: the scale facts no longer matter.
    const tasks = group('Which of these distinct tasks can the model perform competently?');
    for (const t of ['Writing and editing text', 'Summarising documents', 'Writing or explaining code'])
      await user.click(within(tasks).getByLabelText(t));
    expect(screen.queryByRole('group', { name: 'How many parameters does the model have?' })).toBeNull();
  });
});

describe('StepForm: the compute helper', () => {
  it('echoes a typed figure in words with its ±30 % band and its position against 10^23 and 10^25', async () => {
    const { user } = renderStep('compute', { role: 'developer' });
    const compute = group('How much compute was used to train the model?');
    await user.click(within(compute).getByLabelText('I have a figure or an estimate'));
    await user.type(within(compute).getByLabelText('Compute in FLOP'), '380 ZFLOP');
    expect(within(compute).getByText('3.8 × 10²³ FLOP', { selector: 'strong' })).toBeInTheDocument();
    expect(
      within(compute).getByText('±30 % band: 2.66 × 10²³ FLOP to 4.94 × 10²³ FLOP.'),
    ).toBeInTheDocument();
    expect(within(compute).getByText(/is above 10²³ FLOP, the indicative criterion/)).toBeInTheDocument();
    expect(
      within(compute).getByText(/is below 10²⁵ FLOP, the presumption of systemic risk/),
    ).toBeInTheDocument();
    // The echo is tied to the input for screen readers.
    expect(within(compute).getByLabelText('Compute in FLOP')).toHaveAccessibleDescription(
      /Read as 3.8 × 10²³ FLOP/,
    );
  });

  it('estimates from the architecture (6 × P × D) and copies the estimate and its method into the answers', async () => {
    const { user, onSubmitted } = renderStep('compute', {
      role: 'developer',
      generalityFacts: { singleTask: 'transcription' },
    });
    const compute = group('How much compute was used to train the model?');
    await user.click(within(compute).getByLabelText('I have a figure or an estimate'));
    await user.click(within(compute).getByText('Estimate it from the hardware or the architecture'));
    await user.type(within(compute).getByLabelText('Parameters'), '7,000,000,000');
    await user.type(within(compute).getByLabelText('Training tokens'), '3T');
    await user.click(within(compute).getByRole('button', { name: 'Calculate from architecture' }));
    // 6 × 7e9 × 3e12 = 1.26e23, good to ±30 % (R43): two significant figures, still above 10^23 (R7).
    expect(within(compute).getByText('Estimate: about 1.3 × 10²³ FLOP')).toBeInTheDocument();
    await user.click(within(compute).getByRole('button', { name: 'Use this estimate' }));
    expect(within(compute).getByLabelText('Compute in FLOP')).toHaveValue('1.3e23');
    expect(within(compute).getByLabelText('Compute in FLOP')).toHaveFocus();
    expect(
      within(group('Where does this figure come from?')).getByLabelText(/Estimated from the architecture/),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSubmitted).toHaveBeenCalledWith({
      role: 'developer',
      generalityFacts: { singleTask: 'transcription' },
      compute: { parameterUpdateFlop: 1.3e23, method: 'architecture' },
    });
  });

  it('reads 2,048 GPUs as a whole number, refuses 2,048 days as ambiguous, and explains the utilisation default', async () => {
    const { user } = renderStep('compute', { role: 'developer' });
    const compute = group('How much compute was used to train the model?');
    await user.click(within(compute).getByLabelText('I have a figure or an estimate'));
    await user.click(within(compute).getByText('Estimate it from the hardware or the architecture'));
    expect(within(compute).getByLabelText(/Utilisation/)).toHaveValue('40');
    expect(
      within(compute).getByText(/40 % is filled in because large training runs commonly achieve/),
    ).toBeInTheDocument();
    await user.type(within(compute).getByLabelText('Number of units'), '2,048');
    await user.type(within(compute).getByLabelText('Days of training'), '2,048');
    await user.click(within(compute).getByRole('button', { name: 'Calculate from hardware' }));
    expect(within(compute).getByText(/^Days of training: "2,048" is ambiguous/)).toBeInTheDocument();
    expect(within(compute).queryByText(/Number of units:/)).toBeNull();
    await user.clear(within(compute).getByLabelText('Days of training'));
    await user.type(within(compute).getByLabelText('Days of training'), '30');
    await user.click(within(compute).getByRole('button', { name: 'Calculate from hardware' }));
    // 2048 × 30 days × 9.89e14 FLOP/s (H100 SXM, dense BF16) × 0.4 = 2.1000093696e24.
    expect(within(compute).getByText('Estimate: about 2.1 × 10²⁴ FLOP')).toBeInTheDocument();
  });

  it('carries a typed range into the threshold warnings (R43, E2)', async () => {
    const { user } = renderStep('compute', { role: 'developer' });
    const compute = group('How much compute was used to train the model?');
    await user.click(within(compute).getByLabelText('I have a figure or an estimate'));
    await user.type(within(compute).getByLabelText('Compute in FLOP'), '8e24–1.2e25');
    expect(within(compute).getByText(/records its upper end, 1.2 × 10²⁵ FLOP/)).toBeInTheDocument();
    expect(
      within(compute).getByText(/spans 10²⁵ FLOP, the presumption of systemic risk \(R32\)/),
    ).toBeInTheDocument();
  });

  it('explains estimator inputs it cannot use instead of guessing', async () => {
    const { user } = renderStep('compute', { role: 'developer' });
    const compute = group('How much compute was used to train the model?');
    await user.click(within(compute).getByLabelText('I have a figure or an estimate'));
    await user.click(within(compute).getByText('Estimate it from the hardware or the architecture'));
    await user.click(within(compute).getByRole('button', { name: 'Calculate from hardware' }));
    expect(within(compute).getByText('Check the inputs:')).toBeInTheDocument();
    expect(within(compute).getByText(/number of accelerators/i)).toBeInTheDocument();
  });
});

describe('StepForm: validation on submit', () => {
  it('shows a focused error summary linking to each field, and does not submit', async () => {
    const { user, onSubmitted } = renderStep('role');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('region', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Select the description that best fits you.',
      "Select whether your organisation is established in the EU, or I don't know.",
    ]);
    await user.click(links[0] as HTMLElement);
    expect(screen.getByLabelText('We trained the model ourselves')).toHaveFocus();
    expect(group('Which of these best describes you?')).toHaveAccessibleDescription(
      /Error: Select the description/,
    );
    expect(onSubmitted).not.toHaveBeenCalled();
  });

  it('a figure that cannot be read is reported on its input and linked from the summary', async () => {
    const { user } = renderStep('compute', {
      role: 'developer',
      generalityFacts: { singleTask: 'upscaling' },
    });
    const compute = group('How much compute was used to train the model?');
    await user.click(within(compute).getByLabelText('I have a figure or an estimate'));
    await user.type(within(compute).getByLabelText('Compute in FLOP'), 'lots');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const link = within(screen.getByRole('region', { name: 'There is a problem' })).getByRole('link');
    await user.click(link);
    expect(within(compute).getByLabelText('Compute in FLOP')).toHaveFocus();
    expect(within(compute).getByLabelText('Compute in FLOP')).toHaveAttribute('aria-invalid', 'true');
  });

  it('submits the whole draft with this screen applied; Back passes valid answers on, invalid ones are not saved', async () => {
    const { user, onSubmitted, onBack } = renderStep('capabilities', {
      role: 'developer',
      euEstablished: 'yes',
    });
    await user.click(within(group('What can the model generate?')).getByLabelText('Text, including code'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenLastCalledWith({ role: 'developer', euEstablished: 'yes' });
    await user.click(
      within(group('Was the model designed and trained for one specific task?')).getByLabelText(
        "I don't know",
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenLastCalledWith({
      role: 'developer',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generalityFacts: { singleTask: 'unknown' },
    });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSubmitted).toHaveBeenCalledWith({
      role: 'developer',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generalityFacts: { singleTask: 'unknown' },
    });
  });

  it('restores saved answers, including figures and dates, as the user wrote them back', () => {
    const answers: DraftAnswers = {
      role: 'developer',
      placing: {
        channels: ['api', 'hub'],
        euAvailability: 'direct',
        nameOnModel: 'own',
        lifecycle: 'newModel',
        placingDate: '2025-10-01',
      },
    };
    renderStep('placing', answers);
    const channels = group('How is the model made available — or how will it be?');
    expect(within(channels).getByLabelText('Through an API')).toBeChecked();
    expect(within(channels).getByLabelText('As a public download of the weights')).toBeChecked();
    cleanup();
    renderStep('placing-details', answers);
    expect(screen.getByLabelText('Date')).toHaveValue('1 October 2025');
    expect(screen.getByText('1 October 2025', { selector: 'strong' })).toBeInTheDocument();
  });

  it('says what a typed date reads as after a pause, with the day a month alone stands for', async () => {
    const { user } = renderStep('placing-details', {
      role: 'developer',
      placing: { channels: ['api'], euAvailability: 'direct', nameOnModel: 'own', lifecycle: 'newModel' },
    });
    const when = group('When was the model first made available in the EU — or when will it be?');
    await user.click(within(when).getByLabelText('On this date'));
    await user.type(within(when).getByLabelText('Date'), 'March 2026');
    expect(await within(when).findByText('1 March 2026', { selector: 'strong' })).toBeInTheDocument();
    expect(
      within(when).getByText(
        'Only the month is given (March 2026): the answer records the first day, so that nothing counted from it comes later than it could.',
      ),
    ).toBeInTheDocument();
  });

  it('words the placing date of a later version as the first version’s, as soon as it is chosen (R13)', async () => {
    const { user } = renderStep('placing-details', {
      role: 'developer',
      placing: { channels: ['api'], euAvailability: 'direct', nameOnModel: 'own' },
    });
    expect(
      group('When was the model first made available in the EU — or when will it be?'),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('A later version of a model we already made available'));
    expect(
      group('When was the first version of the model first made available in the EU?'),
    ).toBeInTheDocument();
  });
});

describe('StepForm in the reader’s language', () => {
  it('asks the questions, offers the options and says what is missing in German', async () => {
    const s = getScreen('role');
    if (!s) throw new Error('role');
    render(
      <TranslatorProvider value={createTranslator('de', de)}>
        <StepForm screen={s} answers={{}} onSubmitted={vi.fn()} onBack={vi.fn()} />
      </TranslatorProvider>,
    );
    const user = userEvent.setup();
    const role = group('Welche dieser Beschreibungen trifft am besten auf Sie zu?');
    expect(within(role).getByLabelText('Wir haben das Modell selbst trainiert')).toBeInTheDocument();
    expect(screen.getByText(/Tatsachen, die Sie später angeben/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zurück' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(
      within(screen.getByRole('region', { name: 'Es gibt ein Problem' })).getByRole('link', {
        name: 'Wählen Sie die Beschreibung, die am besten auf Sie zutrifft.',
      }),
    ).toBeInTheDocument();
    expect(role).toHaveAccessibleDescription(/Fehler: Wählen Sie die Beschreibung/);
    cleanup();
  });
});
