/// Reads inside one consistent snapshot (or inside the transaction of a write). The engine
/// implements these few operations; records, sums and pages are built on them.
public protocol StoreReader {
  /// The `columns` of the rows of `table` matching `condition`, in `order` (ascending), at
  /// most `limit` (nil: all).
  func select(
    _ columns: [String], from table: Table, where condition: Condition, orderBy order: [String],
    limit: Int?
  ) throws -> [StoredRow]

  /// An aggregate of the rows of `table` matching `condition`.
  func aggregate(_ aggregate: Aggregate, from table: Table, where condition: Condition) throws
    -> Int64
}

/// What an aggregate computes.
public enum Aggregate: Sendable, Hashable {
  /// How many rows match.
  case count
  /// The sum of an integer column (0 for none).
  case sum(String)
  /// The largest value of an integer column (0 for none).
  case max(String)
}

/// Writes inside one transaction: every write of a ``RecordStore/write(_:)`` body commits
/// together with the reads that allowed it, or none does.
public protocol StoreWriter: StoreReader {
  /// Inserts a row.
  /// - Throws: ``StorageError`` already exists when a unique column's value is taken.
  func insert(into table: Table, _ values: [ColumnValue]) throws

  /// Sets `values` in the rows matching `condition`; returns how many.
  @discardableResult
  func update(_ table: Table, set values: [ColumnValue], where condition: Condition) throws -> Int

  /// Deletes the rows matching `condition`; returns how many.
  @discardableResult
  func delete(from table: Table, where condition: Condition) throws -> Int
}

extension StoreReader {
  /// The rows of `table` matching `condition`, all columns named.
  public func select(
    _ columns: [String], from table: Table, where condition: Condition = .all,
    orderBy order: [String] = []
  ) throws -> [StoredRow] {
    try select(columns, from: table, where: condition, orderBy: order, limit: nil)
  }

  /// The first row of `table` matching `condition`.
  public func first(_ columns: [String], from table: Table, where condition: Condition) throws
    -> StoredRow?
  {
    try select(columns, from: table, where: condition, orderBy: [], limit: 1).first
  }

  /// Whether a row of `table` matches `condition`.
  public func exists(in table: Table, where condition: Condition) throws -> Bool {
    try aggregate(.count, from: table, where: condition) > 0
  }
}
