import type { TRole } from '@finsam/domain';
import { NavLink, useSearchParams } from 'react-router';
import { PERIOD_PARAM } from '../../../lib/period-param.ts';
import { navItemsFor } from './nav-items.ts';

/** The role's menu (huvudmeny). The current page is marked with aria-current by NavLink. */
export function MainNav({ role }: { role: TRole }) {
  const [params] = useSearchParams();
  const period = params.get(PERIOD_PARAM);
  return (
    <nav aria-label="Huvudmeny" className="main-nav">
      <ul className="main-nav__list">
        {navItemsFor(role).map((item) => (
          <li key={item.to}>
            <NavLink
              to={
                item.keepPeriod && period
                  ? `${item.to}?${PERIOD_PARAM}=${encodeURIComponent(period)}`
                  : item.to
              }
              className={({ isActive }) =>
                isActive ? 'main-nav__link main-nav__link--active' : 'main-nav__link'
              }
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
