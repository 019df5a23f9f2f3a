/** Builds a WHERE clause with numbered parameters: `where.add(\`r.status = ${where.param(s)}\`)`. */
export function whereClause(initial: string[] = []) {
  const conditions = [...initial];
  const params: unknown[] = [];
  return {
    params,
    param(value: unknown): string {
      params.push(value);
      return `$${params.length}`;
    },
    add(condition: string) {
      conditions.push(condition);
    },
    get sql() {
      return conditions.length ? conditions.join(' AND ') : 'true';
    },
  };
}
