export const NO_POSTGRES_MESSAGE: string;
export function findPostgresBin(): string | undefined;
export function startPostgres(options?: { port?: number; ownServer?: boolean }): Promise<{
  url: string;
  stop: () => Promise<void>;
  restart?: () => Promise<void>;
}>;
