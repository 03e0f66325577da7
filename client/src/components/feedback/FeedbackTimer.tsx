import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/feedbackCatalogue';
import type { Timer } from '../../../../shared/protocol';
import { remainingMs } from '../../../../shared/day/timer';
import { formatCountdown } from '../../model/time';
import { useServerNow } from '../../useServerNow';

const CHIME_KEY = 'lartraff.chime';

function chime(): void {
  try {
    const ctx = new AudioContext();
    for (const [i, freq] of [880, 660, 880].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.2, ctx.currentTime + i * 0.25);
      gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + i * 0.25 + 0.22);
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + i * 0.25);
      osc.stop(ctx.currentTime + i * 0.25 + 0.23);
    }
    setTimeout(() => void ctx.close(), 1200);
  } catch {
    // No audio on this device: the screen still shows it.
  }
}

/** Whether this device chimes; remembered per device. */
export function useChime(byDefault: boolean): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      const v = localStorage.getItem(CHIME_KEY);
      return v === null ? byDefault : v === 'on';
    } catch {
      return byDefault;
    }
  });
  const set = (value: boolean) => {
    setOn(value);
    try {
      localStorage.setItem(CHIME_KEY, value ? 'on' : 'off');
    } catch {
      // Private mode: for this page only.
    }
  };
  return [on, set];
}

/**
 * A phase's time left in server time: the same on every screen. Overtime
 * counts up in red; pausing, resuming, the one-minute warning and the end are announced once,
 * with a chime where it is on and a vibration on phones that allow it.
 */
export function FeedbackTimer({
  timer,
  phaseKey,
  chimeOn,
  vibrate = false,
  large = false,
  label,
}: {
  timer: Timer;
  /** Changes with the phase, so warnings are given once per phase. */
  phaseKey: string;
  chimeOn: boolean;
  vibrate?: boolean;
  large?: boolean;
  /** What this countdown is of ("Fas: Presentation"), where another countdown is near (the phone, the tablet). */
  label?: string;
}) {
  const { t } = useTranslation();
  const now = useServerNow(250);
  const left = remainingMs(timer, now);
  const [announce, setAnnounce] = useState('');
  const warned = useRef<{ key: string; minute: boolean; end: boolean }>({ key: phaseKey, minute: false, end: false });
  // A pause ("Pausad") and a resume (the time left) are announced too: the countdown itself is not a live region.
  const lastStatus = useRef(timer.status);
  useEffect(() => {
    const was = lastStatus.current;
    lastStatus.current = timer.status;
    if (was !== timer.status && (timer.status === 'paused' || was === 'paused'))
      setAnnounce(
        timer.status === 'paused' ? t('feedback.paused') : t('feedback.left', { time: formatCountdown(left) }),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- announced when the status changes, not on every tick
  }, [timer.status]);
  useEffect(() => {
    if (warned.current.key !== phaseKey) warned.current = { key: phaseKey, minute: left <= 60_000, end: left <= 0 };
    if (timer.status !== 'running') return;
    if (!warned.current.minute && left <= 60_000 && left > 0) {
      warned.current.minute = true;
      setAnnounce(t('feedback.oneMinute'));
    }
    if (!warned.current.end && left <= 0) {
      warned.current.end = true;
      setAnnounce(t('feedback.timeUp'));
      if (chimeOn) chime();
      if (vibrate) navigator.vibrate?.([200, 100, 200]);
    }
  }, [left, phaseKey, timer.status, chimeOn, vibrate, t]);

  const text = formatCountdown(left);
  const state = left < 0 ? 'over' : left <= 60_000 ? 'warning' : 'ok';
  return (
    <div className={`feedback-timer feedback-timer--${state}${large ? ' feedback-timer--large' : ''}`}>
      {label && <p className="timer-label">{label}</p>}
      <p className="feedback-timer__time">
        {left < 0 ? t('feedback.overtime', { time: text.slice(1) }) : t('feedback.left', { time: text })}
        {timer.status === 'paused' && <span className="feedback-timer__paused"> · {t('feedback.paused')}</span>}
      </p>
      <p className="visually-hidden" aria-live="assertive">
        {announce}
      </p>
    </div>
  );
}
