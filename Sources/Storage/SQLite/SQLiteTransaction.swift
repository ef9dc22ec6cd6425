internal import Foundation
internal import GRDB

/// The storage interface on one SQLite connection: a read snapshot, or the writer's
/// transaction (a savepoint of the batch's transaction).
struct SQLiteTransaction: StoreWriter {
  let db: Database

  func select(
    _ columns: [String], from table: Table, where condition: Condition, orderBy order: [String],
    limit: Int?
  ) throws -> [StoredRow] {
    var sql = SQLText(
      "SELECT \(columns.joined(separator: ", ")) FROM \(table.name) WHERE ", dialect: .sqlite)
    try sql.append(condition)
    if !order.isEmpty { sql.text += " ORDER BY \(order.joined(separator: ", "))" }
    // The limit is an argument (-1: none): one prepared statement per shape.
    sql.text += " LIMIT \(try sql.bind(.integer(Int64(limit ?? -1)), for: "LIMIT"))"
    let statement = try db.cachedStatement(sql: sql.text)
    var rows: [StoredRow] = []
    let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(sql))
    while let row = try cursor.next() {
      rows.append(
        StoredRow(columns: columns, values: (0..<columns.count).map { Self.value(row[$0]) }))
    }
    return rows
  }

  func aggregate(_ aggregate: Aggregate, from table: Table, where condition: Condition) throws
    -> Int64
  {
    let expression =
      switch aggregate {
      case .count: "COUNT(*)"
      case .sum(let column): "COALESCE(SUM(\(column)), 0)"
      case .max(let column): "COALESCE(MAX(\(column)), 0)"
      }
    var sql = SQLText("SELECT \(expression) FROM \(table.name) WHERE ", dialect: .sqlite)
    try sql.append(condition)
    return try Int64.fetchOne(db.cachedStatement(sql: sql.text), arguments: Self.arguments(sql))
      ?? 0
  }

  func insert(into table: Table, _ values: [ColumnValue]) throws {
    var sql = SQLText(dialect: .sqlite)
    let placeholders = try sql.bind(values).joined(separator: ", ")
    sql.text =
      "INSERT INTO \(table.name) (\(values.map(\.column).joined(separator: ", "))) VALUES (\(placeholders))"
    do {
      try db.cachedStatement(sql: sql.text).execute(arguments: Self.arguments(sql))
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
      throw StorageError(.alreadyExists, "a \(table.name) row with the same unique value exists")
    }
  }

  func update(_ table: Table, set values: [ColumnValue], where condition: Condition) throws -> Int {
    var sql = SQLText(dialect: .sqlite)
    let assignments = zip(values, try sql.bind(values)).map { "\($0.column) = \($1)" }
    sql.text = "UPDATE \(table.name) SET \(assignments.joined(separator: ", ")) WHERE "
    try sql.append(condition)
    do {
      try db.cachedStatement(sql: sql.text).execute(arguments: Self.arguments(sql))
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
      throw StorageError(.alreadyExists, "a \(table.name) row with the same unique value exists")
    }
    return db.changesCount
  }

  func delete(from table: Table, where condition: Condition) throws -> Int {
    var sql = SQLText("DELETE FROM \(table.name) WHERE ", dialect: .sqlite)
    try sql.append(condition)
    try db.cachedStatement(sql: sql.text).execute(arguments: Self.arguments(sql))
    return db.changesCount
  }

  /// The values bound to `sql`, as GRDB takes them.
  static func arguments(_ sql: SQLText) -> StatementArguments {
    StatementArguments(sql.values.map(databaseValue))
  }

  static func value(_ value: DatabaseValue) -> StoreValue {
    switch value.storage {
    case .null: .null
    case .int64(let integer): .integer(integer)
    case .double(let double): .integer(Int64(exactly: double) ?? 0)
    case .string(let text): .text(text)
    case .blob(let data): .bytes([UInt8](data))
    }
  }

  static func databaseValue(_ value: StoreValue) -> DatabaseValue {
    switch value {
    case .null: .null
    case .integer(let integer): integer.databaseValue
    case .text(let text): text.databaseValue
    case .bytes(let bytes): Data(bytes).databaseValue
    }
  }
}
