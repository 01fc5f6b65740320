import { defineConfig } from 'drizzle-kit';

/** The team server's PostgreSQL schema (db/team/schema.ts): `npm run db:generate:team`. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/team/schema.ts',
  out: './db/team-migrations',
});
