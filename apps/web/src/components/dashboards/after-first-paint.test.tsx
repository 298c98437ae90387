import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AfterFirstPaint } from './after-first-paint.tsx';

function Page() {
  return (
    <main>
      <h1>Överblick</h1>
      <AfterFirstPaint>
        <h2>Deltagare</h2>
        <AfterFirstPaint>
          <h2>Utveckling</h2>
        </AfterFirstPaint>
      </AfterFirstPaint>
    </main>
  );
}

const headings = () => screen.queryAllByRole('heading').map((heading) => heading.textContent);

describe('AfterFirstPaint', () => {
  afterEach(() => {
    window.dispatchEvent(new Event('afterprint'));
  });

  it('shows the top first and each nested level a frame later', async () => {
    render(<Page />);
    expect(headings()).toEqual(['Överblick']);
    expect(await screen.findByRole('heading', { name: 'Deltagare' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Utveckling' })).toBeInTheDocument();
  });

  it('has every level on the page while the print is laid out (inside beforeprint)', () => {
    render(<Page />);
    expect(headings()).toEqual(['Överblick']);
    // The browser lays out the print right after the event's listeners: what they see is printed.
    let printed: (string | null)[] = [];
    const record = () => (printed = headings());
    window.addEventListener('beforeprint', record);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    window.removeEventListener('beforeprint', record);
    expect(printed).toEqual(['Överblick', 'Deltagare', 'Utveckling']);
  });
});
