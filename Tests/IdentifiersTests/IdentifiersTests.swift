import Identifiers
import Testing

@Suite("Norwegian identifiers") struct IdentifiersTests {
  @Test(
    "organisasjonsnummer: MOD11 with weights 3,2,7,6,5,4,3,2",
    arguments: ["123456785", "974760673", "971524960"])
  func validOrganisationNumbers(text: String) throws {
    #expect(try Organisasjonsnummer(text).digits == text)
  }

  @Test(
    "organisasjonsnummer refused with the rule",
    arguments: [
      (
        "123456789",
        "organisasjonsnummer 123456789 fails the MOD11 check (its last digit is the check digit)"
      ),
      ("12345678", "organisasjonsnummer \"12345678\" must be 9 digits"),
      ("12345678a", "organisasjonsnummer \"12345678a\" must be 9 digits"),
      // 4 x 3 = 12, r = 1: no check digit exists for these 8 digits.
      (
        "400000000",
        "organisasjonsnummer 400000000 fails the MOD11 check (its last digit is the check digit)"
      ),
    ])
  func invalidOrganisationNumbers(text: String, message: String) {
    #expect(throws: IdentifierError.self) { try Organisasjonsnummer(text) }
    do {
      _ = try Organisasjonsnummer(text)
    } catch {
      #expect(error.message == message)
    }
  }

  @Test(
    "kontonummer: MOD11 with weights 5,4,3,2,7,6,5,4,3,2",
    arguments: ["86011117947", "12345678903"])
  func validAccounts(text: String) throws {
    #expect(try Kontonummer(text).digits == text)
  }

  @Test("kontonummer refused", arguments: ["86011117948", "8601.11.17947", "1234567890"])
  func invalidAccounts(text: String) {
    #expect(throws: IdentifierError.self) { try Kontonummer(text) }
  }

  @Test(
    "kommunenummer: 4 digits, a county prefix",
    arguments: ["0301", "4601", "5501", "1508", "0602", "3999"])
  func validMunicipalityNumbers(text: String) throws {
    #expect(try Kommunenummer(text).digits == text)
  }

  @Test("kommunenummer refused", arguments: ["301", "03011", "9901", "2101", "0300", "03a1"])
  func invalidMunicipalityNumbers(text: String) {
    #expect(throws: IdentifierError.self) { try Kommunenummer(text) }
  }
}
