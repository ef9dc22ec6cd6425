internal import Storage

/// The storage interface on one PostgreSQL transaction (a read snapshot, or a write holding
/// its store's lock), over a worker's session.
struct PostgresTransaction: StoreWriter {
  let session: PostgresSession

  func select(
    _ columns: [String], from table: Table, where condition: Condition, orderBy order: [String],
    limit: Int?
  ) throws -> [StoredRow] {
    var sql = SQLText(
      "SELECT \(columns.joined(separator: ", ")) FROM \(table.name) WHERE ", dialect: .postgres)
    try sql.append(condition)
    if !order.isEmpty { sql.text += " ORDER BY \(order.joined(separator: ", "))" }
    // NULL: no limit; one statement text per shape.
    sql.text += " LIMIT \(try sql.bind(limit.map { .integer(Int64($0)) } ?? .null, for: "LIMIT"))"
    return try session.query(sql.text, sql.values).map { StoredRow(columns: columns, values: $0) }
  }

  func aggregate(_ aggregate: Aggregate, from table: Table, where condition: Condition) throws
    -> Int64
  {
    // SUM of BIGINT is NUMERIC in PostgreSQL: cast back (a sum past 64 bits fails, as in SQLite).
    let expression =
      switch aggregate {
      case .count: "COUNT(*)"
      case .sum(let column): "COALESCE(SUM(\(column)), 0)::BIGINT"
      case .max(let column): "COALESCE(MAX(\(column)), 0)::BIGINT"
      }
    var sql = SQLText("SELECT \(expression) FROM \(table.name) WHERE ", dialect: .postgres)
    try sql.append(condition)
    guard case .integer(let value)? = try session.query(sql.text, sql.values).first?.first else {
      return 0
    }
    return value
  }

  func insert(into table: Table, _ values: [ColumnValue]) throws {
    var sql = SQLText(dialect: .postgres)
    let placeholders = try sql.bind(values).joined(separator: ", ")
    // A taken unique value inserts nothing instead of failing: PostgreSQL would abort the
    // whole transaction, where SQLite fails only the statement.
    sql.text =
      "INSERT INTO \(table.name) (\(values.map(\.column).joined(separator: ", "))) VALUES (\(placeholders))"
      + " ON CONFLICT DO NOTHING RETURNING 1"
    guard try session.query(sql.text, sql.values).count == 1 else {
      throw StorageError(.alreadyExists, "a \(table.name) row with the same unique value exists")
    }
  }

  func update(_ table: Table, set values: [ColumnValue], where condition: Condition) throws -> Int {
    var sql = SQLText(dialect: .postgres)
    let assignments = zip(values, try sql.bind(values)).map { "\($0.column) = \($1)" }
    sql.text = "UPDATE \(table.name) SET \(assignments.joined(separator: ", ")) WHERE "
    try sql.append(condition)
    // The rows changed, counted from what RETURNING gives back.
    sql.text += " RETURNING 1"
    let changed: Int
    do {
      changed = try session.query(sql.text, sql.values).count
    } catch {
      throw error.code == .alreadyExists
        ? StorageError(.alreadyExists, "a \(table.name) row with the same unique value exists")
        : error
    }
    return changed
  }

  func delete(from table: Table, where condition: Condition) throws -> Int {
    var sql = SQLText("DELETE FROM \(table.name) WHERE ", dialect: .postgres)
    try sql.append(condition)
    sql.text += " RETURNING 1"
    return try session.query(sql.text, sql.values).count
  }
}
