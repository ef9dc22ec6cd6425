public import ProtoWire

/// A unary method with its request and response types: a handler or a call of the wrong
/// types does not compile.
public struct UnaryMethod<Request: ProtoMessage, Response: ProtoMessage>: Sendable, Hashable {
  /// The method on the wire.
  public let descriptor: MethodDescriptor

  /// `service`'s `method`.
  public init(service: String, method: String) {
    descriptor = MethodDescriptor(service: service, method: method)
  }

  /// The HTTP/2 `:path`.
  public var path: String { descriptor.path }
}

/// A server-streaming method with its request and response types.
public struct ServerStreamingMethod<Request: ProtoMessage, Response: ProtoMessage>: Sendable,
  Hashable
{
  /// The method on the wire.
  public let descriptor: MethodDescriptor

  /// `service`'s `method`.
  public init(service: String, method: String) {
    descriptor = MethodDescriptor(service: service, method: method)
  }

  /// The HTTP/2 `:path`.
  public var path: String { descriptor.path }
}

extension RPCRouter {
  /// Registers `method`'s handler: the types are the method's.
  @inlinable
  public mutating func register<Request, Response>(
    _ method: UnaryMethod<Request, Response>,
    _ handler: @escaping @Sendable (Request, ServerCall) async throws -> Response
  ) {
    registerUnary(method.descriptor, handler)
  }

  /// Registers `method`'s handler: the types are the method's.
  @inlinable
  public mutating func register<Request, Response>(
    _ method: ServerStreamingMethod<Request, Response>,
    _ handler:
      @escaping @Sendable (Request, ResponseStreamWriter<Response>, ServerCall) async throws -> Void
  ) {
    registerServerStreaming(method.descriptor, handler)
  }
}
