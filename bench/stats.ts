/** Medians, verdicts and the printed table of the benchmark. */

export interface Measure {
  id: number;
  name: string;
  unit: string;
  samples: number[];
  budget: number;
  /** How the budget reads in the table, e.g. "≤ 120 ms". */
  budgetText: string;
  /** Compare the median (default) or every sample (max) against the budget. */
  judge?: 'median' | 'max';
  /**
   * For latencies: the calibration workload's median time on this machine, and a fixed part of the
   * latency that is not work (a debounce timer). The verdict is then on (sample − fixed) ÷ unit, in
   * calibration units (cu), against `budget`, which is in cu too.
   */
  calibration?: { unitMs: number; fixedMs?: number };
}

export interface Row {
  id: number;
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  /** The judged figure in calibration units, when the measure is normalised. */
  normalized: number | null;
  budget: string;
  pass: boolean;
  samples: number[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export function toRow(measure: Measure): Row {
  const m = median(measure.samples);
  const max = Math.max(...measure.samples);
  const raw = measure.judge === 'max' ? max : m;
  const calibration = measure.calibration;
  const normalized = calibration ? Math.max(0, raw - (calibration.fixedMs ?? 0)) / calibration.unitMs : null;
  const judged = normalized ?? raw;
  return {
    id: measure.id,
    name: measure.name,
    unit: measure.unit,
    median: m,
    min: Math.min(...measure.samples),
    max,
    normalized,
    budget: measure.budgetText,
    pass: Number.isFinite(judged) && judged <= measure.budget,
    samples: measure.samples,
  };
}

const fmt = (value: number, unit: string) => (unit === '×' ? value.toFixed(3) : unit === 'KB' || unit === 'MB' ? value.toFixed(2) : value.toFixed(1));

export function table(rows: Row[]): string {
  const header = ['#', 'measure', 'median', 'min', 'max', 'normalised', 'budget', 'verdict'];
  const lines = rows.map((r) => [
    String(r.id),
    r.name,
    `${fmt(r.median, r.unit)} ${r.unit}`,
    fmt(r.min, r.unit),
    fmt(r.max, r.unit),
    r.normalized === null ? '' : `${r.normalized.toFixed(3)} cu`,
    r.budget,
    r.pass ? 'ok' : 'OVER',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const render = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  return [render(header), '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |', ...lines.map(render)].join('\n');
}
