/** Renders docs/benchmarks.md from one run (and the saved "before" run, when there is one). */
import type { TLatency } from './measure.ts';
import type { TLighthouseResult } from './lighthouse.ts';

export interface TEndpointResult {
  name: string;
  single: TLatency;
  many: TLatency;
  queries: number;
  /** The same statements run bare through pg, one after another (median of 7), ms. */
  bareMs: number | null;
}

/** The 20-client figures against N separate API processes (`--processes`). */
export interface TProcessRun {
  processes: number;
  /** Connections per process. */
  pool: number;
  endpoints: { name: string; many: TLatency; apiCpuMs: number }[];
}

export interface TGrowthPoint {
  federations: number;
  years: number;
  p50: Record<string, number>;
  p95: Record<string, number>;
}

interface TDatabaseRun {
  endpoints: TEndpointResult[];
  growth: TGrowthPoint[];
  rows: Record<string, number>;
  generateSeconds: number;
}

export interface TBenchResults {
  date: string;
  quick: boolean;
  machine: {
    cores: number;
    model: string;
    loadBefore: number[];
    loadAfter: number[];
    node: string;
    /** `calibrateCpu()` before and after the run (missing in results saved before 2026-12-03). */
    cpuCalibrationMs?: { before: number; after: number };
  };
  postgres: TDatabaseRun & { processRuns?: TProcessRun[] };
  embedded: TDatabaseRun | null;
  lighthouse: TLighthouseResult[] | string;
}

const GOAL_1 = 50;
const GOAL_20 = 250;
const GOAL_SAVE = 100;
const GOAL_RATIO = 2;

const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(1);
const mark = (ok: boolean) => (ok ? '✅' : '❌');

function endpointTable(run: TDatabaseRun, before: TDatabaseRun | null | undefined): string[] {
  const rows = [
    '| Endpoint | 1 klient p50 / p95 ms | mål p95 | 20 klienter p50 / p95 ms | req/s | mål p95 | frågor/anrop | bar SQL ms | kvot | mål | svar kB | CPU ms/anrop |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const e of run.endpoints) {
    const save = e.name.startsWith('Spara');
    const was = before?.endpoints.find((b) => b.name === e.name);
    const goal1 = save ? Number.POSITIVE_INFINITY : GOAL_1;
    const goal20 = save ? GOAL_SAVE : GOAL_20;
    const ratio = e.bareMs ? e.single.p50 / e.bareMs : null;
    const wasText = (value: number | undefined) =>
      value === undefined ? '' : ` (före ${ms(value)})`;
    rows.push(
      `| ${e.name} | ${ms(e.single.p50)} / ${ms(e.single.p95)}${wasText(was?.single.p95)} | ${save ? '–' : `${mark(e.single.p95 <= goal1)} ≤ ${GOAL_1}`} | ` +
        `${ms(e.many.p50)} / ${ms(e.many.p95)}${wasText(was?.many.p95)} | ${e.many.perSecond.toFixed(0)}${was ? ` (före ${was.many.perSecond.toFixed(0)})` : ''} | ${mark(e.many.p95 <= goal20)} ≤ ${goal20} | ` +
        `${e.queries}${was ? ` (före ${was.queries})` : ''} | ${ms(e.bareMs)} | ${ratio === null ? '–' : ratio.toFixed(1)} | ${ratio === null ? '–' : `${mark(ratio <= GOAL_RATIO)} ≤ ${GOAL_RATIO}`} | ` +
        `${(e.single.bytes / 1000).toFixed(1)}${was ? ` (före ${(was.single.bytes / 1000).toFixed(1)})` : ''} | ` +
        `${ms(e.single.cpuMs)}${was?.single.cpuMs === undefined ? '' : ` (före ${ms(was.single.cpuMs)})`} |`,
    );
  }
  return rows;
}

function growthTable(run: TDatabaseRun, before: TDatabaseRun | null | undefined): string[] {
  const names = Object.keys(run.growth[0]?.p50 ?? {});
  const rows = [
    `| Förbund × år | ${names.map((n) => `${n} p50 / p95 ms`).join(' | ')} |`,
    `| --- | ${names.map(() => '---').join(' | ')} |`,
  ];
  for (const point of run.growth) {
    const was = before?.growth.find(
      (b) => b.federations === point.federations && b.years === point.years,
    );
    rows.push(
      `| ${point.federations} × ${point.years} | ${names
        .map(
          (n) =>
            `${ms(point.p50[n])} / ${ms(point.p95[n])}${was ? ` (före ${ms(was.p50[n])} / ${ms(was.p95[n])})` : ''}`,
        )
        .join(' | ')} |`,
    );
  }
  return rows;
}

