/// Identifiers of tenants and records. A record's identifier names its tenant
/// (`org-t-7f3k9q2m4x-5h2k8c1w9z3b`), so a request for another tenant's record is told apart
/// from one for a record that never existed: both are answered NOT_FOUND, the first is also
/// logged and counted.
public enum RecordID {
  static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

  /// A new tenant identifier, `t-` and 10 random characters.
  static func newTenantID() -> String {
    "t-" + random(10)
  }

  /// A new identifier for a record of `kind` (e.g. `org`) in `tenantID`.
  public static func make(kind: String, tenantID: String) -> String {
    "\(kind)-\(tenantID)-\(random(12))"
  }

  /// The tenant a record identifier names, if it has the form of one.
  public static func tenantID(of recordID: String, kind: String) -> String? {
    let prefix = kind + "-t-"
    guard recordID.hasPrefix(prefix) else { return nil }
    let rest = recordID.utf8.dropFirst(prefix.utf8.count)
    guard rest.count == 10 + 1 + 12,
      rest.allSatisfy({ alphabet.contains($0) || $0 == UInt8(ascii: "-") })
    else {
      return nil
    }
    return "t-" + String(decoding: rest.prefix(10), as: UTF8.self)
  }

  private static func random(_ count: Int) -> String {
    var generator = SystemRandomNumberGenerator()
    return String(
      decoding: (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] },
      as: UTF8.self)
  }
}
