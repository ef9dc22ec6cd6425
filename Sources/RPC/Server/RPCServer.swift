public import Logging
internal import Synchronization

/// The gRPC layer of a server, free of sockets and C: it checks requests, routes them, runs
/// interceptors and handlers, and turns their outcome into a status.
public final class RPCServer: Sendable {
  /// The methods served.
  public let router: RPCRouter
  /// Interceptors, outermost first.
  public let interceptors: [any ServerInterceptor]
  /// Limits and options.
  public let configuration: RPCServerConfiguration
  let logger: Logger
  private let inProgress = Atomic<Int>(0)
  private let longLived = Mutex(LongLivedCalls())

  /// The long-lived calls running (``RPCServerConfiguration/longLivedMethods``), ended at once
  /// when the server shuts down.
  private struct LongLivedCalls {
    var shuttingDown = false
    var calls: [ObjectIdentifier: ServerCall] = [:]
  }

  /// How a long-lived call ends when the server shuts down: UNAVAILABLE, which clients take as
  /// "try again elsewhere", so a change feed resumes from its cursor on another server.
  public static let shutdownStatus = Status(
    code: .unavailable,
    message:
      "the server is shutting down; call again (a change feed resumes after the last sequence received)"
  )

  /// RPCs running now (their streams open).
  public var rpcsInProgress: Int { inProgress.load(ordering: .relaxed) }

  /// A server for `services`.
  public init(
    services: [any RPCService],
    interceptors: [any ServerInterceptor] = [],
    configuration: RPCServerConfiguration = RPCServerConfiguration(),
    logger: Logger
  ) {
    var router = RPCRouter()
    for service in services { service.register(with: &router) }
    self.router = router
    self.interceptors = interceptors
    self.configuration = configuration
    self.logger = logger
  }

  /// The method a request's path names, or the UNIMPLEMENTED answer.
  public func route(_ head: RequestHead) -> Result<RPCRouter.Route, RequestRejection> {
    if let route = router.route(forPath: head.path) { return .success(route) }
    let message: String
    if let method = MethodDescriptor(path: head.path) {
      message =
        router.hasService(method.service)
        ? "method \(method.method) is not implemented by service \(method.service)"
        : "service \(method.service) is not implemented by this server"
    } else {
      message = ":path \(head.path) is not /package.Service/Method"
    }
    return .failure(
      RequestRejection(httpStatus: 200, status: Status(code: .unimplemented, message: message)))
  }

  /// Runs one RPC to the end: interceptors, the handler, then the status.
  public func run(
    _ call: ServerCall, type: RPCType = .unary, handler: @escaping RPCRouter.Handler
  ) async {
    let started = ContinuousClock.now
    inProgress.add(1, ordering: .relaxed)
    let isLongLived = configuration.longLivedMethods.contains(call.method.path)
    if isLongLived { follow(call) }
    let code = await outcome(call, handler: handler)
    if isLongLived {
      _ = longLived.withLock { $0.calls.removeValue(forKey: ObjectIdentifier(call)) }
    }
    inProgress.subtract(1, ordering: .relaxed)
    guard !configuration.observers.isEmpty else { return }
    let bytes = call.channel.byteCounts
    let record = RPCRecord(
      method: call.method, type: type, code: code, duration: .now - started,
      requestBytes: bytes.request, responseBytes: bytes.response, peer: call.peer,
      annotations: call.annotations)
    for observer in configuration.observers { observer.rpcFinished(record) }
  }

  /// Ends every long-lived call now and from now on (UNAVAILABLE, ``shutdownStatus``); other
  /// calls run to their end. The transport calls it when a graceful shutdown begins, so that
  /// change feeds do not hold the server for its whole grace period.
  public func beginShutdown() {
    let calls = longLived.withLock { state in
      state.shuttingDown = true
      return Array(state.calls.values)
    }
    for call in calls { call.channel.interrupt(Self.shutdownStatus) }
  }

  /// Keeps `call` to end at shutdown, or ends it now if the shutdown has begun.
  private func follow(_ call: ServerCall) {
    let shuttingDown = longLived.withLock { state in
      if !state.shuttingDown { state.calls[ObjectIdentifier(call)] = call }
      return state.shuttingDown
    }
    if shuttingDown { call.channel.interrupt(Self.shutdownStatus) }
  }

  /// Runs the interceptors and the handler and sends the status; returns its code (the
  /// server's own, for a call it interrupted).
  private func outcome(_ call: ServerCall, handler: @escaping RPCRouter.Handler) async
    -> Status.Code
  {
    let code = await handlerOutcome(call, handler: handler)
    return call.channel.interruption?.code ?? code
  }

  /// Runs the interceptors and the handler and sends the status they end with.
  private func handlerOutcome(_ call: ServerCall, handler: @escaping RPCRouter.Handler) async
    -> Status.Code
  {
    do {
      try await intercept(call, from: 0, handler: handler)
      await call.finish(.ok)
      return .ok
    } catch let error as any RPCErrorConvertible {
      await call.finish(
        Status(code: error.rpcErrorCode, message: error.rpcErrorMessage),
        errorMetadata: error.rpcErrorMetadata
      )
      return error.rpcErrorCode
    } catch is CancellationError {
      await call.finish(Status(code: .cancelled, message: "the RPC was cancelled"))
      return .cancelled
    } catch {
      // A bug, not the caller's doing: this call fails, nothing else does. The client gets
      // an id to quote; the details stay in the log.
      let requestID = Self.requestID()
      logger.error(
        "Handler failed with an unexpected error",
        metadata: [
          "rpc.method": "\(call.method)", "request.id": "\(requestID)",
          "error": "\(String(reflecting: error))",
        ]
      )
      await call.finish(
        Status(
          code: .internal,
          message: "the server failed to handle \(call.method) (request id \(requestID))"))
      return .internal
    }
  }

  /// A random id for one failed request, to find its log line: 16 hex digits.
  static func requestID() -> String {
    let value = UInt64.random(in: .min ... .max)
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  private func intercept(
    _ call: ServerCall,
    from index: Int,
    handler: @escaping RPCRouter.Handler
  ) async throws {
    guard index < interceptors.count else {
      try await handler(call)
      return
    }
    try await interceptors[index].intercept(call) { call in
      try await self.intercept(call, from: index + 1, handler: handler)
    }
  }
}
