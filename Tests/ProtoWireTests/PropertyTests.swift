import PropertyBased
import ProtoWire
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

/// Damages an encoding the way transport bugs and attackers do.
enum Mutator {
  static func mutate(_ input: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
    var bytes = input
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let index = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
      switch Int.random(in: 0..<7, using: &rng) {
      case 0 where !bytes.isEmpty: bytes[index] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
      case 1 where !bytes.isEmpty: bytes[index] = UInt8.random(in: 0...255, using: &rng)
      case 2: bytes.insert(UInt8.random(in: 0...255, using: &rng), at: index)
      case 3 where !bytes.isEmpty: bytes.remove(at: index)
      case 4: bytes = Array(bytes.prefix(index))
      case 5 where !bytes.isEmpty:
        let end = min(bytes.count, index + Int.random(in: 1...16, using: &rng))
        bytes.insert(contentsOf: bytes[index..<end], at: index)
      case 6 where !bytes.isEmpty: bytes[index] = [0x00, 0x7F, 0x80, 0xFF].randomElement(using: &rng)!
      default: bytes.append(0x80)
      }
    }
    return bytes
  }
}
