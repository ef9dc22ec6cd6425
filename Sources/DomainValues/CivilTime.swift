#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Dates and times the way the service records them: calendar dates in Norway
/// (YYYY-MM-DD, Europe/Oslo) and instants in RFC 3339 UTC.
///
/// Plain arithmetic on the proleptic Gregorian calendar, no Foundation calendars or
/// formatters: these run on every write, and ICU's formatters cost more than the write.
/// Norway's offset is UTC+1, and UTC+2 from 01:00 UTC on the last Sunday of March to
/// 01:00 UTC on the last Sunday of October (the EU rule, in force since 1996).
public enum CivilTime {
  /// A calendar date.
  struct Civil: Equatable, Sendable {
    var year: Int
    var month: Int
    var day: Int
  }

  /// Today's date in Norway.
  public static func today() -> String {
    date(utcSeconds: clock().seconds)
  }

  /// Now, e.g. `2026-11-24T12:00:00.123Z`.
  public static func now() -> String {
    let (seconds, milliseconds) = clock()
    return timestamp(utcSeconds: seconds, milliseconds: milliseconds)
  }

  /// The date in Norway at `utcSeconds` past 1970-01-01T00:00:00Z, YYYY-MM-DD.
  package static func date(utcSeconds: Int) -> String {
    let local = utcSeconds + osloOffset(utcSeconds: utcSeconds)
    return format(civil(dayNumber: floorDivide(local, 86_400)))
  }

  /// `utcSeconds` and `milliseconds` as RFC 3339 UTC with milliseconds.
  package static func timestamp(utcSeconds: Int, milliseconds: Int) -> String {
    let day = floorDivide(utcSeconds, 86_400)
    let second = utcSeconds - day * 86_400
    return format(civil(dayNumber: day)) + "T" + pad(second / 3600, 2) + ":"
      + pad(second / 60 % 60, 2) + ":" + pad(second % 60, 2) + "." + pad(milliseconds, 3) + "Z"
  }

  /// Days from 1970-01-01 to the date `text` (YYYY-MM-DD); nil for anything that is not
  /// a real calendar date.
  public static func dayNumber(_ text: String) -> Int? {
    guard let civil = parseCivil(text) else { return nil }
    return dayNumber(civil)
  }

  /// The date in Norway of a UTC timestamp as ``now()`` writes it (`2026-11-24T23:30:00.000Z`
  /// is 2026-11-25 in Oslo); nil when `text` is not one.
  public static func date(ofTimestamp text: String) -> String? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"), bytes.last == UInt8(ascii: "Z"),
      let day = dayNumber(String(text.prefix(10))), let hour = decimal(bytes[11..<13]),
      let minute = decimal(bytes[14..<16]), let second = decimal(bytes[17..<19]),
      hour < 24, minute < 60, second < 61
    else { return nil }
    return date(utcSeconds: day * 86_400 + hour * 3_600 + minute * 60 + second)
  }

  /// `text` moved by `years` and `days` (negative: back), as YYYY-MM-DD. A 29 February
  /// moved to a year without one becomes 28 February.
  public static func shift(_ text: String, years: Int = 0, days: Int = 0) -> String? {
    guard var civil = parseCivil(text) else { return nil }
    civil.year += years
    civil.day = min(civil.day, daysIn(month: civil.month, year: civil.year))
    return format(self.civil(dayNumber: dayNumber(civil) + days))
  }

  /// Whether `text` is a real calendar date written YYYY-MM-DD (years 1900 to 2200).
  public static func isDate(_ text: String) -> Bool {
    parseCivil(text) != nil
  }

  // MARK: Arithmetic

  static func parseCivil(_ text: String) -> Civil? {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? { decimal(bytes[range]) }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      (1900...2200).contains(year), (1...12).contains(month),
      (1...daysIn(month: month, year: year)).contains(day)
    else { return nil }
    return Civil(year: year, month: month, day: day)
  }

  /// The number ASCII digits `bytes` spell; nil when any is not a digit.
  static func decimal(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
  static func dayNumber(_ civil: Civil) -> Int {
    let year = civil.month <= 2 ? civil.year - 1 : civil.year
    let era = floorDivide(year, 400)
    let yearOfEra = year - era * 400
    let dayOfYear = (153 * (civil.month + (civil.month > 2 ? -3 : 9)) + 2) / 5 + civil.day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `dayNumber` days after 1970-01-01 (Hinnant's civil_from_days).
  static func civil(dayNumber: Int) -> Civil {
    let shifted = dayNumber + 719_468
    let era = floorDivide(shifted, 146_097)
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return Civil(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// Norway's offset from UTC in seconds at `utcSeconds`.
  static func osloOffset(utcSeconds: Int) -> Int {
    let year = civil(dayNumber: floorDivide(utcSeconds, 86_400)).year
    let summerStarts = lastSunday(month: 3, year: year) * 86_400 + 3600
    let summerEnds = lastSunday(month: 10, year: year) * 86_400 + 3600
    return (summerStarts..<summerEnds).contains(utcSeconds) ? 7200 : 3600
  }

  /// The day number of the last Sunday of `month` in `year`.
  package static func lastSunday(month: Int, year: Int) -> Int {
    let last = dayNumber(Civil(year: year, month: month, day: daysIn(month: month, year: year)))
    // 1970-01-01 was a Thursday: weekday 0 = Sunday.
    let weekday = (last + 4) % 7 < 0 ? (last + 4) % 7 + 7 : (last + 4) % 7
    return last - weekday
  }

  static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
  }

  static func format(_ civil: Civil) -> String {
    pad(civil.year, 4) + "-" + pad(civil.month, 2) + "-" + pad(civil.day, 2)
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  static func clock() -> (seconds: Int, milliseconds: Int) {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return (Int(spec.tv_sec), Int(spec.tv_nsec) / 1_000_000)
  }
}
