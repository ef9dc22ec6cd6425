/// An error that ends an RPC with a given status: what handlers throw to answer a caller.
///
/// Anything else a handler throws becomes UNKNOWN with a neutral message, so internal
/// details never reach a client.
public struct RPCError: Error, Sendable, CustomStringConvertible {
  /// The status code sent to the client.
  public var code: Status.Code
  /// The message sent to the client: what was wrong and what is allowed.
  public var message: String
  /// Trailing metadata sent with the status.
  public var metadata: Metadata

  /// Creates an error.
  public init(code: Status.Code, message: String, metadata: Metadata = [:]) {
    self.code = code
    self.message = message
    self.metadata = metadata
  }

  /// The error from a status received from a peer.
  public init(status: Status, metadata: Metadata = [:]) {
    self.init(code: status.code, message: status.message, metadata: metadata)
  }

  /// The status this error ends an RPC with.
  public var status: Status { Status(code: code, message: message) }

  public var description: String { "\(code): \(message)" }
}

/// An error that knows which gRPC status it maps to: each domain module's error type
/// conforms, so handlers can throw it directly.
public protocol RPCErrorConvertible: Error {
  /// The status code for this error.
  var rpcErrorCode: Status.Code { get }
  /// The message for the client.
  var rpcErrorMessage: String { get }
  /// Trailing metadata to send; none by default.
  var rpcErrorMetadata: Metadata { get }
}

extension RPCErrorConvertible {
  public var rpcErrorMetadata: Metadata { [:] }
}

extension RPCError: RPCErrorConvertible {
  public var rpcErrorCode: Status.Code { code }
  public var rpcErrorMessage: String { message }
  public var rpcErrorMetadata: Metadata { metadata }
}
