import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { testRouter } from '../../test/render-route.tsx';
import { PeriodPicker } from './period-picker.tsx';

function renderPicker(path: string, value: string, availablePeriods: string[]) {
  const { router, probe } = testRouter();
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/oversikt"
          element={<PeriodPicker value={value} availablePeriods={availablePeriods} />}
        />
      </Routes>
      {probe}
    </MemoryRouter>,
  );
  return router;
}

describe('PeriodPicker', () => {
  it('shows the period as two labelled selects and names the periods with data', () => {
    renderPicker('/oversikt?period=2024H1', '2024H1', ['2024H1', '2022H1', '2019']);
    expect(screen.getByRole('group', { name: /^Period/ })).toHaveTextContent(
      'Sidan visar uppgifterna för den period du väljer. Perioder med uppgifter: Kvartal 1–2 2024, Kvartal 1–2 2022, Helår 2019.',
    );
    expect(screen.getByLabelText('År')).toHaveValue('2024');
    expect(screen.getByLabelText('Del av året')).toHaveValue('H1');
    expect(
      screen.getByRole('option', { name: 'Kvartal 1–2 2024 (uppgifter finns)' }),
    ).toBeInTheDocument();
    // Every year from the oldest with data to the newest.
    expect(
      screen.getAllByRole('option', { name: /^20\d\d$/ }).map((option) => option.textContent),
    ).toEqual(['2024', '2023', '2022', '2021', '2020', '2019']);
  });

  it('writes the chosen year and part of the year into the URL, keeping other parameters', async () => {
    const router = renderPicker('/oversikt?period=2024H1&vy=tabell', '2024H1', [
      '2024H1',
      '2022H1',
    ]);
    await userEvent.selectOptions(screen.getByLabelText('År'), '2022');
    expect(router.state.location.search).toBe('?period=2022H1&vy=tabell');
    await userEvent.selectOptions(screen.getByLabelText('Del av året'), 'Q3');
    // The picker shows what the page passes in (still 2024 here), so the quarter lands in 2024.
    expect(router.state.location.search).toBe('?period=2024Q3&vy=tabell');
    await userEvent.selectOptions(screen.getByLabelText('Del av året'), 'year');
    expect(router.state.location.search).toBe('?period=2024&vy=tabell');
  });

  it('keeps each choice in the browser history so "back" returns to the previous period', async () => {
    const router = renderPicker('/oversikt?period=2024H1', '2024H1', ['2024H1', '2022H1']);
    await userEvent.selectOptions(screen.getByLabelText('År'), '2023');
    expect(router.state.location.search).toBe('?period=2023H1');
    await router.navigate(-1);
    expect(router.state.location.search).toBe('?period=2024H1');
  });
});
