import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Designsystemet's React components import `@digdir/designsystemet-web` for its effect: its index
 * defines every custom element and document behaviour of the design system, with the combobox,
 * datalist and tabs elements, floating-ui and a popover polyfill (28 kB gzip, in the frame's chunk
 * because the frame draws a `Field` and `Breadcrumbs`; issue 16). This plugin resolves that index
 * to one that imports only the behaviours of components the app renders. Left out are those of
 * the components whose styles `designsystemet-css.ts` drops as never rendered (suggestion, tabs,
 * popover, tooltip, pagination's element is kept only for the name React's package imports).
 */
const USED = [
  'clickdelegatefor/clickdelegatefor.js',
  'details/details.js',
  'dialog/dialog.js',
  'fieldset/fieldset.js',
  'focusgroup/focusgroup.js',
  'invokers/invokers.js',
  'readonly/readonly.js',
  'toggle-group/toggle-group.js',
  'breadcrumbs/breadcrumbs.js',
  'error-summary/error-summary.js',
  'field/field.js',
];
const VIRTUAL = '\0finsam-designsystemet-web';

export function designsystemetWeb(): Plugin {
  let distEsm = '';
  return {
    name: 'finsam-designsystemet-web',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id !== '@digdir/designsystemet-web' || !importer) return null;
      const index = await this.resolve(id, importer, { skipSelf: true });
      if (!index) return null;
      distEsm = path.dirname(index.id);
      return VIRTUAL;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const file = (part: string) => JSON.stringify(path.join(distEsm, part));
      return [
        ...USED.map((part) => `import ${file(part)};`),
        // The one binding Designsystemet's React package imports from the index (Pagination).
        `export { pagination } from ${file('pagination/pagination.js')};`,
      ].join('\n');
    },
  };
}
