import RPC
import Synchronization
import Testing

@Suite("The stream channel between transport and handler")
struct ServerStreamChannelTests {
  final class Notifications: Sendable {
    let count = Atomic<Int>(0)
    func notify() { count.add(1, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
  }

  func message(_ bytes: [UInt8]) -> InboundMessage {
    InboundMessage(bytes: bytes, wasCompressed: false)
  }

  @Test("messages delivered before and after the handler waits all arrive, then the end")
  func receive() async throws {
    let channel = ServerStreamChannel {}
    channel.deliver(message([1]), wireSize: 6)
    #expect(try await channel.receive()?.bytes == [1])
    async let waiting = channel.receive()
    try await Task.sleep(for: .milliseconds(20))
    channel.deliver(message([2]), wireSize: 6)
    #expect(try await waiting?.bytes == [2])
    channel.deliverEnd()
    #expect(try await channel.receive() == nil)
  }

  @Test("bytes become consumed only when the handler takes the message")
  func consumption() async throws {
    let notifications = Notifications()
    let channel = ServerStreamChannel { notifications.notify() }
    channel.deliver(message([1, 2]), wireSize: 7)
    channel.deliver(message([3]), wireSize: 6)
    #expect(channel.takeTransportWork().consumedBytes == 0)
    _ = try await channel.receive()
    #expect(notifications.value == 1)
    #expect(channel.takeTransportWork().consumedBytes == 7)
    _ = try await channel.receive()
    #expect(channel.takeTransportWork().consumedBytes == 6)
  }

  @Test("cancellation wakes a waiting receive with the error and drops later sends")
  func cancellation() async throws {
    let channel = ServerStreamChannel {}
    let waiting = Task { try await channel.receive() }
    try await Task.sleep(for: .milliseconds(20))
    channel.cancel(RPCError(code: .cancelled, message: "gone"))
    await #expect(throws: RPCError.self) { try await waiting.value }
    await #expect(throws: RPCError.self) { try await channel.send([.message([1])]) }
    #expect(channel.isCancelled)
    #expect(channel.takeTransportWork().parts.isEmpty)
  }

  @Test("send waits above the high watermark until the transport drains")
  func backpressure() async throws {
    let channel = ServerStreamChannel(highWatermark: 100) {}
    try await channel.send([.message([UInt8](repeating: 0, count: 80))])
    let finished = Notifications()
    let sender = Task {
      try await channel.send([.message([UInt8](repeating: 0, count: 80))])
      finished.notify()
    }
    try await Task.sleep(for: .milliseconds(50))
    #expect(finished.value == 0, "160 bytes queued is above the watermark")
    #expect(channel.takeTransportWork().parts.count == 2)
    channel.outboundDrained(120)
    try await sender.value
    #expect(finished.value == 1)
  }

  @Test("the transport is notified once until it takes the work")
  func notificationCoalescing() async throws {
    let notifications = Notifications()
    let channel = ServerStreamChannel { notifications.notify() }
    try await channel.send([.headers([:])])
    try await channel.send([.message([1])])
    #expect(notifications.value == 1)
    #expect(channel.takeTransportWork().parts.count == 2)
    try await channel.send([.trailers(.ok, [:])])
    #expect(notifications.value == 2)
    #expect(channel.isFinished)
    await #expect(throws: RPCError.self) { try await channel.send([.message([1])]) }
  }

  @Test("a send that ends the response does not wait for the transport to drain")
  func noWaitAfterTrailers() async throws {
    let channel = ServerStreamChannel(highWatermark: 100) {}
    // A megabyte and the trailers: the handler has nothing more to send, so it returns at
    // once instead of waiting for its client to read (its task would otherwise outlive the
    // stream by however long the client takes).
    try await channel.send([
      .headers([:]), .message([UInt8](repeating: 0, count: 1 << 20)), .trailers(.ok, [:]),
    ])
    #expect(channel.isFinished)
    #expect(channel.takeTransportWork().parts.count == 3)
  }

  @Test("an interrupted call refuses further messages and ends with the interruption")
  func interruption() async throws {
    let channel = ServerStreamChannel {}
    let shutdown = Status(code: .unavailable, message: "shutting down")
    try await channel.send([.headers([:]), .message([1])])
    _ = channel.takeTransportWork()
    channel.interrupt(shutdown)
    #expect(channel.interruption == shutdown)
    #expect(!channel.isCancelled, "the stream stays open for the status")
    do {
      try await channel.send([.message([2])])
      Issue.record("a message was sent after the interruption")
    } catch let error as RPCError {
      #expect(error.code == .unavailable)
    }
    // The handler's own end (OK here) gives way to the interruption.
    try await channel.sendResponse(message: nil, status: .ok)
    let parts = channel.takeTransportWork().parts
    #expect(parts.count == 1)
    guard case .trailers(let status, _) = parts.first else {
      Issue.record("no trailers: \(parts)")
      return
    }
    #expect(status == shutdown)
  }

  @Test("interrupting a finished call changes nothing")
  func interruptionAfterTheEnd() async throws {
    let channel = ServerStreamChannel {}
    try await channel.send([.trailers(.ok, [:])])
    channel.interrupt(Status(code: .unavailable, message: "shutting down"))
    #expect(channel.interruption == nil)
  }

  @Test("a handler waiting to receive or for its client to read is woken by an interruption")
  func interruptionWakesWaits() async throws {
    let shutdown = Status(code: .unavailable, message: "shutting down")
    let receiving = ServerStreamChannel {}
    let receiver = Task { try await receiving.receive() }
    let sending = ServerStreamChannel(highWatermark: 100) {}
    let sender = Task { try await sending.send([.message([UInt8](repeating: 0, count: 200))]) }
    // Both are suspended in their waits before the interruption.
    for _ in 0..<1000 where !(receiving.handlerIsWaiting && sending.handlerIsWaiting) {
      try await Task.sleep(for: .milliseconds(5))
    }
    #expect(receiving.handlerIsWaiting && sending.handlerIsWaiting)
    receiving.interrupt(shutdown)
    sending.interrupt(shutdown)
    for outcome in [await receiver.result.map { _ in () }, await sender.result] {
      guard case .failure(let error as RPCError) = outcome else {
        Issue.record("not ended by the interruption: \(outcome)")
        continue
      }
      #expect(error.code == .unavailable)
    }
    // The stream stays open to carry the interruption's status.
    #expect(!receiving.isCancelled && !sending.isCancelled)
    try await sending.sendResponse(message: nil, status: .ok)
    let parts = sending.takeTransportWork().parts
    guard case .trailers(let status, _) = parts.last else {
      Issue.record("no trailers: \(parts)")
      return
    }
    #expect(status == shutdown)
  }
}
