import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fireEvent } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import type { Statement } from '../../shared/protocol';
import { PhoneBoard } from '../../client/src/components/board/PhoneBoard';
import { setLanguage } from '../../client/src/i18n';

const line: Statement = {
  id: 's1',
  text: 'Vi har ett EOR som alla i verksamheten känner till',
  board: { kind: 'line', cards: boardTemplate('line').cards.map((c, i) => ({ ...c, id: `c${i}` })) },
};
const fourFp: Statement = {
  id: 's2',
  text: 'Var i 4FP-cykeln befinner sig din verksamhet?',
  board: { kind: 'fourFp', cards: boardTemplate('fourFp').cards.map((c, i) => ({ ...c, id: `f${i}` })) },
};

function renderBoard(statement: Statement, opts: { locked?: boolean; placed?: { x: number; y: number } } = {}) {
  const onPlace = vi.fn(async () => true);
  const onDrag = vi.fn();
  render(
    <PhoneBoard
      statement={statement}
      placed={opts.placed ?? null}
      locked={opts.locked ?? false}
      colour="#1f5fa8"
      onDrag={onDrag}
      onPlace={onPlace}
    />,
  );
  return { onPlace, onDrag, user: userEvent.setup() };
}

describe('placing yourself without dragging: keyboard and screen reader', () => {
  it('arrow keys move the token, the score is read out, Enter saves exactly there', async () => {
    const { onPlace, user } = renderBoard(line);
    const token = screen.getByRole('button', { name: 'Jag – din placering' });
    expect(token).toHaveAccessibleDescription(/50 av 100 mot ”Stämmer helt”/);

    token.focus();
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    // x 0.5 → 0.7 on a line from 0.12 to 0.88: (0.7 − 0.12) / 0.76 = 0.763 → 76.
    expect(token).toHaveAccessibleDescription(/76 av 100 mot ”Stämmer helt”/);
    expect(onPlace).not.toHaveBeenCalled();

    await user.keyboard('{Enter}');
    expect(onPlace).toHaveBeenCalledTimes(1);
    const [at] = onPlace.mock.calls[0] as unknown as [{ x: number; y: number }];
    expect(at.x).toBeCloseTo(0.7, 5);
    expect(at.y).toBeCloseTo(0.5, 5);
    expect(await screen.findByRole('button', { name: 'Sparad' })).toBeDisabled();
  });

  it('[L3] on a 4FP board the nearest card and the distance in % of the board are announced', async () => {
    const { user } = renderBoard(fourFp);
    const token = screen.getByRole('button', { name: 'Jag – din placering' });
    expect(token).toHaveAccessibleDescription(/Närmast ”EOR”, avstånd 0 % av brädet\./);
    token.focus();
    await user.keyboard('{Shift>}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{/Shift}');
    // y 0.5 → 0.1: on the "Se verkligheten" card.
    expect(token).toHaveAccessibleDescription(/Närmast ”Se verkligheten”, avstånd 0 % av brädet\./);
    // A tenth of the board to the right of the card.
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(token).toHaveAccessibleDescription(/Närmast ”Se verkligheten”, avstånd 10 % av brädet\./);
  });

  it('the slider on a line board places along the line; the save button saves', async () => {
    const { onPlace, user } = renderBoard(line);
    fireEvent.change(screen.getByRole('slider', { name: 'Eller välj på skalan' }), { target: { value: '25' } });
    expect(screen.getByRole('button', { name: 'Jag – din placering' })).toHaveAccessibleDescription(/25 av 100/);
    await user.click(screen.getByRole('button', { name: 'Spara min placering' }));
    const [at] = onPlace.mock.calls[0] as unknown as [{ x: number; y: number }];
    expect(at.x).toBeCloseTo(0.12 + 0.76 * 0.25, 5);
  });

  it('a tap on the token without moving it saves it where it stands', async () => {
    const { onPlace, user } = renderBoard(line);
    await user.click(screen.getByRole('button', { name: 'Jag – din placering' }));
    expect(onPlace).toHaveBeenCalledTimes(1);
    expect(onPlace.mock.calls[0]).toEqual([{ x: 0.5, y: 0.5 }]);
    expect(await screen.findByRole('button', { name: 'Sparad' })).toBeDisabled();
  });

  it('a locked statement keeps the saved placement: keys do not move it and nothing is sent', async () => {
    const { onPlace, onDrag, user } = renderBoard(line, { locked: true, placed: { x: 0.88, y: 0.5 } });
    const token = screen.getByRole('button', { name: 'Jag – din placering' });
    expect(token).toHaveAccessibleDescription(/100 av 100.*Påståendet är låst/);
    token.focus();
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(token).toHaveAccessibleDescription(/100 av 100/);
    expect(onPlace).not.toHaveBeenCalled();
    expect(onDrag).not.toHaveBeenCalled();
    expect(screen.getByRole('slider')).toBeDisabled();
  });
});

describe('[L5] the board in the English UI', () => {
  it("the cards' labels, typed by the team, are marked Swedish", () => {
    setLanguage('en');
    renderBoard(fourFp);
    expect(screen.getByText('Se verkligheten')).toHaveAttribute('lang', 'sv');
    expect(screen.getByRole('button', { name: 'Me – your placement' })).not.toHaveAttribute('lang');
  });
});
