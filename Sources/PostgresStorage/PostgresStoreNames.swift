/// What a store is called in PostgreSQL: its schema, the role that owns it (and alone may
/// use it), and the advisory locks that serialize its writes and its migrations.
struct PostgresStoreNames: Sendable, Hashable {
  /// The schema: the store's name with every character other than a-z, 0-9 made `_`
  /// (`tenants/t-03bsqz6s8d` is `tenants_t_03bsqz6s8d`).
  let schema: String
  /// The role: roles belong to the whole cluster, so the database's name is part of it.
  let role: String
  /// Held by every write transaction of the store: writes to one store are serial, as
  /// SQLite's single writer makes them, on every server that shares the database.
  let writeLock: Int64
  /// Held while the store is migrated.
  let migrationLock: Int64

  /// The store's own name (`tenants/t-03bsqz6s8d`), kept as its schema's comment: names
  /// that differ only in case or punctuation share a schema name, and a store must never take
  /// another's.
  let store: String

  init(store: String, database: String) {
    self.store = store
    schema = Self.identifier(store)
    let hash = Self.fnv1a("\(database)/\(store)")
    let hex = String(UInt32(truncatingIfNeeded: hash), radix: 16)
    role =
      "samarbeid_" + String(Self.identifier(database).prefix(16)) + "_"
      + String(schema.prefix(24)) + "_" + hex
    writeLock = Int64(bitPattern: hash)
    migrationLock = Int64(bitPattern: hash ^ 0x6D69_6772_6174_6521)  // "migrate!"
  }

  static func identifier(_ name: String) -> String {
    String(
      name.lowercased().unicodeScalars.map {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "_"
      })
  }

  /// FNV-1a, 64 bits: stable across processes and versions (Swift's Hasher is not).
  static func fnv1a(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }

  /// `text` as a quoted string literal.
  static func literal(_ text: String) -> String {
    "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
      + "'"
  }

  /// `name` as a quoted identifier.
  static func quoted(_ name: String) -> String {
    "\"" + name.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      + "\""
  }
}
