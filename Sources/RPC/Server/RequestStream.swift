public import ProtoWire

/// The request messages of a client- or bidirectional-streaming RPC, decoded as they arrive.
public struct RequestStream<Request: ProtoMessage>: AsyncSequence, Sendable {
  let call: ServerCall
  let limits: ProtoDecodingLimits

  /// Iterates the messages.
  public struct AsyncIterator: AsyncIteratorProtocol {
    let call: ServerCall
    let limits: ProtoDecodingLimits

    /// The next message, or nil after the client's last.
    /// - Throws: ``RPCError``: INVALID_ARGUMENT for a message that does not decode, or the
    ///   stream's cancellation.
    public mutating func next() async throws -> Request? {
      guard let message = try await call.channel.receive() else { return nil }
      call.lastRequestWasCompressed = message.wasCompressed
      return try RequestDecoding.decode(Request.self, from: message.bytes, limits: limits)
    }
  }

  public func makeAsyncIterator() -> AsyncIterator {
    AsyncIterator(call: call, limits: limits)
  }
}

/// Decodes request messages into gRPC errors that name the message and field.
enum RequestDecoding {
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
