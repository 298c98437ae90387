import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { QueryClient } from '@tanstack/react-query';
import { authQueryKeys } from '../lib/queries/auth/auth-query-keys.ts';
import { listMenuPageLoaders, loadOneAtATime, whenPageSettled } from './prefetch-pages.ts';

/** Lazy pages that record which of them were loaded, in order. */
function recordingPages() {
  const loaded: string[] = [];
  const page = (name: string) => async () => {
    loaded.push(name);
    return {};
  };
  return { loaded, page };
}

describe('listMenuPageLoaders', () => {
  it('loads every lazy page (handle.preload) without a parameter, nested or not, and leaves pages behind an id', () => {
    const { loaded, page } = recordingPages();
    const routes: RouteObject[] = [
      {
        path: '/',
        children: [
          { path: 'oversikt', handle: { preload: page('oversikt') } },
          { path: 'insatser/:interventionId', handle: { preload: page('insats') } },
          { children: [{ path: 'pm', handle: { preload: page('pm') } }] },
          {
            path: 'kommuner/:id',
            children: [{ path: 'karta', handle: { preload: page('under-id') } }],
          },
        ],
      },
    ];
    for (const load of listMenuPageLoaders(routes)) void load();
    expect(loaded).toEqual(['oversikt', 'pm']);
  });

  it("leaves the pages of other roles' branches to a visit", () => {
    const { loaded, page } = recordingPages();
    const routes: RouteObject[] = [
      { path: 'notiser', handle: { preload: page('notiser') } },
      {
        handle: { roles: ['BOARD', 'LEAD'] },
        children: [{ path: 'oversikt', handle: { preload: page('oversikt') } }],
      },
      {
        handle: { roles: ['OFFICE'] },
        children: [{ path: 'granskning', handle: { preload: page('granskning') } }],
      },
    ];
    for (const load of listMenuPageLoaders(routes, 'BOARD')) void load();
    expect(loaded).toEqual(['notiser', 'oversikt']);
  });
});

describe('loadOneAtATime', () => {
  it('starts each loader only after the previous one has loaded (or failed)', async () => {
    const started: string[] = [];
    const finish: Record<string, () => void> = {};
    const loader =
      (name: string, fails = false) =>
      () => {
        started.push(name);
        return new Promise<void>((resolve, reject) => {
          finish[name] = () => (fails ? reject(new Error(name)) : resolve());
        });
      };
    const idle = () => new Promise((resolve) => setTimeout(resolve, 300));
    loadOneAtATime([loader('a', true), loader('b'), loader('c')]);
    await idle();
    expect(started).toEqual(['a']);
    finish.a!();
    await idle();
    expect(started).toEqual(['a', 'b']);
    finish.b!();
    await idle();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('starts nothing more once its signal is aborted (the frame is gone)', async () => {
    const started: string[] = [];
    let finishA: () => void = () => {};
    const controller = new AbortController();
    loadOneAtATime(
      [
        () => {
          started.push('a');
          return new Promise<void>((resolve) => (finishA = resolve));
        },
        async () => void started.push('b'),
      ],
      controller.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    finishA();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(started).toEqual(['a']);
  });
});

describe('whenPageSettled', () => {
  it('waits for the session and for the queries in flight, then for an idle moment', async () => {
    const client = new QueryClient();
    const ran: string[] = [];
    whenPageSettled(client, () => ran.push('prefetch'));
    let answer: (value: number) => void = () => {};
    const query = client.fetchQuery({
      queryKey: ['page'],
      queryFn: () => new Promise<number>((resolve) => (answer = resolve)),
    });
    client.setQueryData(authQueryKeys.me(), { role: 'BOARD' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(ran).toEqual([]);
    answer(1);
    await query;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(ran).toEqual(['prefetch']);
    client.setQueryData(['other'], 1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(ran).toEqual(['prefetch']);
  });
});
