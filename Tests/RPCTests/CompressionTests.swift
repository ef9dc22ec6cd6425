import RPC
import Testing
import ZlibCompression

@Suite("gzip and deflate")
struct CompressionTests {
  @Test("round trip", arguments: [ZlibCompressor.gzip, ZlibCompressor.deflate])
  func roundTrip(compressor: ZlibCompressor) throws {
    for size in [0, 1, 1000, 300_000] {
      let input = (0..<size).map { UInt8(($0 * 31) % 7) }
      let compressed = try compressor.compress(input)
      #expect(try compressor.decompress(compressed, limit: size) == input)
    }
  }

  @Test("gzip output has the gzip magic, deflate the zlib header")
  func formats() throws {
    #expect(try ZlibCompressor.gzip.compress([1, 2, 3]).prefix(2) == [0x1F, 0x8B])
    #expect(try ZlibCompressor.deflate.compress([1, 2, 3]).first == 0x78)
  }

  @Test("corrupt and truncated input fail with a reason")
  func corrupt() throws {
    #expect(throws: CompressionError.self) {
      try ZlibCompressor.gzip.decompress([1, 2, 3, 4], limit: 100)
    }
    let good = try ZlibCompressor.gzip.compress([UInt8](repeating: 5, count: 1000))
    #expect(throws: CompressionError.self) {
      try ZlibCompressor.gzip.decompress(Array(good.dropLast(4)), limit: 10_000)
    }
  }

  @Test("the registry negotiates and advertises encodings")
  func registry() {
    let registry = CompressionRegistry([ZlibCompressor.gzip, ZlibCompressor.deflate])
    #expect(registry.acceptEncodingHeader == "identity,gzip,deflate")
    #expect(registry.preferred(among: ["deflate", "gzip"])?.name == "gzip")
    #expect(registry.preferred(among: ["snappy"]) == nil)
    #expect(registry.supports("identity") && !registry.supports("br"))
  }
}