function misses(run: TDatabaseRun): string[] {
  const list: string[] = [];
  for (const e of run.endpoints) {
    const save = e.name.startsWith('Spara');
    if (!save && e.single.p95 > GOAL_1)
      list.push(`- ${e.name}, 1 klient: p95 ${ms(e.single.p95)} ms > ${GOAL_1} ms.`);
    if (e.many.p95 > (save ? GOAL_SAVE : GOAL_20))
      list.push(
        `- ${e.name}, 20 klienter: p95 ${ms(e.many.p95)} ms > ${save ? GOAL_SAVE : GOAL_20} ms (${e.many.perSecond.toFixed(0)} req/s).`,
      );
    if (e.bareMs && e.single.p50 / e.bareMs > GOAL_RATIO)
      list.push(
        `- ${e.name}: ${(e.single.p50 / e.bareMs).toFixed(1)} × den bara SQL:en (${ms(e.single.p50)} mot ${ms(e.bareMs)} ms, ${e.queries} frågor).`,
      );
  }
  return list.length ? list : ['- Inga: varje mål nås i den här körningen.'];
}

function processSection(runs: TProcessRun[]): string[] {
  const names = runs[0]!.endpoints.map((e) => e.name);
  return [
    '### Flera API-processer mot samma PostgreSQL (`--processes`)',
    '',
    'Samma förbund och användare; API:t i separata processer (bench/api-process.ts), 20 klienter fördelade ' +
      'round-robin över dem från mätprocessen. API-CPU: processernas egen CPU-tid per anrop (/proc). ' +
      'Maskinen har 2 kärnor som API-processerna, PostgreSQL och klienterna delar.',
    '',
    `| Processer (pool/process) | ${names.map((n) => `${n} 20 kl. p50 / p95 ms, req/s, API-CPU ms`).join(' | ')} |`,
    `| --- | ${names.map(() => '---').join(' | ')} |`,
    ...runs.map(
      (run) =>
        `| ${run.processes} (${run.pool}) | ${run.endpoints
          .map((e) => {
            const goal = e.name.startsWith('Spara') ? GOAL_SAVE : GOAL_20;
            return `${ms(e.many.p50)} / ${ms(e.many.p95)} ${mark(e.many.p95 <= goal)} ≤ ${goal}, ${e.many.perSecond.toFixed(0)}/s, ${ms(e.apiCpuMs)}`;
          })
          .join(' | ')} |`,
    ),
  ];
}

/** Issue 16's browser goals: score per device, LCP on desktop, TBT and CLS on both. */
const GOAL_SCORE = { desktop: 90, mobile: 75 } as const;
const GOAL_LCP_DESKTOP_S = 1.5;
const GOAL_TBT_MS = 200;
const GOAL_CLS = 0.05;

