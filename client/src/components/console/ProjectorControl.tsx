import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ProjectorScreen } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import type { RunCommand } from '../agenda/runCommand';
import { SegmentedControl } from '../ui/SegmentedControl';

/**
 * What the projector shows (M3): the day's own screen, a blank screen or a
 * break screen with the facilitator's words, and whether the join code and QR
 * code show. Each choice goes to the projector at once.
 */
export function ProjectorControl({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const screen = useMeetingStore((s) => s.state.projectorScreen);
  const [text, setText] = useState(() => screen.text ?? t('console.projector.breakDefault'));
  const set = (next: Omit<ProjectorScreen, 'text'>) =>
    void run({ type: 'setProjectorScreen', ...next, ...(text.trim() ? { text } : {}) });
  const showBreak = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) set({ mode: 'break', join: screen.join });
  };
  return (
    <section className="card projector-control" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.projector.heading')}</h2>
      <SegmentedControl
        legend={t('console.projector.mode')}
        options={(['auto', 'blank', 'break'] as const).map((mode) => ({
          value: mode,
          label: t(`console.projector.${mode}`),
        }))}
        value={screen.mode}
        onChange={(mode) => (mode === 'break' && !text.trim() ? undefined : set({ mode, join: screen.join }))}
      />
      <form className="projector-control__break" onSubmit={showBreak}>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('console.projector.breakText')}</label>
          <input id={`${id}-text`} value={text} maxLength={80} required onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('console.projector.showBreak')}
        </button>
      </form>
      <SegmentedControl
        legend={t('console.projector.join')}
        options={[
          { value: 'auto', label: t('console.projector.joinAuto') },
          { value: 'show', label: t('console.projector.joinShow') },
          { value: 'hide', label: t('console.projector.joinHide') },
        ]}
        value={screen.join}
        onChange={(join) => set({ mode: screen.mode, join })}
      />
      <p className="muted">{t('console.projector.joinHelp')}</p>
    </section>
  );
}
