internal import Foundation
internal import RPC
internal import Tenancy

/// The refusals every grant rule uses; each message names the rule and what is allowed.
enum GrantRules {
  /// A malformed value.
  static func invalid(_ message: String) -> RPCError {
    RPCError(code: .invalidArgument, message: message)
  }

  /// A rule or state the request violates.
  static func violation(_ message: String) -> RPCError {
    RPCError(code: .failedPrecondition, message: message)
  }

  /// Every rule that failed, in one refusal.
  static func violations(_ failures: [String], subject: String) -> RPCError {
    if failures.count == 1 { return violation("\(subject): \(failures[0])") }
    let listed = failures.enumerated().map { "(\($0.offset + 1)) \($0.element)" }.joined(
      separator: "; ")
    return violation("\(subject) fails \(failures.count) rules: \(listed)")
  }

  static func year(_ year: Int32) throws(RPCError) -> Int32 {
    guard (2000...2100).contains(year) else {
      throw invalid("year must be 2000 to 2100, not \(year)")
    }
    return year
  }

  static func date(_ text: String, field: String) throws(RPCError) -> String {
    guard CivilTime.isDate(text) else {
      throw invalid("\(field) must be a date written YYYY-MM-DD, not \(text.debugDescription)")
    }
    return text
  }

  static func amount(_ ore: Int64, field: String, allowZero: Bool = false) throws(RPCError) -> Int64
  {
    let range: ClosedRange<Int64> = (allowZero ? 0 : 1)...1_000_000_000_000
    guard range.contains(ore) else {
      throw invalid(
        "\(field) must be \(allowZero ? 0 : 1) to 1,000,000,000,000 øre (10 billion NOK), not \(ore)"
      )
    }
    return ore
  }

  static func text(_ value: String, field: String, maximum: Int, required: Bool = false)
    throws(RPCError) -> String
  {
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.count <= maximum else {
      throw invalid("\(field) must be at most \(maximum) characters")
    }
    guard !required || !trimmed.isEmpty else { throw invalid("\(field) is required") }
    return trimmed
  }

  /// NOK with thousands separators, e.g. `1 250 000,50 kr`.
  static func kroner(_ ore: Int64) -> String {
    let whole = abs(ore) / 100
    let fraction = abs(ore) % 100
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = " " + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    let sign = ore < 0 ? "-" : ""
    return sign + digits + grouped + (fraction == 0 ? "" : String(format: ",%02d", fraction))
      + " kr"
  }

  /// Whether `date` is within `days` days after `start` (both YYYY-MM-DD).
  static func isWithin(days: Int, of start: String, date: String) -> Bool {
    guard let from = CivilTime.dayNumber(start), let to = CivilTime.dayNumber(date) else {
      return false
    }
    return (from...from + days).contains(to)
  }
}
