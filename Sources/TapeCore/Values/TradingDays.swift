/// Searches over a column of ascending days (days since 1970-01-01), shared by series, tables,
/// the evaluator and the builtins, so there is one binary search and one "no data" error.
public enum TradingDays {
  /// The first position whose day is `day` or later; `days.count` when there is none.
  public static func firstPosition(in days: ContiguousArray<Int32>, atOrAfter day: Int32) -> Int {
    var low = 0
    var high = days.count
    while low < high {
      let mid = (low + high) / 2
      if days[mid] < day { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The first position whose day is after `day`; `days.count` when there is none.
  public static func firstPosition(in days: ContiguousArray<Int32>, after day: Int32) -> Int {
    day == Int32.max ? days.count : firstPosition(in: days, atOrAfter: day + 1)
  }

  /// The position of `date` exactly, if the column has it.
  public static func position(of date: TapeDate, in days: ContiguousArray<Int32>) -> Int? {
    let day = Int32(clamping: date.daysSinceEpoch)
    let index = firstPosition(in: days, atOrAfter: day)
    return index < days.count && days[index] == day ? index : nil
  }

  /// The positions from `start` through `end`, inclusive.
  public static func range(in days: ContiguousArray<Int32>, from start: TapeDate, through end: TapeDate) -> Range<Int> {
    let first = firstPosition(in: days, atOrAfter: Int32(clamping: start.daysSinceEpoch))
    let last = firstPosition(in: days, after: Int32(clamping: end.daysSinceEpoch))
    return first..<max(first, last)
  }

  /// The error for a date with no data in `days`: it names the dates with data on either side,
  /// and the reason when the data's calendar (from `provenance`) knows it.
  public static func noData(
    on date: TapeDate, in days: ContiguousArray<Int32>, name: String, provenance: Provenance, at span: Span
  ) -> EvalError {
    let after = firstPosition(in: days, after: Int32(clamping: date.daysSinceEpoch))
    let before = firstPosition(in: days, atOrAfter: Int32(clamping: date.daysSinceEpoch)) - 1
    return .noDataOnDate(
      date: date, series: name, calendar: provenance.calendar, before: before >= 0 ? TapeDate(daysSinceEpoch: Int(days[before])) : nil,
      after: after < days.count ? TapeDate(daysSinceEpoch: Int(days[after])) : nil, at: span)
  }
}
