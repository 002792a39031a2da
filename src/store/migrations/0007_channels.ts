// Migration 0007_channels. Never edit a migration once it has shipped; add a new one.

import type { Migration } from 'kysely';

export const migration: Migration = {
  async up() {},
};
