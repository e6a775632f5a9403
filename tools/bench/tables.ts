import type { TurnRequests } from './metering';
import { isAwsSdk, top, type LoadProfile } from './profile';

/** `part` as a whole percentage of `whole`. */
export const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(0)}%`;

/** A number, or a dash when there is none. */
export const num = (n: number | null): string => (n === null || Number.isNaN(n) ? '—' : String(n));

/** A Markdown table. */
export const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** A turn's DynamoDB requests, each with its capacity units: `Query (0.5) + PutItem (1)`; `none` for a turn without any, or no turn. */
export const describeTurn = (t: TurnRequests | undefined): string =>
  !t || t.requests.length === 0 ? 'none' : t.requests.map((q) => `${q.command.replace(/Command$/, '')} (${q.capacity})`).join(' + ');

/** Contributors of a profile, largest first, with their share and where they were called from. */
export function profileTable(p: LoadProfile, n: number): string {
  const rows = top(p.byContributor, n).map(([name, ms]) => {
    const from = top(p.callers[name] ?? {}, 2)
      .map(([caller, c]) => `${caller} (${c.toFixed(1)})`)
      .join(', ');
    return [name, ms.toFixed(1), pct(ms, p.totalMs), from || '—'];
  });
  return table(['where', 'ms', 'share', 'called from (ms)'], rows);
}

/** Sums a profile by family: the AWS SDK, zod, the ASK SDK, our code, V8 and Node. */
export function families(p: LoadProfile): string {
  const family = (name: string): string =>
    isAwsSdk(name)
      ? 'AWS SDK v3 (@aws-sdk, @smithy and their dependencies)'
      : name === 'zod'
        ? 'zod'
        : name.startsWith('ask-sdk')
          ? 'ASK SDK'
          : /^(lambda|content|bench)\//.test(name) || name === 'bundle top level'
            ? 'our code (lambda/, content/)'
            : name;
  const sums: Record<string, number> = {};
  for (const [name, ms] of Object.entries(p.byContributor)) sums[family(name)] = (sums[family(name)] ?? 0) + ms;
  return table(
    ['family', 'ms', 'share'],
    top(sums, 20).map(([name, ms]) => [name, ms.toFixed(1), pct(ms, p.totalMs)]),
  );
}
