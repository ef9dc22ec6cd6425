/// A query column of a record table and how it is read from a record: kept beside the
/// record's bytes on every insert and update, so a column never disagrees with its record.
public struct RecordColumn<Record>: Sendable {
  /// The column's name.
  public let name: String
  @usableFromInline let value: @Sendable (Record) -> StoreValue

  /// `column`, read from each record by `value`.
  @inlinable
  public init<Value>(_ column: Column<Value>, _ value: @escaping @Sendable (Record) -> Value) {
    name = column.name
    self.value = { value($0).storeValue }
  }
}
