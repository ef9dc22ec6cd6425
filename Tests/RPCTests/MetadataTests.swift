import RPC
import Testing

@Suite("Metadata and its header form")
struct MetadataTests {
  @Test("keys are lower-cased and repeated keys keep their order")
  func keys() {
    var metadata = Metadata()
    metadata.add("X-Kommune", "0301")
    metadata.add("x-kommune", "4601")
    #expect(metadata[stringValues: "x-KOMMUNE"] == ["0301", "4601"])
    #expect(metadata.count == 2)
    metadata.removeAll("x-kommune")
    #expect(metadata.isEmpty)
  }

  @Test("-bin values decode padded, unpadded and comma-separated")
  func binaryHeaders() throws {
    var metadata = Metadata()
    try metadata.addHeader(name: "trace-bin", value: "AQI=")
    try metadata.addHeader(name: "trace-bin", value: "AQI")
    try metadata.addHeader(name: "trace-bin", value: "q6ur, AA==")
    #expect(metadata[binaryValues: "trace-bin"] == [[1, 2], [1, 2], [0xAB, 0xAB, 0xAB], [0]])
  }

  @Test("a -bin value that is not base64 is INTERNAL and names the key")
  func invalidBase64() {
    var metadata = Metadata()
    #expect(throws: RPCError.self) { try metadata.addHeader(name: "trace-bin", value: "**") }
    do {
      try metadata.addHeader(name: "trace-bin", value: "a")
    } catch {
      #expect(error.code == .internal)
      #expect(error.message.contains("trace-bin"))
    }
  }

  @Test("ASCII values are trimmed of surrounding whitespace")
  func trimming() throws {
    var metadata = Metadata()
    try metadata.addHeader(name: "x-a", value: "  verdi \t")
    #expect(metadata[stringValues: "x-a"] == ["verdi"])
  }

  @Test("header fields: binary unpadded, reserved and invalid pairs left out")
  func headerFields() {
    var metadata = Metadata()
    metadata.add("x-ok", "fine")
    metadata.add("data-bin", binary: [1, 2])
    metadata.add("grpc-status", "0")
    metadata.add("content-type", "text/plain")
    metadata.add("x-bad value", "key has a space")
    metadata.add("x-control", "bell\u{07}")
    metadata.add("x-text-bin", "text under a binary key")
    let fields = metadata.headerFields.map { "\($0.name)=\($0.value)" }
    #expect(fields == ["x-ok=fine", "data-bin=AQI"])
  }
}
