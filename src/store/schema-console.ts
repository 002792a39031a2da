// Kysely table types for the web console (migration files under migrations/).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ConsoleTables {}
