internal import Synchronization

/// One RPC as its handler sees it: who called, with what metadata and deadline, and the
/// controls for the response's metadata and compression.
public final class ServerCall: Sendable {
  /// The method called.
  public let method: MethodDescriptor
  /// The client's custom metadata.
  public let requestMetadata: Metadata
  /// When the client stops waiting, if it set a deadline.
  public let deadline: ContinuousClock.Instant?
  /// The connection's peer.
  public let peer: PeerInfo
  /// The stream to the transport.
  public let channel: ServerStreamChannel
  /// The response encoding negotiated from the client's `grpc-accept-encoding`, if any.
  public let responseCompressor: (any MessageCompressor)?

  private struct Mutable {
    var initialMetadata = Metadata()
    var trailingMetadata = Metadata()
    var headersSent = false
    var compressResponses = false
    var lastRequestWasCompressed = false
    var values: [ObjectIdentifier: any Sendable] = [:]
  }

  private let mutable = Mutex(Mutable())

  /// Creates a call; transports and tests do this.
  public init(
    method: MethodDescriptor,
    requestMetadata: Metadata,
    deadline: ContinuousClock.Instant?,
    peer: PeerInfo,
    channel: ServerStreamChannel,
    responseCompressor: (any MessageCompressor)?
  ) {
    self.method = method
    self.requestMetadata = requestMetadata
    self.deadline = deadline
    self.peer = peer
    self.channel = channel
    self.responseCompressor = responseCompressor
  }

  /// Metadata for the response headers; changes after the first response message are ignored.
  public var initialMetadata: Metadata {
    get { mutable.withLock { $0.initialMetadata } }
    set { mutable.withLock { $0.initialMetadata = newValue } }
  }

  /// Metadata for the trailers, sent with the status.
  public var trailingMetadata: Metadata {
    get { mutable.withLock { $0.trailingMetadata } }
    set { mutable.withLock { $0.trailingMetadata = newValue } }
  }

  /// Whether response messages are compressed by default (when an encoding was negotiated).
  public var compressResponses: Bool {
    get { mutable.withLock { $0.compressResponses } }
    set { mutable.withLock { $0.compressResponses = newValue } }
  }

  /// Whether the most recently received request message arrived compressed.
  public var lastRequestWasCompressed: Bool {
    get { mutable.withLock { $0.lastRequestWasCompressed } }
    set { mutable.withLock { $0.lastRequestWasCompressed = newValue } }
  }

  /// Values that interceptors attach for handlers (identity, tenant, ...).
  public subscript<Key: ServerCallKey>(key: Key.Type) -> Key.Value? {
    get { mutable.withLock { $0.values[ObjectIdentifier(key)] as? Key.Value } }
    set { mutable.withLock { $0.values[ObjectIdentifier(key)] = newValue } }
  }

  /// Whether the client cancelled, the deadline passed, or the connection closed.
  public var isCancelled: Bool { channel.isCancelled }

  // MARK: Sending

  /// The response headers part, the first time it is asked for.
  func takeHeadersIfUnsent() -> ServerStreamChannel.OutboundPart? {
    mutable.withLock { state in
      guard !state.headersSent else { return nil }
      state.headersSent = true
      return .headers(state.initialMetadata)
    }
  }

  /// Sends one framed message, preceded by the headers if they are not out yet.
  @usableFromInline
  func send(framedMessage: [UInt8]) async throws {
    if let headers = takeHeadersIfUnsent() {
      try await channel.send([headers, .message(framedMessage)])
    } else {
      try await channel.send([.message(framedMessage)])
    }
  }

  /// Ends the RPC with `status` unless it has ended; error metadata joins the trailers.
  func finish(_ status: Status, errorMetadata: Metadata = [:]) async {
    guard !channel.isFinished else { return }
    var trailers = trailingMetadata
    trailers.append(contentsOf: errorMetadata)
    var parts: [ServerStreamChannel.OutboundPart] = []
    // An OK response with no message still sends headers; an early error is trailers-only.
    if status.code == .ok, let headers = takeHeadersIfUnsent() { parts.append(headers) }
    parts.append(.trailers(status, trailers))
    try? await channel.send(parts)
  }

  /// Sends headers, one message and OK trailers together (the unary fast path).
  @usableFromInline
  func finishUnary(framedMessage: [UInt8]) async throws {
    var parts: [ServerStreamChannel.OutboundPart] = []
    if let headers = takeHeadersIfUnsent() { parts.append(headers) }
    parts.append(.message(framedMessage))
    parts.append(.trailers(.ok, trailingMetadata))
    try await channel.send(parts)
  }

  /// The compressor for one response message, given the handler's per-message choice.
  @usableFromInline
  func compressor(for compressed: Bool?) -> (any MessageCompressor)? {
    guard compressed ?? compressResponses else { return nil }
    return responseCompressor
  }
}

/// A key for a value interceptors attach to a ``ServerCall``.
public protocol ServerCallKey {
  /// The type of the value.
  associatedtype Value: Sendable
}
