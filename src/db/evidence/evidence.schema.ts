/**
 * Evidence tables (decision 0014): the content, stored once per SHA-256 in chunks of 1 MiB, and the
 * uploaded files that name it. Blobs, chunks and files are append-only (migration 0013: triggers
 * refuse UPDATE, DELETE and TRUNCATE). Uploads stream into `evidence_upload_chunk`, a staging table
 * keyed by the upload, and are promoted in one transaction when the whole file has been checked; a
 * crash or a refusal mid-upload leaves only staging rows, which nothing reads and which are swept.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnit } from '../registry/registry.schema.ts';

/** PostgreSQL bytea, read as bytes (Buffer on node-postgres, Uint8Array on PGlite). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** One stored content: its address (SHA-256 hex), size, the media type found by content. */
export const evidenceBlob = pgTable(
  'evidence_blob',
  {
    sha256: text('sha256').primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
    chunks: integer('chunks').notNull(),
    mediaType: text('media_type').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    check('evidence_blob_sha256_chk', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('evidence_blob_size_chk', sql`${t.size} > 0`),
    check('evidence_blob_chunks_chk', sql`${t.chunks} > 0`),
  ],
);

/** The bytes of a blob, chunk `seq` (0, 1, …) of 1 MiB each, the last one shorter. */
export const evidenceChunk = pgTable(
  'evidence_chunk',
  {
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceBlob.sha256),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.seq] })],
);

/** An uploaded file: its name as uploaded, the unit it belongs to, who uploaded it when. */
export const evidenceFile = pgTable(
  'evidence_file',
  {
    id: uuid('id').primaryKey(),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceBlob.sha256),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    kind: text('kind').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    orgCode: text('org_code')
      .notNull()
      .references(() => orgUnit.code),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('evidence_file_org_idx').on(t.orgCode),
    index('evidence_file_sha256_idx').on(t.sha256),
    check('evidence_file_kind_chk', sql`${t.kind} IN ('pdf', 'image', 'word', 'excel')`),
  ],
);

/** Staging: the chunks of an upload in progress (not append-only; deleted on promotion or refusal). */
export const evidenceUploadChunk = pgTable(
  'evidence_upload_chunk',
  {
    uploadId: uuid('upload_id').notNull(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
    stagedAt: timestamp('staged_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.seq] })],
);
