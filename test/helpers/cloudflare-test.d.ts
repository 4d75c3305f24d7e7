// The part of vitest-pool-workers' `cloudflare:test` module the workerd tests use. Declared
// here so the Node typecheck does not need the Workers global types.
declare module 'cloudflare:test' {
  export const env: unknown;
  export function applyD1Migrations(db: unknown, migrations: unknown): Promise<void>;
}
