/// Limits and options of the gRPC layer.
public struct RPCServerConfiguration: Sendable {
  /// The largest request message accepted, compressed or not (default 4 MiB).
  public var maxReceiveMessageSize = 4 * 1024 * 1024
  /// The largest request header list, counted as HTTP/2 does (default 16 KiB).
  public var maxHeaderListSize = 16 * 1024
  /// Response bytes a handler may queue before `send` waits (default 64 KiB).
  public var outboundHighWatermark = 64 * 1024
  /// The message encodings served.
  public var compression = CompressionRegistry()
  /// Told of every finished RPC (access logs, metrics).
  public var observers: [any RPCObserver] = []
  /// Paths of calls that mostly wait for news (change feeds): when the server shuts down they
  /// end at once with UNAVAILABLE instead of holding it for its grace period.
  public var longLivedMethods: Set<String> = []

  /// The defaults.
  public init() {}
}
