import Foundation
import GRPCFuzzing
import HTTP2
import ProtoWireTestSupport
import Testing

/// The HTTP/2 fuzzers' harness: a server connection with the real gRPC layer, fed from
/// memory. It must really serve (or the fuzzers fuzz nothing), and the committed corpora and
/// a fixed batch of structure-aware scripts replay with no finding.
@Suite("Server connection fed from memory", .serialized)
struct MemoryConnectionTests {
  static let harness = try! ServerConnectionHarness()

  static func healthCheck(stream: UInt32) -> [UInt8] {
    RawFrame(
      type: RawFrame.headers, flags: RawFrame.endHeaders, streamID: stream,
      payload: HPACK.encode(RawHTTP2Client.requestHeaders(path: "/grpc.health.v1.Health/Check"))
    ).bytes
      + RawFrame(
        type: RawFrame.data, flags: RawFrame.endStream, streamID: stream,
        payload: [0, 0, 0, 0, 0]
      ).bytes
  }

  /// The headers of the server's HEADERS frames on `stream`, decoded in order.
  static func headerBlocks(in output: [UInt8], stream: UInt32) -> [[(String, String)]] {
    let decoder = HPACKDecoder()
    return RawFrame.frames(in: output).frames.compactMap { frame in
      guard frame.type == RawFrame.headers else { return nil }
      let block = decoder.decode(frame.payload)
      return frame.streamID == stream ? block : nil
    }
  }

  @Test("answers a health check over a connection fed from memory, in any chunking")
  func servesHealthCheck() throws {
    for chunk in [0, 1, 7, 100] {
      let input =
        RawFrame.clientPreface + RawFrame.settings([]).bytes + Self.healthCheck(stream: 1)
        + Self.healthCheck(stream: 3)
      let outcome = Self.harness.run(input, chunkSizes: [chunk], settle: .seconds(5))
      #expect(outcome.findings == [])
      for stream: UInt32 in [1, 3] {
        let blocks = Self.headerBlocks(in: outcome.output, stream: stream)
        #expect(blocks.first?.first { $0.0 == ":status" }?.1 == "200", "chunk \(chunk)")
        #expect(blocks.last?.first { $0.0 == "grpc-status" }?.1 == "0", "chunk \(chunk)")
      }
    }
  }

  @Test("a client that is not HTTP/2 gets no more than the server's SETTINGS, and is closed")
  func notHTTP2() {
    let outcome = Self.harness.run(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
    #expect(ServerOutputCheck.problems(in: outcome.output) == [])
    let frames = RawFrame.frames(in: outcome.output).frames
    #expect(
      frames.allSatisfy { [RawFrame.settings, RawFrame.windowUpdate].contains($0.type) },
      "\(frames)")
    #expect(outcome.closeReason.contains("HTTP/2 error"), "\(outcome.closeReason)")
  }

  @Test("the oracle sees what a server must never write")
  func oracleCatches() {
    let headers = RawFrame(type: RawFrame.headers, flags: 4, streamID: 2, payload: [])
    let goAway = RawFrame(
      type: RawFrame.goAway, flags: 0, streamID: 0, payload: [0, 0, 0, 1, 0, 0, 0, 0])
    let late = RawFrame(type: RawFrame.headers, flags: 4, streamID: 3, payload: [])
    let settings = RawFrame.settings([]).bytes
    #expect(ServerOutputCheck.problems(in: settings + headers.bytes).count == 1)
    #expect(ServerOutputCheck.problems(in: settings + goAway.bytes + late.bytes).count == 1)
    #expect(ServerOutputCheck.problems(in: headers.bytes).count == 2)
    #expect(ServerOutputCheck.problems(in: settings + [0, 0]).count == 1)
  }

  @Test("the committed HTTP/2 corpora replay with no finding")
  func corpora() throws {
    let root = URL(filePath: #filePath).deletingLastPathComponent().appending(
      path: "../../Fuzz/Corpus")
    var replayed = 0
    for (directory, structured) in [("HTTP2", false), ("HTTP2Frames", true)] {
      let files = try FileManager.default.contentsOfDirectory(
        at: root.appending(path: directory), includingPropertiesForKeys: nil)
      for file in files {
        let bytes = try [UInt8](Data(contentsOf: file))
        let outcome = structured ? Self.runScript(bytes) : Self.runRaw(bytes)
        #expect(outcome.findings == [], "\(file.lastPathComponent)")
        replayed += 1
      }
    }
    #expect(replayed >= 10)
  }

  @Test("300 structure-aware scripts from a fixed seed: no finding")
  func scripts() {
    var generator = SplitMix64(seed: 0x5341_4D42)
    var answered = 0
    var refused = 0
    for index in 0..<300 {
      let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      let outcome = Self.runScript(bytes)
      #expect(outcome.findings == [], "script \(index)")
      let frames = RawFrame.frames(in: outcome.output).frames
      if frames.contains(where: { $0.type == RawFrame.headers }) { answered += 1 }
      if frames.contains(where: { $0.type == RawFrame.goAway && $0.errorCode != 0 }) {
        refused += 1
      }
    }
    // Scripts that reach the handlers and scripts the server must refuse: both kinds, often.
    #expect(answered > 30, "\(answered) of 300 scripts got an answer")
    #expect(refused > 30, "\(refused) of 300 scripts were refused as protocol errors")
  }

  /// What `FuzzHTTP2Frames` does with one input.
  static func runScript(_ bytes: [UInt8]) -> ServerConnectionHarness.Outcome {
    harness.run(FrameScript(bytes))
  }

  /// What `FuzzHTTP2` does with one input.
  static func runRaw(_ bytes: [UInt8]) -> ServerConnectionHarness.Outcome {
    harness.run(RawInput(bytes))
  }
}
