/// A value in a column: what the storage interface reads, writes and compares, whatever the
/// engine underneath.
public enum StoreValue: Sendable, Hashable {
  case text(String)
  case integer(Int64)
  case bytes([UInt8])
  case null
}

/// The kind of values a column holds.
public enum ColumnType: Sendable, Hashable {
  case text, integer, bytes

  /// The value rows get when a column of this kind is added without a default.
  public var zero: StoreValue {
    switch self {
    case .text: .text("")
    case .integer: .integer(0)
    case .bytes: .bytes([])
    }
  }
}

/// A Swift type kept in a column.
public protocol StoreValueConvertible: Sendable {
  /// The column's kind.
  static var columnType: ColumnType { get }
  /// The value as stored.
  var storeValue: StoreValue { get }
  /// The value read back; nil when the stored value is of another kind or out of range.
  init?(storeValue: StoreValue)
}

extension String: StoreValueConvertible {
  public static var columnType: ColumnType { .text }
  public var storeValue: StoreValue { .text(self) }
  public init?(storeValue: StoreValue) {
    guard case .text(let text) = storeValue else { return nil }
    self = text
  }
}

extension Int64: StoreValueConvertible {
  public static var columnType: ColumnType { .integer }
  public var storeValue: StoreValue { .integer(self) }
  public init?(storeValue: StoreValue) {
    guard case .integer(let integer) = storeValue else { return nil }
    self = integer
  }
}

extension Int32: StoreValueConvertible {
  public static var columnType: ColumnType { .integer }
  public var storeValue: StoreValue { .integer(Int64(self)) }
  public init?(storeValue: StoreValue) {
    guard case .integer(let integer) = storeValue else { return nil }
    self.init(exactly: integer)
  }
}

extension Int: StoreValueConvertible {
  public static var columnType: ColumnType { .integer }
  public var storeValue: StoreValue { .integer(Int64(self)) }
  public init?(storeValue: StoreValue) {
    guard case .integer(let integer) = storeValue else { return nil }
    self.init(exactly: integer)
  }
}

extension Bool: StoreValueConvertible {
  public static var columnType: ColumnType { .integer }
  public var storeValue: StoreValue { .integer(self ? 1 : 0) }
  public init?(storeValue: StoreValue) {
    guard case .integer(let integer) = storeValue else { return nil }
    self = integer != 0
  }
}

extension [UInt8]: StoreValueConvertible {
  public static var columnType: ColumnType { .bytes }
  public var storeValue: StoreValue { .bytes(self) }
  public init?(storeValue: StoreValue) {
    guard case .bytes(let bytes) = storeValue else { return nil }
    self = bytes
  }
}
