import Foundation
import GRPCServerTransport
import GRPCTestSupport
import ProtoWire
import RPC
import StandardServices
import Testing

/// What a client can make the server hold while a handler is slow (issue 16): one stream
/// window, as the client holds a slow caller's server.
@Suite("Inbound flow control", .serialized)
struct InboundFlowControlTests {
  /// A gRPC message frame: the 5-byte prefix, then a Payload of `size` bytes' body.
  static func message(bodySize: Int) -> [UInt8] {
    var payload = Payload()
    payload.body = [UInt8](repeating: 1, count: bodySize)
    let bytes = payload.serializedBytes()
    let length = UInt32(bytes.count)
    return [
      0, UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF),
      UInt8(length & 0xFF),
    ] + bytes
  }

  @Test(
    "a handler behind on a stream holds its client to the stream window; caught up, the rest comes")
  func slowHandler() async throws {
    try await TestServer.with { server in
      let outcome = try await onThread { () -> (Int, Int, String?, String?) in
        let client = try RawHTTP2Client(port: server.port)
        let window = 1024 * 1024  // the server's SETTINGS_INITIAL_WINDOW_SIZE
        // Its SETTINGS read and acknowledged first: the window applies from then on.
        client.setReadTimeout(milliseconds: 100)
        let settled = Date().addingTimeInterval(0.3)
        while Date() < settled { _ = client.readUntil { Date() > settled } }
        client.sendHeaders(
          stream: 1,
          RawHTTP2Client.requestHeaders(path: "/samarbeid.test.Probe/Sluggish"),
          endStream: false)
        // Two small messages (the handler takes the first and stalls, the second waits for
        // it), then a 3 MiB one, as much of it as the window allows.
        let large = Self.message(bodySize: 3 * 1024 * 1024)
        var stream = Self.message(bodySize: 10) + Self.message(bodySize: 10) + large
        var sent = 0
        func send(_ count: Int) {
          var offset = 0
          while offset < count {
            let chunk = min(16 * 1024, count - offset)
            client.sendData(stream: 1, Array(stream[sent..<sent + chunk]), endStream: false)
            sent += chunk
            offset += chunk
          }
        }
        send(window)
        // While the handler stalls (3 s), the server grants the stream no credit beyond the
        // first small message it took.
        let deadline = Date().addingTimeInterval(1.5)
        while Date() < deadline { _ = client.readUntil { Date() > deadline } }
        let grantedWhileBehind = client.credit[1, default: 0]
        client.setReadTimeout(milliseconds: 10_000)
        // Then the rest, as credit comes.
        let finish = Date().addingTimeInterval(20)
        while sent < stream.count, Date() < finish {
          let available = client.credit[1, default: 0] + window - sent
          if available > 0 {
            send(min(available, stream.count - sent))
          } else {
            _ = client.readUntil { client.credit[1, default: 0] + window - sent > 0 }
          }
        }
        client.sendData(stream: 1, [], endStream: true)
        stream = []
        let response = try client.awaitResponse(stream: 1)
        let code = try EchoStatus(
          serializedBytes: Array(response.body.dropFirst(5)), limits: .default
        ).code
        return (
          grantedWhileBehind, Int(code), response.trailer("grpc-status"),
          response.trailer("grpc-message")
        )
      }
      #expect(outcome.0 < 64 * 1024, "credit granted while the handler was behind: \(outcome.0)")
      #expect(outcome.2 == "0", "\(outcome.3 ?? "")")
      #expect(outcome.1 == 3 * 1024 * 1024 + 20)
    }
  }
}
