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

  /// Binds `value`, for `column`, and returns its placeholder.
  ///
  /// - Throws: ``StorageError/Code/unstorableText`` for text holding U+0000, on every engine:
  ///   PostgreSQL's text cannot hold it, so neither store accepts it, in a value written or
  ///   one compared (a caller gets INVALID_ARGUMENT naming the column, never a database error).
  public mutating func bind(_ value: StoreValue, for column: String) throws(StorageError)
    -> String
  {
    if case .text(let text) = value, text.utf8.contains(0) {
      throw StorageError(
        .unstorableText,
        "\(column) must not contain the NUL character (U+0000), which no stored text may hold")
    }
    values.append(value)
    return dialect.placeholder(values.count)
  }

  /// Appends `condition`.
  public mutating func append(_ condition: Condition) throws(StorageError) {
    switch condition {
    case .all:
      text += "1 = 1"
    case .compare(let column, let comparison, let value):
      text += "\(column) \(Self.operator(comparison)) \(try bind(value, for: column))"
    case .and(let conditions):
      try join(conditions, with: " AND ")
    case .or(let conditions):
      try join(conditions, with: " OR ")
    case .after(let columns, let values):
      var placeholders: [String] = []
      for (column, value) in zip(columns, values) {
        placeholders.append(try bind(value, for: column))
      }
      text += "(\(columns.joined(separator: ", "))) > (\(placeholders.joined(separator: ", ")))"
    case .holdsToken(let column, let token):
      let placeholder = try bind(.text(" \(token) "), for: column)
      text += "\(dialect.position)(' ' || \(column) || ' ', \(placeholder)) > 0"
    }
  }

  /// Binds each of `values` for its column and returns their placeholders.
  public mutating func bind(_ values: [ColumnValue]) throws(StorageError) -> [String] {
    var placeholders: [String] = []
    for value in values { placeholders.append(try bind(value.value, for: value.column)) }
    return placeholders
  }

  private mutating func join(_ conditions: [Condition], with separator: String)
    throws(StorageError)
  {
    text += "("
    for (index, condition) in conditions.enumerated() {
      if index > 0 { text += separator }
      try append(condition)
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
