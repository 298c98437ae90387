/** Latency measurement of the benchmark: a bounded number of requests by N concurrent clients. */

export interface TLatency {
  clients: number;
  requests: number;
  failed: number;
  p50: number;
  p95: number;
  perSecond: number;
  /** Response body size of the last answer (bytes, uncompressed). */
  bytes: number;
  /**
   * CPU time of this process per request (client, API and, for PGlite, the database alike):
   * steadier than wall time on a shared machine.
   */
  cpuMs: number;
}

/** Nearest-rank percentile of sorted latencies (ms). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One client's request: `client` is its number, so each client can use its own session or object. */
export type TRequest = (client: number) => Promise<{ ok: boolean; bytes: number }>;

export async function measure(
  request: TRequest,
  clients: number,
  requests: number,
): Promise<TLatency> {
  const warmUp = Math.min(10, requests);
  for (let i = 0; i < warmUp; i++) await request(i % clients);
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  let bytes = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (next < requests) {
        next++;
        const t0 = performance.now();
        const result = await request(client);
        latencies.push(performance.now() - t0);
        bytes = result.bytes;
        if (!result.ok) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  return {
    clients,
    requests: latencies.length,
    failed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    perSecond: latencies.length / seconds,
    bytes,
    cpuMs: (cpu.user + cpu.system) / 1000 / latencies.length,
  };
}
