import type { Plugin } from 'vite';

interface TChunkReport {
  file: string;
  bytes: number;
  imports: string[];
  /** Rendered (unminified) length per source module, so the order shows what a chunk holds. */
  modules: Record<string, number>;
}

/**
 * With `CHUNK_REPORT=1 pnpm --filter @finsam/web build`, writes dist/chunk-report.json: every
 * chunk with its static imports and the modules in it (issue 16: which library sits in which
 * chunk). Off by default, so a normal build ships no such file.
 */
export function chunkReport(): Plugin {
  return {
    name: 'finsam-chunk-report',
    apply: () => process.env.CHUNK_REPORT === '1',
    generateBundle(_options, bundle) {
      const chunks: TChunkReport[] = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules: Record<string, number> = {};
        for (const [id, info] of Object.entries(chunk.modules))
          modules[id.replace(/^.*\/node_modules\//, '')] = info.renderedLength;
        chunks.push({
          file: chunk.fileName,
          bytes: chunk.code.length,
          imports: chunk.imports,
          modules,
        });
      }
      chunks.sort((a, b) => b.bytes - a.bytes);
      this.emitFile({
        type: 'asset',
        fileName: 'chunk-report.json',
        source: JSON.stringify(chunks, null, 1),
      });
    },
  };
}
