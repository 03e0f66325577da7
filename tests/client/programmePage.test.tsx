/**
 * The organiser's programme page against a real server: what the project
 * leader sees and can do when preparing the year.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meetingLinks } from '../../client/src/storage';
import ProgrammePage from '../../client/src/views/ProgrammePage';
import StartPage from '../../client/src/views/StartPage';
import { Programme } from '../../shared/year/programme';
import { programmeApi, southCoastProgramme, type CreatedProgramme } from '../support/programme';
import { closeAll, startServer, tokenFromLink, type TestServer } from '../support/server';
import { renderView } from '../support/view';

afterEach(async () => {
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
  await closeAll();
});

interface Setup {
  server: TestServer;
  created: CreatedProgramme;
  api: ReturnType<typeof programmeApi>;
  path: string;
}

/** A server with the south-coast programme saved once (version 1). */
async function southCoast(): Promise<Setup> {
  const server = await startServer();
  const { created, organiser, path } = await southCoastProgramme(server.url);
  return { server, created, api: organiser, path };
}

const stored = async ({ api, path }: Setup) => Programme.parse(await (await api.get(path)).json());

/** The organiser opens their secret link. */
async function openProgramme({ server, created }: Setup, token = created.token) {
  renderView(
    server.url,
    <ProgrammePage programmeId={created.programmeId} />,
    `/programme/${created.programmeId}#${token}`,
  );
  if (token === created.token) await screen.findByRole('heading', { level: 1, name: 'Lärprojekt Sydkusten' });
}

const group = (name: string) => screen.getByRole('group', { name });

describe('preparing the year on the programme page', () => {
  it('the project leader adds Simrishamn, sees the change is unsaved, saves, and the server has it', async () => {
    const setup = await southCoast();
    await openProgramme(setup);
    const user = userEvent.setup();
    expect(screen.getByText('Alla ändringar är sparade.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kommuner (5)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lägg till kommun' }));
    const name = within(group('Kommun 6')).getByLabelText('Namn');
    expect(name).toHaveFocus();
    await user.type(name, 'Simrishamn');
    expect(screen.getByText('Du har ändringar som inte är sparade.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Alla ändringar är sparade.')).toBeInTheDocument();
    const doc = await stored(setup);
    expect(doc.municipalities.map((m) => m.name)).toContain('Simrishamn');
    expect(doc.version).toBe(2);
    // The new municipality can be put in a cluster right away.
    expect(within(group('Kluster 1')).getByLabelText('Simrishamn')).not.toBeChecked();
  });

  it('[W9] a pale yellow for Kommun 1 is flagged beside its colour field, and a dark one is not', async () => {
    const setup = await southCoast();
    await openProgramme(setup);
    const colour = within(group('Kommun 1')).getByLabelText('Färg');
    expect(colour).not.toHaveAccessibleDescription(/syns svagt/);
    // The browser's colour picker sets the value and fires input, as fireEvent does.
    fireEvent.input(colour, { target: { value: '#ffff99' } });
    expect(colour).toHaveAccessibleDescription(
      'Färgen syns svagt mot tavlan (1,0:1, behöver minst 3:1). Välj en mörkare färg.',
    );
    fireEvent.input(colour, { target: { value: '#1f3a5f' } });
    expect(colour).not.toHaveAccessibleDescription(/syns svagt/);
  });

  it('putting Ystad in Kluster Öst too marks the cluster, says why, and saves nothing', async () => {
    const setup = await southCoast();
    await openProgramme(setup);
    const user = userEvent.setup();
    const east = group('Kluster 2');
    await user.click(within(east).getByLabelText('Ystad (i Kluster Syd)'));
    await user.clear(within(group('Kommun 1')).getByLabelText('Namn'));
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Inget sparades. Rätta det som är markerat (1).');
    const emptied = within(group('Kommun 1')).getByLabelText('Namn');
    expect(emptied).toHaveAttribute('aria-invalid', 'true');
    expect(emptied).toHaveAccessibleDescription('Fyll i ett giltigt värde.');
    expect(emptied).toHaveFocus();

    // With the name back, the rules speak: four municipalities, and Ystad in two clusters.
    await user.type(emptied, 'Ystad');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    const members = within(east).getByRole('group', { name: 'Kommuner (2–3)' });
    expect(members).toHaveAccessibleDescription(
      'Kluster Öst har 4 kommuner – ett kluster har 2–3. Ystad finns i mer än ett kluster.',
    );
    expect((await stored(setup)).version).toBe(1);
  });

  it('[PR2] another tab saved first: the page says so and shows the latest version', async () => {
    const setup = await southCoast();
    await openProgramme(setup);
    const elsewhere = await stored(setup);
    await setup.api.put(setup.path, { ...elsewhere, name: 'Lärprojekt Sydkusten 2027' });

    const user = userEvent.setup();
    await user.type(within(group('Person 1')).getByLabelText('Namn'), ' (PL)');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Någon annan sparade lärprojektet under tiden.');
    expect(screen.getByRole('heading', { level: 1, name: 'Lärprojekt Sydkusten 2027' })).toBeInTheDocument();
    expect(within(group('Person 1')).getByLabelText('Namn')).toHaveValue('Maria Lindqvist');
  });

  it('a link with the wrong secret shows that the link is not valid', async () => {
    const setup = await southCoast();
    await openProgramme(setup, 'not-the-right-token-at-all-0000');
    expect(await screen.findByRole('alert')).toHaveTextContent('Länken gäller inte (längre).');
    expect(screen.queryByRole('button', { name: 'Spara' })).not.toBeInTheDocument();
  });
});

