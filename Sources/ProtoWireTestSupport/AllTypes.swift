public import ProtoWire

/// `protowire.golden.AllTypes`, conformed by hand as every API message is.
public struct AllTypes: ProtoMessage, Equatable {
  public static let protoMessageName = "protowire.golden.AllTypes"

  public enum Choice: Equatable, Sendable {
    case string(String)
    case nested(Nested)
    case int64(Int64)
  }

  public var fInt32: Int32 = 0
  public var fInt64: Int64 = 0
  public var fUInt32: UInt32 = 0
  public var fUInt64: UInt64 = 0
  public var fSInt32: Int32 = 0
  public var fSInt64: Int64 = 0
  public var fBool = false
  public var fEnum = Colour.unspecified
  public var fFixed32: UInt32 = 0
  public var fFixed64: UInt64 = 0
  public var fSFixed32: Int32 = 0
  public var fSFixed64: Int64 = 0
  public var fFloat: Float = 0
  public var fDouble: Double = 0
  public var fString = ""
  public var fBytes: [UInt8] = []
  public var fNested: Nested?

  public var oInt32: Int32?
  public var oString: String?
  public var oEnum: Colour?
  public var oBool: Bool?
  public var oDouble: Double?

  public var rInt32: [Int32] = []
  public var rInt64: [Int64] = []
  public var rUInt32: [UInt32] = []
  public var rUInt64: [UInt64] = []
  public var rSInt32: [Int32] = []
  public var rSInt64: [Int64] = []
  public var rBool: [Bool] = []
  public var rEnum: [Colour] = []
  public var rFixed32: [UInt32] = []
  public var rFixed64: [UInt64] = []
  public var rSFixed32: [Int32] = []
  public var rSFixed64: [Int64] = []
  public var rFloat: [Float] = []
  public var rDouble: [Double] = []
  public var rString: [String] = []
  public var rBytes: [[UInt8]] = []
  public var rNested: [Nested] = []
  public var uInt32: [Int32] = []
  public var uDouble: [Double] = []

  public var mStringInt64: [String: Int64] = [:]
  public var mInt32String: [Int32: String] = [:]
  public var mBoolNested: [Bool: Nested] = [:]
  public var mSInt64Enum: [Int64: Colour] = [:]
  public var mFixed32Bytes: [UInt32: [UInt8]] = [:]
  public var mUInt64Double: [UInt64: Double] = [:]

