import { act, render, screen } from '@testing-library/react';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { testRouter } from '../../test/render-route.tsx';
import { useResolvedPeriodInUrl } from './use-period-param.ts';

/** Överblick's part that writes the period the API resolved into the URL. */
function setUp() {
  let resolvePeriod: (period: string) => void = () => {};
  let finishChunk: () => void = () => {};
  function Overview() {
    const [resolved, setResolved] = useState<string>();
    resolvePeriod = setResolved;
    useResolvedPeriodInUrl(resolved);
    return <p>Överblick</p>;
  }
  // A page whose chunk arrives when the test says so.
  const Municipalities = lazy(
    () =>
      new Promise<{ default: ComponentType }>((resolve) => {
        finishChunk = () => resolve({ default: () => <p>Kommuner</p> });
      }),
  );
  const { router, probe } = testRouter();
  render(
    <MemoryRouter initialEntries={['/oversikt']}>
      <Suspense fallback={<p>Hämtar sidan</p>}>
        <Routes>
          <Route path="/oversikt" element={<Overview />} />
          <Route path="/kommuner" element={<Municipalities />} />
        </Routes>
      </Suspense>
      {probe}
    </MemoryRouter>,
  );
  return {
    router,
    resolvePeriod: (p: string) => resolvePeriod(p),
    finishChunk: () => finishChunk(),
  };
}

describe('useResolvedPeriodInUrl', () => {
  it('writes the resolved period into an address that names none, replacing the entry', () => {
    const { router, resolvePeriod } = setUp();
    act(() => resolvePeriod('2024H1'));
    expect(router.state.location.pathname).toBe('/oversikt');
    expect(router.state.location.search).toBe('?period=2024H1');
  });

  it('leaves the address alone while the reader is on the way to another page (its chunk loading)', async () => {
    const { router, resolvePeriod, finishChunk } = setUp();
    await router.navigate('/kommuner');
    // The navigation is a transition: Överblick stays on screen until the chunk has arrived.
    expect(screen.getByText('Överblick')).toBeInTheDocument();
    act(() => resolvePeriod('2024H1'));
    await act(async () => finishChunk());
    expect(await screen.findByText('Kommuner')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/kommuner');
  });
});
