public import ProtoWire

/// The request messages of a client- or bidirectional-streaming RPC, decoded as they arrive.
public struct RequestStream<Request: ProtoMessage>: AsyncSequence, Sendable {
  @usableFromInline let call: ServerCall
  @usableFromInline let limits: ProtoDecodingLimits

  @inlinable
  init(call: ServerCall, limits: ProtoDecodingLimits) {
    self.call = call
    self.limits = limits
  }

  /// Iterates the messages.
  public struct AsyncIterator: AsyncIteratorProtocol {
    @usableFromInline let call: ServerCall
    @usableFromInline let limits: ProtoDecodingLimits

    @inlinable
    init(call: ServerCall, limits: ProtoDecodingLimits) {
      self.call = call
      self.limits = limits
    }

    /// The next message, or nil after the client's last.
    /// - Throws: ``RPCError``: INVALID_ARGUMENT for a message that does not decode, or the
    ///   stream's cancellation.
    @inlinable
    public mutating func next() async throws -> Request? {
      guard let message = try await call.channel.receive() else { return nil }
      return try RequestDecoding.decode(Request.self, from: message.bytes, limits: limits)
    }
  }

  @inlinable
  public func makeAsyncIterator() -> AsyncIterator {
    AsyncIterator(call: call, limits: limits)
  }
}

/// Decodes request messages into gRPC errors that name the message and field.
@usableFromInline
enum RequestDecoding {
  @inlinable
  static func decode<Request: ProtoMessage>(
    _ type: Request.Type,
    from bytes: [UInt8],
    limits: ProtoDecodingLimits
  ) throws(RPCError) -> Request {
    do throws(ProtoWireError) {
      return try Request(serializedBytes: bytes, limits: limits)
    } catch {
      throw RPCError(
        code: .invalidArgument,
        message: "request message \(Request.protoMessageName) is not valid protobuf: \(error)"
      )
    }
  }
}
