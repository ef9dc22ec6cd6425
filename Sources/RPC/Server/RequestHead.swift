/// A request's headers, checked against the gRPC protocol.
public struct RequestHead: Sendable {
  /// The method the `:path` names.
  public var method: MethodDescriptor
  /// How long the client waits, from `grpc-timeout`.
  public var timeout: Duration?
  /// The request's `grpc-encoding`, nil for identity.
  public var encoding: String?
  /// What the client accepts for responses (`grpc-accept-encoding`).
  public var acceptEncodings: [String]
  /// Custom metadata.
  public var metadata: Metadata
  /// The `:authority`.
  public var authority: String?
}

/// Why a request is answered without running a handler, and how.
public struct RequestRejection: Error, Sendable {
  /// The HTTP status (200 for gRPC-level errors; 405 and 415 for non-gRPC requests).
  public var httpStatus: Int
  /// The gRPC status in the trailers.
  public var status: Status
  /// Extra response headers, e.g. `grpc-accept-encoding` for an unknown encoding.
  public var headers: [(name: String, value: String)] = []
}

extension RequestHead {
  /// Checks a request's headers.
  /// - Parameters:
  ///   - headers: every field received, pseudo-headers included.
  ///   - headerListSize: their size counted as HTTP/2 does (name + value + 32 each).
  ///   - maxHeaderListSize: the limit; beyond it the fields were not all kept.
  ///   - compression: the encodings the server supports.
  public static func parse(
    _ headers: [(name: String, value: String)],
    headerListSize: Int,
    maxHeaderListSize: Int,
    compression: CompressionRegistry
  ) -> Result<RequestHead, RequestRejection> {
    guard headerListSize <= maxHeaderListSize else {
      return .failure(
        RequestRejection(
          httpStatus: 200,
          status: Status(
            code: .resourceExhausted,
            message: "request header list of \(headerListSize) bytes exceeds the limit of "
              + "\(maxHeaderListSize) (name + value + 32 bytes per field)"
          )
        )
      )
    }
    var httpMethod: String?
    var path: String?
    var contentType: String?
    var timeoutText: String?
    var encoding: String?
    var acceptEncodings: [String] = []
    var authority: String?
    var metadata = Metadata()
    for (name, value) in headers {
      switch name {
      case ":method": httpMethod = value
      case ":path": path = value
      case ":authority": authority = value
      case "content-type": contentType = value
      case "grpc-timeout": timeoutText = value
      case "grpc-encoding": encoding = value
      case "grpc-accept-encoding":
        acceptEncodings += value.split(separator: ",").map { $0.trimmingASCIIWhitespace() }
      default:
        guard !Metadata.isReserved(name) else { continue }
        do throws(RPCError) {
          try metadata.addHeader(name: name, value: value)
        } catch {
          return .failure(RequestRejection(httpStatus: 200, status: error.status))
        }
      }
    }
    guard httpMethod == "POST" else {
      return .failure(
        RequestRejection(
          httpStatus: 405,
          status: Status(
            code: .internal,
            message: "gRPC requests use :method POST, not \(httpMethod ?? "none")"
          )
        )
      )
    }
    guard let contentType, isGRPCContentType(contentType) else {
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
    guard let path, let method = MethodDescriptor(path: path) else {
      return .failure(
        RequestRejection(
          httpStatus: 200,
          status: Status(
            code: .unimplemented,
            message: ":path \(path ?? "(none)") is not /package.Service/Method"
          )
        )
      )
    }
    var timeout: Duration?
    if let timeoutText {
      guard let parsed = GRPCTimeout.parse(timeoutText) else {
        return .failure(
          RequestRejection(
            httpStatus: 200,
            status: Status(
              code: .internal,
              message: "grpc-timeout \(timeoutText.debugDescription) is malformed: expected 1 to 8 "
                + "digits and a unit H, M, S, m, u or n"
            )
          )
        )
      }
      timeout = parsed
    }
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
      if requested == "identity" { encoding = nil }
    }
    return .success(
      RequestHead(
        method: method,
        timeout: timeout,
        encoding: encoding,
        acceptEncodings: acceptEncodings,
        metadata: metadata,
        authority: authority
      )
    )
  }

  /// `application/grpc`, optionally followed by `+format` or `;parameters`.
  static func isGRPCContentType(_ value: String) -> Bool {
    guard value.hasPrefix("application/grpc") else { return false }
    let rest = value.utf8.dropFirst("application/grpc".utf8.count)
    return rest.isEmpty || rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: ";")
  }
}
