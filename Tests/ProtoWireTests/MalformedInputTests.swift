import ProtoWire
import ProtoWireTestSupport
import Testing

/// One test per class of malformed input the decoder must reject.
@Suite("Malformed input is rejected with a typed error")
struct MalformedInputTests {
  private func decodeError(
    _ hex: String,
    limits: ProtoDecodingLimits = .default
  ) -> ProtoWireError? {
    do throws(ProtoWireError) {
      _ = try AllTypes(serializedBytes: GoldenVector.bytes(fromHex: hex), limits: limits)
      return nil
    } catch {
      return error
    }
  }

  @Test(
    "truncated input",
    arguments: [
      "08",  // tag, no value
      "0880",  // varint cut short
      "6d0102",  // fixed32 with 2 of 4 bytes
      "710102030405",  // fixed64 with 5 of 8 bytes
      "88",  // tag varint cut short
    ]
  )
  func truncated(hex: String) throws {
    let error = try #require(decodeError(hex))
    #expect(error.code == .truncated)
  }

  @Test("a varint longer than 10 bytes")
  func varintTooLong() throws {
    let error = try #require(decodeError("08ffffffffffffffffffff01"))
    #expect(error.code == .malformedVarint)
    #expect(error.detail.contains("longer than 10 bytes"))
  }

  @Test("a 10-byte varint whose last byte overflows 64 bits")
  func varintOverflow() throws {
    let error = try #require(decodeError("08ffffffffffffffffff02"))
    #expect(error.code == .malformedVarint)
  }

  @Test("field number 0")
  func fieldNumberZero() throws {
    let error = try #require(decodeError("0001"))
    #expect(error.code == .invalidFieldNumber)
    #expect(error.detail.contains("field number 0"))
  }

  @Test("field number above 2^29 - 1")
  func fieldNumberTooLarge() throws {
    // (2^29) << 3 | 0 as a varint.
    let error = try #require(decodeError("808080801000"))
    #expect(error.code == .invalidFieldNumber)
  }

  @Test("the largest field number is accepted")
  func largestFieldNumber() throws {
    // (2^29 - 1) << 3 | 0, value 1: an unknown field, kept.
    let bytes = GoldenVector.bytes(fromHex: "f8ffffff0f01")
    let message = try AllTypes(serializedBytes: bytes)
    #expect(message.unknownFields.bytes == bytes)
  }

  @Test("wire types 6 and 7", arguments: ["0e", "0f", "7e00"])
  func invalidWireType(hex: String) throws {
    let error = try #require(decodeError(hex))
    #expect(error.code == .invalidWireType)
  }

  @Test("a length past the end of the message")
  func lengthPastEnd() throws {
    let error = try #require(decodeError("7a0561"))
    #expect(error.code == .lengthOutOfBounds)
    #expect(error.detail.contains("exceeds the 1 bytes left"))
  }

  @Test("a 6-byte input declaring a 2 GiB string fails at once, before allocating")
  func hugeDeclaredLength() throws {
    let error = try #require(decodeError("7a8080808008"))
    #expect(error.code == .lengthOutOfBounds)
    #expect(error.detail.contains("2147483648"))
  }

  @Test("a length inside a nested message cannot reach past the nested message")
  func nestedLengthPastParent() throws {
    // f_nested of 3 bytes whose string field claims 5 bytes; the outer input has more.
    let error = try #require(decodeError("8a0103120561626364656667"))
    #expect(error.code == .lengthOutOfBounds)
    #expect(error.fieldPathDescription == "protowire.golden.AllTypes.f_nested.b")
  }

