/// The days US stock exchanges (NYSE, Nasdaq) are closed besides weekends, as NYSE publishes them
/// ("Holidays & Trading Hours", nyse.com/markets/hours-calendars), with the unscheduled closure of
/// 2025-01-09 for the National Day of Mourning for President Jimmy Carter, which NYSE announced in
/// December 2024. Trading-day arithmetic is refused outside `coveredYears` rather than guessed.
public enum USMarketCalendar {
  public struct Holiday: Sendable {
    public let date: TapeDate
    public let name: String
  }

  /// Where the list comes from, for `help` and the error notes.
  public static let source =
    "NYSE holidays and trading hours (nyse.com/markets/hours-calendars), with the 2025-01-09 closure for the National Day of Mourning for President Jimmy Carter"

  /// The years whose closures are all listed.
  public static let coveredYears: ClosedRange<Int> = 2023...2026

  static let listed: [(Int, Int, Int, String)] = [
    (2023, 1, 2, "New Year's Day (observed)"), (2023, 1, 16, "Martin Luther King Jr. Day"),
    (2023, 2, 20, "Washington's Birthday"), (2023, 4, 7, "Good Friday"), (2023, 5, 29, "Memorial Day"),
    (2023, 6, 19, "Juneteenth"), (2023, 7, 4, "Independence Day"), (2023, 9, 4, "Labor Day"),
    (2023, 11, 23, "Thanksgiving Day"), (2023, 12, 25, "Christmas Day"),
    (2024, 1, 1, "New Year's Day"), (2024, 1, 15, "Martin Luther King Jr. Day"),
    (2024, 2, 19, "Washington's Birthday"), (2024, 3, 29, "Good Friday"), (2024, 5, 27, "Memorial Day"),
    (2024, 6, 19, "Juneteenth"), (2024, 7, 4, "Independence Day"), (2024, 9, 2, "Labor Day"),
    (2024, 11, 28, "Thanksgiving Day"), (2024, 12, 25, "Christmas Day"),
    (2025, 1, 1, "New Year's Day"), (2025, 1, 9, "the National Day of Mourning for President Jimmy Carter"),
    (2025, 1, 20, "Martin Luther King Jr. Day"), (2025, 2, 17, "Washington's Birthday"),
    (2025, 4, 18, "Good Friday"), (2025, 5, 26, "Memorial Day"), (2025, 6, 19, "Juneteenth"),
    (2025, 7, 4, "Independence Day"), (2025, 9, 1, "Labor Day"), (2025, 11, 27, "Thanksgiving Day"),
    (2025, 12, 25, "Christmas Day"),
    (2026, 1, 1, "New Year's Day"), (2026, 1, 19, "Martin Luther King Jr. Day"),
    (2026, 2, 16, "Washington's Birthday"), (2026, 4, 3, "Good Friday"), (2026, 5, 25, "Memorial Day"),
    (2026, 6, 19, "Juneteenth"), (2026, 7, 3, "Independence Day (observed)"), (2026, 9, 7, "Labor Day"),
    (2026, 11, 26, "Thanksgiving Day"), (2026, 12, 25, "Christmas Day"),
  ]

  /// Every listed closure, by day.
  public static let holidays: [Int: Holiday] = {
    var byDay: [Int: Holiday] = [:]
    for (year, month, day, name) in listed {
      guard let date = TapeDate(year: year, month: month, day: day) else { continue }
      byDay[date.daysSinceEpoch] = Holiday(date: date, name: name)
    }
    return byDay
  }()

  /// Why the market was closed on `date`, when the calendar knows it was.
  public enum Closure: Sendable, Equatable {
    case weekend(weekday: String)
    case holiday(String)
  }

  public static func closure(on date: TapeDate) -> Closure? {
    if date.isoWeekday >= 6 { return .weekend(weekday: date.weekdayName) }
    if let holiday = holidays[date.daysSinceEpoch] { return .holiday(holiday.name) }
    return nil
  }

  public static func covers(_ date: TapeDate) -> Bool { coveredYears.contains(date.components.year) }

  /// Whether the exchange was open on `date`; nil outside the covered years (unless a weekend).
  public static func isTradingDay(_ date: TapeDate) -> Bool? {
    if date.isoWeekday >= 6 { return false }
    guard covers(date) else { return nil }
    return holidays[date.daysSinceEpoch] == nil
  }

  /// The date `count` trading days after `date` (before it when negative); `date` itself need not
  /// be a trading day. Nil when the walk leaves the covered years.
  public static func date(_ count: Int, tradingDaysFrom date: TapeDate) -> TapeDate? {
    var day = date
    var remaining = abs(count)
    let step = count < 0 ? -1 : 1
    while remaining > 0 {
      day = TapeDate(daysSinceEpoch: day.daysSinceEpoch + step)
      guard let open = isTradingDay(day) else { return nil }
      if open { remaining -= 1 }
    }
    return day
  }

  /// The trading days after `start` through `end` (negative when `end` is earlier); nil when the
  /// span leaves the covered years.
  public static func tradingDays(from start: TapeDate, to end: TapeDate) -> Int? {
    let (low, high) = start <= end ? (start, end) : (end, start)
    var count = 0
    var day = low.daysSinceEpoch + 1
    while day <= high.daysSinceEpoch {
      guard let open = isTradingDay(TapeDate(daysSinceEpoch: day)) else { return nil }
      if open { count += 1 }
      day += 1
    }
    return start <= end ? count : -count
  }
}
