/// Which rows a query, update or delete applies to, built from typed columns and values
/// (`year == 2026 && state != 3`); each engine renders it in its own language.
public indirect enum Condition: Sendable, Hashable {
  /// How a column compares with a value.
  public enum Comparison: Sendable, Hashable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
  }

  /// Every row.
  case all
  /// The column compared with the value.
  case compare(String, Comparison, StoreValue)
  /// Every condition holds.
  case and([Condition])
  /// At least one condition holds.
  case or([Condition])
  /// The columns, in order, come after the values (for paging in that order).
  case after([String], [StoreValue])
  /// The column, a list of tokens separated by single spaces (``Column/tokens(_:)``), holds
  /// the token.
  case holdsToken(String, String)
}

extension Condition {
  /// Both hold.
  @inlinable
  public static func && (lhs: Condition, rhs: Condition) -> Condition {
    switch (lhs, rhs) {
    case (.all, _): rhs
    case (_, .all): lhs
    case (.and(let left), .and(let right)): .and(left + right)
    case (.and(let left), _): .and(left + [rhs])
    default: .and([lhs, rhs])
    }
  }

  /// Either holds.
  @inlinable
  public static func || (lhs: Condition, rhs: Condition) -> Condition {
    .or([lhs, rhs])
  }

  /// Adds `condition` to those that must hold.
  @inlinable
  public static func &= (lhs: inout Condition, rhs: Condition) {
    lhs = lhs && rhs
  }
}

extension Column {
  @inlinable
  public static func == (column: Column, value: Value) -> Condition {
    .compare(column.name, .equal, value.storeValue)
  }

  @inlinable
  public static func != (column: Column, value: Value) -> Condition {
    .compare(column.name, .notEqual, value.storeValue)
  }

  @inlinable
  public static func < (column: Column, value: Value) -> Condition {
    .compare(column.name, .less, value.storeValue)
  }

  @inlinable
  public static func <= (column: Column, value: Value) -> Condition {
    .compare(column.name, .lessOrEqual, value.storeValue)
  }

  @inlinable
  public static func > (column: Column, value: Value) -> Condition {
    .compare(column.name, .greater, value.storeValue)
  }

  @inlinable
  public static func >= (column: Column, value: Value) -> Condition {
    .compare(column.name, .greaterOrEqual, value.storeValue)
  }
}

extension Column where Value == String {
  /// The column, written as ``tokens(_:)``, holds `token` (a set of identifiers or numbers in
  /// one column: a place's roles, a gathering's organisations).
  @inlinable
  public func holds(_ token: String) -> Condition {
    .holdsToken(name, token)
  }

  /// `tokens` as one column value for ``holds(_:)``; tokens hold no spaces.
  @inlinable
  public static func tokens(_ tokens: some Sequence<String>) -> String {
    tokens.joined(separator: " ")
  }
}
