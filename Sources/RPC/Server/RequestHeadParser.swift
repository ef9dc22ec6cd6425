internal import Glibc

/// Builds a ``RequestHead`` from header fields as they arrive, reading the protocol's own
/// headers from their bytes so that only the path and custom metadata become strings.
///
/// Fields past the header-list limit are counted but not kept, so a compressed header bomb
/// cannot grow memory.
public struct RequestHeadParser: Sendable {
  private let maxHeaderListSize: Int
  /// The header list size so far, counted as HTTP/2 does (name + value + 32 per field).
  public private(set) var headerListSize = 0
  private var method: String?
  private var methodIsPOST = false
  private var path: String?
  private var contentType: String?
  private var contentTypeIsGRPC = false
  private var timeout: Duration?
  private var malformedTimeout: String?
  private var encoding: String?
  private var acceptEncodings: [String] = []
  private var authority: String?
  private var metadata = Metadata()
  private var metadataError: RPCError?

  /// Whether the fields passed the header-list limit (the request is refused).
  public var exceedsHeaderListLimit: Bool { headerListSize > maxHeaderListSize }

  /// A parser that keeps fields up to `maxHeaderListSize`.
  public init(maxHeaderListSize: Int) {
    self.maxHeaderListSize = maxHeaderListSize
  }

  /// Takes one header field; the buffers are read during the call only.
  public mutating func add(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
    headerListSize += name.count + value.count + 32
    guard headerListSize <= maxHeaderListSize else { return }
    switch HeaderName(name) {
    case .method:
      methodIsPOST = HeaderName.equals(value, "POST")
      if !methodIsPOST { method = String(decoding: value, as: UTF8.self) }
    case .path:
      path = String(decoding: value, as: UTF8.self)
    case .authority:
      authority = String(decoding: value, as: UTF8.self)
    case .contentType:
      contentTypeIsGRPC = HeaderName.isGRPCContentType(value)
      if !contentTypeIsGRPC { contentType = String(decoding: value, as: UTF8.self) }
    case .timeout:
      timeout = GRPCTimeout.parse(value)
      if timeout == nil { malformedTimeout = String(decoding: value, as: UTF8.self) }
    case .encoding:
      encoding = String(decoding: value, as: UTF8.self)
    case .acceptEncoding:
      for part in value.split(separator: UInt8(ascii: ",")) {
        acceptEncodings.append(String(decoding: part, as: UTF8.self).trimmingASCIIWhitespace())
      }
    case .reserved, .status, .grpcStatus, .grpcMessage:
      return
    case .custom:
      do throws(RPCError) {
        try metadata.addHeader(
          name: String(decoding: name, as: UTF8.self),
          value: String(decoding: value, as: UTF8.self)
        )
      } catch {
        if metadataError == nil { metadataError = error }
      }
    }
  }

  /// The request head, or how to answer a request that is not valid gRPC.
  public func finish(compression: CompressionRegistry) -> Result<RequestHead, RequestRejection> {
    guard headerListSize <= maxHeaderListSize else {
      return .failure(Self.headerListTooLarge(size: headerListSize, limit: maxHeaderListSize))
    }
    guard methodIsPOST else {
      return .failure(
        RequestRejection(
          httpStatus: 405,
          status: Status(
            code: .internal, message: "gRPC requests use :method POST, not \(method ?? "none")")
        )
      )
    }
    guard contentTypeIsGRPC else {
      return .failure(
        RequestRejection(
          httpStatus: 415,
          status: Status(
            code: .internal,
            message: "content-type \(contentType ?? "(none)") is not application/grpc[+proto]"
          )
        )
      )
    }
    guard let path else {
      return .failure(
        RequestRejection(
          httpStatus: 200, status: Status(code: .unimplemented, message: "the request has no :path")
        )
      )
    }
    if let malformedTimeout {
      return .failure(
        RequestRejection(
          httpStatus: 200,
          status: Status(
            code: .internal,
            message:
              "grpc-timeout \(malformedTimeout.debugDescription) is malformed: expected 1 to 8 "
              + "digits and a unit H, M, S, m, u or n"
          )
        )
      )
    }
    if let metadataError {
      return .failure(RequestRejection(httpStatus: 200, status: metadataError.status))
    }
    var requestEncoding = encoding
    if let requested = encoding {
      guard compression.supports(requested) else {
        return .failure(
          RequestRejection(
            httpStatus: 200,
            status: Status(
              code: .unimplemented,
              message: "grpc-encoding \(requested) is not supported; supported: "
                + compression.acceptEncodingHeader
            ),
            headers: [("grpc-accept-encoding", compression.acceptEncodingHeader)]
          )
        )
      }
      if requested == "identity" { requestEncoding = nil }
    }
    return .success(
      RequestHead(
        path: path,
        timeout: timeout,
        encoding: requestEncoding,
        acceptEncodings: acceptEncodings,
        metadata: metadata,
        authority: authority
      )
    )
  }

  /// The answer to a header list over the limit.
  static func headerListTooLarge(size: Int, limit: Int) -> RequestRejection {
    RequestRejection(
      httpStatus: 200,
      status: Status(
        code: .resourceExhausted,
        message: "request header list of \(size) bytes exceeds the limit of \(limit) "
          + "(name + value + 32 bytes per field)"
      )
    )
  }

}