  public var choice: Choice?
  public var unknownFields = UnknownFields()

  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    fieldNames[number]
  }

  public static let fieldNames: [Int: String] = [
    1: "f_int32", 2: "f_int64", 3: "f_uint32", 4: "f_uint64", 5: "f_sint32", 6: "f_sint64",
    7: "f_bool", 8: "f_enum", 9: "f_fixed32", 10: "f_fixed64", 11: "f_sfixed32",
    12: "f_sfixed64", 13: "f_float", 14: "f_double", 15: "f_string", 16: "f_bytes",
    17: "f_nested", 18: "o_int32", 19: "o_string", 20: "o_enum", 21: "o_bool", 22: "o_double",
    31: "r_int32", 32: "r_int64", 33: "r_uint32", 34: "r_uint64", 35: "r_sint32",
    36: "r_sint64", 37: "r_bool", 38: "r_enum", 39: "r_fixed32", 40: "r_fixed64",
    41: "r_sfixed32", 42: "r_sfixed64", 43: "r_float", 44: "r_double", 45: "r_string",
    46: "r_bytes", 47: "r_nested", 48: "u_int32", 49: "u_double", 50: "m_string_int64",
    51: "m_int32_string", 52: "m_bool_nested", 53: "m_sint64_enum", 54: "m_fixed32_bytes",
    55: "m_uint64_double", 60: "c_string", 61: "c_nested", 62: "c_int64",
  ]

  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: fInt32 = try reader.read(.int32, tag)
      case 2: fInt64 = try reader.read(.int64, tag)
      case 3: fUInt32 = try reader.read(.uint32, tag)
      case 4: fUInt64 = try reader.read(.uint64, tag)
      case 5: fSInt32 = try reader.read(.sint32, tag)
      case 6: fSInt64 = try reader.read(.sint64, tag)
      case 7: fBool = try reader.read(.bool, tag)
      case 8: fEnum = try reader.read(.enum(Colour.self), tag)
      case 9: fFixed32 = try reader.read(.fixed32, tag)
      case 10: fFixed64 = try reader.read(.fixed64, tag)
      case 11: fSFixed32 = try reader.read(.sfixed32, tag)
      case 12: fSFixed64 = try reader.read(.sfixed64, tag)
      case 13: fFloat = try reader.read(.float, tag)
      case 14: fDouble = try reader.read(.double, tag)
      case 15: fString = try reader.read(.string, tag)
      case 16: fBytes = try reader.read(.bytes, tag)
      case 17: try reader.mergeMessage(tag, into: &fNested)
      case 18: oInt32 = try reader.read(.int32, tag)
      case 19: oString = try reader.read(.string, tag)
      case 20: oEnum = try reader.read(.enum(Colour.self), tag)
      case 21: oBool = try reader.read(.bool, tag)
      case 22: oDouble = try reader.read(.double, tag)
      case 31: try reader.readRepeated(.int32, tag, into: &rInt32)
      case 32: try reader.readRepeated(.int64, tag, into: &rInt64)
      case 33: try reader.readRepeated(.uint32, tag, into: &rUInt32)
      case 34: try reader.readRepeated(.uint64, tag, into: &rUInt64)
      case 35: try reader.readRepeated(.sint32, tag, into: &rSInt32)
      case 36: try reader.readRepeated(.sint64, tag, into: &rSInt64)
      case 37: try reader.readRepeated(.bool, tag, into: &rBool)
      case 38: try reader.readRepeated(.enum(Colour.self), tag, into: &rEnum)
      case 39: try reader.readRepeated(.fixed32, tag, into: &rFixed32)
      case 40: try reader.readRepeated(.fixed64, tag, into: &rFixed64)
      case 41: try reader.readRepeated(.sfixed32, tag, into: &rSFixed32)
      case 42: try reader.readRepeated(.sfixed64, tag, into: &rSFixed64)
      case 43: try reader.readRepeated(.float, tag, into: &rFloat)
      case 44: try reader.readRepeated(.double, tag, into: &rDouble)
      case 45: try reader.readRepeated(.string, tag, into: &rString)
      case 46: try reader.readRepeated(.bytes, tag, into: &rBytes)
      case 47: try reader.readRepeated(.message(Nested.self), tag, into: &rNested)
      case 48: try reader.readRepeated(.int32, tag, into: &uInt32)
      case 49: try reader.readRepeated(.double, tag, into: &uDouble)
      case 50: try reader.readMapEntry(tag, key: .string, value: .int64, into: &mStringInt64)
      case 51: try reader.readMapEntry(tag, key: .int32, value: .string, into: &mInt32String)
      case 52:
        try reader.readMapEntry(tag, key: .bool, value: .message(Nested.self), into: &mBoolNested)
      case 53:
        try reader.readMapEntry(tag, key: .sint64, value: .enum(Colour.self), into: &mSInt64Enum)
      case 54: try reader.readMapEntry(tag, key: .fixed32, value: .bytes, into: &mFixed32Bytes)
      case 55: try reader.readMapEntry(tag, key: .uint64, value: .double, into: &mUInt64Double)
      case 60: choice = .string(try reader.read(.string, tag))
      case 61:
        var value = Nested()
        if case .nested(let existing) = choice { value = existing }
        try reader.mergeMessage(tag, into: &value)
        choice = .nested(value)
      case 62: choice = .int64(try reader.read(.int64, tag))
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, fInt32)
    sink.write(.int64, 2, fInt64)
    sink.write(.uint32, 3, fUInt32)
    sink.write(.uint64, 4, fUInt64)
    sink.write(.sint32, 5, fSInt32)
    sink.write(.sint64, 6, fSInt64)
    sink.write(.bool, 7, fBool)
    sink.write(.enum(Colour.self), 8, fEnum)
    sink.write(.fixed32, 9, fFixed32)
    sink.write(.fixed64, 10, fFixed64)
    sink.write(.sfixed32, 11, fSFixed32)
    sink.write(.sfixed64, 12, fSFixed64)
    sink.write(.float, 13, fFloat)
    sink.write(.double, 14, fDouble)
    sink.write(.string, 15, fString)
    sink.write(.bytes, 16, fBytes)
    sink.writeMessage(17, fNested)
    sink.write(.int32, 18, oInt32)
    sink.write(.string, 19, oString)
    sink.write(.enum(Colour.self), 20, oEnum)
    sink.write(.bool, 21, oBool)
    sink.write(.double, 22, oDouble)
    sink.writeRepeated(.int32, 31, rInt32)
    sink.writeRepeated(.int64, 32, rInt64)
    sink.writeRepeated(.uint32, 33, rUInt32)
    sink.writeRepeated(.uint64, 34, rUInt64)
    sink.writeRepeated(.sint32, 35, rSInt32)
    sink.writeRepeated(.sint64, 36, rSInt64)
    sink.writeRepeated(.bool, 37, rBool)
    sink.writeRepeated(.enum(Colour.self), 38, rEnum)
    sink.writeRepeated(.fixed32, 39, rFixed32)
    sink.writeRepeated(.fixed64, 40, rFixed64)
    sink.writeRepeated(.sfixed32, 41, rSFixed32)
    sink.writeRepeated(.sfixed64, 42, rSFixed64)
    sink.writeRepeated(.float, 43, rFloat)
    sink.writeRepeated(.double, 44, rDouble)
    sink.writeRepeated(.string, 45, rString)
    sink.writeRepeated(.bytes, 46, rBytes)
    sink.writeRepeated(.message(Nested.self), 47, rNested)
    sink.writeUnpacked(.int32, 48, uInt32)
    sink.writeUnpacked(.double, 49, uDouble)
    sink.writeMap(50, mStringInt64, key: .string, value: .int64)
    sink.writeMap(51, mInt32String, key: .int32, value: .string)
    sink.writeMap(52, mBoolNested, key: .bool, value: .message(Nested.self))
    sink.writeMap(53, mSInt64Enum, key: .sint64, value: .enum(Colour.self))
    sink.writeMap(54, mFixed32Bytes, key: .fixed32, value: .bytes)
    sink.writeMap(55, mUInt64Double, key: .uint64, value: .double)
    switch choice {
    case .string(let value): sink.writePresent(.string, 60, value)
    case .nested(let value): sink.writeMessage(61, value)
    case .int64(let value): sink.writePresent(.int64, 62, value)
    case nil: break
    }
    sink.writeUnknownFields(unknownFields)
  }
}
