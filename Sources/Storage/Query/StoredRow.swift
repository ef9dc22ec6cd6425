/// One row a query returned: the values of the columns it asked for.
public struct StoredRow: Sendable, Hashable {
  /// The columns, in the order asked for.
  public let columns: [String]
  /// Their values.
  public let values: [StoreValue]

  /// A row of `values` for `columns`.
  @inlinable
  public init(columns: [String], values: [StoreValue]) {
    self.columns = columns
    self.values = values
  }

  /// The value of `column`.
  /// - Throws: ``StorageError`` corrupt when the row lacks it or holds another kind.
  @inlinable
  public func callAsFunction<Value>(_ column: Column<Value>) throws(StorageError) -> Value {
    guard let index = columns.firstIndex(of: column.name) else {
      throw StorageError(.corrupt, "the row lacks column \(column.name)")
    }
    guard let value = Value(storeValue: values[index]) else {
      throw StorageError(
        .corrupt, "column \(column.name) holds \(values[index]), not \(Value.self)")
    }
    return value
  }
}
