/// Calendar arithmetic on dates: months that keep the day of the month (clamped to the month's
/// end), weekday names, and the ends of weeks, months and quarters that resampling dates by.
extension TapeDate {
  public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  public var weekdayName: String { TapeDate.weekdayNames[isoWeekday - 1] }

  /// The same day `months` calendar months later (earlier when negative), or the month's last
  /// day when it is shorter: 2025-01-31 + 1 month is 2025-02-28. Nil outside the years 1 to 9999.
  public func adding(months: Int) -> TapeDate? {
    let (year, month, day) = components
    let (yearShift, monthIndex) = (month - 1 + months).quotientAndRemainder(dividingBy: 12)
    let newYear = year + yearShift + (monthIndex < 0 ? -1 : 0)
    let newMonth = (monthIndex < 0 ? monthIndex + 12 : monthIndex) + 1
    guard (1...9999).contains(newYear) else { return nil }
    return TapeDate(year: newYear, month: newMonth, day: Swift.min(day, TapeDate.daysIn(month: newMonth, year: newYear)))
  }

  /// A calendar period a date falls in, as resampling groups them.
  public enum Period: String, Sendable, CaseIterable {
    case week, month, quarter, year
  }

  /// The last calendar day of the period containing this date: the Sunday ending its ISO week,
  /// or the last day of its month, quarter or year.
  public func end(of period: Period) -> TapeDate {
    let (year, month, _) = components
    switch period {
    case .week:
      return TapeDate(daysSinceEpoch: daysSinceEpoch + 7 - isoWeekday)
    case .month:
      return TapeDate(year: year, month: month, day: TapeDate.daysIn(month: month, year: year)) ?? self
    case .quarter:
      let last = (month - 1) / 3 * 3 + 3
      return TapeDate(year: year, month: last, day: TapeDate.daysIn(month: last, year: year)) ?? self
    case .year:
      return TapeDate(year: year, month: 12, day: 31) ?? self
    }
  }
}
