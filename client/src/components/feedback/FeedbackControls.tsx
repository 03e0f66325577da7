import { Reorder } from 'framer-motion';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/feedbackCatalogue';
import { isDone } from '../../../../shared/day/feedbackRound';
import type { Cluster, FeedbackRun } from '../../../../shared/protocol';
import { useMeetingApartFromPlacements } from '../../meetingStore';
import type { RunCommand } from '../agenda/runCommand';
import { shownName } from '../../model/roster';
import { CONTENT_LANG } from '../../i18n/content';
import { Toggle } from '../ui/Toggle';

interface ControlsProps {
  cluster: Cluster;
  run: FeedbackRun | undefined;
  send: RunCommand;
}

/** The supervisor's controls for their cluster's rounds: timer, phases, order, absence, the queue. Sections are h2: the tablet's page has only its h1 above them. */
export function FeedbackControls(props: ControlsProps) {
  return (
    <>
      <FeedbackButtons {...props} />
      <FeedbackLists {...props} />
    </>
  );
}

/** Start, the timer and the phases, and auto-advance: what the supervisor presses during a round. */
export function FeedbackButtons({ cluster, run, send }: ControlsProps) {
  const { t } = useTranslation();
  const clusterId = cluster.id;
  if (!run || isDone(run)) {
    return (
      <div className="controls">
        <button
          type="button"
          className="button button--primary"
          onClick={() => send({ type: 'startFeedback', clusterId })}
        >
          {t('feedback.start')}
        </button>
      </div>
    );
  }
  const from = { index: run.index, phase: run.phase };
  const timer = (action: 'pause' | 'resume' | 'restart' | 'plusMinute' | 'minusMinute') =>
    send({ type: 'feedbackTimer', clusterId, action });
  return (
    <div className="feedback-buttons">
      <div className="controls">
        {run.timer.status === 'running' ? (
          <button type="button" className="button button--primary" onClick={() => timer('pause')}>
            {t('feedback.pause')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => timer('resume')}>
            {t('feedback.resume')}
          </button>
        )}
        <button type="button" className="button" onClick={() => timer('minusMinute')}>
          {t('feedback.minus')}
        </button>
        <button type="button" className="button" onClick={() => timer('plusMinute')}>
          {t('feedback.plus')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => send({ type: 'feedbackStep', clusterId, direction: 'back', from })}
        >
          {t('feedback.back')}
        </button>
        <button type="button" className="button" onClick={() => timer('restart')}>
          {t('feedback.restart')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => send({ type: 'feedbackStep', clusterId, direction: 'next', from })}
        >
          {t('feedback.next')}
        </button>
      </div>
      <Toggle
        checked={run.autoAdvance}
        onChange={(autoAdvance) => send({ type: 'setAutoAdvance', clusterId, autoAdvance })}
      >
        {t('feedback.autoAdvance')}
      </Toggle>
    </div>
  );
}

/** The order of the municipalities still to present (drag, arrows, absence) and the queue of questions. */
export function FeedbackLists({ cluster, run, send }: ControlsProps) {
  const { t } = useTranslation();
  const state = useMeetingApartFromPlacements();
  // Those still to present, as the supervisor drags them; the server's order wins whenever it changes.
  const waitingIds = run ? run.order.slice(run.index + 1) : [];
  const [dragged, setDragged] = useState(waitingIds);
  const serverKey = waitingIds.join(',');
  useEffect(() => setDragged(serverKey ? serverKey.split(',') : []), [serverKey]);
  if (!run || isDone(run)) return null;
  const name = (id: string) => state.municipalities.find((m) => m.id === id)?.name ?? '?';
  const clusterId = cluster.id;
  const arrange = (order: string[], skipped: string[]) => send({ type: 'arrangeFeedback', clusterId, order, skipped });
  const move = (i: number, by: number) => {
    const order = [...run.order];
    [order[i], order[i + by]] = [order[i + by]!, order[i]!];
    void arrange(order, run.skipped);
  };
  const waiting = run.queue.filter((q) => !q.taken);
  return (
    <div className="feedback-lists">
      <section aria-labelledby={`order-${clusterId}`}>
        <h2 id={`order-${clusterId}`}>{t('feedback.order')}</h2>
        <p className="hint">{t('feedback.orderHelp')}</p>
        <ol className="feedback-order">
          {run.order.slice(0, run.index + 1).map((id) => (
            <li key={id} aria-current={run.order.indexOf(id) === run.index ? 'step' : undefined}>
              {name(id)}
            </li>
          ))}
        </ol>
        <Reorder.Group
          as="ol"
          axis="y"
          values={dragged}
          onReorder={setDragged}
          className="feedback-order"
          start={run.index + 2}
        >
          {dragged.map((id) => {
            const i = run.order.indexOf(id);
            const absent = run.skipped.includes(id);
            return (
              <Reorder.Item
                key={id}
                value={id}
                className={absent ? 'feedback-order__item feedback-order__absent' : 'feedback-order__item'}
                onDragEnd={() => arrange([...run.order.slice(0, run.index + 1), ...dragged], run.skipped)}
              >
                <span className="feedback-order__handle" aria-hidden="true">
                  ⠿
                </span>{' '}
                {name(id)}
                <span className="exercise__buttons">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={i - 1 <= run.index}
                    onClick={() => move(i, -1)}
                    aria-label={`${t('feedback.moveUp')}: ${name(id)}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={i === run.order.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`${t('feedback.moveDown')}: ${name(id)}`}
                  >
                    ↓
                  </button>
                  <Toggle
                    checked={absent}
                    onChange={(on) =>
                      arrange(run.order, on ? [...run.skipped, id] : run.skipped.filter((s) => s !== id))
                    }
                  >
                    <span className="visually-hidden">{name(id)}: </span>
                    {t('feedback.absent')}
                  </Toggle>
                </span>
              </Reorder.Item>
            );
          })}
        </Reorder.Group>
      </section>
      <section aria-labelledby={`queue-${clusterId}`}>
        <h2 id={`queue-${clusterId}`}>{t('feedback.queue', { n: waiting.length })}</h2>
        {run.queue.length === 0 ? (
          <p>{t('feedback.queueEmpty')}</p>
        ) : (
          <ol className="feedback-queue">
            {run.queue.map((q) => {
              const who = state.participants.find((p) => p.id === q.participantId);
              const whoName = who ? shownName(state, who, (n) => t('privacy.numbered', { n })) : '';
              const from = state.municipalities.find((m) => m.id === who?.municipalityId)?.name;
              return (
                <li key={q.id} className={q.taken ? 'feedback-queue__taken' : undefined}>
                  <strong>{whoName}</strong> <span className="muted">({from})</span>
                  {q.text && (
                    <>
                      : <span lang={CONTENT_LANG}>{q.text}</span>
                    </>
                  )}
                  {q.taken ? (
                    <span className="muted"> · {t('feedback.taken')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => send({ type: 'takeQuestion', clusterId, itemId: q.id })}
                      aria-label={`${t('feedback.take')}: ${whoName}`}
                    >
                      {t('feedback.take')}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
