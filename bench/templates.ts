/** Synthetic template lists for the benchmark: many templates, or one with many variables. */

export function manyTemplates(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `bench_${String(i).padStart(4, '0')}`,
    name: `Campaign template ${String(i).padStart(4, '0')}`,
    updated_at: 1_760_000_000_000 + i * 60_000,
    variable_schema: [{ key: 'first_name', name: 'First name', type: 'string' }],
  }));
}

export function templateWithVariables(key: string, count: number): unknown {
  return {
    key,
    name: `Bench template with ${count} fields`,
    updated_at: 1_763_000_000_000,
    variable_schema: Array.from({ length: count }, (_, i) => ({ key: `field_${i + 1}`, name: `Field ${i + 1}`, type: 'string' })),
  };
}
