// Migration 0006_open311: API keys for Open311 clients, what a request created over Open311
// carries beyond the ticket (token, location, attributes, the client's account/device), the
// extra attributes a service (category) asks for, and the updates clients post.
// Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE api_keys (
        id serial PRIMARY KEY,
        name text NOT NULL,
        key_hash text NOT NULL UNIQUE, -- sha256 of the key: the key itself is shown once, never stored
        prefix text NOT NULL, -- the first characters, to recognise a key in a list
        per_minute integer NOT NULL DEFAULT 60 CHECK (per_minute BETWEEN 1 AND 100000),
        created_by integer REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      );

      -- One row per ticket registered over Open311 (channel 'open311').
      CREATE TABLE open311_requests (
        ticket_id integer PRIMARY KEY REFERENCES tickets(id),
        token text NOT NULL UNIQUE,
        api_key_id integer REFERENCES api_keys(id),
        service_code text NOT NULL,
        account_id text,
        device_id text,
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        long double precision CHECK (long BETWEEN -180 AND 180),
        address_id text,
        zipcode text,
        media_url text,
        email text, -- personal data: never in a public response
        attributes jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      );
      CREATE INDEX open311_requests_key_idx ON open311_requests (api_key_id);

      -- The extra fields a service asks for (GET services/{code}: the service definition).
      CREATE TABLE open311_service_attributes (
        id serial PRIMARY KEY,
        category_id integer NOT NULL REFERENCES categories(id),
        code text NOT NULL,
        variable boolean NOT NULL DEFAULT true,
        datatype text NOT NULL CHECK (datatype IN ('string','number','datetime','text','singlevaluelist','multivaluelist')),
        required boolean NOT NULL DEFAULT false,
        datatype_description text,
        description text,
        sort integer NOT NULL DEFAULT 1,
        "values" jsonb NOT NULL DEFAULT '[]',
        UNIQUE (category_id, code)
      );

      -- Updates a client posted (servicerequestupdates): the citizen's follow-up on a request.
      CREATE TABLE open311_updates (
        id serial PRIMARY KEY,
        ticket_id integer NOT NULL REFERENCES tickets(id),
        api_key_id integer NOT NULL REFERENCES api_keys(id),
        client_update_id text, -- the client's own id (FixMyStreet: update_id), for safe retries
        status text NOT NULL,
        description text NOT NULL,
        media_url text,
        author jsonb NOT NULL DEFAULT '{}', -- first/last name, email, phone: personal data, never public
        updated_datetime timestamptz,
        created_at timestamptz NOT NULL
      );
      CREATE UNIQUE INDEX open311_updates_client_idx ON open311_updates (api_key_id, client_update_id) WHERE client_update_id IS NOT NULL;
      CREATE INDEX open311_updates_ticket_idx ON open311_updates (ticket_id, id);
    `.execute(db);
  },
};
