internal import RPC

/// A municipality's number: 4 digits, the first two its county. Numbers change at reforms
/// (114 changed on 1 January 2024), so a tenant keeps a history of them.
public struct Kommunenummer: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 4 digits.
  public let digits: String

  /// County numbers in use at some time since 1972: before 2020 (01-20), 2020-2023 (30, 34,
  /// 38, 42, 46, 50, 54) and from 2024 (31, 32, 33, 39, 40, 55, 56).
  public static let counties: Set<String> = [
    "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "14", "15", "16", "17",
    "18", "19", "20", "30", "31", "32", "33", "34", "38", "39", "40", "42", "46", "50", "54", "55",
    "56",
  ]

  /// Validates `text`.
  /// - Throws: ``IdentifierError`` saying what is wrong and what is allowed.
  public init(_ text: String) throws(IdentifierError) {
    guard text.utf8.count == 4,
      text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else {
      throw IdentifierError("kommunenummer \(Quote.short(text)) must be 4 digits")
    }
    let county = String(text.prefix(2))
    guard Self.counties.contains(county), !text.hasSuffix("00") else {
      throw IdentifierError(
        "kommunenummer \(text) has no municipality: its first two digits must be a county number "
          + "(e.g. 03 Oslo, 46 Vestland) and the last two not 00")
    }
    digits = text
  }

  /// The county number, e.g. `46`.
  public var county: String { String(digits.prefix(2)) }

  public var description: String { digits }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.digits < rhs.digits }
}
