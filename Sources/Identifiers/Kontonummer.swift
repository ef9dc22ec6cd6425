internal import RPC

/// A Norwegian bank account number: 11 digits, the last a modulus 11 check digit over the
/// first 10 (weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2).
public struct Kontonummer: Hashable, Sendable, CustomStringConvertible {
  public let digits: String
  static let weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

  /// Validates `text` (digits only; no spaces or dots).
  /// - Throws: ``IdentifierError`` saying what is wrong and what is allowed.
  public init(_ text: String) throws(IdentifierError) {
    guard let bytes = Modulus11.digits(text, count: 11) else {
      throw IdentifierError(
        "kontonummer \(Quote.short(text)) must be 11 digits, without spaces or dots")
    }
    guard Modulus11.isValid(bytes, weights: Self.weights) else {
      throw IdentifierError(
        "kontonummer \(text) fails the MOD11 check (its last digit is the check digit)")
    }
    digits = text
  }

  public var description: String { digits }
}
