/**
 * A PostCSS step over Designsystemet's stylesheet (decision 016). Designsystemet writes some rules
 * with `:has()` in an ancestor position and a broad subject (`.ds-field:has(…) > *`,
 * `.ds-table > tbody:has(+ tfoot) > tr > td`). Chromium tests such a rule against every element
 * the subject matches on every style recalculation; with the ~25 of them in the full stylesheet a
 * recalculation of the Överblick (~1 700 elements) took 20–45 ms instead of under 1 ms, and
 * React commits one recalculation per render (a Chromium trace: 40 of them while the page loads).
 *
 * - Rules of components the app never renders are dropped (`UNUSED`).
 * - The rest of those rules get an equivalent selector for Designsystemet's own markup
 *   (`REWRITES`): a field's parts instead of `*`, the media child itself instead of
 *   `:not([hidden])`, table row groups by position instead of `:has(thead)`.
 * - The build fails when a rule of that shape is left (a Designsystemet upgrade adding one).
 */

/** The slice of PostCSS's API used here (postcss is Vite's dependency, not the app's). */
interface TRule {
  type: 'rule';
  selector: string;
  selectors: string[];
  source?: { input: { file?: string } };
  remove(): void;
}
interface TPostcssPlugin {
  postcssPlugin: string;
  Rule(rule: TRule): void;
  OnceExit(): void;
}

/** Designsystemet components the app does not use (none of their classes is rendered). */
const UNUSED =
  /\.ds-(chip|togglegroup|toggle-group|avatar|avatar-stack|search|suggestion|pagination|combobox|file-upload|tabs|tooltip|popover|dropdown|badge|dialog|divider)(?![\w-])/;

/**
 * What a Designsystemet field holds (label, input, description, validation, affixes, counter), in
 * `:where()` so the rule keeps the specificity of `*`.
 */
const FIELD_PARTS = ':where(label,.ds-input,[data-field],.ds-validation-message,.ds-field-affixes)';
const MEDIA = ':is(audio,figure,iframe,img,picture,video)';

/** [selector as Designsystemet 1.22 minifies it, its replacement]. `null`: dropped. */
const REWRITES: [string, string | null][] = [
  [
    '.ds-field:has(.ds-input[aria-disabled=true],.ds-input:disabled)>*',
    `.ds-field:has(.ds-input[aria-disabled=true],.ds-input:disabled)>${FIELD_PARTS}`,
  ],
  [
    '.ds-field:has(input[type=radio],input[type=checkbox])>*',
    `.ds-field:has(input[type=radio],input[type=checkbox])>${FIELD_PARTS}`,
  ],
  [
    '.ds-field:has(input[type=radio],input[type=checkbox]):has(input:focus-visible) *',
    `.ds-field:has(input[type=radio],input[type=checkbox]):has(input:focus-visible) ${FIELD_PARTS}`,
  ],
  [
    '.ds-field[data-variant=outline]:has(input[type=radio],input[type=checkbox]):has(input:disabled,input[aria-disabled=true]) *',
    `.ds-field[data-variant=outline]:has(input[type=radio],input[type=checkbox]):has(input:disabled,input[aria-disabled=true]) ${FIELD_PARTS}`,
  ],
  // "A block whose only child is media" styles that child: name it directly.
  [
    `.ds-card__block:has(>${MEDIA}:only-child)>:not([hidden])`,
    `.ds-card__block>${MEDIA}:only-child:not([hidden])`,
  ],
  [
    `.ds-card__block:has(>${MEDIA}:only-child)>picture img:not([hidden])`,
    `.ds-card__block>picture:only-child img:not([hidden])`,
  ],
  [`.ds-card__block:has(>${MEDIA}:only-child)>iframe`, `.ds-card__block>iframe:only-child`],
  // The last tbody before a tfoot: a tfoot is the table's last child, so "the last tbody, not last".
  [
    '.ds-table>tbody:has(+tfoot)>tr:last-child>:is(th,td)',
    '.ds-table>tbody:last-of-type:not(:last-child)>tr:last-child>:is(th,td)',
  ],
  // Without a thead the first tbody is the first child; without a tfoot the last is the last one.
  ...(['first', 'last'] as const).map((corner): [string, string] => [
    `:is(.ds-table[data-border]>:is(thead:first-of-type,:not(:has(thead)) tbody:first-of-type)>tr:first-child>:is(th,td)):${corner}-child`,
    `:is(.ds-table[data-border]>:is(thead:first-of-type,tbody:first-child)>tr:first-child>:is(th,td)):${corner}-child`,
  ]),
  ...(['first', 'last'] as const).map((corner): [string, string] => [
    `:is(.ds-table[data-border]>:is(tfoot:last-of-type,:not(:has(tfoot)) tbody:last-of-type)>tr:last-child>:is(th,td)):${corner}-child`,
    `:is(.ds-table[data-border]>:is(tfoot:last-of-type,tbody:last-child)>tr:last-child>:is(th,td)):${corner}-child`,
  ]),
];

