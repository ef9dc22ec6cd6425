internal import Storage

/// SQL text and its arguments ($1, $2, ...), built from the storage interface's conditions.
/// Names come from the code's table and column declarations; every value is an argument.
struct PostgresSQL {
  var text = ""
  var binds: [StoreValue] = []

  init(_ text: String = "") { self.text = text }

  /// The placeholder for `value`, which is bound.
  mutating func bind(_ value: StoreValue) -> String {
    binds.append(value)
    return "$\(binds.count)"
  }

  mutating func append(_ condition: Condition) {
    switch condition {
    case .all:
      text += "TRUE"
    case .compare(let column, let comparison, let value):
      text += "\(column) \(Self.operator(comparison)) \(bind(value))"
    case .and(let conditions):
      join(conditions, with: " AND ")
    case .or(let conditions):
      join(conditions, with: " OR ")
    case .after(let columns, let values):
      let placeholders = values.map { bind($0) }.joined(separator: ", ")
      text += "(\(columns.joined(separator: ", "))) > (\(placeholders))"
    case .holdsToken(let column, let token):
      text += "strpos(' ' || \(column) || ' ', \(bind(.text(" \(token) ")))) > 0"
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
    case .notEqual: "<>"
    case .less: "<"
    case .lessOrEqual: "<="
    case .greater: ">"
    case .greaterOrEqual: ">="
    }
  }

  /// `name` as a quoted identifier.
  static func quoted(_ name: String) -> String {
    "\"" + name.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      + "\""
  }
}
