import ProtoWire
import ProtoWireTestSupport
import Testing

@Suite("Golden vectors from Python's protobuf encoder")
struct GoldenVectorTests {
  @Test("the committed vector file holds every case")
  func vectorFileIsComplete() {
    #expect(GoldenVector.all.count >= 40)
    #expect(Set(GoldenVector.all.map(\.name)).count == GoldenVector.all.count)
  }

  @Test("decodes to the values Python parsed", arguments: GoldenVector.all)
  func decodesToPythonValues(vector: GoldenVector) throws {
    let message = try AllTypes(serializedBytes: vector.input)
    #expect(message.dumpLines == vector.dump)
  }

  @Test(
    "re-encodes byte for byte as Python does, unknown fields included", arguments: GoldenVector.all)
  func reencodesCanonically(vector: GoldenVector) throws {
    let message = try AllTypes(serializedBytes: vector.input)
    #expect(message.serializedBytes() == vector.canonical)
    #expect(message.serializedSize == vector.canonical.count)
  }

  @Test("the canonical bytes are a fixed point", arguments: GoldenVector.all)
  func canonicalIsFixedPoint(vector: GoldenVector) throws {
    let message = try AllTypes(serializedBytes: vector.canonical)
    #expect(message.serializedBytes() == vector.canonical)
    #expect(try AllTypes(serializedBytes: message.serializedBytes()) == message || hasNaN(message))
  }

  private func hasNaN(_ message: AllTypes) -> Bool {
    message.rFloat.contains(where: \.isNaN) || message.rDouble.contains(where: \.isNaN)
  }
}
