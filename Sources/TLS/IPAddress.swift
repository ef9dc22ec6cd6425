internal import Glibc

/// Recognises IP address literals, which TLS verifies as addresses and never sends as SNI.
enum IPAddress {
  static func isLiteral(_ text: String) -> Bool {
    var v4 = in_addr()
    var v6 = in6_addr()
    return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
  }
}
