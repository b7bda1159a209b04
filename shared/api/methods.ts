/** The names of the API, kept apart from the schemas so the preload can list them without zod. */
export const API_METHODS = [
  'boards.list',
  'boards.get',
  'boards.import',
  'sessions.create',
  'sessions.list',
  'outcomes.record',
  'outcomes.list',
  'reports.export',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

export const IPC_CHANNEL = 'boardwalk:api';
