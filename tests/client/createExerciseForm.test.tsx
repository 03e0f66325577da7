import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import type { Command } from '../../shared/protocol';
import { CreateExerciseForm } from '../../client/src/components/exercise/CreateExerciseForm';
import { setLanguage } from '../../client/src/i18n';

const EOR = 'Vi har ett EOR som alla i verksamheten känner till';
const PRODUCTION = 'Vi vet hur vår produktionsapparat ser ut i dag';

function renderForm(ok = true) {
  const run = vi.fn(async (_command: Command) => ok);
  render(<CreateExerciseForm run={run} />);
  return { run, user: userEvent.setup() };
}

const statement = (n: number) => screen.getByRole('group', { name: `Påstående ${n}` });
const card = (n: number, inStatement: number) =>
  within(statement(inStatement)).getByRole('group', { name: `Kort ${n}` });
const sent = (run: ReturnType<typeof renderForm>['run']) => run.mock.calls[0]![0];

describe('the facilitator builds a check-in before the meeting', () => {
  it('two library statements, one edited, one turned into three cards placed by keyboard: exactly that is sent', async () => {
    const { run, user } = renderForm();
    await user.click(screen.getByRole('button', { name: `Lägg till: ${EOR}` }));
    await user.click(screen.getByRole('button', { name: `Lägg till: ${PRODUCTION}` }));
    expect(screen.getByText('2 av 20 påståenden.')).toBeInTheDocument();

    const text = within(statement(1)).getByLabelText('Påståendets text');
    await user.clear(text);
    await user.type(text, 'Alla i förvaltningen känner till vårt EOR');

    await user.selectOptions(within(statement(2)).getByLabelText('Kortlayout'), 'kort');
    expect(within(card(1, 2)).getByLabelText('Text på kortet')).toHaveValue('Kort 1');
    await user.click(within(statement(2)).getByRole('button', { name: 'Lägg till kort' }));

    // The new card's label has focus: naming it is the next step.
    const label = within(card(3, 2)).getByLabelText('Text på kortet');
    expect(label).toHaveFocus();
    expect(label).toHaveValue('Kort 3');
    await user.clear(label);
    await user.type(label, 'Lokaler');
    const fromLeft = within(card(3, 2)).getByLabelText('Från vänster (%)');
    await user.clear(fromLeft);
    await user.type(fromLeft, '80');
    const fromTop = within(card(3, 2)).getByLabelText('Uppifrån (%)');
    await user.clear(fromTop);
    await user.type(fromTop, '15');
    // The preview board follows the numbers.
    const preview = within(statement(2)).getByRole('group', { name: 'Förhandsvisning av påstående 2' });
    expect(within(preview).getByText('Lokaler').parentElement).toHaveStyle({ left: '80.00%', top: '15.00%' });

    await user.click(screen.getByRole('checkbox', { name: /Anonymt/ }));
    await user.click(screen.getByRole('button', { name: 'Skapa övningen' }));

    expect(run).toHaveBeenCalledTimes(1);
    expect(sent(run)).toEqual({
      type: 'createExercise',
      kind: 'checkIn',
      title: 'Incheckning',
      anonymous: true,
      hiddenUntilReveal: false,
      statements: [
        { text: 'Alla i förvaltningen känner till vårt EOR', board: boardTemplate('line') },
        {
          text: PRODUCTION,
          board: {
            kind: 'cards',
            cards: [
              { label: 'Kort 1', x: 0.25, y: 0.5 },
              { label: 'Kort 2', x: 0.75, y: 0.5 },
              { label: 'Lokaler', x: 0.8, y: 0.15 },
            ],
          },
        },
      ],
    });
    // Sent: the list starts over for the next exercise.
    expect(await screen.findByText(/Inga påståenden än/)).toBeInTheDocument();
  });

  it('an emptied statement text stops the send, says why in Swedish and takes focus', async () => {
    const { run, user } = renderForm();
    await user.click(screen.getByRole('button', { name: `Lägg till: ${EOR}` }));
    await user.clear(within(statement(1)).getByLabelText('Påståendets text'));
    await user.click(screen.getByRole('button', { name: 'Skapa övningen' }));

    const text = within(statement(1)).getByLabelText('Påståendets text');
    expect(text).toHaveFocus();
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription('Högst 300 tecken. Skriv påståendets text.');
    expect(run).not.toHaveBeenCalled();

    // Fixed, the message goes and the exercise is sent.
    await user.type(text, 'Vi mäter det vi gör');
    expect(text).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Skapa övningen' }));
    expect(sent(run)).toMatchObject({ statements: [{ text: 'Vi mäter det vi gör' }] });
  });

  it('an emptied line pole stops the send on that pole', async () => {
    const { run, user } = renderForm();
    await user.click(screen.getByRole('button', { name: `Lägg till: ${EOR}` }));
    const pole = within(within(statement(1)).getByRole('group', { name: 'Höger pol (100 av 100)' })).getByLabelText(
      'Text på kortet',
    );
    await user.clear(pole);
    await user.click(screen.getByRole('button', { name: 'Skapa övningen' }));

    expect(pole).toHaveFocus();
    expect(pole).toHaveAccessibleDescription('Skriv en text på kortet.');
    expect(run).not.toHaveBeenCalled();
  });

  it('no statements: the send stops at the button that adds one', async () => {
    const { run, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Skapa övningen' }));
    const addOwn = screen.getByRole('button', { name: 'Lägg till eget påstående' });
    expect(addOwn).toHaveFocus();
    expect(addOwn).toHaveAccessibleDescription('Lägg till minst ett påstående.');
    expect(run).not.toHaveBeenCalled();
  });

  it('an own statement is written at once, moved to the top, and the other removed', async () => {
    const { run, user } = renderForm();
    await user.click(screen.getByRole('button', { name: `Lägg till: ${EOR}` }));
    await user.click(screen.getByRole('button', { name: 'Lägg till eget påstående' }));
    const own = within(statement(2)).getByLabelText('Påståendets text');
    expect(own).toHaveFocus();
    await user.type(own, 'Vi firar när vi lyckas');

    await user.click(screen.getByRole('button', { name: 'Flytta upp påstående 2' }));
    expect(within(statement(1)).getByLabelText('Påståendets text')).toHaveValue('Vi firar när vi lyckas');
    // At the top "up" is disabled, so focus went to "down" on the same statement.
    expect(screen.getByRole('button', { name: 'Flytta ned påstående 1' })).toHaveFocus();
    expect(screen.getByText('Påståendet ligger nu på plats 1.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ta bort påstående 2' }));
    await user.click(screen.getByRole('button', { name: 'Skapa övningen' }));
    expect(sent(run)).toMatchObject({ statements: [{ text: 'Vi firar när vi lyckas', board: { kind: 'line' } }] });
  });

  it('a cards board keeps 2 to 8 cards: remove is off at 2, add is off at 8', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Lägg till eget påstående' }));
    await user.selectOptions(within(statement(1)).getByLabelText('Kortlayout'), 'kort');
    expect(within(statement(1)).getByRole('button', { name: 'Ta bort kort 1' })).toBeDisabled();
    const add = within(statement(1)).getByRole('button', { name: 'Lägg till kort' });
    for (let i = 0; i < 6; i++) await user.click(add);
    expect(within(statement(1)).getAllByLabelText('Text på kortet')).toHaveLength(8);
    expect(add).toBeDisabled();
    expect(within(statement(1)).getByRole('button', { name: 'Ta bort kort 1' })).toBeEnabled();
  });

  it('in English when the device chose English', async () => {
    setLanguage('en');
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Add your own statement' }));
    await user.click(screen.getByRole('button', { name: 'Create the exercise' }));
    expect(screen.getByLabelText('Statement text')).toHaveAccessibleDescription(
      'At most 300 characters. Enter the statement text.',
    );
  });
});
