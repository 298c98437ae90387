import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { USER_MESSAGES, ZUserList, type TUser } from '@finsam/domain';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { interventionList, sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

const enVagIn = interventionList.interventions.find(
  (row) => row.key === 'en-vag-in-steget-vidare',
)!;

// The seeded förbund's demo accounts as GET /api/users answers for the admin.
const userList = ZUserList.parse({
  users: [
    {
      id: 'user-admin',
      email: 'admin@demo.se',
      name: 'Adam Admin',
      role: 'ADMIN',
      active: true,
      interventionIds: [],
      createdAt: '2024-01-01T08:00:00.000Z',
      version: 0,
    },
    {
      id: 'user-office',
      email: 'kansli@demo.se',
      name: 'Karin Kansli',
      role: 'OFFICE',
      active: true,
      interventionIds: [],
      createdAt: '2024-01-01T08:00:00.000Z',
      version: 0,
    },
    {
      id: 'user-lead',
      email: 'knivsta@demo.se',
      name: 'Kim Knivsta',
      role: 'LEAD',
      active: true,
      interventionIds: [enVagIn.id],
      createdAt: '2024-01-01T08:00:00.000Z',
      version: 3,
    },
    {
      id: 'user-board',
      email: 'styrelse@demo.se',
      name: 'Stina Styrelse',
      role: 'BOARD',
      active: false,
      interventionIds: [],
      createdAt: '2024-01-01T08:00:00.000Z',
      version: 1,
    },
  ],
});

function cellsOf(table: HTMLElement, name: string): (string | null)[] {
  const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
}

describe('Administration (users)', () => {
  it('lists the accounts with Swedish role names, active and the names of the interventions', async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('ADMIN') },
      'GET /api/users': { status: 200, body: userList },
      'GET /api/interventions': { status: 200, body: interventionList },
    });
    renderRoute('/administration');

    const table = await screen.findByRole('table', { name: 'Användarkonton' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(expect.arrayContaining(['Namn', 'E-post', 'Roll', 'Aktiv', 'Insatser']));
    expect(cellsOf(table, 'Kim Knivsta').slice(0, 5)).toEqual([
      'Kim Knivsta',
      'knivsta@demo.se',
      'Insatsansvarig',
      'Ja',
      'En väg in - steget vidare',
    ]);
    expect(cellsOf(table, 'Stina Styrelse').slice(0, 5)).toEqual([
      'Stina Styrelse',
      'styrelse@demo.se',
      'Styrelse',
      'Nej',
      '–',
    ]);
    expect(cellsOf(table, 'Karin Kansli')[2]).toBe('Kansli');
    expect(cellsOf(table, 'Adam Admin')[2]).toBe('Administratör');
    expect(screen.queryByText(/inte byggd ännu/)).not.toBeInTheDocument();
  });

  it('checks the create form with the shared Swedish messages before anything is sent', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('ADMIN') },
      'GET /api/users': { status: 200, body: userList },
      'GET /api/interventions': { status: 200, body: interventionList },
    });
    renderRoute('/administration');
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Skapa konto' });

    await user.type(within(form).getByLabelText('E-postadress'), 'inte-en-adress');
    await user.type(within(form).getByLabelText('Lösenord', { exact: false }), 'kort');
    await user.click(within(form).getByRole('button', { name: 'Skapa konto' }));

    expect(await within(form).findByText('Ange ett namn.')).toBeInTheDocument();
    expect(
      within(form).getByText('Ange en giltig e-postadress, t.ex. namn@kommun.se.'),
    ).toBeInTheDocument();
    expect(within(form).getByText('Lösenordet måste ha minst 12 tecken.')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('puts the API field messages of a 400 back on the create form inputs', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('ADMIN') },
      'GET /api/users': { status: 200, body: userList },
      'GET /api/interventions': { status: 200, body: interventionList },
      'POST /api/users': {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION',
            message: 'Kontrollera uppgifterna i formuläret.',
            fields: [{ path: 'body.email', message: USER_MESSAGES.emailTaken }],
          },
        },
      },
    });
    renderRoute('/administration');
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Skapa konto' });

    await user.type(within(form).getByLabelText('Namn'), 'Nora Ny');
    await user.type(within(form).getByLabelText('E-postadress'), 'kansli@demo.se');
    await user.selectOptions(within(form).getByLabelText('Roll'), 'Insatsansvarig');
    await user.type(
      within(form).getByLabelText('Lösenord', { exact: false }),
      'ett-langt-losenord',
    );
    await user.click(within(form).getByRole('button', { name: 'Skapa konto' }));

    const email = within(form).getByLabelText('E-postadress');
    await waitFor(() => expect(email).toHaveAccessibleDescription(USER_MESSAGES.emailTaken));
    expect(email).toHaveFocus();
    expect(email).toHaveValue('kansli@demo.se');
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.headers['x-csrf-token']).toBeDefined();
    expect(post.body).toEqual({
      email: 'kansli@demo.se',
      name: 'Nora Ny',
      role: 'LEAD',
      password: 'ett-langt-losenord',
      interventionIds: [],
    });
  });

  it('announces a created account and shows it in the list', async () => {
    let users: TUser[] = userList.users;
    const created: TUser = {
      id: 'user-new',
      email: 'nora@demo.se',
      name: 'Nora Ny',
      role: 'LEAD',
      active: true,
      interventionIds: [],
      createdAt: '2024-11-23T08:00:00.000Z',
      version: 0,
    };
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('ADMIN') },
      'GET /api/users': () => ({ status: 200, body: { users } }),
      'GET /api/interventions': { status: 200, body: interventionList },
      'POST /api/users': () => {
        users = [...users, created];
        return { status: 201, body: created };
      },
    });
    renderRoute('/administration');
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Skapa konto' });
    await user.type(within(form).getByLabelText('Namn'), 'Nora Ny');
    await user.type(within(form).getByLabelText('E-postadress'), 'nora@demo.se');
    await user.selectOptions(within(form).getByLabelText('Roll'), 'Insatsansvarig');
    await user.type(
      within(form).getByLabelText('Lösenord', { exact: false }),
      'ett-langt-losenord',
    );
    await user.click(within(form).getByRole('button', { name: 'Skapa konto' }));

    expect(
      await screen.findByText('Kontot för Nora Ny (insatsansvarig) skapades.'),
    ).toHaveAttribute('aria-live', 'polite');
    const table = screen.getByRole('table', { name: 'Användarkonton' });
    expect(await within(table).findByRole('rowheader', { name: 'Nora Ny' })).toBeInTheDocument();
  });

  it('creates an insatsansvarig with the interventions ticked in the fieldset', async () => {
    const created: TUser = {
      id: 'user-new',
      email: 'nora@demo.se',
      name: 'Nora Ny',
      role: 'LEAD',
      active: true,
      interventionIds: [enVagIn.id],
      createdAt: '2024-11-23T08:00:00.000Z',
      version: 0,
    };
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('ADMIN') },
      'GET /api/users': { status: 200, body: userList },
      'GET /api/interventions': { status: 200, body: interventionList },
      'POST /api/users': { status: 201, body: created },
    });
    renderRoute('/administration');
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Skapa konto' });
    expect(
      within(form).queryByRole('group', { name: /^Insatser som kontot är insatsansvarig för/ }),
    ).not.toBeInTheDocument();

    await user.type(within(form).getByLabelText('Namn'), 'Nora Ny');
    await user.type(within(form).getByLabelText('E-postadress'), 'nora@demo.se');
    await user.selectOptions(within(form).getByLabelText('Roll'), 'Insatsansvarig');
    await user.type(
      within(form).getByLabelText('Lösenord', { exact: false }),
      'ett-langt-losenord',
    );
    const group = await within(form).findByRole('group', {
      name: /^Insatser som kontot är insatsansvarig för/,
    });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(interventionList.interventions.length);
    // Ongoing interventions come first.
    const ongoing = interventionList.interventions.filter((row) => row.status === 'ONGOING');
    expect(boxes.slice(0, ongoing.length).map((box) => box.getAttribute('value'))).toEqual(
      expect.arrayContaining(ongoing.map((row) => row.id)),
    );
    expect(screen.queryByText(/kan inte väljas/)).not.toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: 'En väg in - steget vidare' }));
    await user.click(within(form).getByRole('button', { name: 'Skapa konto' }));

    expect(await screen.findByText('Kontot för Nora Ny (insatsansvarig) skapades.')).toBeVisible();
    expect(requests.find((request) => request.method === 'POST')!.body).toEqual({
      email: 'nora@demo.se',
      name: 'Nora Ny',
      role: 'LEAD',
      password: 'ett-langt-losenord',
      interventionIds: [enVagIn.id],
    });
  });

  it('shows the API message on an intervention on the fieldset of the edit form', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('ADMIN') },
      'GET /api/users': { status: 200, body: userList },
      'GET /api/interventions': { status: 200, body: interventionList },
      'PATCH /api/users/user-lead': {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION',
            message: 'Kontrollera uppgifterna i formuläret.',
            fields: [
              { path: 'body.interventionIds.1', message: USER_MESSAGES.unknownIntervention },
            ],
          },
        },
      },
    });
    renderRoute('/administration');
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Användarkonton' });
    await user.click(within(table).getByRole('button', { name: 'Ändra Kim Knivsta' }));
    const form = screen.getByRole('form', { name: 'Ändra konto: Kim Knivsta' });
    const group = await within(form).findByRole('group', {
      name: /^Insatser som kontot är insatsansvarig för/,
    });
    expect(
      within(group).getByRole('checkbox', { name: 'En väg in - steget vidare' }),
    ).toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Bryggan' }));
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));

    expect(await within(group).findByText(USER_MESSAGES.unknownIntervention)).toBeVisible();
    expect(group).toHaveAccessibleDescription(USER_MESSAGES.unknownIntervention);
    // The error is on one item of the list: focus goes to the list's first checkbox.
    expect(group.contains(document.activeElement)).toBe(true);
    const bryggan = interventionList.interventions.find((row) => row.shortName === 'Bryggan')!;
    expect(requests.find((request) => request.method === 'PATCH')!.body).toMatchObject({
      version: 3,
      interventionIds: [enVagIn.id, bryggan.id],
    });
  });

  it('shows a 409 on edit in Swedish, keeps what was typed and reloads on "Ladda om"', async () => {
    let current = userList.users.find((row) => row.id === 'user-lead')!;
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('ADMIN') },
      'GET /api/users': () => ({
        status: 200,
        body: { users: userList.users.map((row) => (row.id === current.id ? current : row)) },
      }),
      'GET /api/interventions': { status: 200, body: interventionList },
      'PATCH /api/users/user-lead': (request) =>
        (request.body as { version: number }).version === current.version
          ? {
              status: 200,
              body: { ...current, ...(request.body as object), version: current.version + 1 },
            }
          : {
              status: 409,
              body: {
                error: {
                  code: 'CONFLICT',
                  message: 'Någon annan har ändrat uppgifterna. Ladda om och försök igen.',
                },
              },
            },
    });
    renderRoute('/administration');
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Användarkonton' });
    await user.click(within(table).getByRole('button', { name: 'Ändra Kim Knivsta' }));

    // Meanwhile another admin renames the account.
    current = { ...current, name: 'Kim K. Knivsta', version: 4 };

    const form = screen.getByRole('form', { name: 'Ändra konto: Kim Knivsta' });
    const name = within(form).getByLabelText('Namn');
    await user.clear(name);
    await user.type(name, 'Kim Nybörjare');
    await user.click(within(form).getByLabelText('Aktivt konto', { exact: false }));
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kontot har ändrats av någon annan');
    expect(alert).toHaveTextContent('De finns kvar i formuläret');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(name).toHaveValue('Kim Nybörjare');
    expect(within(form).getByLabelText('Aktivt konto', { exact: false })).not.toBeChecked();
    expect(requests.find((request) => request.method === 'PATCH')!.body).toMatchObject({
      version: 3,
      name: 'Kim Nybörjare',
      active: false,
    });

    await user.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    expect(
      await screen.findByText(/Senast sparat: Kim K. Knivsta, Insatsansvarig, aktivt/),
    ).toBeInTheDocument();
    expect(name).toHaveValue('Kim Nybörjare');

    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText('Ändringarna för Kim Nybörjare sparades.')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(requests.filter((request) => request.method === 'PATCH').at(-1)!.body).toMatchObject({
      version: 4,
      name: 'Kim Nybörjare',
    });
  });
});
