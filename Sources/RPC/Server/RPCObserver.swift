/// Told of every RPC the server finishes: for access logs and metrics.
public protocol RPCObserver: Sendable {
  /// `record` has finished (its status sent or the stream gone); called on the RPC's task,
  /// so it must be quick.
  func rpcFinished(_ record: RPCRecord)
}

/// One finished RPC: what an access log line or a metric holds, never a message body.
public struct RPCRecord: Sendable {
  public let method: MethodDescriptor
  /// Unary or which way it streams (unary for a call refused before it had a method).
  public let type: RPCType
  public let code: Status.Code
  public let duration: Duration
  /// Request and response bytes, gRPC framing included.
  public let requestBytes: Int
  public let responseBytes: Int
  public let peer: PeerInfo
  /// What interceptors noted (``ServerCall/annotate(_:_:)``): the tenant, say.
  public let annotations: [(String, String)]

  public init(
    method: MethodDescriptor, type: RPCType = .unary, code: Status.Code, duration: Duration,
    requestBytes: Int, responseBytes: Int, peer: PeerInfo, annotations: [(String, String)]
  ) {
    self.method = method
    self.type = type
    self.code = code
    self.duration = duration
    self.requestBytes = requestBytes
    self.responseBytes = responseBytes
    self.peer = peer
    self.annotations = annotations
  }
}
