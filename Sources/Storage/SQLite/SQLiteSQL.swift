internal import GRDB

/// SQL text and its arguments, built from the storage interface's conditions. Names come
/// from the code's table and column declarations; every value is an argument.
struct SQLiteSQL {
  var text = ""
  var arguments = StatementArguments()

  mutating func append(_ fragment: String, _ values: StoreValue...) {
    text += fragment
    arguments += StatementArguments(values.map(SQLiteTransaction.databaseValue))
  }

  mutating func append(_ condition: Condition) {
    switch condition {
    case .all:
      text += "1"
    case .compare(let column, let comparison, let value):
      append("\(column) \(Self.operator(comparison)) ?", value)
    case .and(let conditions):
      join(conditions, with: " AND ")
    case .or(let conditions):
      join(conditions, with: " OR ")
    case .after(let columns, let values):
      let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
      text += "(\(columns.joined(separator: ", "))) > (\(placeholders))"
      arguments += StatementArguments(values.map(SQLiteTransaction.databaseValue))
    case .holdsToken(let column, let token):
      append("instr(' ' || \(column) || ' ', ?) > 0", .text(" \(token) "))
    }
  }

  private mutating func join(_ conditions: [Condition], with separator: String) {
    text += "("
    for (index, condition) in conditions.enumerated() {
      if index > 0 { text += separator }
      append(condition)
    }
    text += ")"
  }

  static func `operator`(_ comparison: Condition.Comparison) -> String {
    switch comparison {
    case .equal: "="
    case .notEqual: "!="
    case .less: "<"
    case .lessOrEqual: "<="
    case .greater: ">"
    case .greaterOrEqual: ">="
    }
  }
}
