import Tenancy
import Testing

@Suite("Record identifiers") struct RecordIDsTests {
  let ids = RecordIDs(key: Array(0..<16))

  @Test("identifiers carry their tenant sealed: the server reads it back, nothing else shows")
  func sealed() {
    let first = ids.make(kind: "org", tenantOrdinal: 7)
    let second = ids.make(kind: "org", tenantOrdinal: 7)
    #expect(first != second)
    #expect(first.hasPrefix("org_") && first.count == 30)
    #expect(ids.tenantOrdinal(of: first, kind: "org") == 7)
    #expect(ids.tenantOrdinal(of: second, kind: "org") == 7)
    // Another key reads another (meaningless) tenant.
    let other = RecordIDs(key: Array(repeating: 9, count: 16))
    #expect(other.tenantOrdinal(of: first, kind: "org") != 7)
    // Consecutive identifiers of one tenant share no prefix beyond the kind.
    #expect(first.dropFirst(4).prefix(4) != second.dropFirst(4).prefix(4))
  }

  @Test(
    "malformed identifiers name no tenant",
    arguments: [
      "org_short", "app_0123456789abcdefghjkmnpqrs", "org_0123456789abcdefghjkmnpqrU",
      "org_zzzzzzzzzzzzzzzzzzzzzzzzzz",
    ])
  func malformed(text: String) {
    #expect(ids.tenantOrdinal(of: text, kind: "org") == nil)
  }
}
