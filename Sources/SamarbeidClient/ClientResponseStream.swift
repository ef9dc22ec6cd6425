public import ProtoWire
public import RPC

/// The response messages of a server- or bidirectional-streaming call, decoded as they
/// arrive; iteration ends after the last message and throws ``RPCError`` when the call
/// ends with a status other than OK.
public struct ClientResponseStream<Response: ProtoMessage>: AsyncSequence, Sendable {
  /// The call.
  public let call: ClientCall

  @inlinable
  init(call: ClientCall) {
    self.call = call
  }

  /// The response headers' metadata, once they arrive.
  public var metadata: Metadata {
    get async throws { try await call.responseMetadata() }
  }

  /// The trailing metadata, once the call has ended.
  public var trailers: Metadata {
    get async { await call.status().1 }
  }

  /// Iterates the messages.
  public struct AsyncIterator: AsyncIteratorProtocol {
    @usableFromInline let call: ClientCall

    @inlinable
    init(call: ClientCall) {
      self.call = call
    }

    /// The next message, or nil after the server's last.
    /// - Throws: ``RPCError`` with the call's status, or INTERNAL for a message that does
    ///   not decode (the call is then cancelled).
    @inlinable
    public mutating func next() async throws -> Response? {
      guard let message = try await call.receive() else { return nil }
      return try ResponseDecoding.decode(Response.self, from: message.bytes, call: call)
    }
  }

  @inlinable
  public func makeAsyncIterator() -> AsyncIterator {
    AsyncIterator(call: call)
  }
}

/// Decodes response messages into gRPC errors that name the message.
@usableFromInline
enum ResponseDecoding {
  @inlinable
  static func decode<Response: ProtoMessage>(
    _ type: Response.Type, from bytes: [UInt8], call: ClientCall
  ) throws(RPCError) -> Response {
    do throws(ProtoWireError) {
      return try Response(serializedBytes: bytes, limits: .default)
    } catch {
      let failure = RPCError(
        code: .internal,
        message: "response message \(Response.protoMessageName) is not valid protobuf: \(error)")
      call.cancel(with: failure)
      throw failure
    }
  }
}
