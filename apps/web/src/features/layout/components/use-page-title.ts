// Moved to components/page/use-page-title.ts (a shared part, not the layout feature's). This
// re-export serves the files still importing it from here (listed in eslint.config.js); delete it
// when that list no longer names them.
export { usePageTitle } from '../../../components/page/use-page-title.ts';
