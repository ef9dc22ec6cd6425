public import HTTP2
public import RPC
public import TLS

/// Where the client connects and how.
public struct ClientConfiguration: Sendable {
  /// Host name or numeric address of the server.
  public var host: String
  /// Port.
  public var port: Int
  /// The name the server's certificate must carry (and SNI); the host by default.
  public var serverName: String?
  /// CA, client certificate and key.
  public var tls: TLSConfiguration
  /// Connections to keep to the server; calls are spread over them.
  public var connections: Int
  /// Event-loop threads of the client.
  public var threads: Int
  /// Limits and timeouts of each connection.
  public var connection: HTTP2ConnectionConfiguration
  /// The largest response message accepted (default 4 MiB).
  public var maxReceiveMessageSize: Int
  /// Encodings the client accepts for responses and may use for requests.
  public var compression: CompressionRegistry
  /// Delay before the first reconnection attempt; doubles per failure up to the maximum.
  public var reconnectBackoff: Duration
  /// Longest delay between reconnection attempts.
  public var maxReconnectBackoff: Duration
  /// Times a call refused before the server processed it is retried on another connection.
  public var transparentRetries: Int

  /// A configuration for `host:port` with `tls`, one connection, one thread.
  public init(host: String, port: Int, tls: TLSConfiguration, serverName: String? = nil) {
    self.host = host
    self.port = port
    self.tls = tls
    self.serverName = serverName
    self.connections = 1
    self.threads = 1
    self.connection = HTTP2ConnectionConfiguration()
    self.connection.idleTimeout = .seconds(3600)
    self.maxReceiveMessageSize = 4 * 1024 * 1024
    self.compression = CompressionRegistry()
    self.reconnectBackoff = .milliseconds(100)
    self.maxReconnectBackoff = .seconds(10)
    self.transparentRetries = 3
  }
}
