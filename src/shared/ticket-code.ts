/** The one place that formats a queue number for people: prefix + at least three digits, e.g. `A012`. */
export function formatDisplayCode(prefix: string, number: number): string {
  return `${prefix}${String(number).padStart(3, '0')}`;
}
