import ProtoWire
import ProtoWireTestSupport
import Testing

@Suite("Wire-format primitives")
struct WireFormatTests {
  private func encode(_ body: (inout ProtoWriter) -> Void) -> [UInt8] {
    var writer = ProtoWriter(capacity: 1)
    body(&writer)
    return writer.finish()
  }

  @Test(
    "varints take the documented number of bytes",
    arguments: [
      (UInt64(0), [0x00]),
      (1, [0x01]),
      (127, [0x7F]),
      (128, [0x80, 0x01]),
      (150, [0x96, 0x01]),
      (16_383, [0xFF, 0x7F]),
      (16_384, [0x80, 0x80, 0x01]),
      (UInt64(UInt32.max), [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
      (UInt64.max, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),
    ] as [(UInt64, [UInt8])]
  )
  func varints(value: UInt64, bytes: [UInt8]) {
    #expect(encode { $0.writeRawVarint(value) } == bytes)
    var counter = ProtoSizeCounter()
    counter.writeRawVarint(value)
    #expect(counter.count == bytes.count)
  }

  @Test("a negative int32 is written as a 10-byte varint")
  func negativeInt32() {
    let bytes = encode { $0.write(.int32, 1, -1) }
    #expect(bytes == [0x08] + [UInt8](repeating: 0xFF, count: 9) + [0x01])
  }

  @Test(
    "zigzag maps small magnitudes to small numbers",
    arguments: [
      (0, [0x00]), (-1, [0x01]), (1, [0x02]), (-2, [0x03]),
      (Int64(Int32.max), [0xFE, 0xFF, 0xFF, 0xFF, 0x0F]),
      (Int64(Int32.min), [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
    ] as [(Int64, [UInt8])]
  )
  func zigzag(value: Int64, bytes: [UInt8]) throws {
    #expect(encode { ProtoSInt64.writeValue(value, to: &$0) } == bytes)
    if let small = Int32(exactly: value) {
      #expect(encode { ProtoSInt32.writeValue(small, to: &$0) } == bytes)
    }
  }

  @Test("fixed-width values are little-endian")
  func fixedWidth() {
    #expect(encode { $0.writeRawFixed32(0x0403_0201) } == [1, 2, 3, 4])
    #expect(encode { $0.writeRawFixed64(0x0807_0605_0403_0201) } == [1, 2, 3, 4, 5, 6, 7, 8])
    #expect(encode { $0.write(.float, 1, 1.0) } == [0x0D, 0x00, 0x00, 0x80, 0x3F])
  }

  @Test("defaults are skipped for implicit presence and written for explicit presence")
  func presence() {
    #expect(encode { $0.write(.int32, 1, 0) }.isEmpty)
    #expect(encode { $0.write(.string, 2, "") }.isEmpty)
    #expect(encode { $0.write(.int32, 1, Int32?.some(0)) } == [0x08, 0x00])
    let none: Int32? = nil
    let noBytes = encode { $0.write(.int32, 1, none) }
    #expect(noBytes.isEmpty)
    #expect(encode { $0.writePresent(.string, 2, "") } == [0x12, 0x00])
    #expect(encode { $0.write(.double, 1, -0.0) }.count == 9)
  }

  @Test(
    "a nested body's length is patched in, whatever its size",
    arguments: [0, 1, 127, 128, 300, 16_383, 16_384, 70_000]
  )
  func backPatchedLengths(bodySize: Int) throws {
    let nested = Nested(b: String(repeating: "n", count: bodySize))
    var message = AllTypes()
    message.fNested = nested
    message.fInt32 = 7
    message.fString = "etter"
    let bytes = message.serializedBytes()
    var writer = ProtoWriter(capacity: 1)
    message.encode(to: &writer)
    #expect(writer.finish() == bytes)
    #expect(try AllTypes(serializedBytes: bytes) == message)
  }

  @Test("packed repeated fields use one record and decode the same")
  func packed() throws {
    var message = AllTypes()
    message.rInt32 = [1, 2, 3]
    message.rFixed64 = [1]
    #expect(
      message.serializedBytes() == [
        0xFA, 0x01, 0x03, 1, 2, 3, 0xC2, 0x02, 0x08, 1, 0, 0, 0, 0, 0, 0, 0,
      ])
  }

  @Test("maps are written in key order so equal maps give equal bytes")
  func deterministicMaps() {
    var a = AllTypes()
    var b = AllTypes()
    for key in 0..<50 { a.mInt32String[Int32(key)] = "v\(key)" }
    for key in (0..<50).reversed() { b.mInt32String[Int32(key)] = "v\(key)" }
    #expect(a.serializedBytes() == b.serializedBytes())
    a.mStringInt64 = ["b": 1, "a": 2, "Å": 3, "Z": 4]
    let keys = try? AllTypes(serializedBytes: a.serializedBytes())
    #expect(keys?.mStringInt64.count == 4)
  }

  @Test("merging encoded messages follows protobuf merge semantics")
  func merge() throws {
    var first = AllTypes()
    first.fInt32 = 1
    first.rInt32 = [1]
    first.fNested = Nested(a: 1)
    var second = AllTypes()
    second.fString = "to"
    second.rInt32 = [2]
    second.fNested = Nested(b: "b")
    var merged = try AllTypes(serializedBytes: first.serializedBytes())
    try merged.merge(serializedBytes: second.serializedBytes())
    #expect(merged.fInt32 == 1)
    #expect(merged.fString == "to")
    #expect(merged.rInt32 == [1, 2])
    #expect(merged.fNested == Nested(a: 1, b: "b"))
  }

  @Test("decoding from a slice and from a non-contiguous collection")
  func collections() throws {
    var message = AllTypes()
    message.fString = "skive"
    let bytes = [0xAA] + message.serializedBytes()
    #expect(try AllTypes(serializedBytes: bytes[1...]) == message)
    #expect(try AllTypes(serializedBytes: bytes.dropFirst().reversed().reversed()) == message)
  }

  @Test("the empty message encodes to nothing and decodes from nothing")
  func empty() throws {
    #expect(AllTypes().serializedBytes().isEmpty)
    #expect(try AllTypes(serializedBytes: [UInt8]()) == AllTypes())
  }
}
