/// A calendar date (no time of day, no zone), stored as days since 1970-01-01 so that
/// date arithmetic is integer arithmetic.
public struct TapeDate: Hashable, Comparable, Sendable {
  public var daysSinceEpoch: Int

  public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

  /// The date for a proleptic Gregorian year, month and day, or nil when that day does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= TapeDate.daysIn(month: month, year: year),
      (1...9999).contains(year)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = (month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    daysSinceEpoch = era * 146097 + dayOfEra - 719468
  }

  /// Year, month and day of this date.
  public var components: (year: Int, month: Int, day: Int) {
    let z = daysSinceEpoch + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// 1 = Monday ... 7 = Sunday.
  public var isoWeekday: Int {
    let weekday = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday.
    return (weekday < 0 ? weekday + 7 : weekday) + 1
  }

  /// ISO 8601: `2025-01-27`.
  public var iso: String {
    let (year, month, day) = components
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (lhs: TapeDate, rhs: TapeDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

  /// The smallest and largest dates Tape represents (years 1 to 9999).
  public static let range: ClosedRange<Int> =
    (TapeDate(year: 1, month: 1, day: 1)?.daysSinceEpoch ?? 0)...(TapeDate(year: 9999, month: 12, day: 31)?
      .daysSinceEpoch ?? 0)

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
