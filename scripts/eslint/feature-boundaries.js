import path from 'node:path';

/**
 * `finsam/feature-boundaries`: a web feature (apps/web/src/features/<name>/**) imports only its
 * own files, shared parts (components/, lib/), the app shell (app/) and packages — never another
 * feature. Shared parts that two features need move to components/ (ARCHITECTURE.md). Relative
 * imports are resolved against the importing file, so `../../period/…` and `../../../features/…`
 * are caught alike.
 */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A web feature does not import another feature.' },
    schema: [],
    messages: {
      crossFeature:
        'Feature "{{from}}" imports feature "{{to}}" ({{source}}). Features import only components/, lib/, app/ and packages: move the shared part to components/ or lib/.',
    },
  },
  create(context) {
    const filename = context.physicalFilename ?? context.filename;
    const own = featureOf(filename);
    if (!own) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featureOf(path.resolve(path.dirname(filename), source));
      if (target && target !== own) {
        context.report({
          node: node.source,
          messageId: 'crossFeature',
          data: { from: own, to: target, source },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

function featureOf(file) {
  const match = /[\\/]apps[\\/]web[\\/]src[\\/]features[\\/]([^\\/]+)[\\/]/.exec(file);
  return match ? match[1] : null;
}
