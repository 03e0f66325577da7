/**
 * The day's evaluation on a phone set to English, against a real server (EV2,
 * L1, L5): the app's words in English, the team's Swedish questions marked as
 * Swedish, one answer, and the thanks.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage, setLanguage } from '../../client/src/i18n';
import { DEFAULT_EVALUATION } from '../../shared/day/evaluationResults';
import { annasPhone } from '../support/phone';
import { closeAll, snapshot } from '../support/server';

afterEach(async () => {
  cleanup();
  setLanguage('sv');
  await closeAll();
});

describe('[EV2] [L1] the evaluation on a phone in English', () => {
  it('[EV2] [L5] Anna reads the form in English around the Swedish questions, answers once and is thanked', async () => {
    const { facilitator, ok } = await annasPhone();
    await ok({
      type: 'setEvaluation',
      questions: DEFAULT_EVALUATION.questions.map(({ text, low, high }) => ({ text, low, high })),
      freeText: DEFAULT_EVALUATION.freeText,
    });
    await loadLanguage('en');
    act(() => setLanguage('en'));
    await ok({ type: 'setEvaluationOpen', open: true });
    const card = await screen.findByRole('region', { name: "The day's evaluation" });
    expect(within(card).getByText(/Anonymous: your answers show only your municipality/)).toBeInTheDocument();
    const question = within(card).getByText('Hur användbar var dagen för ditt arbete?');
    expect(question).toHaveAttribute('lang', 'sv');
    expect(within(card).getByText('1 = Inte alls, 5 = Mycket användbar')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: 'Send my answers' }));
    expect(await within(card).findByText('Choose a number for every question before you send.')).toBeInTheDocument();
    for (const group of within(card).getAllByRole('group'))
      fireEvent.click(within(group).getByRole('radio', { name: '4' }));
    fireEvent.change(within(card).getByLabelText('Vad tar du med dig hem – och vad kan vi göra bättre?'), {
      target: { value: 'Mer tid i klustren' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText('Thank you! Your answers are in.')).toBeInTheDocument();
    const { state } = await snapshot(facilitator);
    expect(state.evaluation.answers).toEqual([
      { id: expect.any(String), municipalityId: expect.any(String), scores: [4, 4, 4], text: 'Mer tid i klustren' },
    ]);
  });
});
