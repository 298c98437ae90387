import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { prefetchMenuPages } from './prefetch-pages.ts';

describe('prefetchMenuPages', () => {
  it('loads every lazy page without a parameter, nested or not, and leaves pages behind an id', () => {
    const loaded: string[] = [];
    const page = (name: string) => async () => {
      loaded.push(name);
      return {};
    };
    const routes: RouteObject[] = [
      {
        path: '/',
        children: [
          { path: 'oversikt', lazy: page('oversikt') },
          { path: 'insatser/:interventionId', lazy: page('insats') },
          { children: [{ path: 'pm', lazy: page('pm') }] },
          { path: 'kommuner/:id', children: [{ path: 'karta', lazy: page('under-id') }] },
        ],
      },
    ];
    prefetchMenuPages(routes);
    expect(loaded).toEqual(['oversikt', 'pm']);
  });
});
