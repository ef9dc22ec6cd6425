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
}
