/// A wall-clock time in Norway (Europe/Oslo) to the minute, written YYYY-MM-DDTHH:MM: when a
/// gathering starts, as people there read it. Compared by date, then minute of the day.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let date: CivilDate
  /// Minutes since midnight, 0 to 1439.
  public let minuteOfDay: Int

  /// The time `text` names: a real date (1900 to 2200), `T`, hours 00-23 and minutes 00-59.
  public init?(_ text: String) {
    let utf8 = Array(text.utf8)
    guard utf8.count == 16, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"),
      let date = CivilDate(String(decoding: utf8[0..<10], as: UTF8.self)),
      let hour = CivilTime.decimal(utf8[11..<13]), hour < 24,
      let minute = CivilTime.decimal(utf8[14..<16]), minute < 60
    else { return nil }
    self.date = date
    self.minuteOfDay = hour * 60 + minute
  }

  init(date: CivilDate, minuteOfDay: Int) {
    self.date = date
    self.minuteOfDay = minuteOfDay
  }

  /// Now in Norway, to the minute.
  public static func now() -> LocalDateTime {
    let seconds = CivilTime.clock().seconds
    let local = seconds + CivilTime.osloOffset(utcSeconds: seconds)
    let day = CivilTime.floorDivide(local, 86_400)
    return LocalDateTime(date: CivilDate(dayNumber: day), minuteOfDay: (local - day * 86_400) / 60)
  }

  /// Whether the clocks in Norway show this time at all: from 02:00 to 03:00 on the last
  /// Sunday of March they jump (the EU rule, in force since 1996).
  public var existsInNorway: Bool {
    !(date.dayNumber == CivilTime.lastSunday(month: 3, year: date.year)
      && (120..<180).contains(minuteOfDay))
  }

  public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
    (lhs.date, lhs.minuteOfDay) < (rhs.date, rhs.minuteOfDay)
  }

  public var description: String {
    "\(date)T\(CivilTime.pad(minuteOfDay / 60, 2)):\(CivilTime.pad(minuteOfDay % 60, 2))"
  }
}
