public import RPC

/// The answer to a unary or client-streaming call.
public struct ClientResponse<Message: Sendable>: Sendable {
  /// The response message.
  public var message: Message
  /// The response headers' metadata.
  public var metadata: Metadata
  /// The trailing metadata.
  public var trailers: Metadata

  /// A response.
  public init(message: Message, metadata: Metadata, trailers: Metadata) {
    self.message = message
    self.metadata = metadata
    self.trailers = trailers
  }
}
