/// A request's headers, checked against the gRPC protocol.
public struct RequestHead: Sendable {
  /// The `:path`, e.g. `/grpc.health.v1.Health/Check`.
  public var path: String
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
  /// Checks a request's headers (the string form of ``RequestHeadParser``).
  /// - Parameters:
  ///   - headers: every field received, pseudo-headers included.
  ///   - headerListSize: their size as counted by the transport (which may have dropped
  ///     fields past the limit).
  ///   - maxHeaderListSize: the limit; beyond it the fields were not all kept.
  ///   - compression: the encodings the server supports.
  public static func parse(
    _ headers: [(name: String, value: String)],
    headerListSize: Int,
    maxHeaderListSize: Int,
    compression: CompressionRegistry
  ) -> Result<RequestHead, RequestRejection> {
    if headerListSize > maxHeaderListSize {
      return .failure(
        RequestHeadParser.headerListTooLarge(size: headerListSize, limit: maxHeaderListSize))
    }
    var parser = RequestHeadParser(maxHeaderListSize: maxHeaderListSize)
    for (name, value) in headers {
      var name = name
      var value = value
      name.withUTF8 { nameBytes in
        value.withUTF8 { valueBytes in
          parser.add(
            name: UnsafeRawBufferPointer(nameBytes), value: UnsafeRawBufferPointer(valueBytes))
        }
      }
    }
    return parser.finish(compression: compression)
  }
}
