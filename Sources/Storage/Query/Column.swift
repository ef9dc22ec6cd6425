/// A column of a table and the Swift type of its values: conditions on it compare with
/// values of that type, rows read it as that type.
public struct Column<Value: StoreValueConvertible>: Sendable, Hashable {
  /// The column's name.
  public let name: String

  /// The column `name`.
  @inlinable
  public init(_ name: String) {
    self.name = name
  }

  /// `value` for this column, to insert or set.
  @inlinable
  public func callAsFunction(_ value: Value) -> ColumnValue {
    ColumnValue(column: name, value: value.storeValue)
  }
}

/// A value for a named column, to insert or set.
public struct ColumnValue: Sendable, Hashable {
  /// The column.
  public var column: String
  /// The value.
  public var value: StoreValue

  /// `value` for `column`.
  @inlinable
  public init(column: String, value: StoreValue) {
    self.column = column
    self.value = value
  }
}

/// A table: records or rows under a name.
public struct Table: Sendable, Hashable, CustomStringConvertible {
  /// The table's name.
  public let name: String

  /// The table `name`.
  @inlinable
  public init(_ name: String) {
    self.name = name
  }

  @inlinable
  public var description: String { name }
}
