public import RPC
internal import Synchronization

/// `grpc.health.v1.Health`: per-service serving status, checked or watched.
///
/// The server's own status is the empty service name. Watchers get the current status at
/// once and every change after it, until they cancel or the server shuts down
/// (``shutDown()``: NOT_SERVING, then the watch ends UNAVAILABLE).
public final class HealthService: RPCService {
  /// The service's descriptors.
  public static let check = MethodDescriptor(service: "grpc.health.v1.Health", method: "Check")
  public static let watch = MethodDescriptor(service: "grpc.health.v1.Health", method: "Watch")

  private struct State {
    var statuses: [String: HealthCheckResponse.ServingStatus] = ["": .serving]
    var watchers: [String: [UInt64: AsyncStream<HealthCheckResponse.ServingStatus>.Continuation]] =
      [:]
    var nextWatcher: UInt64 = 0
    var isShutDown = false
  }

  /// How a watch ends when the server shuts down: UNAVAILABLE, so the client watches another.
  public static let shutdownStatus = Status(
    code: .unavailable, message: "the server is shutting down; watch another server")

  private let state = Mutex(State())

  /// A health service reporting the server as serving.
  public init() {}

  /// Sets the status of `service` ("" for the server) and tells its watchers.
  public func setStatus(_ status: HealthCheckResponse.ServingStatus, for service: String) {
    let watchers = state.withLock { state in
      state.statuses[service] = status
      return Array((state.watchers[service] ?? [:]).values)
    }
    for watcher in watchers { watcher.yield(status) }
  }

  /// At shutdown: every service NOT_SERVING, told to every watcher, whose watch then ends
  /// with UNAVAILABLE (``shutdownStatus``); a watch started after it gets NOT_SERVING and ends
  /// the same way. Checks answer NOT_SERVING.
  public func shutDown() {
    let watchers = state.withLock { state in
      state.isShutDown = true
      for service in state.statuses.keys { state.statuses[service] = .notServing }
      defer { state.watchers.removeAll() }
      return state.watchers.values.flatMap(\.values)
    }
    for watcher in watchers {
      watcher.yield(.notServing)
      watcher.finish()
    }
  }

  public func register(with router: inout RPCRouter) {
    router.registerUnary(Self.check) { [self] (request: HealthCheckRequest, _) in
      guard let status = state.withLock({ $0.statuses[request.service] }) else {
        throw RPCError(
          code: .notFound, message: "service \"\(request.service)\" is not known to this server")
      }
      return HealthCheckResponse(status: status)
    }
    router.registerServerStreaming(Self.watch) {
      [self] (request: HealthCheckRequest, writer: ResponseStreamWriter<HealthCheckResponse>, _) in
      try await watch(request.service, writer: writer)
    }
  }

  private func watch(_ service: String, writer: ResponseStreamWriter<HealthCheckResponse>)
    async throws
  {
    let (updates, continuation) = AsyncStream<HealthCheckResponse.ServingStatus>.makeStream(
      bufferingPolicy: .bufferingNewest(1)
    )
    let (id, current) = state.withLock { state in
      let id = state.nextWatcher
      state.nextWatcher += 1
      if state.isShutDown {
        continuation.finish()
      } else {
        state.watchers[service, default: [:]][id] = continuation
      }
      return (id, state.statuses[service] ?? .serviceUnknown)
    }
    defer { _ = state.withLock { $0.watchers[service]?.removeValue(forKey: id) } }
    try await writer.send(HealthCheckResponse(status: current))
    var last = current
    for await status in updates where status != last {
      try await writer.send(HealthCheckResponse(status: status))
      last = status
    }
    // The updates end when the server shuts down (or the client went, when this is moot).
    if state.withLock({ $0.isShutDown }) { throw RPCError(status: Self.shutdownStatus) }
  }
}
