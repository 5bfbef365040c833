import TapeCore

/// The weekday of a date and the US exchange calendar: which days the market opened, and
/// counting and stepping in trading days.
extension Builtins {
  static let calendar: [Builtin] = [weekday, isTradingDay, nextTradingDay, previousTradingDay, tradingDaysBetween]

  static let weekday = Builtin(
    name: "weekday", topic: .dates, parameters: [.init("date", .date)], returns: .string,
    summary: "The day of the week of `date`, in English: `\"Monday\"` to `\"Sunday\"`.",
    examples: [
      .init("weekday(2025-01-27)", yields: "\"Monday\""),
      .init("weekday(2025-01-25)", yields: "\"Saturday\""),
    ],
    details: "Compare it with a string to pick days: `weekday(d) == \"Friday\"`.",
    seeAlso: ["is_trading_day", "dates"]
  ) { arguments, call throws(EvalError) in
    .string(try date(arguments, 0, call).weekdayName)
  }

  static let isTradingDay = Builtin(
    name: "is_trading_day", topic: .dates, parameters: [.init("date", .date, calendarYearsNote)], returns: .boolean,
    summary: "Whether the US stock market was open on `date`: a weekday that is not an exchange holiday.",
    examples: [
      .init("is_trading_day(2025-01-08)", yields: "true"),
      .init("is_trading_day(2025-01-09)", yields: "false"),
      .init("is_trading_day(2025-01-25)", yields: "false"),
    ],
    details: """
      The holidays are \(USMarketCalendar.source). 2025-01-09 is among them: markets closed for \
      the National Day of Mourning for President Jimmy Carter. Outside the years the list covers \
      the answer is an error, except for weekends.
      """,
    seeAlso: ["next_trading_day", "trading_days_between", "trading day"]
  ) { arguments, call throws(EvalError) in
    let day = try date(arguments, 0, call)
    guard let open = USMarketCalendar.isTradingDay(day) else { throw outsideCalendar(call) }
    return .bool(open)
  }

  static let nextTradingDay = Builtin(
    name: "next_trading_day", topic: .dates, parameters: [.init("date", .date, calendarYearsNote)], returns: .date,
    summary: "The first trading day after `date`.",
    examples: [
      .init("next_trading_day(2025-01-08)", yields: "2025-01-10"),
      .init("next_trading_day(2025-01-24)", yields: "2025-01-27"),
    ],
    details: "The same as `date + 1 trading day`; weekends and US exchange holidays are stepped over.",
    seeAlso: ["previous_trading_day", "trading day", "is_trading_day"]
  ) { arguments, call throws(EvalError) in
    try step(arguments, call, by: 1)
  }

  static let previousTradingDay = Builtin(
    name: "previous_trading_day", topic: .dates, parameters: [.init("date", .date, calendarYearsNote)],
    returns: .date,
    summary: "The last trading day before `date`.",
    examples: [
      .init("previous_trading_day(2025-01-10)", yields: "2025-01-08"),
      .init("previous_trading_day(2025-01-27)", yields: "2025-01-24"),
    ],
    details: """
      The same as `date - 1 trading day`. For a date with no row in a price series, it is the \
      close an analyst would use instead: `nvda.close[previous_trading_day(2025-01-20)]`.
      """,
    seeAlso: ["next_trading_day", "trading day", "is_trading_day"]
  ) { arguments, call throws(EvalError) in
    try step(arguments, call, by: -1)
  }

  static let tradingDaysBetween = Builtin(
    name: "trading_days_between", topic: .dates,
    parameters: [.init("start", .date, calendarYearsNote), .init("end", .date)], returns: .number,
    resultNote: "negative when end is before start",
    summary: "How many trading days come after `start`, up to and including `end`.",
    examples: [
      .init("trading_days_between(2025-01-08, 2025-01-10)", yields: "1"),
      .init("trading_days_between(2025-01-01, 2025-01-31)", yields: "20"),
    ],
    details: """
      Counted so that `start + n trading days` is `end` when `end` is a trading day. Weekends \
      and US exchange holidays do not count.
      """,
    seeAlso: ["trading day", "next_trading_day"]
  ) { arguments, call throws(EvalError) in
    let start = try date(arguments, 0, call)
    let end = try date(arguments, 1, call)
    guard let count = USMarketCalendar.tradingDays(from: start, to: end) else { throw outsideCalendar(call) }
    return .number(Double(count))
  }

  static let calendarYearsNote =
    "from \(USMarketCalendar.coveredYears.lowerBound) to \(USMarketCalendar.coveredYears.upperBound)"

  static func step(_ arguments: [Value], _ call: CallContext, by count: Int) throws(EvalError) -> Value {
    guard let moved = USMarketCalendar.date(count, tradingDaysFrom: try date(arguments, 0, call)) else {
      throw outsideCalendar(call)
    }
    return .date(moved)
  }

  static func outsideCalendar(_ call: CallContext) -> EvalError {
    .dateArithmetic(.outsideExchangeCalendar, at: call.argumentSpan(0))
  }
}
