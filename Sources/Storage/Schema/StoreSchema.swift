/// A store's tables as named migrations, applied in order when the store opens. Every
/// schema starts with the tables the store itself needs (the audit log and idempotency
/// records); its owner adds its own after them. A migration, once released, never changes:
/// a new version adds a migration.
public struct StoreSchema: Sendable {
  /// One named migration.
  public struct Migration: Sendable {
    /// Its name, kept in the store once applied.
    public let identifier: String
    /// Its steps.
    public let changes: [SchemaChange]
  }

  /// The migrations, in order.
  public private(set) var migrations: [Migration] = []
  /// The record tables the code uses, with their columns: checked against the store when
  /// it opens, so that a table or column without a migration stops start-up.
  public private(set) var declaredTables: [Table: [String]] = [:]
  /// The migration identifiers, in order.
  public var versions: [String] { migrations.map(\.identifier) }

  /// A schema with the store's own tables.
  public init() {
    migrations = StoreTables.migrations
  }

  /// Adds migration `identifier` after the ones already added.
  public mutating func add(_ identifier: String, _ changes: [SchemaChange]) {
    precondition(
      !versions.contains(identifier), "migration \(identifier) is added twice")
    migrations.append(Migration(identifier: identifier, changes: changes))
  }

  /// Declares that code reads and writes `table`: the store refuses to open when its
  /// migrations do not create the table with every query column.
  public mutating func declare<Record>(_ table: RecordTable<Record>) {
    declaredTables[table.table] =
      ["id", "data", "version"] + table.columns.map(\.name) + table.insertedColumns
  }

  /// The schema up to and including `identifier` (to build an older store in tests).
  public func upTo(_ identifier: String) -> StoreSchema {
    var older = self
    if let index = versions.firstIndex(of: identifier) {
      older.migrations = Array(migrations.prefix(through: index))
    }
    older.declaredTables = [:]
    return older
  }
}
