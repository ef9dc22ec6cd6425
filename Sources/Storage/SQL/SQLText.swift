/// SQL text and the values bound to it, built from the storage interface's conditions in an
/// engine's dialect. Names come from the code's table and column declarations; every value
/// is bound.
public struct SQLText {
  /// The statement so far.
  public var text: String
  /// The values bound, in placeholder order.
  public private(set) var values: [StoreValue] = []
  let dialect: SQLDialect

  /// A statement in `dialect` starting with `text`.
  public init(_ text: String = "", dialect: SQLDialect) {
    self.text = text
    self.dialect = dialect
  }

  /// Binds `value` and returns its placeholder.
  public mutating func bind(_ value: StoreValue) -> String {
    values.append(value)
    return dialect.placeholder(values.count)
  }

  /// Appends `condition`.
  public mutating func append(_ condition: Condition) {
    switch condition {
    case .all:
      text += "1 = 1"
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
      text += "\(dialect.position)(' ' || \(column) || ' ', \(bind(.text(" \(token) ")))) > 0"
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
}