describe('spreadsheets', () => {
  const csvFile = (text: string) => new File([text], 'deltagare.csv', { type: 'text/csv' });

  it('[PR1] a participant file with a bad row: the row is listed, nothing imported; the fixed file imports both', async () => {
    const setup = await southCoast();
    await openProgramme(setup);
    const user = userEvent.setup();
    const input = screen.getByLabelText('Importera deltagare');

    await user.upload(
      input,
      csvFile('Namn;Kommun;E-post\nAnna Svensson;Ystad;anna@ystad.se\nLars Persson;Lund;lars@lund.se\n'),
    );
    expect(
      await screen.findByText('Inget importerades: filen har 1 fel. Rätta raden och importera filen igen.'),
    ).toBeInTheDocument();
    const report = screen.getByRole('table', { name: 'Fel i filen' });
    expect(within(report).getAllByRole('row')[1]).toHaveTextContent(
      '3Kommun”Lund” är inte en av lärprojektets kommuner.',
    );
    expect(screen.getByRole('heading', { name: 'Deltagare (0)' })).toBeInTheDocument();
    expect((await stored(setup)).participants).toEqual([]);

    await user.upload(
      input,
      csvFile('Namn;Kommun;E-post\nAnna Svensson;Ystad;anna@ystad.se\nLars Persson;Skurup;lars@skurup.se\n'),
    );
    expect(await screen.findByText('2 rader importerades.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Fel i filen' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Deltagare (2)' })).toBeInTheDocument();
    expect(within(group('Deltagare 2')).getByLabelText('Kommun')).toHaveDisplayValue('Skurup');
  });

  it('the import waits for unsaved changes to be saved', async () => {
    const setup = await southCoast();
    await openProgramme(setup);
    const user = userEvent.setup();
    await user.type(within(group('Kommun 1')).getByLabelText('Namn'), 's');
    expect(screen.getByLabelText('Importera deltagare')).toBeDisabled();
    expect(screen.getByLabelText('Importera deltagare')).toHaveAccessibleDescription(/Spara ändringarna först\./);
  });

  it('exporting the municipalities downloads the CSV Excel opens, fetched with the organiser token', async () => {
    const setup = await southCoast();
    await openProgramme(setup);
    let saved: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:kommuner';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Exportera kommuner' }));
    await vi.waitFor(() => expect(saved).toBeDefined());
    const text = new TextDecoder().decode(await saved!.arrayBuffer());
    expect(text).toContain('Kommun;Färg;Kluster;Handledare;Rum\r\nYstad;#1f5fa8;Kluster Syd;Karin Nilsson;Rum 2');
    expect(clicked).toHaveBeenCalled();
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('kommuner.csv');
  });
});

