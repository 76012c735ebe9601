/**
 * The operator's database commands (`eduplan migrate`) and the refusals an open can give, for the
 * CLI, which does not import src/db: migrating is the one use case that runs as the owner role;
 * every other open only checks the schema (PostgreSQL) or migrates its embedded database (PGlite).
 */
export {
  DataDirLockedError,
  DatabaseOpenError,
  migrateDatabase,
  type MigrationReport,
} from '../../db/database.ts';
