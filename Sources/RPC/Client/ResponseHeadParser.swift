/// Reads a response header block (the initial headers, a trailers-only response, or the
/// trailers) from its fields as they arrive. Only custom metadata and the status message
/// become strings.
///
/// Broken peers and proxies answer with other HTTP statuses and content types and without
/// a `grpc-status`; the parser synthesizes the status gRPC prescribes for those
/// (PROTOCOL-HTTP2.md, "HTTP to gRPC Status Code Mapping").
public struct ResponseHeadParser: Sendable {
  private let maxHeaderListSize: Int
  /// The header list size so far, counted as HTTP/2 does (name + value + 32 per field).
  public private(set) var headerListSize = 0
  private var httpStatus: Int?
  private var contentTypeIsGRPC = false
  private var contentType: String?
  private var grpcStatus: Int?
  private var malformedStatus: String?
  private var grpcMessage: String?
  private var encoding: String?
  private var metadata = Metadata()
  private var metadataError: RPCError?

  /// A parser that keeps fields up to `maxHeaderListSize`.
  public init(maxHeaderListSize: Int) {
    self.maxHeaderListSize = maxHeaderListSize
  }

  /// Takes one header field; the buffers are read during the call only.
  public mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
    headerListSize += name.count + value.count + 32
    guard headerListSize <= maxHeaderListSize else { return }
    switch HeaderName(name) {
    case .status:
      httpStatus = Self.parseInteger(value)
    case .contentType:
      contentTypeIsGRPC = HeaderName.isGRPCContentType(value)
      if !contentTypeIsGRPC { contentType = String(decoding: value, as: UTF8.self) }
    case .grpcStatus:
      grpcStatus = Self.parseInteger(value)
      if grpcStatus == nil { malformedStatus = String(decoding: value, as: UTF8.self) }
    case .grpcMessage:
      grpcMessage = PercentEncoding.decode(String(decoding: value, as: UTF8.self))
    case .encoding:
      encoding = String(decoding: value, as: UTF8.self)
    case .custom:
      do throws(RPCError) {
        try metadata.addHeader(
          name: String(decoding: name, as: UTF8.self),
          value: String(decoding: value, as: UTF8.self)
        )
      } catch {
        if metadataError == nil { metadataError = error }
      }
    case .method, .path, .authority, .timeout, .acceptEncoding, .reserved:
      return
    }
  }

  /// The initial headers of a response that continues with messages: their metadata and
  /// the response's encoding, or the status that ends the call when they are not a gRPC
  /// response (or carry a `grpc-status` already).
  public func finishHeaders(compression: CompressionRegistry) -> Result<ResponseHead, ResponseEnd> {
    if let problem = headerProblem() { return .failure(problem) }
    if grpcStatus != nil || malformedStatus != nil { return .failure(finishTrailers()) }
    var decompressor: (any MessageCompressor)?
    if let encoding, encoding != "identity" {
      guard let found = compression.compressor(named: encoding) else {
        return .failure(
          ResponseEnd(
            status: Status(
              code: .internal,
              message: "the response uses grpc-encoding \(encoding), which this client does not "
                + "support (it accepts \(compression.acceptEncodingHeader))"
            ),
            trailers: metadata
          )
        )
      }
      decompressor = found
    }
    return .success(ResponseHead(metadata: metadata, decompressor: decompressor))
  }

  /// A trailers-only response: the status it carries, or the one a broken peer implies.
  public func finishTrailersOnly() -> ResponseEnd {
    headerProblem() ?? finishTrailers()
  }

  /// The trailers: the status and trailing metadata.
  public func finishTrailers() -> ResponseEnd {
    guard headerListSize <= maxHeaderListSize else {
      return ResponseEnd(
        status: Status(
          code: .resourceExhausted,
          message: "response header list of \(headerListSize) bytes exceeds the limit of "
            + "\(maxHeaderListSize) (name + value + 32 bytes per field)"
        ),
        trailers: [:]
      )
    }
    if let metadataError { return ResponseEnd(status: metadataError.status, trailers: [:]) }
    guard let grpcStatus else {
      let message =
        malformedStatus.map { "the server sent a malformed grpc-status \($0.debugDescription)" }
        ?? "the server ended the response without a grpc-status"
      return ResponseEnd(status: Status(code: .unknown, message: message), trailers: metadata)
    }
    return ResponseEnd(
      status: Status(code: Status.Code(rawValue: grpcStatus), message: grpcMessage ?? ""),
      trailers: metadata
    )
  }

  /// Why the first header block is not a gRPC response, as the status to end with.
  private func headerProblem() -> ResponseEnd? {
    guard headerListSize <= maxHeaderListSize else { return finishTrailers() }
    guard let httpStatus, httpStatus == 200 else {
      // A grpc-status from the server says more than the HTTP status does.
      if grpcStatus != nil { return finishTrailers() }
      let code: Status.Code =
        switch httpStatus {
        case 400: .internal
        case 401: .unauthenticated
        case 403: .permissionDenied
        case 404: .unimplemented
        case 429, 502, 503, 504: .unavailable
        default: .unknown
        }
      let text = httpStatus.map { "HTTP \($0)" } ?? "no :status"
      return ResponseEnd(
        status: Status(code: code, message: "the server answered \(text), not a gRPC response"),
        trailers: metadata
      )
    }
    guard contentTypeIsGRPC else {
      return ResponseEnd(
        status: Status(
          code: .unknown,
          message: "the response content-type \(contentType ?? "(none)") is not application/grpc"
        ),
        trailers: metadata
      )
    }
    return nil
  }

  private static func parseInteger(_ value: UnsafeRawBufferPointer) -> Int? {
    guard !value.isEmpty, value.count <= 9 else { return nil }
    var result = 0
    for byte in value {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      result = result * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return result
  }
}

/// The initial headers of a gRPC response.
public struct ResponseHead: Sendable {
  /// Custom metadata.
  public var metadata: Metadata
  /// Decompresses the response messages (`grpc-encoding`); nil for identity.
  public var decompressor: (any MessageCompressor)?
}

/// How a response ended: its status and trailing metadata.
public struct ResponseEnd: Error, Sendable {
  /// The status.
  public var status: Status
  /// Trailing metadata.
  public var trailers: Metadata

  /// An end with `status` and `trailers`.
  public init(status: Status, trailers: Metadata) {
    self.status = status
    self.trailers = trailers
  }
}
