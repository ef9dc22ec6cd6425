internal import Glibc
internal import Synchronization

/// How many connections each client may hold at once: per identity (its certificate's URI
/// SAN) and, for clients without a certificate, per source address. Shared by a server's
/// connections; a connection is counted from its TLS handshake to its close.
public final class HTTP2Admission: Sendable {
  private let limits: Mutex<(perIdentity: Int?, perAddress: Int?)>
  private let counts = Mutex<[String: Int]>([:])

  public init(maxPerIdentity: Int?, maxPerAddress: Int?) {
    limits = Mutex((maxPerIdentity, maxPerAddress))
  }

  /// Connections one certificate identity may hold (nil: no limit).
  public var maxPerIdentity: Int? { limits.withLock { $0.perIdentity } }
  /// Connections one source address may hold when it shows no certificate (nil: no limit).
  public var maxPerAddress: Int? { limits.withLock { $0.perAddress } }

  /// New limits for connections from now on (those open stay).
  public func setLimits(perIdentity: Int?, perAddress: Int?) {
    limits.withLock { $0 = (perIdentity, perAddress) }
  }

  /// The key a connection is counted under, and its limit: the identity, else the source
  /// address (`1.2.3.4:port` by its host, `[v6]:port` by its /64, since one IPv6 host may
  /// hold a whole /64).
  public func key(identity: String?, remoteAddress: String) -> (key: String, limit: Int?) {
    if let identity { return ("identity \(identity)", maxPerIdentity) }
    let host =
      remoteAddress.lastIndex(of: ":").map { String(remoteAddress[..<$0]) } ?? remoteAddress
    guard host.hasPrefix("["), host.hasSuffix("]") else {
      return ("address \(host)", maxPerAddress)
    }
    var address = in6_addr()
    guard inet_pton(AF_INET6, String(host.dropFirst().dropLast()), &address) == 1 else {
      return ("address \(host)", maxPerAddress)
    }
    let prefix = withUnsafeBytes(of: &address) { bytes in
      bytes.prefix(8).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
    return ("address \(prefix)::/64", maxPerAddress)
  }

  /// Counts a connection under `key` unless that would pass `limit`.
  public func admit(_ key: String, limit: Int?) -> Bool {
    counts.withLock { counts in
      let held = counts[key, default: 0]
      if let limit, held >= limit { return false }
      counts[key] = held + 1
      return true
    }
  }

  /// Releases a connection counted under `key`.
  public func release(_ key: String) {
    counts.withLock { counts in
      let held = counts[key, default: 0] - 1
      counts[key] = held > 0 ? held : nil
    }
  }

  /// Connections held per key now (for tests and metrics).
  public var held: [String: Int] { counts.withLock { $0 } }
}
