internal import GRDB
internal import Storage

/// The national registry database: tenants, their number periods, security events.
enum RegistrySchema {
  static var schema: StoreSchema {
    var schema = StoreSchema()
    schema.add("registry-v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE tenants (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            active INTEGER NOT NULL,
            test INTEGER NOT NULL,
            version INTEGER NOT NULL,
            registered_at TEXT NOT NULL
          );
          CREATE TABLE kommunenummer_periods (
            kommunenummer TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL DEFAULT '',
            tenant_id TEXT NOT NULL REFERENCES tenants (id),
            PRIMARY KEY (kommunenummer, valid_from)
          );
          CREATE INDEX kommunenummer_periods_tenant ON kommunenummer_periods (tenant_id, valid_from);
          CREATE TABLE security_events (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            identity TEXT NOT NULL,
            caller_tenant_id TEXT NOT NULL,
            target_tenant_id TEXT NOT NULL,
            rpc TEXT NOT NULL,
            record_id TEXT NOT NULL
          );
          """)
    }
    // A small number per tenant, sealed into record identifiers.
    schema.add("registry-v2") { db in
      try db.execute(
        sql: """
          ALTER TABLE tenants ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0;
          UPDATE tenants SET ordinal = rowid;
          CREATE UNIQUE INDEX tenants_ordinal ON tenants (ordinal);
          """)
    }
    // The national rule: operating grants from one municipality only per organisation and
    // year. A municipality's decision holds the organisation's row for its year.
    schema.add("registry-v3") { db in
      try db.execute(
        sql: """
          CREATE TABLE operating_grant_holders (
            organisasjonsnummer TEXT NOT NULL,
            year INTEGER NOT NULL,
            tenant_id TEXT NOT NULL,
            application_id TEXT NOT NULL,
            reserved_at TEXT NOT NULL,
            PRIMARY KEY (organisasjonsnummer, year)
          ) WITHOUT ROWID;
          """)
    }
    return schema
  }
}
