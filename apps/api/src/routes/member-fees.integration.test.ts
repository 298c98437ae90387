import { beforeAll, describe, expect, it } from 'vitest';
import { ZApiError, ZMemberFeeYear } from '@finsam/domain';
import type { TMemberFeeYear } from '@finsam/domain';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TSignedInClient } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let office: TSignedInClient;
let board: TSignedInClient;
let lead: TSignedInClient;

beforeAll(async () => {
  ({ office, board, lead } = signedIn);
});

const feeOf = (year: TMemberFeeYear, key: string) => {
  const member = year.members.find((m) => m.key === key)!;
  return year.decided?.fees.find((f) => f.memberId === member.id)?.amountKronor;
};

describe('/api/member-fees/:year', () => {
  it('GET 2022: the decided fees of the 2021-09 paper and the populations of 2020-11-01', async () => {
    const year = ZMemberFeeYear.parse((await board.get('/api/member-fees/2022').expect(200)).body);
    expect(year.decided).toMatchObject({ totalKronor: 22_770_000, populationDate: '2020-11-01' });
    expect(feeOf(year, 'forsakringskassan')).toBe(11_385_000);
    expect(feeOf(year, 'uppsala')).toBe(3_428_693);
    expect(year.members.find((m) => m.key === 'uppsala')).toMatchObject({
      population: 233_745,
      populationDate: '2020-11-01',
    });
    await lead.get('/api/member-fees/2022').expect(403);
  });

  it('POST decides a year from the total and the populations, each member rounded on its own (2022 figures)', async () => {
    const before = ZMemberFeeYear.parse(
      (await office.get('/api/member-fees/2030').expect(200)).body,
    );
    expect(before.decided).toBeNull();
    const populations = before.members
      .filter((m) => m.kind === 'MUNICIPALITY')
      .map((m) => ({ memberId: m.id, population: m.population! }));
    const created = ZMemberFeeYear.parse(
      (
        await office
          .post('/api/member-fees/2030', {
            totalKronor: 22_770_000,
            populationDate: '2020-11-01',
            populations,
          })
          .expect(201)
      ).body,
    );
    expect(feeOf(created, 'forsakringskassan')).toBe(11_385_000);
    expect(feeOf(created, 'arbetsformedlingen')).toBeUndefined(); // paid through FK
    expect(feeOf(created, 'region-uppsala')).toBe(5_692_500);
    expect(feeOf(created, 'uppsala')).toBe(3_428_693);
    expect(feeOf(created, 'enkoping')).toBe(677_334);
    const municipal = created.members
      .filter((m) => m.kind === 'MUNICIPALITY')
      .reduce((sum, m) => sum + feeOf(created, m.key)!, 0);
    // The paper's own rounding: 5 692 501 against the nominal 5 692 500.
    expect(municipal).toBe(5_692_501);

    const again = await office
      .post('/api/member-fees/2030', { totalKronor: 1, populationDate: '2020-11-01', populations })
      .expect(409);
    expect(ZApiError.parse(again.body).error.message).toBe(
      'Medlemsavgifterna för 2030 är redan beslutade och sparade. De ändras inte i efterhand.',
    );
  });

  it('Swedish field errors: a missing municipality, a negative population, no total', async () => {
    const year = ZMemberFeeYear.parse((await office.get('/api/member-fees/2031').expect(200)).body);
    const uppsala = year.members.find((m) => m.key === 'uppsala')!;
    const missing = await office
      .post('/api/member-fees/2031', {
        totalKronor: 22_770_000,
        populationDate: '2030-11-01',
        populations: [{ memberId: uppsala.id, population: 250_000 }],
      })
      .expect(400);
    expect(ZApiError.parse(missing.body).error.fields).toContainEqual({
      path: 'body.populations',
      message: 'Folkmängd saknas för Enköpings kommun.',
    });
    const bad = await office
      .post('/api/member-fees/2031', {
        totalKronor: 0,
        populationDate: '2030-11-01',
        populations: [{ memberId: uppsala.id, population: -1 }],
      })
      .expect(400);
    expect(ZApiError.parse(bad.body).error.fields).toEqual([
      { path: 'body.totalKronor', message: 'Ange årets totala medlemsavgift.' },
      { path: 'body.populations.0.population', message: 'Folkmängden kan inte vara negativ.' },
    ]);
    await board
      .post('/api/member-fees/2031', {
        totalKronor: 1,
        populationDate: '2030-11-01',
        populations: [],
      })
      .expect(403);
  });
});
