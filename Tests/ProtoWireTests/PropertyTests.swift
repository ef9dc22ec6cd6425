import PropertyBased
import ProtoWire
import ProtoWireTestSupport
import Testing

@Suite("Properties of the codec over random messages and random damage")
struct PropertyTests {
  @Test("decode(encode(m)) == m, and the computed size is the encoded size")
  func randomMessagesRoundTrip() async {
    await propertyCheck(count: 400, input: Gen.uint64()) { seed in
      let message = AllTypes.random(seed: seed)
      let bytes = message.serializedBytes()
      #expect(bytes.count == message.serializedSize)
      let decoded = try AllTypes(serializedBytes: bytes)
      #expect(decoded == message)
    }
  }

  @Test("a growing ProtoWriter writes the same bytes as serializedBytes()")
  func growingWriterMatches() async {
    await propertyCheck(count: 100, input: Gen.uint64()) { seed in
      let message = AllTypes.random(seed: seed)
      var writer = ProtoWriter(capacity: 1)
      message.encode(to: &writer)
      #expect(writer.finish() == message.serializedBytes())
    }
  }

  @Test("damaged encodings decode or throw ProtoWireError, and what decodes re-encodes stably")
  func randomMutationsNeverCrash() async {
    await propertyCheck(count: 300, input: Gen.uint64()) { seed in
      var rng = SplitMix64(seed: seed)
      let original = AllTypes.random(seed: seed).serializedBytes()
      for _ in 0..<20 {
        let damaged = Mutator.mutate(original, using: &rng)
        let limits = ProtoDecodingLimits(maxDepth: 8, maxMessageSize: 1 << 20)
        guard let decoded = try? AllTypes(serializedBytes: damaged, limits: limits) else {
          continue
        }
        let once = decoded.serializedBytes()
        let twice = try AllTypes(serializedBytes: once).serializedBytes()
        #expect(once == twice)
      }
    }
  }

  @Test("random bytes decode or throw, never crash")
  func randomBytesNeverCrash() async {
    await propertyCheck(count: 2000, input: Gen.uint8().array(of: 0...64)) { bytes in
      do throws(ProtoWireError) {
        _ = try AllTypes(serializedBytes: bytes)
      } catch {
        #expect(!error.detail.isEmpty)
      }
    }
  }
}
