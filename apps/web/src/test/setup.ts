import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
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

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
