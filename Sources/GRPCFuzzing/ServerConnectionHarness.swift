internal import CLinux
import Dispatch
import GRPCServerTransport
import Glibc
public import HTTP2
public import Logging
public import RPC
import StandardServices
import TLS

/// The server side of HTTP/2 connections with the real gRPC routing and the standard services
/// (health, reflection, gRPC's interop test service), fed from memory instead of a socket:
/// what the HTTP/2 fuzzers drive.
///
/// Each ``run(_:chunkSizes:settle:)`` opens one connection on the harness's event loop, hands
/// it the bytes a client would send after the TLS handshake, lets the calls they start
/// answer, then closes the client's side and returns what the server wrote.
public final class ServerConnectionHarness: Sendable {
  /// The loop the connections run on.
  public let loop: EventLoop
  /// The gRPC layer: routing, interceptors, handlers.
  public let rpcServer: RPCServer
  /// How often each defence fired, over all runs.
  public let defences = HTTP2Defences()
  let configuration: HTTP2ConnectionConfiguration
  let logger: Logger
  let makeStreamHandler: HTTP2Server.StreamHandlerFactory

  /// A harness serving `services` (by default health, reflection and the interop service)
  /// with the server's default limits.
  public init(
    services: [any RPCService]? = nil,
    configuration: HTTP2ConnectionConfiguration = HTTP2ConnectionConfiguration(),
    logger: Logger = Logger(label: "samarbeid.fuzz", factory: { _ in SwiftLogNoOpLogHandler() })
  ) throws {
    let services =
      services ?? [
        HealthService(),
        ReflectionService(services: [HealthService.check.service, TestService.name]),
        TestService(),
      ]
    rpcServer = RPCServer(services: services, logger: logger)
    self.configuration = configuration
    self.logger = logger
    makeStreamHandler = GRPCServer.streamHandlers(for: rpcServer, logger: logger)
    loop = try EventLoop(index: 0)
    loop.start()
  }

  deinit {
    loop.stop()
    loop.join()
  }

  /// What one connection came to.
  public struct Outcome: Sendable {
    /// Everything the server wrote.
    public var output: [UInt8]
    /// Why the connection closed.
    public var closeReason: String
    /// Handlers still running a while after the connection closed (should be none).
    public var handlersLeftRunning: Int

    /// What went wrong: output a server must never write, handlers that outlived their
    /// connection. Empty for a clean run.
    public var findings: [String] {
      ServerOutputCheck.problems(in: output)
        + (handlersLeftRunning == 0
          ? [] : ["\(handlersLeftRunning) handlers still running 5 s after the connection closed"])
    }
  }

  /// Runs the raw fuzzer's client (how `FuzzHTTP2` reads its input).
  public func run(_ client: RawInput) -> Outcome {
    run(client.bytes, chunkSizes: client.chunkSizes, settle: .milliseconds(20))
  }

  /// Runs the structure-aware fuzzer's client (how `FuzzHTTP2Frames` reads its input).
  public func run(_ client: FrameScript) -> Outcome {
    run(client.bytes, chunkSizes: client.chunkSizes, settle: .milliseconds(20))
  }

  /// Feeds `input` (the bytes after the TLS handshake) in pieces of `chunkSizes` to a new
  /// connection, waits until its streams have finished or `settle` has passed, then ends
  /// the client's side and waits for the connection to close and its handlers to end.
  public func run(
    _ input: [UInt8], chunkSizes: [Int] = [], settle: Duration = .milliseconds(50)
  ) -> Outcome {
    let finished = DispatchSemaphore(value: 0)
    let result = ResultBox()
    loop.execute { [self] in
      let transport = MemoryTransport(input: input, chunkSizes: chunkSizes)
      // The loop watches a file descriptor per connection: an eventfd that never fires.
      let fileDescriptor = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
      precondition(fileDescriptor >= 0, "eventfd failed")
      let connection = HTTP2Connection(
        loop: loop,
        fileDescriptor: fileDescriptor,
        remoteAddress: "memory",
        transport: transport,
        role: .server,
        configuration: configuration,
        defences: defences,
        logger: logger,
        makeStreamHandler: makeStreamHandler
      )
      do {
        try connection.start()
      } catch {
        preconditionFailure("cannot register an eventfd: \(error)")
      }
      Self.deliver(transport, to: connection)
      // Checked from the next turn of the loop on, after the connection has written what
      // the input asked for (the SETTINGS acknowledgement, a GOAWAY).
      let deadline = ContinuousClock.now + settle
      _ = loop.schedule(after: .milliseconds(1)) { [self] in
        settleThenEnd(connection, transport, deadline: deadline) {
          result.outcome = Outcome(
            output: transport.output,
            closeReason: connection.closeReason ?? "?",
            handlersLeftRunning: 0
          )
          finished.signal()
        }
      }
    }
    finished.wait()
    var outcome = result.outcome!
    // Closing ended every stream; their handlers must all return, promptly.
    let deadline = ContinuousClock.now + .seconds(5)
    while rpcServer.rpcsInProgress > 0 && .now < deadline {
      usleep(1000)
    }
    outcome.handlersLeftRunning = rpcServer.rpcsInProgress
    return outcome
  }

  /// Reads until the input is used up or the connection stops reading it.
  static func deliver(_ transport: MemoryTransport, to connection: HTTP2Connection) {
    while !connection.isClosed {
      let before = transport.unreadCount
      connection.handleIO(readable: true, writable: false, hangup: false)
      if transport.unreadCount == before { return }
    }
  }

  /// Every millisecond: once no stream is open (or at `deadline`), the client closes its
  /// side; once the connection has closed, `done`.
  private func settleThenEnd(
    _ connection: HTTP2Connection,
    _ transport: MemoryTransport,
    deadline: ContinuousClock.Instant,
    done: @escaping () -> Void
  ) {
    if !connection.isClosed,
      connection.streamHandler.openStreamCount == 0 || ContinuousClock.now >= deadline
    {
      connection.flush()
      transport.peerFinished = true
      Self.deliver(transport, to: connection)
      connection.handleIO(readable: true, writable: false, hangup: true)
      // Reading paused, or lingering on a peer that never answers: end it here.
      connection.close(reason: connection.closeReason ?? "client finished")
    }
    if connection.isClosed {
      done()
      return
    }
    _ = loop.schedule(after: .milliseconds(1)) { [self] in
      settleThenEnd(connection, transport, deadline: deadline, done: done)
    }
  }
}

/// Carries the outcome from the loop thread to the caller, which waits on a semaphore.
private final class ResultBox: @unchecked Sendable {
  var outcome: ServerConnectionHarness.Outcome?
}
