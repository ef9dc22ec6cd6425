internal import GRDB
public import Storage

/// The grant tables of a tenant database. Records are protobuf bytes; the columns beside
/// them are what is searched, summed and kept unique.
public enum GrantsSchema {
  /// Adds the grants migrations to a tenant schema.
  public static func add(to schema: inout StoreSchema) {
    schema.add("grants-v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE allocations (
            id TEXT PRIMARY KEY, data BLOB NOT NULL, version INTEGER NOT NULL,
            year INTEGER NOT NULL UNIQUE
          );
          CREATE TABLE local_policies (
            id TEXT PRIMARY KEY, data BLOB NOT NULL, version INTEGER NOT NULL,
            year INTEGER NOT NULL UNIQUE
          );
          CREATE TABLE calls (
            id TEXT PRIMARY KEY, data BLOB NOT NULL, version INTEGER NOT NULL,
            year INTEGER NOT NULL, state INTEGER NOT NULL, created_at TEXT NOT NULL
          );
          CREATE INDEX calls_by_year ON calls (year, created_at, id);
          CREATE TABLE applications (
            id TEXT PRIMARY KEY, data BLOB NOT NULL, version INTEGER NOT NULL,
            call_id TEXT NOT NULL, organisation_id TEXT NOT NULL, year INTEGER NOT NULL,
            part INTEGER NOT NULL, state INTEGER NOT NULL, outcome INTEGER NOT NULL DEFAULT 0,
            granted_ore INTEGER NOT NULL DEFAULT 0, paid_ore INTEGER NOT NULL DEFAULT 0,
            report_due TEXT NOT NULL DEFAULT '', report_state INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
          );
          CREATE INDEX applications_by_year ON applications (year, state, created_at, id);
          CREATE INDEX applications_by_call ON applications (call_id, created_at, id);
          CREATE INDEX applications_by_organisation ON applications (organisation_id, created_at, id);
          CREATE TABLE payments (
            id TEXT PRIMARY KEY, data BLOB NOT NULL, version INTEGER NOT NULL,
            application_id TEXT NOT NULL, reference TEXT NOT NULL UNIQUE, amount_ore INTEGER NOT NULL,
            year INTEGER NOT NULL, recorded_at TEXT NOT NULL
          );
          CREATE INDEX payments_by_application ON payments (application_id, recorded_at, id);
          CREATE TABLE repayment_claims (
            id TEXT PRIMARY KEY, data BLOB NOT NULL, version INTEGER NOT NULL,
            application_id TEXT NOT NULL, state INTEGER NOT NULL, amount_ore INTEGER NOT NULL,
            created_at TEXT NOT NULL
          );
          CREATE INDEX repayment_claims_by_application ON repayment_claims (application_id, created_at, id);
          """)
    }
  }
}
