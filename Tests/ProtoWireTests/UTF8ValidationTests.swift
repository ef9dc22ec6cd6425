import PropertyBased
import ProtoWire
import ProtoWireTestSupport
import Testing

@Suite("UTF-8 validation of string fields")
struct UTF8ValidationTests {
  /// Decodes `bytes` as the string field f_string; nil when the decoder rejects it.
  private func decodedString(_ bytes: [UInt8]) -> String? {
    var message: [UInt8] = [0x7A]
    var length = bytes.count
    while length >= 0x80 {
      message.append(UInt8(length & 0x7F) | 0x80)
      length >>= 7
    }
    message.append(UInt8(length))
    message += bytes
    return try? AllTypes(serializedBytes: message).fString
  }

  @Test("agrees with the standard library on random bytes")
  func randomBytes() async {
    await propertyCheck(count: 3000, input: Gen.uint8().array(of: 1...24)) { bytes in
      let expected = String(validating: bytes, as: UTF8.self)
      #expect(decodedString(bytes) == expected)
    }
  }

  @Test("agrees with the standard library on mostly-valid text with damage")
  func damagedText() async {
    await propertyCheck(count: 2000, input: Gen.uint64()) { seed in
      var rng = SplitMix64(seed: seed)
      var random = RandomValues(rng: rng)
      var bytes = Array(random.string().utf8)
      rng = random.rng
      if !bytes.isEmpty && Bool.random(using: &rng) {
        bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(
          in: 0x80...0xFF, using: &rng)
      }
      #expect(decodedString(bytes) == String(validating: bytes, as: UTF8.self))
    }
  }

  @Test(
    "boundary sequences",
    arguments: [
      ([0x7F], true), ([0xC2, 0x80], true), ([0xDF, 0xBF], true), ([0xE0, 0xA0, 0x80], true),
      ([0xED, 0x9F, 0xBF], true), ([0xEE, 0x80, 0x80], true), ([0xF0, 0x90, 0x80, 0x80], true),
      ([0xF4, 0x8F, 0xBF, 0xBF], true), ([0xC0, 0x80], false), ([0xC1, 0xBF], false),
      ([0xE0, 0x9F, 0xBF], false), ([0xED, 0xA0, 0x80], false), ([0xF0, 0x8F, 0xBF, 0xBF], false),
      ([0xF4, 0x90, 0x80, 0x80], false), ([0xF5, 0x80, 0x80, 0x80], false), ([0x80], false),
      ([0xE2, 0x82], false), ([0xE2, 0x28, 0xA1], false),
    ] as [([UInt8], Bool)]
  )
  func boundaries(bytes: [UInt8], valid: Bool) {
    #expect((decodedString(bytes) != nil) == valid)
    #expect((decodedString(Array(repeating: 0x61, count: 13) + bytes) != nil) == valid)
  }
}