  @Test("nesting deeper than the limit")
  func nestingTooDeep() throws {
    var deep = Nested(a: 1)
    for level in 0..<120 { deep = Nested(a: Int32(level), child: deep) }
    var message = AllTypes()
    message.fNested = deep
    let bytes = message.serializedBytes()
    #expect(throws: ProtoWireError(code: .nestingTooDeep, detail: "")) {
      try AllTypes(serializedBytes: bytes)
    }
    #expect(throws: Never.self) {
      try AllTypes(serializedBytes: bytes, limits: ProtoDecodingLimits(maxDepth: 200))
    }
  }

  @Test("the depth limit is exact: depth N passes, N + 1 fails")
  func depthLimitIsExact() throws {
    func encoded(depth: Int) -> [UInt8] {
      var node = Nested(a: 1)
      for _ in 1..<depth { node = Nested(child: node) }
      var message = AllTypes()
      message.fNested = node
      return message.serializedBytes()
    }
    let limits = ProtoDecodingLimits(maxDepth: 10)
    #expect(throws: Never.self) {
      try AllTypes(serializedBytes: encoded(depth: 10), limits: limits)
    }
    #expect(throws: ProtoWireError(code: .nestingTooDeep, detail: "")) {
      try AllTypes(serializedBytes: encoded(depth: 11), limits: limits)
    }
  }

  @Test("groups in unknown fields count towards the depth limit")
  func deepUnknownGroups() throws {
    let open = String(repeating: "d305", count: 150)
    let close = String(repeating: "d405", count: 150)
    let error = try #require(decodeError(open + close))
    #expect(error.code == .nestingTooDeep)
  }

  @Test("a message over the size limit")
  func messageTooLarge() throws {
    let error = try #require(
      decodeError("7a0a" + String(repeating: "61", count: 10), limits: .init(maxMessageSize: 11))
    )
    #expect(error.code == .messageTooLarge)
    #expect(error.detail.contains("exceeds the limit of 11 bytes"))
  }

  @Test(
    "invalid UTF-8 in a string field",
    arguments: [
      "7a02c328",  // bad continuation byte
      "7a03eda080",  // UTF-16 surrogate
      "7a02c080",  // overlong NUL
      "7a01ff",  // never valid
      "7a03e282",  // cut short
      "e20302c328",  // in the oneof string
      "e20304c328",  // length past the end
    ]
  )
  func invalidUTF8(hex: String) throws {
    let error = try #require(decodeError(hex))
    #expect(error.code == .invalidUTF8 || error.code == .lengthOutOfBounds)
  }

  @Test("invalid UTF-8 names the field path down to the string")
  func invalidUTF8FieldPath() throws {
    // r_nested[0].child.b = C3 28
    let error = try #require(decodeError("fa0206 1a04 1202c328"))
    #expect(error.code == .invalidUTF8)
    #expect(error.fieldPathDescription == "protowire.golden.AllTypes.r_nested.child.b")
    #expect(error.byteOffset == 7)  // where the string's bytes start
  }

  @Test(
    "a wire type that does not match the field's type",
    arguments: [
      ("0a00", "f_int32 as LEN"),
      ("7801", "f_string as VARINT"),
      ("6801", "f_float as VARINT"),
      ("8901" + "0000000000000000", "f_nested as I64"),
      ("fd0201000000", "r_string as I32"),
      ("900301", "map as VARINT"),
    ]
  )
  func wireTypeMismatch(hex: String, what: String) throws {
    let error = try #require(decodeError(hex), "\(what)")
    #expect(error.code == .wireTypeMismatch)
    #expect(error.detail.contains("arrived as"))
  }

  @Test("a packed fixed-width field whose length is not a whole number of values")
  func packedFixedBadLength() throws {
    let error = try #require(decodeError("ba020501020304ff"))
    #expect(error.code == .truncated)
    #expect(error.fieldPathDescription == "protowire.golden.AllTypes.r_fixed32")
  }

  @Test(
    "an end-group tag with no group, and a group without an end",
    arguments: ["0c", "d3050801", "d305d40d"])
  func unmatchedGroups(hex: String) throws {
    let error = try #require(decodeError(hex))
    #expect(error.code == .unmatchedGroup)
  }

  @Test("errors in map entries name the map and the entry part")
  func mapEntryPath() throws {
    // m_int32_string entry with value C3 28.
    let error = try #require(decodeError("9a0306 0801 1202c328"))
    #expect(error.code == .invalidUTF8)
    #expect(error.fieldPathDescription == "protowire.golden.AllTypes.m_int32_string.value")
  }
}
