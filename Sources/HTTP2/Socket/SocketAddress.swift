internal import CLinux
internal import Glibc

/// An IPv4 or IPv6 address and port.
public struct SocketAddress: Sendable, CustomStringConvertible {
  private var storage: sockaddr_storage

  /// The address of a numeric `host` (or `localhost`) and `port`.
  public init(host: String, port: Int) throws(SocketError) {
    storage = sockaddr_storage()
    let name = host == "localhost" ? "127.0.0.1" : host
    var v4 = sockaddr_in()
    var v6 = sockaddr_in6()
    if inet_pton(AF_INET, name, &v4.sin_addr) == 1 {
      v4.sin_family = sa_family_t(AF_INET)
      v4.sin_port = in_port_t(UInt16(port).bigEndian)
      withUnsafeMutableBytes(of: &storage) { target in
        withUnsafeBytes(of: v4) { target.copyMemory(from: $0) }
      }
    } else if inet_pton(AF_INET6, name, &v6.sin6_addr) == 1 {
      v6.sin6_family = sa_family_t(AF_INET6)
      v6.sin6_port = in_port_t(UInt16(port).bigEndian)
      withUnsafeMutableBytes(of: &storage) { target in
        withUnsafeBytes(of: v6) { target.copyMemory(from: $0) }
      }
    } else {
      throw SocketError(
        operation: "parse address \(host) (give a numeric IPv4 or IPv6 address)",
        errorNumber: EINVAL)
    }
  }

  init(storage: sockaddr_storage) { self.storage = storage }

  /// The first address `host` resolves to (numeric addresses without a lookup). Blocks
  /// during a DNS lookup: call it off the event loops.
  public static func resolve(host: String, port: Int) throws(SocketError) -> SocketAddress {
    if let numeric = try? SocketAddress(host: host, port: port) { return numeric }
    var hints = addrinfo()
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    hints.ai_family = AF_UNSPEC
    var list: UnsafeMutablePointer<addrinfo>?
    let result = getaddrinfo(host, String(port), &hints, &list)
    guard result == 0, let first = list else {
      let reason = result == 0 ? "no address" : String(cString: gai_strerror(result))
      throw SocketError(operation: "resolve \(host) (\(reason))", errorNumber: EHOSTUNREACH)
    }
    defer { freeaddrinfo(list) }
    var storage = sockaddr_storage()
    withUnsafeMutableBytes(of: &storage) { target in
      target.copyMemory(
        from: UnsafeRawBufferPointer(
          start: first.pointee.ai_addr, count: Int(first.pointee.ai_addrlen)))
    }
    return SocketAddress(storage: storage)
  }

  /// Whether `host` is a numeric address (or `localhost`), which needs no lookup.
  public static func isNumeric(_ host: String) -> Bool {
    (try? SocketAddress(host: host, port: 0)) != nil
  }

  var family: Int32 { Int32(storage.ss_family) }

  /// The port.
  public var port: Int {
    withUnsafeBytes(of: storage) { bytes in
      if family == AF_INET6 {
        Int(UInt16(bigEndian: bytes.load(as: sockaddr_in6.self).sin6_port))
      } else {
        Int(UInt16(bigEndian: bytes.load(as: sockaddr_in.self).sin_port))
      }
    }
  }

  /// `address:port`, or `[address]:port` for IPv6.
  public var description: String {
    var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
    withUnsafeBytes(of: storage) { bytes in
      if family == AF_INET6 {
        var address = bytes.load(as: sockaddr_in6.self).sin6_addr
        _ = inet_ntop(AF_INET6, &address, &text, socklen_t(text.count))
      } else {
        var address = bytes.load(as: sockaddr_in.self).sin_addr
        _ = inet_ntop(AF_INET, &address, &text, socklen_t(text.count))
      }
    }
    let host = String(
      decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return family == AF_INET6 ? "[\(host)]:\(port)" : "\(host):\(port)"
  }

  func withSockAddr<Result>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result {
    let length =
      family == AF_INET6 ? MemoryLayout<sockaddr_in6>.size : MemoryLayout<sockaddr_in>.size
    return withUnsafeBytes(of: storage) { bytes in
      body(bytes.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t(length))
    }
  }
}
