import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { testRouter } from '../../../test/render-route.tsx';
import { RouteErrorBoundary } from './route-error-page.tsx';

function Broken(): never {
  throw new Error('Trasig sida');
}

describe('RouteErrorBoundary', () => {
  it('shows the Swedish error page instead of a page that fails, and recovers on the next address', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { router, probe } = testRouter();
    render(
      <MemoryRouter initialEntries={['/trasig']}>
        <RouteErrorBoundary>
          <Routes>
            <Route path="/trasig" element={<Broken />} />
            <Route path="/hel" element={<p>Sidan fungerar</p>} />
          </Routes>
        </RouteErrorBoundary>
        {probe}
      </MemoryRouter>,
      // The boundary catches the error; React's report of it is the boundary's to make.
      { onCaughtError: () => {} },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Sidan kunde inte visas');
    expect(warn).toHaveBeenCalledWith('Sidan kunde inte visas', expect.any(Error));
    expect(document.title).toMatch(/^Något gick fel/);

    await router.navigate('/hel');
    expect(screen.getByText('Sidan fungerar')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    warn.mockRestore();
  });
});
