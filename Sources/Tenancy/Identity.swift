public import Identifiers
public import RPC

/// Who is calling, from the single URI SAN of the verified client certificate.
public enum Identity: Sendable, Hashable, CustomStringConvertible {
  /// A municipality's backend: `spiffe://samarbeid/kommune/<kommunenummer>`.
  case municipality(Kommunenummer)
  /// IMDi's oversight client: `spiffe://samarbeid/oversight/imdi`.
  case oversight
  /// The load-testing harness: `spiffe://samarbeid/loadtest/<name>`.
  case loadTest(name: String)

  static let prefix = "spiffe://samarbeid/"

  /// The identity of `certificate`.
  /// - Throws: ``RPCError`` UNAUTHENTICATED when the certificate has no URI SAN or several,
  ///   PERMISSION_DENIED when its URI names no known identity.
  public init(certificate: PeerInfo.Certificate) throws(RPCError) {
    guard certificate.uriSANs.count == 1, let uri = certificate.uriSANs.first else {
      throw RPCError(
        code: .unauthenticated,
        message: "the client certificate must carry exactly one URI SAN naming the caller "
          + "(spiffe://samarbeid/kommune/<kommunenummer>, .../oversight/imdi or .../loadtest/<name>); "
          + "it has \(certificate.uriSANs.count)")
    }
    self = try Self.parse(uri)
  }

  /// The identity a URI names.
  /// - Throws: ``RPCError`` PERMISSION_DENIED for a URI that names no known identity.
  public static func parse(_ uri: String) throws(RPCError) -> Identity {
    guard uri.hasPrefix(prefix) else { throw unknown(uri) }
    let parts = uri.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2 else { throw unknown(uri) }
    switch parts[0] {
    case "kommune":
      do {
        return .municipality(try Kommunenummer(String(parts[1])))
      } catch {
        throw RPCError(code: .permissionDenied, message: "identity \(uri): \(error.message)")
      }
    case "oversight" where parts[1] == "imdi":
      return .oversight
    case "loadtest" where Self.isName(parts[1]):
      return .loadTest(name: String(parts[1]))
    default:
      throw unknown(uri)
    }
  }

  private static func isName(_ text: Substring) -> Bool {
    !text.isEmpty && text.count <= 64
      && text.utf8.allSatisfy {
        ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D
      }
  }

  private static func unknown(_ uri: String) -> RPCError {
    RPCError(
      code: .permissionDenied,
      message:
        "identity \(uri) is not one this service knows (spiffe://samarbeid/kommune/<kommunenummer>, "
        + "spiffe://samarbeid/oversight/imdi, spiffe://samarbeid/loadtest/<name>)")
  }

  /// The URI form.
  public var uri: String {
    switch self {
    case .municipality(let number): Self.prefix + "kommune/\(number)"
    case .oversight: Self.prefix + "oversight/imdi"
    case .loadTest(let name): Self.prefix + "loadtest/\(name)"
    }
  }

  public var description: String { uri }
}
