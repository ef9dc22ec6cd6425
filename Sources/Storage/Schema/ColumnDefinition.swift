/// A column as a migration creates it.
public struct ColumnDefinition: Sendable, Hashable {
  /// The column's name.
  public var name: String
  /// What it holds.
  public var type: ColumnType
  /// The value of rows that had none (when a column is added to a table with rows).
  public var defaultValue: StoreValue?
  /// No two rows share a value.
  public var unique: Bool
  /// It may hold no value.
  public var nullable: Bool
  /// The table's key, numbered by the store from 1 on insert (an append-only log).
  public var isSequence: Bool

  /// `column`, with `defaultValue` for rows that had none.
  public init<Value>(
    _ column: Column<Value>, default defaultValue: Value? = nil, unique: Bool = false,
    nullable: Bool = false
  ) {
    name = column.name
    type = Value.columnType
    self.defaultValue = defaultValue?.storeValue
    self.unique = unique
    self.nullable = nullable
    isSequence = false
  }

  /// The key of an append-only table, numbered by the store on insert.
  public static func sequence(_ column: Column<Int64>) -> ColumnDefinition {
    var definition = ColumnDefinition(column)
    definition.isSequence = true
    return definition
  }
}
