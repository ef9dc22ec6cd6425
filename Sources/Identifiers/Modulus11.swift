/// The modulus 11 check digit of Norwegian organisation and account numbers: weights on the
/// leading digits, r = sum mod 11, check digit 11 - r, with r = 0 giving 0 and r = 1 making
/// the number invalid.
enum Modulus11 {
  /// Whether `digits` (all ASCII digits) ends in the right check digit for `weights`.
  static func isValid(_ digits: [UInt8], weights: [Int]) -> Bool {
    precondition(digits.count == weights.count + 1)
    let sum = zip(digits, weights).reduce(0) { $0 + Int($1.0 - UInt8(ascii: "0")) * $1.1 }
    let remainder = sum % 11
    guard remainder != 1 else { return false }
    let check = remainder == 0 ? 0 : 11 - remainder
    return Int(digits[weights.count] - UInt8(ascii: "0")) == check
  }

  /// `text`'s bytes when it is exactly `count` ASCII digits.
  static func digits(_ text: String, count: Int) -> [UInt8]? {
    let bytes = Array(text.utf8)
    guard bytes.count == count,
      bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else {
      return nil
    }
    return bytes
  }
}
