/**
 * Writes the fixture PMs as .pdf, .docx and .xlsx into a folder, to look at them:
 *   pnpm --filter @finsam/api exec tsx scripts/render-pm-samples.ts [folder]   (default: pm-samples)
 * then e.g. `pdftoppm -png -r 60 folder/pm-2024h1.pdf page` and
 * `libreoffice --headless --convert-to pdf --outdir folder folder/pm-2024h1.docx`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pm2024H1 } from '@finsam/domain/fixtures/pm-2024h1';
import { pm2024H2 } from '../src/pm-render/fixtures/pm-2024h2.fixture.ts';
import { pmRenderers, type TPmFileFormat } from '../src/pm-render/index.ts';

const folder = path.resolve(process.argv[2] ?? 'pm-samples');
await mkdir(folder, { recursive: true });
const formats: TPmFileFormat[] = ['pdf', 'docx', 'xlsx'];
for (const document of [pm2024H1, pm2024H2]) {
  for (const format of formats) {
    const renderer = pmRenderers[format];
    if (!renderer) throw new Error(`No renderer for ${format}`);
    const started = performance.now();
    const file = await renderer(document);
    const target = path.join(folder, `pm-${document.period.toLowerCase()}.${format}`);
    await writeFile(target, file.body);
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`${target}  ${file.body.length} bytes  ${ms} ms  ${file.contentType}\n`);
  }
}
