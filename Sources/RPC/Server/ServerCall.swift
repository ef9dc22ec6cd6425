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
  private let notes = Mutex<[(String, String)]>([])

  /// Notes an interceptor adds for the access log and observers (the caller's tenant, say):
  /// never a message body or a personal field.
  public func annotate(_ key: String, _ value: String) {
    notes.withLock { $0.append((key, value)) }
  }

  /// What interceptors noted, in order.
  public var annotations: [(String, String)] { notes.withLock { $0 } }

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
    get { channel.withControls { $0.initialMetadata } }
    set { channel.withControls { $0.initialMetadata = newValue } }
  }

  /// Metadata for the trailers, sent with the status.
  public var trailingMetadata: Metadata {
    get { channel.withControls { $0.trailingMetadata } }
    set { channel.withControls { $0.trailingMetadata = newValue } }
  }

  /// Whether response messages are compressed by default (when an encoding was negotiated).
  public var compressResponses: Bool {
    get { channel.withControls { $0.compressResponses } }
    set { channel.withControls { $0.compressResponses = newValue } }
  }

  /// Whether the most recently received request message arrived compressed.
  public var lastRequestWasCompressed: Bool {
    channel.withControls { $0.lastRequestWasCompressed }
  }

  /// Values that interceptors attach for handlers (identity, tenant, ...).
  public subscript<Key: ServerCallKey>(key: Key.Type) -> Key.Value? {
    get { channel.withControls { $0.values[ObjectIdentifier(key)] as? Key.Value } }
    set { channel.withControls { $0.values[ObjectIdentifier(key)] = newValue } }
  }

  /// Whether the client cancelled, the deadline passed, or the connection closed.
  public var isCancelled: Bool { channel.isCancelled }

  // MARK: Sending

  /// Sends one framed message, preceded by the headers if they are not out yet.
  @usableFromInline
  func send(framedMessage: [UInt8]) async throws {
    try await channel.sendResponse(message: framedMessage)
  }

  /// Ends the RPC with `status` unless it has ended; error metadata joins the trailers.
  func finish(_ status: Status, errorMetadata: Metadata = [:]) async {
    try? await channel.sendResponse(message: nil, status: status, extraTrailers: errorMetadata)
  }

  /// Sends headers, one message and OK trailers together (the unary fast path).
  @usableFromInline
  func finishUnary(framedMessage: [UInt8]) async throws {
    try await channel.sendResponse(message: framedMessage, status: .ok)
  }

  /// The compressor for one response message, given the handler's per-message choice.
  @usableFromInline
  func compressor(for compressed: Bool?) -> (any MessageCompressor)? {
    guard responseCompressor != nil, compressed ?? compressResponses else { return nil }
    return responseCompressor
  }
}

/// A key for a value interceptors attach to a ``ServerCall``.
public protocol ServerCallKey {
  /// The type of the value.
  associatedtype Value: Sendable
}
