import type { ReactNode } from 'react';
import { Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import type { TSessionUser } from '@finsam/domain';
import { Outlet } from 'react-router';
import { MainNav } from './main-nav.tsx';
import { ROLE_LABEL } from './nav-items.ts';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate.ts';

export interface TAppLayoutProps {
  user: TSessionUser;
  /** "Logga ut": the app shell (app/signed-in-frame.tsx) owns what logging out does. */
  onSignOut: () => void;
  /** Shown before "Logga ut" (the notification bell); given by app/ so layout imports no feature. */
  headerActions?: ReactNode;
  signingOut?: boolean;
}

/**
 * The signed-in frame (ram): skip link, header with the förbund, the user and "Logga ut", the
 * role's menu, and `<main>` that receives focus after each page change.
 */
export function AppLayout({ user, onSignOut, signingOut = false, headerActions }: TAppLayoutProps) {
  const mainRef = useFocusMainOnNavigate();

  return (
    <div className="app-frame">
      <SkipLink href="#main">Hoppa till huvudinnehållet</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__brand">
            <span className="app-header__product">Finsam Uppföljning</span>
            <span className="app-header__federation">{user.federationName}</span>
          </div>
          <div className="app-header__user">
            <Paragraph data-size="sm" className="app-header__who">
              <span className="app-header__name">{user.name}</span>
              <span className="app-header__role">{ROLE_LABEL[user.role]}</span>
            </Paragraph>
            {headerActions}
            <Button variant="secondary" data-size="sm" onClick={onSignOut} loading={signingOut}>
              Logga ut
            </Button>
          </div>
        </div>
        <MainNav role={user.role} />
      </header>
      <main id="main" className="app-main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <Paragraph data-size="sm">
          Belopp i tusentals kronor (TSEK) om inget annat anges. Andelar beräknas på oavrundade
          värden; “–” betyder att uppgift saknas.
        </Paragraph>
      </footer>
    </div>
  );
}
