import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import {
  regexproBudgets,
  regexproDetail,
  registerList,
  registerMembers,
} from '../../../test/economy-fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

const common = {
  'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
  'GET /api/interventions': { status: 200, body: registerList },
  'GET /api/municipalities': { status: 200, body: registerMembers },
};

describe('Insatsregister', () => {
  it('is in the office menu and lists every intervention', async () => {
    stubFetch(common);
    renderRoute('/register');
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Insatsregister' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Ekonomi' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Insatser i registret' });
    expect(within(table).getByRole('link', { name: 'RegExPro' })).toBeInTheDocument();
  });

  it('a new intervention: Swedish errors per field from the shared schema, then the API’s, nothing lost', async () => {
    const { requests } = stubFetch({
      ...common,
      'POST /api/interventions': {
        status: 409,
        body: {
          error: {
            code: 'CONFLICT',
            message:
              'Namnet "Bryggan" används redan av insatsen "Bryggan". Välj ett namn som skiljer dem åt.',
            fields: [
              {
                path: 'body.shortName',
                message:
                  'Namnet "Bryggan" används redan av insatsen "Bryggan". Välj ett namn som skiljer dem åt.',
              },
            ],
          },
        },
      },
    });
    renderRoute('/register/ny');
    const user = userEvent.setup();
    const save = await screen.findByRole('button', { name: 'Spara insatsen' });
    await user.type(screen.getByRole('textbox', { name: 'Startdatum' }), '2025-01-01');
    await user.type(
      screen.getByRole('textbox', { name: 'Slutdatum (till och med)' }),
      '2024-12-31',
    );
    await user.click(save);
    expect(
      await screen.findByText('Slutdatumet kan inte vara före startdatumet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Välj insatsägare (bara övriga samverkansinsatser saknar ägare).'),
    ).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(
      screen.getByRole('textbox', { name: 'Fullständigt namn (som i ansökan)' }),
      'Bryggan 3',
    );
    await user.type(screen.getByRole('textbox', { name: 'Kortnamn (i tabeller)' }), 'Bryggan');
    await user.type(
      screen.getByRole('textbox', { name: 'Andra namn' }),
      'Bryggan III{enter}Bryggan fas 3',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Insatsägare (huvudinsatsägare)' }),
      'Östhammars kommun',
    );
    const end = screen.getByRole('textbox', { name: 'Slutdatum (till och med)' });
    await user.clear(end);
    await user.type(end, '2027-12-31');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Fortsätter insatsen (föregångare)' }),
      screen.getByRole('option', { name: /^Bryggan \(/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Lägg till mål' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Mål' }),
      'Deltagarna kommer närmare arbete',
    );
    await user.type(
      screen.getByRole('textbox', { name: /Mätbart målvärde/ }),
      'minst 20 deltagare per år',
    );
    await user.click(screen.getByRole('button', { name: 'Lägg till förväntat antal' }));
    await user.type(screen.getByRole('textbox', { name: 'Antal deltagare' }), '20');
    await user.click(save);

    // The API's 409 lands on the short name; everything typed is still there.
    expect(
      await screen.findAllByText(
        'Namnet "Bryggan" används redan av insatsen "Bryggan". Välj ett namn som skiljer dem åt.',
      ),
    ).not.toHaveLength(0);
    expect(
      (screen.getByRole('textbox', { name: 'Kortnamn (i tabeller)' }) as HTMLInputElement).value,
    ).toBe('Bryggan');
    const bryggan = registerList.interventions.find((i) => i.key === 'bryggan')!;
    const osthammar = registerMembers.members.find((m) => m.key === 'osthammar')!;
    expect(requests.find((r) => r.method === 'POST')!.body).toMatchObject({
      fullName: 'Bryggan 3',
      shortName: 'Bryggan',
      aliases: ['Bryggan III', 'Bryggan fas 3'],
      ownerId: osthammar.id,
      kind: 'INDIVIDUAL',
      aim: null,
      startDate: '2025-01-01',
      endDate: '2027-12-31',
      predecessorId: bryggan.id,
      goals: [
        {
          level: 'RESULT',
          text: 'Deltagarna kommer närmare arbete',
          target: 'minst 20 deltagare per år',
        },
      ],
      expectedParticipants: [{ count: 20, kind: 'PER_YEAR', note: null }],
    });
  });

  it('edits an intervention with its version, and shows adopted and adjusted budget side by side', async () => {
    const { requests } = stubFetch({
      ...common,
      [`GET /api/interventions/${regexproDetail.id}`]: { status: 200, body: regexproDetail },
      [`GET /api/interventions/${regexproDetail.id}/budgets`]: {
        status: 200,
        body: regexproBudgets,
      },
      [`PATCH /api/interventions/${regexproDetail.id}`]: {
        status: 200,
        body: { ...regexproDetail, version: regexproDetail.version + 1 },
      },
    });
    renderRoute(`/register/${regexproDetail.id}`);
    const budgets = await screen.findByRole('table', { name: 'Budget för RegExPro' });
    // 2024: adopted 1 245 000, carry-over +100 000 from 2023 → 1 345 000 (PM 2024 H1 uses 673).
    const row2024 = within(budgets).getByRole('rowheader', { name: '2024' }).closest('tr')!;
    const cells = within(row2024)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('1\u00a0245\u00a0000');
    expect(cells[1]).toContain('+100\u00a0000\u00a0kr');
    expect(cells[2]).toBe('1\u00a0345\u00a0000');

    const user = userEvent.setup();
    const shortName = await screen.findByRole('textbox', { name: 'Kortnamn (i tabeller)' });
    expect((shortName as HTMLInputElement).value).toBe('RegExPro');
    await user.click(screen.getByRole('button', { name: 'Lägg till förväntat antal' }));
    await user.type(screen.getByRole('textbox', { name: 'Antal deltagare' }), '50');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Gäller' }),
      'samtidigt (löpande)',
    );
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Insatsen är sparad.')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!.body as Record<string, unknown>;
    expect(patch).toMatchObject({
      version: regexproDetail.version,
      shortName: 'RegExPro',
      expectedParticipants: [{ count: 50, kind: 'CONCURRENT', note: null }],
    });
    expect(patch).not.toHaveProperty('key');
    // The stored source (over 300 characters for RegExPro) is left as it is.
    expect(patch).not.toHaveProperty('source');
  });
});
