// Migration 0005_search_scope: one GIN index answers a search together with a unit handler's
// scope and a status filter, instead of the text index alone.
// Never edit a migration once it has shipped; add a new one.
//
// With the text index alone, a scoped or status-filtered search had the database build the
// bitmap of every match of the words (50,000 tickets for a common word on a million, tens of
// milliseconds) and AND it with the scope's or the statuses' b-tree bitmap, or read each match
// from the table to filter it: a district's handler searching 噪音扰民 read ~24,000 rows for
// its 1,000. A multicolumn GIN index over (search, the units that can see the ticket, its
// status) intersects the words, the scope and the statuses inside one index scan: only the
// tickets that pass all three are read. Core GIN operator classes only (tsvector_ops,
// array_ops), so the same SQL runs on PGlite and on the server: no btree_gin.
//
// listTickets (src/store/tickets.ts) writes a search's scope and status conditions with these
// exact expressions, which the planner matches against the index:
//   (ARRAY[unit_id] || assist_unit_ids) && $scope::int[]   ⇔  unit_id = ANY($scope) OR assist_unit_ids && $scope
//   ARRAY[status] && $statuses::text[]                     ⇔  status IN ($statuses)
// (a NULL unit_id is a NULL element, which && never matches, as = ANY never does).
//
// The index also answers every search without a scope or a status (its first column is the
// search document, as tickets_search_idx was), so it replaces that index: one GIN index to
// maintain on each insert and update, not two.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE INDEX tickets_search_scope_idx ON tickets USING gin (search, (ARRAY[unit_id] || assist_unit_ids), (ARRAY[status]));
      DROP INDEX tickets_search_idx;
    `.execute(db);
  },
};
