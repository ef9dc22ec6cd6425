import Dispatch
import ProtoWire
public import RPC
import StandardServices
public import Synchronization

/// A test service whose handlers report what they saw: `Hang` waits until cancelled,
/// `Peer` answers with the caller's identity.
public final class ProbeService: RPCService {
  public static let hang = MethodDescriptor(service: "samarbeid.test.Probe", method: "Hang")
  public static let peer = MethodDescriptor(service: "samarbeid.test.Probe", method: "Peer")
  public static let stubborn = MethodDescriptor(service: "samarbeid.test.Probe", method: "Stubborn")
  public static let flood = MethodDescriptor(service: "samarbeid.test.Probe", method: "Flood")
  public static let deadline = MethodDescriptor(service: "samarbeid.test.Probe", method: "Deadline")
  /// Sends its whole response (an empty message and OK), then goes on running until
  /// ``releaseLingering()`` (or 30 s) before it returns: a handler whose task returns late, as
  /// every handler's may on a busy machine.
  public static let linger = MethodDescriptor(service: "samarbeid.test.Probe", method: "Linger")
  /// Client streaming: takes the first message, then stalls 3 s, then takes the rest and
  /// answers how many bytes of payload came.
  public static let sluggish = MethodDescriptor(
    service: "samarbeid.test.Probe", method: "Sluggish")
  /// Fails with a status message of `code` bytes and `message.count` bytes of trailing metadata.
  public static let oversized = MethodDescriptor(
    service: "samarbeid.test.Probe", method: "Oversized")

  /// Messages `Flood` has handed to the transport so far.
  public let floodSent = Atomic<Int>(0)

  private let events = Mutex<[String]>([])
  private let lingering = Gate()

  /// Lets every `Linger` handler return.
  public func releaseLingering() { lingering.open() }

  public init() {}

  public var recordedEvents: [String] { events.withLock { $0 } }

  public func register(with router: inout RPCRouter) {
    router.registerUnary(Self.hang) { [self] (_: Empty, call: ServerCall) -> Empty in
      events.withLock { $0.append("started") }
      do {
        try await Task.sleep(for: .seconds(30))
      } catch {
        events.withLock { $0.append(call.isCancelled ? "cancelled" : "interrupted") }
        throw error
      }
      return Empty()
    }
    // Ignores cancellation for half a second, like a handler stuck in a blocking call.
    router.registerUnary(Self.stubborn) { [self] (_: Empty, _: ServerCall) -> Empty in
      events.withLock { $0.append("stubborn-started") }
      await withCheckedContinuation { continuation in
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { continuation.resume() }
      }
      events.withLock { $0.append("stubborn-finished") }
      return Empty()
    }
    router.register(Self.linger, type: .unary) { [self] call in
      _ = try await call.channel.receive()
      try await call.channel.send([.headers([:]), .message([0, 0, 0, 0, 0]), .trailers(.ok, [:])])
      events.withLock { $0.append("linger-answered") }
      await lingering.wait(atMost: 30)
      events.withLock { $0.append("linger-returned") }
    }
    // Sends 1,000 messages of 32 KiB as fast as the transport takes them.
    router.registerServerStreaming(Self.flood) {
      [self] (_: Empty, writer: ResponseStreamWriter<Payload>, _: ServerCall) in
      for _ in 0..<1000 {
        try await writer.send(Payload(body: [UInt8](repeating: 7, count: 32 * 1024)))
        floodSent.add(1, ordering: .relaxed)
      }
    }
    router.registerClientStreaming(Self.sluggish) {
      (requests: RequestStream<Payload>, _: ServerCall) -> EchoStatus in
      var iterator = requests.makeAsyncIterator()
      var bytes = try await iterator.next()?.body.count ?? 0
      try await Task.sleep(for: .seconds(3))
      while let payload = try await iterator.next() { bytes += payload.body.count }
      var response = EchoStatus()
      response.code = Int32(bytes)
      return response
    }
    // Answers with the milliseconds left until the call's deadline (-1 without one).
    router.registerUnary(Self.deadline) { (_: Empty, call: ServerCall) -> EchoStatus in
      var response = EchoStatus()
      response.code = call.deadline.map { Int32(($0 - .now) / .milliseconds(1)) } ?? -1
      return response
    }
    router.registerUnary(Self.oversized) { (request: EchoStatus, _: ServerCall) -> Empty in
      var trailers = Metadata()
      if !request.message.isEmpty { trailers.add("x-large", request.message) }
      throw RPCError(
        code: .failedPrecondition,
        message: String(repeating: "m", count: Int(request.code)), metadata: trailers)
    }
    router.registerUnary(Self.peer) { (_: Empty, call: ServerCall) -> SimpleResponse in
      var response = SimpleResponse()
      response.username = call.peer.certificate?.uriSANs.first ?? ""
      response.hostname = call.peer.serverName ?? ""
      return response
    }
  }

  /// Waits (bounded) until `event` has been recorded `count` times.
  public func waitFor(_ event: String, count: Int = 1) async -> Bool {
    for _ in 0..<200 {
      if recordedEvents.filter({ $0 == event }).count >= count { return true }
      try? await Task.sleep(for: .milliseconds(10))
    }
    return false
  }
}
