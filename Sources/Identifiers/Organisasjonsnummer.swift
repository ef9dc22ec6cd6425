internal import RPC

/// An organisation number in Enhetsregisteret: 9 digits, the last a modulus 11 check digit
/// over the first 8 (weights 3, 2, 7, 6, 5, 4, 3, 2).
public struct Organisasjonsnummer: Hashable, Sendable, CustomStringConvertible {
  public let digits: String
  static let weights = [3, 2, 7, 6, 5, 4, 3, 2]

  /// Validates `text`.
  /// - Throws: ``IdentifierError`` saying what is wrong and what is allowed.
  public init(_ text: String) throws(IdentifierError) {
    guard let bytes = Modulus11.digits(text, count: 9) else {
      throw IdentifierError("organisasjonsnummer \(Quote.short(text)) must be 9 digits")
    }
    guard Modulus11.isValid(bytes, weights: Self.weights) else {
      throw IdentifierError(
        "organisasjonsnummer \(text) fails the MOD11 check (its last digit is the check digit)")
    }
    digits = text
  }

  public var description: String { digits }
}