/** Elements a page has hundreds of: a subject of these is tested on each of them. */
const FREQUENT = new Set([
  'td',
  'th',
  'tr',
  'div',
  'span',
  'p',
  'li',
  'a',
  'g',
  'path',
  'rect',
  'text',
]);

/** A selector split at the characters `at` outside brackets and parentheses. */
function splitTop(selector: string, at: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector.trim()) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (depth === 0 && at.includes(char)) {
      if (current) parts.push(current);
      current = '';
    } else current += char;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * A subject that matches many elements: no class, id or attribute outside parentheses, and no
 * element name, or a frequent one (`*`, `:not([hidden])`, `:is(th,td)`, `td`).
 */
export function broadSubject(compound: string): boolean {
  const list = /^:(?:is|where)\((.*)\)$/.exec(compound)?.[1];
  if (list) return splitTop(list, ',').some(broadSubject);
  const outside = compound.replace(/\((?:[^()]|\([^()]*\))*\)/g, '()');
  if (/[.#[]/.test(outside)) return false;
  const tag = /^[a-z][a-z0-9-]*/.exec(compound)?.[0];
  return tag === undefined || FREQUENT.has(tag);
}

/**
 * The shape that makes a recalculation slow: `:has()` in an ancestor compound and a broad subject
 * (also inside a subject `:is()`/`:where()`, as Designsystemet nests them).
 */
export function costlyHas(selector: string): boolean {
  const parts = splitTop(selector, ' >+~');
  const subject = parts.at(-1) ?? '';
  const inner = /^:(?:is|where)\((.*)\)/.exec(subject);
  if (parts.length === 1 && inner) return splitTop(inner[1]!, ',').some(costlyHas);
  return parts.slice(0, -1).some((part) => part.includes(':has(')) && broadSubject(subject);
}

export function designsystemetSelectors(): TPostcssPlugin {
  const replacements = new Map(REWRITES);
  const used = new Set<string>();
  const left: string[] = [];
  return {
    postcssPlugin: 'finsam-designsystemet-selectors',
    Rule(rule) {
      if (!rule.source?.input.file?.includes('@digdir/designsystemet-css')) return;
      const selectors: string[] = [];
      for (const selector of rule.selectors) {
        if (UNUSED.test(selector)) continue;
        if (replacements.has(selector)) {
          used.add(selector);
          const replacement = replacements.get(selector);
          if (replacement) selectors.push(replacement);
          continue;
        }
        if (costlyHas(selector)) left.push(selector);
        selectors.push(selector);
      }
      if (selectors.length === 0) rule.remove();
      else if (
        selectors.length !== rule.selectors.length ||
        selectors.some((s, i) => s !== rule.selectors[i])
      )
        rule.selectors = selectors;
    },
    OnceExit() {
      if (used.size === 0) return; // a stylesheet other than Designsystemet's
      const missing = [...replacements.keys()].filter((selector) => !used.has(selector));
      if (left.length > 0 || missing.length > 0)
        throw new Error(
          `Designsystemet CSS changed (decision 016): ` +
            [
              ...left.map((s) => `costly :has() left: ${s}`),
              ...missing.map((s) => `not found: ${s}`),
            ].join('\n'),
        );
    },
  };
}
