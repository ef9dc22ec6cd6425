internal import Storage

/// Renders a ``StoreSchema`` as PostgreSQL: the store's schema and role, its migrations
/// (numbered, each in its own transaction, under an advisory lock so that two servers
/// starting at once do not both migrate), and the check of the declared tables.
enum PostgresSchema {
  /// Creates the store's role and schema when missing and applies the migrations it lacks.
  static func migrate(_ schema: StoreSchema, names: PostgresStoreNames, session: PostgresSession)
    throws
  {
    _ = try session.query("SELECT pg_advisory_lock($1)::TEXT", [.integer(names.migrationLock)])
    defer {
      // A lock left on a pooled connection would stop every server opening this store: when
      // it cannot be given back, the connection goes (and the lock with it).
      if (try? session.query("SELECT pg_advisory_unlock($1)", [.integer(names.migrationLock)]))
        == nil
      {
        session.close()
      }
    }
    let role = PostgresStoreNames.quoted(names.role)
    if try session.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [.text(names.role)]).isEmpty {
      _ = try session.query("CREATE ROLE \(role) NOLOGIN")
    }
    // The server's own role switches to it for every transaction of the store: granted
    // whenever it is not yet (a crash after CREATE ROLE, another login role).
    if try session.query(
      "SELECT 1 WHERE pg_has_role(current_user, $1, 'MEMBER')", [.text(names.role)]
    ).isEmpty {
      _ = try session.query("GRANT \(role) TO CURRENT_USER")
    }
    _ = try session.query(
      "CREATE SCHEMA IF NOT EXISTS \(PostgresStoreNames.quoted(names.schema)) AUTHORIZATION \(role)"
    )
    try claim(names, session)
    try adopt(names, session)
    _ = try session.query(
      "REVOKE ALL ON SCHEMA \(PostgresStoreNames.quoted(names.schema)) FROM PUBLIC")
    try inTransaction(names, session) { _ in
      _ = try session.query(
        """
        CREATE TABLE IF NOT EXISTS schema_migrations (number BIGINT PRIMARY KEY, \
        identifier TEXT NOT NULL UNIQUE, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
        """)
    }
    let applied = try appliedMigrations(names, session)
    let versions = schema.versions
    guard applied.count <= versions.count, Array(versions.prefix(applied.count)) == applied else {
      throw StorageError(
        .unavailable,
        "the store \(names.schema) has migrations \(applied.joined(separator: ", ")), which this "
          + "version's (\(versions.joined(separator: ", "))) do not begin with")
    }
    for (number, migration) in schema.migrations.enumerated().dropFirst(applied.count) {
      try inTransaction(names, session) { transaction in
        for change in migration.changes { try apply(change, transaction) }
        _ = try session.query(
          "INSERT INTO schema_migrations (number, identifier) VALUES ($1, $2)",
          [.integer(Int64(number + 1)), .text(migration.identifier)])
      }
    }
    try check(schema.declaredTables, names, session)
  }

  /// Refuses a schema that another store's name maps to (its comment names that store);
  /// marks a new one (or one from before comments) as this store's.
  static func claim(_ names: PostgresStoreNames, _ session: PostgresSession) throws {
    let rows = try session.query(
      "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = $1",
      [.text(names.schema)])
    if case .text(let owner)? = rows.first?.first {
      guard owner == names.store else {
        throw StorageError(
          .unavailable,
          "the schema \(names.schema) belongs to the store \(owner), not to \(names.store)")
      }
      return
    }
    _ = try session.query(
      "COMMENT ON SCHEMA \(PostgresStoreNames.quoted(names.schema)) IS "
        + PostgresStoreNames.literal(names.store))
  }

  /// Gives the store's schema and tables to its role when another owns them: the role's name
  /// holds the database's, so a database renamed (`ALTER DATABASE ... RENAME`), copied
  /// (`CREATE DATABASE ... TEMPLATE`) or restored under another name (`pg_restore
  /// --no-owner` makes the restoring user the owner) is taken over here, store by store. Only
  /// this store's objects change hands, and only where the server's role may act for both
  /// the old owner and the new (PostgreSQL refuses otherwise, and the store is not opened).
  static func adopt(_ names: PostgresStoreNames, _ session: PostgresSession) throws {
    let schema = PostgresStoreNames.quoted(names.schema)
    let owned = try session.query(
      """
      SELECT 'SCHEMA', nspname::TEXT FROM pg_namespace WHERE nspname = $1 \
      AND pg_get_userbyid(nspowner) <> $2 \
      UNION ALL SELECT 'TABLE', relname::TEXT FROM pg_class \
      WHERE relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = $1) \
      AND relkind IN ('r', 'p') AND pg_get_userbyid(relowner) <> $2 ORDER BY 1
      """,
      [.text(names.schema), .text(names.role)])
    guard !owned.isEmpty else { return }
    try inTransaction(names, session, asStoreRole: false) { _ in
      for row in owned {
        guard case .text(let kind) = row[0], case .text(let name) = row[1] else { continue }
        // A table's indexes and identity sequences follow it.
        let object = kind == "SCHEMA" ? schema : "\(schema).\(PostgresStoreNames.quoted(name))"
        _ = try session.query(
          "ALTER \(kind) \(object) OWNER TO \(PostgresStoreNames.quoted(names.role))")
      }
    }
  }

  /// The identifiers of the migrations applied, in order.
  static func appliedMigrations(_ names: PostgresStoreNames, _ session: PostgresSession) throws
    -> [String]
  {
    try inTransaction(names, session) { _ in
      try session.query("SELECT identifier FROM schema_migrations ORDER BY number").compactMap {
        if case .text(let identifier) = $0.first { identifier } else { nil }
      }
    }
  }

  /// Runs `body` in a transaction as the store's role (with `asStoreRole` false, as the
  /// server's own), in its schema.
  static func inTransaction<Value>(
    _ names: PostgresStoreNames, _ session: PostgresSession, asStoreRole: Bool = true,
    _ body: (PostgresTransaction) throws -> Value
  ) throws -> Value {
    _ = try session.query("BEGIN")
    do {
      session.transactionBegan()
      // The store's write lock too: servers still running the previous version keep writing
      // while one migrates, and a data migration must not interleave with their writes.
      _ = try session.query(
        """
        SELECT set_config('role', $1, true), set_config('search_path', $2, true), \
        pg_advisory_xact_lock($3)::TEXT
        """,
        [
          .text(asStoreRole ? names.role : "none"), .text(PostgresStoreNames.quoted(names.schema)),
          .integer(names.writeLock),
        ])
      let value = try body(PostgresTransaction(session: session))
      try PostgresStore.commit(session)
      return value
    } catch {
      _ = try? session.query("ROLLBACK")
      throw error
    }
  }

  static func apply(_ change: SchemaChange, _ transaction: PostgresTransaction) throws {
    if let statement = SchemaSQL.statement(change, dialect: .postgres) {
      _ = try transaction.session.query(statement)
    } else if case .migrateData(let body) = change {
      try body(transaction)
    }
  }

  /// Refuses a store whose migrations do not create a declared table or column.
  static func check(
    _ declared: [Table: [String]], _ names: PostgresStoreNames, _ session: PostgresSession
  ) throws {
    var present: [String: Set<String>] = [:]
    for row in try session.query(
      // The catalogue itself: information_schema's view of it costs ten times as much.
      """
      SELECT c.relname::TEXT, a.attname::TEXT FROM pg_attribute a \
      JOIN pg_class c ON a.attrelid = c.oid JOIN pg_namespace n ON c.relnamespace = n.oid \
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      """,
      [.text(names.schema)])
    {
      if case .text(let table) = row[0], case .text(let column) = row[1] {
        present[table, default: []].insert(column)
      }
    }
    for (table, columns) in declared.sorted(by: { $0.key.name < $1.key.name }) {
      let columnsPresent = present[table.name] ?? []
      let missing = columns.filter { !columnsPresent.contains($0) }
      guard missing.isEmpty else {
        throw StorageError(
          .unavailable,
          columnsPresent.isEmpty
            ? "no migration creates table \(table.name), which the code declares"
            : "no migration adds column(s) \(missing.joined(separator: ", ")) of table \(table.name)"
        )
      }
    }
  }
}
