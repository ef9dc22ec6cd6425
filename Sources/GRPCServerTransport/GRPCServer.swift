public import HTTP2
public import Logging
public import RPC
public import TLS

/// A gRPC server over TLS and HTTP/2: the transport for an ``RPCServer``.
public final class GRPCServer: Sendable {
  /// Everything the server needs to listen and serve.
  public struct Configuration: Sendable {
    /// Numeric address to bind.
    public var host: String
    /// Port; 0 picks a free one.
    public var port: Int
    /// Event loops (threads).
    public var threads: Int
    /// Certificates and client verification.
    public var tls: TLSConfiguration
    /// Connection limits, timeouts and HTTP/2 settings.
    public var connection = HTTP2ConnectionConfiguration()
    /// Connections served at once.
    public var maxConnections = 10_000
    /// Connections one client certificate identity may hold (nil: no limit).
    public var maxConnectionsPerIdentity: Int? = 1000
    /// Connections one source address without a certificate may hold (nil: no limit).
    public var maxConnectionsPerAddress: Int? = 256
    /// Limits of the gRPC layer.
    public var rpc = RPCServerConfiguration()

    /// A configuration with defaults for everything but address, threads and TLS.
    public init(host: String, port: Int, threads: Int, tls: TLSConfiguration) {
      self.host = host
      self.port = port
      self.threads = threads
      self.tls = tls
    }
  }

  let http2: HTTP2Server
  /// The gRPC layer.
  public let rpcServer: RPCServer

  /// Sets up TLS and binds the port; call ``start()`` to serve.
  public init(
    configuration: Configuration,
    services: [any RPCService],
    interceptors: [any ServerInterceptor] = [],
    logger: Logger
  ) throws {
    var rpcConfiguration = configuration.rpc
    rpcConfiguration.maxHeaderListSize = configuration.connection.settings.maxHeaderListSize
    let rpcServer = RPCServer(
      services: services,
      interceptors: interceptors,
      configuration: rpcConfiguration,
      logger: logger
    )
    self.rpcServer = rpcServer
    var http2Configuration = HTTP2Server.Configuration(
      host: configuration.host,
      port: configuration.port,
      threads: configuration.threads,
      maxConnections: configuration.maxConnections
    )
    http2Configuration.connection = configuration.connection
    http2Configuration.maxConnectionsPerIdentity = configuration.maxConnectionsPerIdentity
    http2Configuration.maxConnectionsPerAddress = configuration.maxConnectionsPerAddress
    let tlsContext = try TLSContext(configuration: configuration.tls, isServer: true)
    http2 = try HTTP2Server(
      configuration: http2Configuration,
      tlsContext: tlsContext,
      logger: logger,
      makeStreamHandler: Self.streamHandlers(for: rpcServer, logger: logger)
    )
  }

  /// What makes the gRPC layer of each connection that `rpcServer` serves: the server's own
  /// wiring, which a connection fed from memory (the HTTP/2 fuzzer) uses as well.
  public static func streamHandlers(for rpcServer: RPCServer, logger: Logger)
    -> HTTP2Server.StreamHandlerFactory
  {
    let responseHeaders = ResponseHeaders(compression: rpcServer.configuration.compression)
    return { connection in
      GRPCServerConnectionHandler(
        connection: connection,
        server: rpcServer,
        responseHeaders: responseHeaders,
        logger: logger
      )
    }
  }

  /// The port the server listens on.
  public var port: Int { http2.port }

  /// How often each defence against abusive peers fired (a real client never moves these).
  public var defences: HTTP2Defences { http2.defences }
  /// Connections open now.
  public var openConnections: Int { http2.openConnections }
  /// The connections each client holds, and their limits.
  public var admission: HTTP2Admission { http2.admission }

  /// Starts serving.
  public func start() { http2.start() }

  /// Reloads certificates for new connections; open connections keep theirs.
  public func reloadTLS(_ configuration: TLSConfiguration) throws(TLSError) {
    http2.replaceTLSContext(try TLSContext(configuration: configuration, isServer: true))
  }

  /// Stops accepting, ends long-lived calls (UNAVAILABLE), lets running RPCs finish within
  /// the grace period, then stops.
  public func shutdownGracefully() async {
    rpcServer.beginShutdown()
    await http2.shutdownGracefully()
  }
}