function lighthouseSection(lighthouse: TLighthouseResult[] | string): string[] {
  if (typeof lighthouse === 'string') return [lighthouse];
  const rows = [
    '| Sida | Enhet | Prestanda (mål) | LCP s (mål) | TBT ms (mål) | CLS (mål) |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  // Measured more than once: the median run, with every run's range.
  const range = (values: number[] | undefined, format: (n: number) => string) =>
    values && values.length > 1
      ? ` (${format(Math.min(...values))}–${format(Math.max(...values))} över ${values.length})`
      : '';
  const missed: string[] = [];
  for (const r of lighthouse) {
    const lcpS = r.lcpMs / 1000;
    const scoreOk = r.score >= GOAL_SCORE[r.device];
    const lcpOk = r.device === 'mobile' || lcpS <= GOAL_LCP_DESKTOP_S;
    const tbtOk = r.tbtMs <= GOAL_TBT_MS;
    const clsOk = r.cls <= GOAL_CLS;
    rows.push(
      `| ${r.page} | ${r.device} | ${r.score}${range(
        r.runs?.map((run) => run.score),
        String,
      )} ${mark(scoreOk)} ≥ ${GOAL_SCORE[r.device]} | ${lcpS.toFixed(1)}${
        r.device === 'desktop' ? ` ${mark(lcpOk)} ≤ ${GOAL_LCP_DESKTOP_S}` : ''
      } | ${r.tbtMs.toFixed(0)}${range(
        r.runs?.map((run) => run.tbtMs),
        (n) => n.toFixed(0),
      )} ${mark(tbtOk)} ≤ ${GOAL_TBT_MS} | ${r.cls.toFixed(2)} ${mark(clsOk)} ≤ ${GOAL_CLS} |`,
    );
    const what = [
      scoreOk ? '' : `prestanda ${r.score} < ${GOAL_SCORE[r.device]}`,
      lcpOk ? '' : `LCP ${lcpS.toFixed(1)} s > ${GOAL_LCP_DESKTOP_S} s`,
      tbtOk ? '' : `TBT ${r.tbtMs.toFixed(0)} ms > ${GOAL_TBT_MS} ms`,
      clsOk ? '' : `CLS ${r.cls.toFixed(2)} > ${GOAL_CLS}`,
    ].filter(Boolean);
    if (what.length) missed.push(`- ${r.page}, ${r.device}: ${what.join(', ')}.`);
  }
  if (lighthouse.some((r) => r.runs))
    rows.push(
      '',
      'Mobil: medianen av körningarna (efter poäng), inom parentes spannet över alla körningar. LCP har ett mål bara på desktop.',
    );
  const indexes = lighthouse.flatMap((r) => (r.benchmarkIndex ? [r.benchmarkIndex] : []));
  if (indexes.length > 0)
    rows.push(
      '',
      `Lighthouses eget mått på maskinens CPU (benchmarkIndex, större är snabbare): ${Math.min(...indexes)}–${Math.max(...indexes)} över sidorna. Mobilens simulerade 4× långsammare CPU är den här maskinen nedsaktad: på en långsammare maskin får samma sida lägre poäng.`,
    );
  rows.push(
    '',
    '### Missade mål i webbläsaren',
    '',
    ...(missed.length ? missed : ['- Inga: varje mål nås i den här körningen.']),
  );
  return rows;
}

/** "98 ms före och 101 ms efter mätningen", or "–" for results saved without it. */
function calibration(machine: TBenchResults['machine']): string {
  const ms = machine.cpuCalibrationMs;
  return ms
    ? `${ms.before.toFixed(0)} ms före och ${ms.after.toFixed(0)} ms efter mätningen`
    : '– (inte mätt)';
}

export function renderReport(
  results: TBenchResults,
  before: TBenchResults | null,
  notes: string,
): string {
  const { machine, postgres, embedded } = results;
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by `pnpm bench` (apps/api/bench/run.ts); the notes come from apps/api/bench/notes.md. -->',
    '',
    `Körd ${results.date.slice(0, 16).replace('T', ' ')} UTC${results.quick ? ' med `--quick`' : ''}; ` +
      `${machine.cores} kärnor (${machine.model}), Node ${machine.node}; belastning (1/5/15 min) före ` +
      `${machine.loadBefore.map((l) => l.toFixed(1)).join(' / ')}, efter ${machine.loadAfter.map((l) => l.toFixed(1)).join(' / ')}. ` +
      'Maskinen delas med andra processer: läs kvoterna, inte bara de absoluta talen.',
    '',
    `Maskinens hastighet: en fast CPU-uppgift (bench/calibrate.ts: JSON och sortering, API:ts slags arbete) tog ${calibration(machine)}${before ? `; i "Före"-körningen ${calibration(before.machine)}` : ''}. Större tal är en långsammare maskin: jämför körningar med det.`,
    ...(before
      ? [
          '',
          `"Före" är körningen ${before.date.slice(0, 16).replace('T', ' ')} UTC${before.quick ? ' (`--quick`)' : ''} på data genererade på samma sätt, före ändringarna som jämförs (${before.machine.cores} kärnor (${before.machine.model})${before.machine.model === machine.model ? '' : ', en annan processor'}; belastning ${before.machine.loadBefore.map((l) => l.toFixed(1)).join(' / ')}).`,
        ]
      : []),
    '',
    '## Datamängden',
    '',
    `Genererad på ${postgres.generateSeconds.toFixed(1)} s ur det seedade förbundet (bench/generate.ts). ` +
      `Det mätta förbundet: ${postgres.rows.interventions} insatser, ${postgres.rows.participantFigures} deltagaruppgifter, ` +
      `${postgres.rows.reports} kvartalsrapporter, ${postgres.rows.outcomes} utfall; totalt ${postgres.rows.federations} förbund, ` +
      `${postgres.rows.participantFiguresAll} deltagaruppgifter och ${postgres.rows.reportsAll} kvartalsrapporter.`,
    '',
    '## PostgreSQL 15, ett förbunds vy (2024H1), 80 förbund × 10 år',
    '',
    ...endpointTable(postgres, before?.postgres),
    '',
    'CPU ms/anrop: API-processens CPU-tid per anrop med en klient (klienten och, för PGlite, databasen ingår) — stabilare än väggtid när maskinen är belastad. ' +
      '"Bar SQL" är samma satser som anropet skickade (Prismas query-händelser och de som går direkt till poolen, beslut 024), körda en efter en direkt genom pg; kvoten är anropets p50 med en klient delad med den.',
    '',
    '### Tillväxt (en klient)',
    '',
    ...growthTable(postgres, before?.postgres),
    '',
    'Målet är en platt linje: ett förbunds vy ska inte bero på hur många förbund eller år databasen har.',
    '',
    '### Missade mål',
    '',
    ...misses(postgres),
    '',
  ];
  if (postgres.processRuns?.length) lines.push(...processSection(postgres.processRuns), '');
  if (embedded)
    lines.push(
      '## PGlite (inbäddad), 10 förbund × 10 år',
      '',
      'Mindre skala än PostgreSQL: generering och mätning i samma process som databasen.',
      '',
      ...endpointTable(embedded, before?.embedded),
      '',
      '### Tillväxt (en klient)',
      '',
      ...growthTable(embedded, before?.embedded),
      '',
    );
  lines.push('## Browser (Lighthouse)', '', ...lighthouseSection(results.lighthouse), '');
  if (notes.trim()) lines.push(notes.trim(), '');
  return lines.join('\n');
}
