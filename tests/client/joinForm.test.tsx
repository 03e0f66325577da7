import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Municipality } from '../../shared/protocol';
import { JoinForm } from '../../client/src/components/JoinForm';
import { setLanguage } from '../../client/src/i18n';

const municipalities: Municipality[] = [
  { id: 'm1', name: 'Trelleborg', colour: '#1f5fa8' },
  { id: 'm2', name: 'Kungsbacka', colour: '#b3261e' },
];

function renderForm(onJoin = vi.fn(async () => null as string | null), list = municipalities) {
  render(<JoinForm municipalities={list} onJoin={onJoin} />);
  return { onJoin, user: userEvent.setup() };
}

describe('the join form on a phone', () => {
  it('an empty form says what is missing, in Swedish, and puts focus on the name', async () => {
    const { onJoin, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Gå med' }));

    const name = screen.getByLabelText('Ditt namn');
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Skriv ditt namn\./);
    expect(screen.getByLabelText('Kommun')).toHaveAccessibleDescription('Välj din kommun.');
    expect(onJoin).not.toHaveBeenCalled();
  });

  it('a name over 80 characters is refused before anything is sent', async () => {
    const { onJoin, user } = renderForm();
    await user.type(screen.getByLabelText('Ditt namn'), 'A'.repeat(81));
    await user.selectOptions(screen.getByLabelText('Kommun'), 'Trelleborg');
    await user.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(screen.getByText('Högst 80 tecken.')).toBeInTheDocument();
    expect(onJoin).not.toHaveBeenCalled();
  });

  it('Anna from Trelleborg joins with her name trimmed', async () => {
    const { onJoin, user } = renderForm();
    await user.type(screen.getByLabelText('Ditt namn'), '  Anna Svensson ');
    await user.selectOptions(screen.getByLabelText('Kommun'), 'Trelleborg');
    await user.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(onJoin).toHaveBeenCalledWith('Anna Svensson', 'Trelleborg');
  });

  it('a municipality missing from the list can be typed after choosing "Annan kommun…"', async () => {
    const { onJoin, user } = renderForm();
    await user.type(screen.getByLabelText('Ditt namn'), 'Omar');
    await user.selectOptions(screen.getByLabelText('Kommun'), 'Annan kommun…');
    await user.click(screen.getByRole('button', { name: 'Gå med' }));
    const other = screen.getByLabelText('Namn på kommunen');
    expect(other).toHaveFocus();
    expect(other).toHaveAccessibleDescription('Skriv namnet på din kommun.');

    await user.type(other, 'Ystad');
    await user.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(onJoin).toHaveBeenCalledWith('Omar', 'Ystad');
  });

  it('without a list of municipalities the municipality is a text field', async () => {
    const { onJoin, user } = renderForm(undefined, []);
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Ditt namn'), 'Lena');
    await user.type(screen.getByLabelText('Kommun'), 'Vellinge');
    await user.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(onJoin).toHaveBeenCalledWith('Lena', 'Vellinge');
  });

  it('a refusal from the server is read out as an alert and the form stays', async () => {
    const { user } = renderForm(vi.fn(async () => 'rate_limited'));
    await user.type(screen.getByLabelText('Ditt namn'), 'Anna');
    await user.selectOptions(screen.getByLabelText('Kommun'), 'Kungsbacka');
    await user.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('För många försök. Vänta en stund.');
    expect(screen.getByLabelText('Ditt namn')).toHaveValue('Anna');
  });

  it('in English when the device chose English', async () => {
    setLanguage('en');
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(/Enter your name\./);
  });
});
