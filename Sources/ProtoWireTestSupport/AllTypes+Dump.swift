import ProtoWire

/// The values of a decoded message in the text format `generate_vectors.py` writes, so the
/// Swift decoder's view can be compared with Python's line by line.
extension AllTypes {
  public var dumpLines: [String] {
    var lines = DumpLines()
    lines.scalar("f_int32", fInt32, isDefault: fInt32 == 0)
    lines.scalar("f_int64", fInt64, isDefault: fInt64 == 0)
    lines.scalar("f_uint32", fUInt32, isDefault: fUInt32 == 0)
    lines.scalar("f_uint64", fUInt64, isDefault: fUInt64 == 0)
    lines.scalar("f_sint32", fSInt32, isDefault: fSInt32 == 0)
    lines.scalar("f_sint64", fSInt64, isDefault: fSInt64 == 0)
    lines.scalar("f_bool", fBool, isDefault: !fBool)
    lines.scalar("f_enum", fEnum.protoValue, isDefault: fEnum.protoValue == 0)
    lines.scalar("f_fixed32", fFixed32, isDefault: fFixed32 == 0)
    lines.scalar("f_fixed64", fFixed64, isDefault: fFixed64 == 0)
    lines.scalar("f_sfixed32", fSFixed32, isDefault: fSFixed32 == 0)
    lines.scalar("f_sfixed64", fSFixed64, isDefault: fSFixed64 == 0)
    lines.scalar("f_float", fFloat, isDefault: fFloat.bitPattern == 0)
    lines.scalar("f_double", fDouble, isDefault: fDouble.bitPattern == 0)
    lines.scalar("f_string", fString, isDefault: fString.isEmpty)
    lines.scalar("f_bytes", fBytes, isDefault: fBytes.isEmpty)
    if let fNested { lines.message("f_nested", fNested) }
    if let oInt32 { lines.scalar("o_int32", oInt32) }
    if let oString { lines.scalar("o_string", oString) }
    if let oEnum { lines.scalar("o_enum", oEnum.protoValue) }
    if let oBool { lines.scalar("o_bool", oBool) }
    if let oDouble { lines.scalar("o_double", oDouble) }
    lines.repeated("r_int32", rInt32)
    lines.repeated("r_int64", rInt64)
    lines.repeated("r_uint32", rUInt32)
    lines.repeated("r_uint64", rUInt64)
    lines.repeated("r_sint32", rSInt32)
    lines.repeated("r_sint64", rSInt64)
    lines.repeated("r_bool", rBool)
    lines.repeated("r_enum", rEnum.map(\.protoValue))
    lines.repeated("r_fixed32", rFixed32)
    lines.repeated("r_fixed64", rFixed64)
    lines.repeated("r_sfixed32", rSFixed32)
    lines.repeated("r_sfixed64", rSFixed64)
    lines.repeated("r_float", rFloat)
    lines.repeated("r_double", rDouble)
    lines.repeated("r_string", rString)
    lines.repeated("r_bytes", rBytes)
    for (index, value) in rNested.enumerated() { lines.message("r_nested[\(index)]", value) }
    lines.repeated("u_int32", uInt32)
    lines.repeated("u_double", uDouble)
    for (key, value) in mStringInt64 {
      lines.scalar("m_string_int64[\(DumpLines.text(key))]", value)
    }
    for (key, value) in mInt32String { lines.scalar("m_int32_string[\(key)]", value) }
    for (key, value) in mBoolNested { lines.message("m_bool_nested[\(key)]", value) }
    for (key, value) in mSInt64Enum { lines.scalar("m_sint64_enum[\(key)]", value.protoValue) }
    for (key, value) in mFixed32Bytes { lines.scalar("m_fixed32_bytes[\(key)]", value) }
    for (key, value) in mUInt64Double { lines.scalar("m_uint64_double[\(key)]", value) }
    switch choice {
    case .string(let value): lines.scalar("c_string", value)
    case .nested(let value): lines.message("c_nested", value)
    case .int64(let value): lines.scalar("c_int64", value)
    case nil: break
    }
    return lines.lines.sorted()
  }
}

/// Collects `name=value` lines in the vector file's format.
public struct DumpLines {
  public var lines: [String] = []

  public static func text(_ value: some Any) -> String {
    switch value {
    case let value as Float: hex(UInt64(value.bitPattern), width: 8)
    case let value as Double: hex(value.bitPattern, width: 16)
    case let value as String: value.utf8.map { hex(UInt64($0), width: 2) }.joined()
    case let value as [UInt8]: value.map { hex(UInt64($0), width: 2) }.joined()
    default: "\(value)"
    }
  }

  public static func hex(_ value: UInt64, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  public mutating func scalar(_ name: String, _ value: some Any, isDefault: Bool = false) {
    if !isDefault { lines.append("\(name)=\(Self.text(value))") }
  }

  public mutating func repeated(_ name: String, _ values: [some Any]) {
    for (index, value) in values.enumerated() { scalar("\(name)[\(index)]", value) }
  }

  public mutating func message(_ name: String, _ value: Nested) {
    lines.append("\(name)={}")
    scalar("\(name).a", value.a, isDefault: value.a == 0)
    scalar("\(name).b", value.b, isDefault: value.b.isEmpty)
    if let child = value.child?.value { message("\(name).child", child) }
  }
}
