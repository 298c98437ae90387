import type { Plugin } from 'vite';

/**
 * Marks a package's own modules as free of side effects, so the bundler drops the components
 * the app never renders (issue 16). Designsystemet's React package has no `sideEffects` field,
 * so importing one component from its index kept every component — with floating-ui, the
 * virtualiser and the combobox elements — in the frame's chunk. The modules it imports for their
 * effect (`@digdir/designsystemet-web`, which defines the custom elements) are not matched and
 * stay wherever a component that is drawn imports them.
 */
export function sideEffectFree(pattern: RegExp): Plugin {
  return {
    name: 'finsam-side-effect-free',
    enforce: 'pre',
    transform: {
      filter: { id: pattern },
      handler(code) {
        return { code, map: null, moduleSideEffects: false };
      },
    },
  };
}
