internal import Glibc

/// The header names the gRPC layer treats specially, recognised from their bytes.
enum HeaderName {
  case method, path, authority, status, contentType, timeout, encoding, acceptEncoding
  case grpcStatus, grpcMessage, reserved, custom

  init(_ name: UnsafeRawBufferPointer) {
    func equals(_ known: StaticString) -> Bool {
      known.utf8CodeUnitCount == name.count
        && memcmp(known.utf8Start, name.baseAddress!, name.count) == 0
    }
    switch name.count {
    case 0: self = .reserved
    case 2: self = equals("te") ? .reserved : .custom
    case 4: self = equals("host") ? .reserved : .custom
    case 5: self = equals(":path") ? .path : .custom
    case 7:
      self =
        equals(":method")
        ? .method
        : equals(":status")
          ? .status : equals(":scheme") || equals("upgrade") ? .reserved : .custom
    case 10:
      // user-agent belongs to the call definition (PROTOCOL-HTTP2.md), not to custom metadata.
      self =
        equals(":authority")
        ? .authority
        : equals("connection") || equals("keep-alive") || equals("user-agent") ? .reserved : .custom
    case 11: self = equals("grpc-status") ? .grpcStatus : .custom
    case 12:
      self =
        equals("content-type")
        ? .contentType
        : equals("grpc-timeout") ? .timeout : equals("grpc-message") ? .grpcMessage : .custom
    case 13: self = equals("grpc-encoding") ? .encoding : .custom
    case 14: self = equals("content-length") ? .reserved : .custom
    case 16: self = equals("proxy-connection") ? .reserved : .custom
    case 17: self = equals("grpc-message-type") || equals("transfer-encoding") ? .reserved : .custom
    case 20: self = equals("grpc-accept-encoding") ? .acceptEncoding : .custom
    default: self = name.first == UInt8(ascii: ":") ? .reserved : .custom
    }
  }

  /// Whether `value` is exactly `text`.
  static func equals(_ value: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
    value.count == text.utf8CodeUnitCount
      && (value.isEmpty || memcmp(text.utf8Start, value.baseAddress!, value.count) == 0)
  }

  /// `application/grpc`, optionally followed by `+format` or `;parameters`.
  static func isGRPCContentType(_ value: UnsafeRawBufferPointer) -> Bool {
    let prefix: StaticString = "application/grpc"
    let length = prefix.utf8CodeUnitCount
    guard value.count >= length, memcmp(prefix.utf8Start, value.baseAddress!, length) == 0 else {
      return false
    }
    guard value.count > length else { return true }
    return value[length] == UInt8(ascii: "+") || value[length] == UInt8(ascii: ";")
  }
}
