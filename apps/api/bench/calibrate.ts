/**
 * The host's speed, read off a fixed piece of CPU work: the machine is shared and its speed varies
 * (the same code took twice the CPU per request on one day as on the day before), so a report
 * says how fast the machine was while it ran, and two reports can be compared by it.
 *
 * The work is of the API's kind: objects built, written to JSON, parsed back and sorted (no I/O,
 * no randomness, the same on every run). Returns the median of `runs` timings in milliseconds.
 */
export function calibrateCpu(runs = 5): number {
  const timings: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = process.hrtime.bigint();
    fixedWork();
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  timings.sort((a, b) => a - b);
  return Math.round(timings[Math.floor(runs / 2)]! * 10) / 10;
}

/** ~100 ms on a quiet 2-core host of this kind. */
function fixedWork(): number {
  const rows = Array.from({ length: 60_000 }, (_, index) => ({
    id: `row-${index}`,
    interventionId: `intervention-${index % 45}`,
    period: `${2015 + (index % 10)}H${1 + (index % 2)}`,
    women: (index * 7) % 31,
    men: (index * 11) % 29,
  }));
  const parsed = JSON.parse(JSON.stringify(rows)) as typeof rows;
  parsed.sort((a, b) => a.period.localeCompare(b.period) || a.women - b.women);
  return parsed.reduce((sum, row) => sum + row.women + row.men, 0);
}
