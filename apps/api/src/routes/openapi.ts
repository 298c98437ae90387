import { Router } from 'express';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import { buildOpenApiDocument } from '../openapi/build-openapi.ts';

/** GET /api/openapi.json and a readable docs page at /api/docs (no CDN: works offline). */
export function createOpenApiRouter(routeDocs: TRouteDoc[]): Router {
  const router = Router();
  let document: Record<string, unknown> | undefined;
  router.get('/openapi.json', (_req, res) => {
    document ??= buildOpenApiDocument(routeDocs);
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    document ??= buildOpenApiDocument(routeDocs);
    res.type('html').send(renderDocsPage(document));
  });
  return router;
}

/** A plain, accessible HTML rendering of the document: one section per route. */
function renderDocsPage(document: Record<string, unknown>): string {
  const escape = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const paths = document.paths as Record<
    string,
    Record<string, { summary: string; description?: string; tags: string[] }>
  >;
  const rows = Object.entries(paths)
    .flatMap(([path, operations]) =>
      Object.entries(operations).map(
        ([method, op]) =>
          `<tr><td>${escape(op.tags[0] ?? '')}</td><td><code>${method.toUpperCase()} ${escape(path)}</code></td><td>${escape(op.summary)}</td><td>${escape(op.description ?? 'Öppen')}</td></tr>`,
      ),
    )
    .join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Finsam Uppföljning – API</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}code{white-space:nowrap}</style></head>
<body><main><h1>Finsam Uppföljning – API</h1><p>Maskinläsbar beskrivning: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<table><caption>Alla anrop</caption><thead><tr><th scope="col">Område</th><th scope="col">Anrop</th><th scope="col">Beskrivning</th><th scope="col">Behörighet</th></tr></thead><tbody>
${rows}
</tbody></table></main></body></html>`;
}
