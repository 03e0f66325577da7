import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Programme, ProgrammeMeeting } from '../../../shared/year/programme';
import type { CreateMeetingResponse } from '../../../shared/protocol';
import { ErrorText } from '../components/ErrorText';
import { PageHeader } from '../components/PageHeader';
import { ClustersSection } from '../components/programme/ClustersSection';
import { CsvSection } from '../components/programme/CsvSection';
import { ErasureSection } from '../components/programme/ErasureSection';
import { ProgressionSection } from '../components/programme/ProgressionSection';
import { ProgrammeReportSection } from '../components/report/ProgrammeReportSection';
import { MeetingsSection } from '../components/programme/MeetingsSection';
import { MunicipalitiesSection } from '../components/programme/MunicipalitiesSection';
import { ParticipantsSection } from '../components/programme/ParticipantsSection';
import { SaveBar, type Notice } from '../components/programme/SaveBar';
import { TeamSection } from '../components/programme/TeamSection';
import { TextField } from '../components/programme/Field';
import '../i18n/programmeCatalogue';
import { isDirty, problemsAt, problemsOf, type Draft, type FieldProblem } from '../model/programmeDraft';
import { programmeClient } from '../programmeClient';
import { useServerUrl } from '../serverUrl';
import { saveMeetingLinks } from '../storage';
import ProgrammeReportPage from './ProgrammeReportPage';

type Status = 'loading' | 'ready' | 'badLink' | 'network';

/** The organiser's programme: everything about the year, saved whole; meetings are started from here. */
export default function ProgrammePage({ programmeId, report = false }: { programmeId: string; report?: boolean }) {
  return report ? <ProgrammeReportPage programmeId={programmeId} /> : <ProgrammeEditor programmeId={programmeId} />;
}

function ProgrammeEditor({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const base = useServerUrl() ?? '';
  const [token] = useState(() => location.hash.slice(1));
  const client = useMemo(() => programmeClient(base, programmeId, token), [base, programmeId, token]);
  const [status, setStatus] = useState<Status>(token ? 'loading' : 'badLink');
  const [saved, setSaved] = useState<Programme | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [saving, setSaving] = useState(false);
  const [starting, setStarting] = useState<string | null>(null);
  const [startedLinks, setStartedLinks] = useState<Record<string, CreateMeetingResponse>>({});
  const [focusTick, setFocusTick] = useState(0);

  const adopt = useCallback((doc: Programme) => {
    setSaved(doc);
    setDraft(doc);
    setServerProblems([]);
  }, []);

  const failed = useCallback((status: number, code: string | undefined) => {
    if (status === 401 || status === 403 || status === 404) setStatus('badLink');
    else setNotice({ error: status === 0 ? 'network' : (code ?? 'invalid') });
  }, []);

  useEffect(() => {
    if (!token) return;
    let live = true;
    void client.load().then((res) => {
      if (!live) return;
      if (res.ok) {
        adopt(res.data);
        setStatus('ready');
      } else setStatus(res.status === 0 ? 'network' : 'badLink');
    });
    return () => {
      live = false;
    };
  }, [client, token, adopt]);

  const dirty = !!saved && !!draft && isDirty(saved, draft);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  // After a refused save, the first marked field gets the focus.
  useEffect(() => {
    if (focusTick) document.querySelector<HTMLElement>('.programme [aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const edit = useCallback((change: (d: Draft) => Draft) => {
    setDraft((d) => (d ? change(d) : d));
    setServerProblems([]);
    setNotice(null);
  }, []);

  const problems = useMemo(
    () => [...(showProblems && draft ? problemsOf(draft) : []), ...serverProblems],
    [showProblems, draft, serverProblems],
  );

  const save = async () => {
    if (!draft) return;
    const local = problemsOf(draft);
    setShowProblems(true);
    if (local.length) {
      setNotice({ problems: local.length });
      setFocusTick((n) => n + 1);
      return;
    }
    setSaving(true);
    const res = await client.save(draft);
    setSaving(false);
    if (res.ok) {
      adopt(res.data);
      setShowProblems(false);
      setNotice('saved');
    } else if (res.status === 409) {
      const fresh = await client.load();
      if (fresh.ok) adopt(fresh.data);
      setNotice('conflict');
    } else if (res.error?.problems?.length) {
      setServerProblems(res.error.problems);
      setNotice({ problems: res.error.problems.length });
      setFocusTick((n) => n + 1);
    } else failed(res.status, res.error?.code);
  };

  const start = async (meeting: ProgrammeMeeting) => {
    setStarting(meeting.id);
    setNotice(null);
    const res = await client.start(meeting.id);
    setStarting(null);
    if (res.ok) {
      const { programme, ...links } = res.data;
      saveMeetingLinks(links.meetingId, links);
      setStartedLinks((all) => ({ ...all, [meeting.id]: links }));
      adopt(programme);
    } else if (res.status === 409) {
      const fresh = await client.load();
      if (fresh.ok) adopt(fresh.data);
      setNotice(res.error?.meetingId ? 'alreadyStarted' : 'conflict');
    } else failed(res.status, res.error?.code);
  };

  if (status !== 'ready' || !draft) {
    return (
      <main className="page">
        <PageHeader title={t('programme.title')} />
        {status === 'loading' && <p>{t('programme.loading')}</p>}
        {status === 'badLink' && <ErrorText code="badLink" />}
        {status === 'network' && <ErrorText code="network" />}
      </main>
    );
  }

  const link = `${location.origin}/programme/${programmeId}#${token}`;
  return (
    <main className="page programme">
      <PageHeader title={draft.name || saved?.name || t('programme.title')} subtitle={t('programme.title')} />
      <SaveBar dirty={dirty} saving={saving} notice={notice} onSave={() => void save()} />
      <section className="card" aria-labelledby="programme-link">
        <h2 id="programme-link">{t('programme.linkHeading')}</h2>
        <p className="hint">{t('programme.linkLead')}</p>
        <p className="links">
          <a href={link}>{link}</a>
        </p>
        <p>
          <a className="button" href={`/eor/${programmeId}#${token}`}>
            {t('programme.eorLink')}
          </a>
        </p>
        <TextField
          id="programme-name"
          label={t('programme.nameLabel')}
          value={draft.name}
          onValue={(name) => edit((d) => ({ ...d, name }))}
          problems={problemsAt(problems, 'name', -1, 'name')}
        />
      </section>
      <MunicipalitiesSection draft={draft} edit={edit} problems={problems} />
      <ClustersSection draft={draft} edit={edit} problems={problems} />
      <TeamSection draft={draft} edit={edit} problems={problems} />
      <MeetingsSection
        draft={draft}
        edit={edit}
        problems={problems}
        dirty={dirty}
        starting={starting}
        startedLinks={startedLinks}
        onStart={(m) => void start(m)}
      />
      <ParticipantsSection draft={draft} edit={edit} problems={problems} />
      <CsvSection client={client} dirty={dirty} onImported={adopt} />
      <ProgressionSection client={client} />
      <ProgrammeReportSection
        client={client}
        printLink={`/programme/${encodeURIComponent(programmeId)}/report#${token}`}
      />
      <ErasureSection client={client} dirty={dirty} onErased={adopt} />
    </main>
  );
}
