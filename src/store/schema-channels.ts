// Kysely table types for the citizen portal, email and call channels (migration files under migrations/).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChannelTables {}
