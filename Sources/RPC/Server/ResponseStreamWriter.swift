public import ProtoWire

/// Sends the response messages of a server- or bidirectional-streaming RPC.
public struct ResponseStreamWriter<Response: ProtoMessage>: Sendable {
  @usableFromInline let call: ServerCall

  @inlinable
  init(call: ServerCall) { self.call = call }

  /// Sends one message; waits while the client is not reading fast enough.
  /// - Parameters:
  ///   - response: the message.
  ///   - compressed: compress this message (when an encoding was negotiated); nil follows
  ///     ``ServerCall/compressResponses``.
  /// - Throws: ``RPCError`` when the RPC was cancelled.
  @inlinable
  public func send(_ response: Response, compressed: Bool? = nil) async throws {
    try await call.send(
      framedMessage: ResponseFraming.frame(response, call: call, compressed: compressed))
  }
}

/// Frames response messages with the call's compression choice.
@usableFromInline
enum ResponseFraming {
  @inlinable
  static func frame<Response: ProtoMessage>(
    _ response: Response,
    call: ServerCall,
    compressed: Bool?
  ) throws(RPCError) -> [UInt8] {
    do throws(CompressionError) {
      return try MessageFramer.frame(response, compressor: call.compressor(for: compressed))
    } catch {
      throw RPCError(code: .internal, message: "the response could not be compressed")
    }
  }
}
