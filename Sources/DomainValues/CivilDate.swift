/// A calendar date in Norway (years 1900 to 2200), as the service records dates: parsed from
/// YYYY-MM-DD once at the boundary, then compared and moved as a date, never as text.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Days since 1970-01-01.
  public let dayNumber: Int

  /// The date `text` names (YYYY-MM-DD, a real calendar date in 1900 to 2200); nil otherwise.
  public init?(_ text: String) {
    guard let civil = CivilTime.parseCivil(text) else { return nil }
    dayNumber = CivilTime.dayNumber(civil)
  }

  init(dayNumber: Int) { self.dayNumber = dayNumber }

  /// The last day stored for a period without an end (a meeting place, an agreement), so
  /// that "overlaps from..to" is two comparisons of YYYY-MM-DD text.
  public static let openEnd = "9999-12-31"

  /// `endsOn` as stored: the day, or ``openEnd`` when empty.
  public static func storedEnd(_ endsOn: String) -> String { endsOn.isEmpty ? openEnd : endsOn }

  /// Today in Norway.
  public static func today() -> CivilDate {
    CivilDate(CivilTime.today()) ?? CivilDate(dayNumber: 0)
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

  /// YYYY-MM-DD.
  public var description: String { CivilTime.format(CivilTime.civil(dayNumber: dayNumber)) }

  /// The year.
  public var year: Int { CivilTime.civil(dayNumber: dayNumber).year }

  /// This date `days` later (earlier when negative).
  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// Whether this date is `start` or within `days` days after it.
  public func isWithin(days: Int, after start: CivilDate) -> Bool {
    (start...start.adding(days: days)).contains(self)
  }

  /// This date `years` later (earlier when negative); 29 February becomes 28 February in a
  /// year without one.
  public func adding(years: Int) -> CivilDate {
    var civil = CivilTime.civil(dayNumber: dayNumber)
    civil.year += years
    civil.day = min(civil.day, CivilTime.daysIn(month: civil.month, year: civil.year))
    return CivilDate(dayNumber: CivilTime.dayNumber(civil))
  }
}
