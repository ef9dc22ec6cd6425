internal import CLibPQ
internal import Storage

/// Values to and from PostgreSQL's binary format: parameters as libpq takes them (a type,
/// the bytes and their length), cells of a result by their column's type.
enum PostgresValues {
  /// The type OIDs the store sends and reads (pg_type.dat).
  enum OID {
    static let bool: Oid = 16
    static let bytea: Oid = 17
    static let name: Oid = 19
    static let int8: Oid = 20
    static let int2: Oid = 21
    static let int4: Oid = 23
    static let text: Oid = 25
    static let bpchar: Oid = 1042
    static let varchar: Oid = 1043
    static let void: Oid = 2278
  }

  /// `values` as parameters: each one's type (0, for NULL: the server infers it) and its
  /// bytes in the binary format (nil for NULL).
  static func parameters(_ values: [StoreValue]) -> (types: [Oid], bytes: [[UInt8]?]) {
    var types: [Oid] = []
    var bytes: [[UInt8]?] = []
    types.reserveCapacity(values.count)
    bytes.reserveCapacity(values.count)
    for value in values {
      switch value {
      case .null:
        types.append(0)
        bytes.append(nil)
      case .integer(let integer):
        types.append(OID.int8)
        bytes.append(withUnsafeBytes(of: integer.bigEndian) { Array($0) })
      case .text(let text):
        types.append(OID.text)
        bytes.append(Array(text.utf8))
      case .bytes(let data):
        types.append(OID.bytea)
        bytes.append(data)
      }
    }
    return (types, bytes)
  }

  /// The rows of `result` (binary format), as the store's values.
  /// - Throws: ``StorageError`` corrupt for a column of a type the store never uses.
  static func rows(of result: OpaquePointer) throws(StorageError) -> [[StoreValue]] {
    let rowCount = Int(PQntuples(result))
    let columnCount = Int(PQnfields(result))
    guard rowCount > 0, columnCount > 0 else { return Array(repeating: [], count: rowCount) }
    let types = (0..<columnCount).map { PQftype(result, Int32($0)) }
    var rows: [[StoreValue]] = []
    rows.reserveCapacity(rowCount)
    for row in 0..<rowCount {
      var values: [StoreValue] = []
      values.reserveCapacity(columnCount)
      for column in 0..<columnCount {
        values.append(try cell(result, Int32(row), Int32(column), type: types[column]))
      }
      rows.append(values)
    }
    return rows
  }

  static func cell(_ result: OpaquePointer, _ row: Int32, _ column: Int32, type: Oid)
    throws(StorageError) -> StoreValue
  {
    guard PQgetisnull(result, row, column) == 0 else { return .null }
    let length = Int(PQgetlength(result, row, column))
    guard let pointer = PQgetvalue(result, row, column) else { return .null }
    let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
    func integer(_ size: Int) throws(StorageError) -> StoreValue {
      guard length == size else {
        throw StorageError(.corrupt, "an integer column of \(length) bytes, not \(size)")
      }
      var value: Int64 = bytes[0] & 0x80 != 0 ? -1 : 0
      for byte in bytes { value = value << 8 | Int64(byte) }
      return .integer(value)
    }
    switch type {
    case OID.int2: return try integer(2)
    case OID.int4: return try integer(4)
    case OID.int8: return try integer(8)
    case OID.bool: return .integer(length == 1 && bytes[0] != 0 ? 1 : 0)
    case OID.bytea: return .bytes(Array(bytes))
    case OID.text, OID.varchar, OID.name, OID.bpchar:
      return .text(String(decoding: bytes, as: UTF8.self))
    case OID.void: return .null
    default:
      let name = PQfname(result, column).map { String(cString: $0) } ?? "?"
      throw StorageError(.corrupt, "column \(name) is of type \(type)")
    }
  }
}