describe('starting a lärträff from the programme', () => {
  it('"Starta lärträffen" shows the secret links once and keeps them on this computer', async () => {
    const setup = await southCoast();
    await openProgramme(setup);
    const user = userEvent.setup();
    await user.click(within(group('Lärträff 1')).getByRole('button', { name: 'Starta lärträffen' }));

    const started = await within(group('Lärträff 1')).findByRole('status');
    expect(started).toHaveTextContent('Lärträff 1 är startad');
    const open = within(started).getByRole('link', { name: 'Öppna projektledarvyn' });
    expect(open.getAttribute('href')).toMatch(/^\/facilitator\/[^#]+#.{16,}$/);
    const meetingId = (await stored(setup)).meetings[0]!.meetingId!;
    expect(meetingLinks(meetingId)?.facilitatorLink).toBe(open.getAttribute('href'));
    expect(within(group('Lärträff 1')).queryByRole('button', { name: 'Starta lärträffen' })).not.toBeInTheDocument();
    expect(within(group('Lärträff 2')).getByRole('button', { name: 'Starta lärträffen' })).toBeEnabled();
  });

  it('with unsaved changes the start button waits and says why', async () => {
    const setup = await southCoast();
    await openProgramme(setup);
    await userEvent.setup().type(within(group('Lärträff 1')).getByLabelText('Tema'), '!');
    const start = within(group('Lärträff 1')).getByRole('button', { name: 'Starta lärträffen' });
    expect(start).toBeDisabled();
    expect(start).toHaveAccessibleDescription('Spara ändringarna först.');
  });
});

describe('the start page', () => {
  function renderStart(server: TestServer) {
    renderView(server.url, <StartPage />);
  }

  it('on the laptop itself there is a link to the demo programme, and it opens it', async () => {
    const server = await startServer();
    renderStart(server);
    const demo = await screen.findByRole('link', { name: 'Öppna demoprogrammet' });
    const link = demo.getAttribute('href')!;
    expect(link).toMatch(/^\/programme\/demo#/);
    const doc = Programme.parse(
      await (await programmeApi(server.url, tokenFromLink(link)).get('/api/programmes/demo')).json(),
    );
    expect(doc.name).toBe('Demo: Lärprojekt Trelleborgsmodellen');
  });

  it('"Skapa lärträff" with no name asks for one and keeps the form', async () => {
    const server = await startServer();
    renderStart(server);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Namn på lärträffen'), '   ');
    await user.click(screen.getByRole('button', { name: 'Skapa lärträff' }));
    expect(screen.getByLabelText('Namn på lärträffen')).toHaveAccessibleDescription('Skriv ett namn på lärträffen.');
    expect(screen.queryByText('Lärträffen är skapad')).toBeNull();
    await act(async () => undefined);
  });

  it('"Skapa lärprojekt" asks for a name, then goes to the new programme\'s secret link', async () => {
    const server = await startServer();
    renderStart(server);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Skapa lärprojekt' }));
    expect(screen.getByLabelText('Namn på lärprojektet')).toHaveAccessibleDescription(
      'Skriv ett namn på lärprojektet.',
    );

    await user.type(screen.getByLabelText('Namn på lärprojektet'), 'Lärprojekt Halland');
    await user.click(screen.getByRole('button', { name: 'Skapa lärprojekt' }));
    await vi.waitFor(() => expect(location.pathname).toMatch(/^\/programme\/./));
    const programmeId = location.pathname.split('/')[2]!;
    const doc = Programme.parse(
      await (await programmeApi(server.url, location.hash.slice(1)).get(`/api/programmes/${programmeId}`)).json(),
    );
    expect(doc.name).toBe('Lärprojekt Halland');
    await act(async () => undefined);
  });
});
