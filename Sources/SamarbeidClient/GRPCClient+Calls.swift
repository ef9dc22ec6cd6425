public import ProtoWire
public import RPC

extension GRPCClient {
  /// Calls a unary method.
  /// - Throws: ``RPCError`` with the status, message and trailers of a call that did not end
  ///   OK (deadlines, cancellation and lost connections included).
  @inlinable
  public func unary<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: MethodDescriptor,
    request: Request,
    responseType: Response.Type = Response.self,
    metadata: Metadata = [:],
    options: CallOptions = .defaults
  ) async throws(RPCError) -> ClientResponse<Response> {
    let framed = try MessageFraming.frame(request, compressor: options.compression)
    let call = makeCall(method, framedRequest: framed, metadata: metadata, options: options)
    return try await Self.singleResponse(of: call, as: Response.self)
  }

  /// Calls a server-streaming method; `body` reads the responses. Returning from `body`
  /// before the stream has ended cancels the call.
  @inlinable
  public func serverStreaming<Request: ProtoMessage, Response: ProtoMessage, Result>(
    _ method: MethodDescriptor,
    request: Request,
    responseType: Response.Type = Response.self,
    metadata: Metadata = [:],
    options: CallOptions = .defaults,
    _ body: (ClientResponseStream<Response>) async throws -> Result
  ) async throws -> Result {
    let framed = try MessageFraming.frame(request, compressor: options.compression)
    let call = makeCall(method, framedRequest: framed, metadata: metadata, options: options)
    defer { if !call.isFinished { call.cancel() } }
    return try await body(ClientResponseStream(call: call))
  }

  /// Calls a client-streaming method; `requests` sends the messages (the request ends when
  /// it returns).
  /// - Throws: ``RPCError`` with the call's status, or what `requests` threw (the call is
  ///   then cancelled).
  @inlinable
  public func clientStreaming<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: MethodDescriptor,
    requestType: Request.Type = Request.self,
    responseType: Response.Type = Response.self,
    metadata: Metadata = [:],
    options: CallOptions = .defaults,
    requests: (ClientRequestWriter<Request>) async throws -> Void
  ) async throws -> ClientResponse<Response> {
    let call = makeCall(method, metadata: metadata, options: options)
    do {
      try await requests(ClientRequestWriter(call: call))
    } catch {
      // A send that failed because the server ended the call reports the server's status.
      if let (status, trailers) = call.statusIfFinished, status.code != .ok {
        throw RPCError(status: status, metadata: trailers)
      }
      call.cancel()
      throw error
    }
    call.finishRequest()
    return try await Self.singleResponse(of: call, as: Response.self)
  }

  /// Calls a bidirectional-streaming method; `body` sends requests with the writer and
  /// reads responses from the stream, in any order. Returning from `body` before the call
  /// has ended cancels it.
  @inlinable
  public func bidirectionalStreaming<Request: ProtoMessage, Response: ProtoMessage, Result>(
    _ method: MethodDescriptor,
    requestType: Request.Type = Request.self,
    responseType: Response.Type = Response.self,
    metadata: Metadata = [:],
    options: CallOptions = .defaults,
    _ body: (ClientRequestWriter<Request>, ClientResponseStream<Response>) async throws -> Result
  ) async throws -> Result {
    let call = makeCall(method, metadata: metadata, options: options)
    defer { if !call.isFinished { call.cancel() } }
    return try await body(ClientRequestWriter(call: call), ClientResponseStream(call: call))
  }

  /// The one response message of a unary or client-streaming call.
  @inlinable
  static func singleResponse<Response: ProtoMessage>(
    of call: ClientCall, as type: Response.Type
  ) async throws(RPCError) -> ClientResponse<Response> {
    let first: InboundMessage?
    let second: InboundMessage?
    do {
      first = try await call.receive()
      second = first == nil ? nil : try await call.receive()
    } catch let error as RPCError {
      throw error
    } catch {
      throw RPCError(code: .unknown, message: "\(error)")
    }
    guard let first else {
      throw RPCError(
        code: .unimplemented,
        message: "the server sent no response message for \(call.method), which expects one")
    }
    if second != nil {
      let error = RPCError(
        code: .unimplemented,
        message:
          "the server sent more than one response message for \(call.method), which expects one")
      call.cancel(with: error)
      throw error
    }
    let message = try ResponseDecoding.decode(Response.self, from: first.bytes, call: call)
    return ClientResponse(
      message: message,
      metadata: call.receivedMetadata ?? [:],
      trailers: call.statusIfFinished?.1 ?? [:])
  }
}

extension GRPCClient {
  /// Calls a unary method: the request and response types are the method's.
  /// - Throws: ``RPCError`` with the status of a call that did not end OK.
  @inlinable
  public func unary<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: UnaryMethod<Request, Response>,
    request: Request,
    responseType: Response.Type = Response.self,
    metadata: Metadata = [:],
    options: CallOptions = .defaults
  ) async throws(RPCError) -> ClientResponse<Response> {
    try await unary(
      method.descriptor, request: request, responseType: responseType, metadata: metadata,
      options: options)
  }

  /// Calls a server-streaming method: the request and response types are the method's.
  @inlinable
  public func serverStreaming<Request: ProtoMessage, Response: ProtoMessage, Result>(
    _ method: ServerStreamingMethod<Request, Response>,
    request: Request,
    responseType: Response.Type = Response.self,
    metadata: Metadata = [:],
    options: CallOptions = .defaults,
    _ body: (ClientResponseStream<Response>) async throws -> Result
  ) async throws -> Result {
    try await serverStreaming(
      method.descriptor, request: request, responseType: responseType, metadata: metadata,
      options: options, body)
  }
}

extension GRPCClient {
  /// Every item of a paged list (the first `limit` when given): calls `method` page after
  /// page, each with the previous page's token, and joins what `items` takes from each page.
  /// - Throws: ``RPCError`` with the status of the first page that did not end OK.
  public func all<Request: PagedRequest, Response: PagedResponse, Item>(
    _ method: UnaryMethod<Request, Response>, _ request: Request,
    items: (Response) -> [Item], limit: Int? = nil, metadata: Metadata = [:],
    options: CallOptions = .defaults
  ) async throws(RPCError) -> [Item] {
    var request = request
    var collected: [Item] = []
    repeat {
      let page = try await unary(method, request: request, metadata: metadata, options: options)
        .message
      collected += items(page)
      request.pageToken = page.nextPageToken
    } while !request.pageToken.isEmpty && collected.count < limit ?? .max
    return Array(collected.prefix(limit ?? .max))
  }
}
