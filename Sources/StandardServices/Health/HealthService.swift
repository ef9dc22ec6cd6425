public import RPC
internal import Synchronization

/// `grpc.health.v1.Health`: per-service serving status, checked or watched.
///
/// The server's own status is the empty service name. Watchers get the current status at
/// once and every change after it, until they cancel.
public final class HealthService: RPCService {
  /// The service's descriptors.
  public static let check = MethodDescriptor(service: "grpc.health.v1.Health", method: "Check")
  public static let watch = MethodDescriptor(service: "grpc.health.v1.Health", method: "Watch")

  private struct State {
    var statuses: [String: HealthCheckResponse.ServingStatus] = ["": .serving]
    var watchers: [String: [UInt64: AsyncStream<HealthCheckResponse.ServingStatus>.Continuation]] =
      [:]
    var nextWatcher: UInt64 = 0
  }

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

  /// Marks every service as not serving (at shutdown).
  public func setAllNotServing() {
    let services = state.withLock { Array($0.statuses.keys) }
    for service in services { setStatus(.notServing, for: service) }
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
      state.watchers[service, default: [:]][id] = continuation
      return (id, state.statuses[service] ?? .serviceUnknown)
    }
    defer { _ = state.withLock { $0.watchers[service]?.removeValue(forKey: id) } }
    try await writer.send(HealthCheckResponse(status: current))
    var last = current
    for await status in updates where status != last {
      try await writer.send(HealthCheckResponse(status: status))
      last = status
    }
  }
}
