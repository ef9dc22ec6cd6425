import Foundation
import RPC
import SamarbeidClient
import StandardServices
import Synchronization

/// Calls started by the workers of one case.
final class StartedCount: Sendable {
  private let count = Atomic<Int>(0)

  /// Counts one more call; returns how many have started with it.
  func next() -> Int { count.add(1, ordering: .relaxed).newValue }
}

/// SamarbeidClient at full speed on one connection: the same shapes the Python clients run,
/// each bounded in calls and in time.
struct SwiftClientCases {
  struct Outcome: Sendable, CustomStringConvertible {
    var name: String
    var calls = 0
    var messages = 0
    var seconds = 0.0

    var description: String {
      let rate = Double(calls) / max(seconds, 1e-9)
      let messageRate = Double(messages) / max(seconds, 1e-9)
      return
        "\(name): \(calls) calls, \(messages) messages in \(String(format: "%.1f", seconds)) s = \(Int(rate)) calls/s, \(Int(messageRate)) messages/s"
    }
  }

  let client: GRPCClient
  let seconds: Double
  let options = CallOptions(timeout: .seconds(60))

  static let unaryCall = MethodDescriptor(service: TestService.name, method: "UnaryCall")
  static let streamingOutput = MethodDescriptor(
    service: TestService.name, method: "StreamingOutputCall")
  static let streamingInput = MethodDescriptor(
    service: TestService.name, method: "StreamingInputCall")
  static let fullDuplex = MethodDescriptor(service: TestService.name, method: "FullDuplexCall")

  static func simpleRequest(size: Int) -> SimpleRequest {
    var request = SimpleRequest()
    request.responseSize = Int32(size)
    request.payload = Payload(body: [UInt8](repeating: 0, count: size))
    return request
  }

  static func streamingRequest(size: Int32, count: Int) -> StreamingOutputCallRequest {
    var parameters = ResponseParameters()
    parameters.size = size
    var request = StreamingOutputCallRequest()
    request.responseParameters = Array(repeating: parameters, count: count)
    return request
  }

  /// Runs `body` and times it.
  func timed(_ name: String, _ body: (inout Outcome, ContinuousClock.Instant) async throws -> Void)
    async throws -> Outcome
  {
    var outcome = Outcome(name: name)
    let started = ContinuousClock.now
    try await body(&outcome, started + .seconds(seconds))
    let elapsed = ContinuousClock.now - started
    outcome.seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return outcome
  }

  /// Unary calls of `size` bytes each way, `width` at a time, until `limit` or the deadline.
  func unary(_ name: String, size: Int, width: Int, limit: Int) async throws -> Outcome {
    try await timed(name) { outcome, deadline in
      let request = Self.simpleRequest(size: size)
      let started = StartedCount()
      let done = try await withThrowingTaskGroup(of: Int.self) { group in
        for _ in 0..<width {
          group.addTask {
            var done = 0
            while ContinuousClock.now < deadline,
              started.next() <= limit
            {
              let response = try await client.unary(
                Self.unaryCall, request: request, responseType: SimpleResponse.self,
                options: options)
              guard response.message.payload?.body.count == size else {
                throw RPCError(code: .dataLoss, message: "wrong response size")
              }
              done += 1
            }
            return done
          }
        }
        return try await group.reduce(0, +)
      }
      outcome.calls = done
      outcome.messages = 2 * done
    }
  }

  func serverStreaming(count: Int) async throws -> Outcome {
    try await timed("server streaming \(count)") { outcome, _ in
      let received = try await client.serverStreaming(
        Self.streamingOutput, request: Self.streamingRequest(size: 16, count: count),
        responseType: StreamingOutputCallResponse.self, options: options
      ) { responses in
        var received = 0
        for try await _ in responses { received += 1 }
        return received
      }
      guard received == count else {
        throw RPCError(code: .dataLoss, message: "\(received) of \(count) responses")
      }
      outcome.calls = 1
      outcome.messages = received
    }
  }

  func clientStreaming(count: Int) async throws -> Outcome {
    try await timed("client streaming \(count)") { outcome, _ in
      var message = StreamingInputCallRequest()
      message.payload = Payload(body: [UInt8](repeating: 0, count: 16))
      let sending = message
      let response = try await client.clientStreaming(
        Self.streamingInput, requestType: StreamingInputCallRequest.self,
        responseType: StreamingInputCallResponse.self, options: options
      ) { writer in
        for _ in 0..<count { try await writer.send(sending, compressed: false) }
      }
      guard response.message.aggregatedPayloadSize == Int32(16 * count) else {
        throw RPCError(code: .dataLoss, message: "aggregated \(response.message)")
      }
      outcome.calls = 1
      outcome.messages = count
    }
  }

  func pingPong(limit: Int) async throws -> Outcome {
    try await timed("bidirectional ping-pong") { outcome, deadline in
      var request = Self.streamingRequest(size: 16, count: 1)
      request.payload = Payload(body: [UInt8](repeating: 0, count: 16))
      let sending = request
      let rounds = try await client.bidirectionalStreaming(
        Self.fullDuplex, requestType: StreamingOutputCallRequest.self,
        responseType: StreamingOutputCallResponse.self, options: options
      ) { writer, responses in
        var iterator = responses.makeAsyncIterator()
        var rounds = 0
        while rounds < limit, ContinuousClock.now < deadline {
          try await writer.send(sending, compressed: false)
          guard try await iterator.next()?.payload?.body.count == 16 else {
            throw RPCError(code: .dataLoss, message: "no answer to round \(rounds)")
          }
          rounds += 1
        }
        writer.finish()
        guard try await iterator.next() == nil else {
          throw RPCError(code: .dataLoss, message: "more answers than requests")
        }
        return rounds
      }
      outcome.calls = rounds
      outcome.messages = 2 * rounds
    }
  }

  /// Every shape at once on the one connection.
  func mix() async throws -> Outcome {
    try await timed("mix of all at once") { outcome, _ in
      let parts = try await withThrowingTaskGroup(of: Outcome.self) { group in
        group.addTask { try await unary("sequential", size: 32, width: 1, limit: 50_000) }
        group.addTask { try await unary("concurrent", size: 32, width: 50, limit: 100_000) }
        group.addTask { try await unary("1 MiB", size: 1 << 20, width: 4, limit: 500) }
        group.addTask { try await serverStreaming(count: 20_000) }
        group.addTask { try await clientStreaming(count: 20_000) }
        group.addTask { try await pingPong(limit: 20_000) }
        return try await group.reduce(into: [Outcome]()) { $0.append($1) }
      }
      outcome.calls = parts.map(\.calls).reduce(0, +)
      outcome.messages = parts.map(\.messages).reduce(0, +)
    }
  }
}
