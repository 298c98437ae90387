import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jsdom has no layout: recharts' responsive charts observe their size. A chart then renders empty,
// which is fine — tests read the figures from the tables, as a screen reader does.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
// Designsystemet's Spinner synchronises its animation through the Web Animations API.
document.getAnimations ??= () => [];
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// Pages are lazily loaded chunks: on a busy 2-core CI machine the first import of a page can take
// longer than testing-library's 1 s default for findBy* queries.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
