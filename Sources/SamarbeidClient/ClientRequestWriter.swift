public import ProtoWire
public import RPC

/// Sends the request messages of a client- or bidirectional-streaming call.
public struct ClientRequestWriter<Request: ProtoMessage>: Sendable {
  /// The call.
  public let call: ClientCall

  @inlinable
  init(call: ClientCall) {
    self.call = call
  }

  /// Sends `message`, compressed when the call's options name a compressor (unless
  /// `compressed` is false); waits while the server reads slower than we send.
  /// - Throws: ``RPCError`` when the call has ended (with its status) or cannot compress.
  @inlinable
  public func send(_ message: Request, compressed: Bool = true) async throws {
    let compressor = compressed ? call.options.compression : nil
    try await call.send(try MessageFraming.frame(message, compressor: compressor))
  }

  /// Ends the request stream (half-close); the server sees the end after queued messages.
  public func finish() {
    call.finishRequest()
  }
}

/// Frames request messages into gRPC errors.
@usableFromInline
enum MessageFraming {
  @inlinable
  static func frame<Message: ProtoMessage>(
    _ message: Message, compressor: (any MessageCompressor)?
  ) throws(RPCError) -> [UInt8] {
    do throws(CompressionError) {
      return try MessageFramer.frame(message, compressor: compressor)
    } catch {
      throw RPCError(code: .internal, message: "cannot compress the request message: \(error)")
    }
  }
}
