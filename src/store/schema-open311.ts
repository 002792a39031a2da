// Kysely table types for Open311 GeoReport v2 and API keys (migration files under migrations/).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Open311Tables {}
