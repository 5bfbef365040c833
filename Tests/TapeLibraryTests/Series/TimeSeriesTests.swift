import Foundation
import Testing
import TapeCore

@testable import TapeLibrary

/// Issue 18: calendar arithmetic, positions and open ranges, rolling windows, resampling, one
/// convention for prices and returns, and charts that mark events only on the data they are about.
/// Runs on the built-in market data, so the exchange calendar is checked against real closes.
struct TimeSeriesTests {
  /// A session with every builtin and dataset.
  static func session() -> Interpreter {
    Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
  }

  /// What the last line of `text` shows, or its error's message.
  static func shown(_ text: String) -> String {
    var interpreter = session()
    switch interpreter.run(text).last {
    case .value(let value, _)?: return value.display
    case .binding(_, let value, _)?: return value.display
    case .error(let diagnostic)?: return "error: " + diagnostic.message
    default: return ""
    }
  }

  static func number(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Double {
    var interpreter = session()
    guard case .value(.quantity(let quantity), _)? = interpreter.run(text).last else {
      Issue.record("`\(text)` is not a number: \(shown(text))", sourceLocation: sourceLocation)
      return .nan
    }
    return quantity.value
  }

  static func series(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Series? {
    var interpreter = session()
    guard case .value(.series(let series), _)? = interpreter.run(text).last else {
      Issue.record("`\(text)` is not a series: \(shown(text))", sourceLocation: sourceLocation)
      return nil
    }
    return series
  }

  // MARK: Calendar

  @Test(arguments: [
    ("2025-01-31 + 1 month", "2025-02-28"),
    ("2024-01-31 + 1 month", "2024-02-29"),
    ("2025-03-31 - 1 month", "2025-02-28"),
    ("2025-01-27 + 1 month", "2025-02-27"),
    ("2025-11-30 + 3 months", "2026-02-28"),
    ("2025-01-15 - 13 months", "2023-12-15"),
    ("2024-11-30 + 1 quarter", "2025-02-28"),
    ("2024-01-01 + 1 year", "2025-01-01"),
    ("2024-02-29 + 1 year", "2025-02-28"),
    ("2024-01-01 + 365 days", "2024-12-31"),
    ("1 year in days", "365 days"),
    ("2 quarters in months", "6 months"),
    ("2025-01-08 + 1 trading day", "2025-01-10"),
    ("2025-01-24 + 1 trading day", "2025-01-27"),
    ("2025-01-27 - 5 trading days", "2025-01-17"),
    ("2025-01-25 + 1 trading day", "2025-01-27"),
    ("2025-01-10 - 1 trading day", "2025-01-08"),
    ("weekday(2025-01-27)", "\"Monday\""),
    ("weekday(2025-01-09)", "\"Thursday\""),
    ("next_trading_day(2025-01-17)", "2025-01-21"),
    ("previous_trading_day(2025-01-21)", "2025-01-17"),
    ("trading_days_between(2025-01-08, 2025-01-10)", "1"),
    ("trading_days_between(2025-01-10, 2025-01-08)", "-1"),
    ("is_trading_day(2025-01-09)", "false"),
    ("is_trading_day(2025-01-08)", "true"),
  ])
  func datesMoveByTheCalendar(_ text: String, _ expected: String) {
    #expect(Self.shown(text) == expected)
  }

  @Test func calendarUnitsRefuseWhatTheyCannotMean() {
    #expect(Self.shown("2025-01-31 + 1.5 months") == "error: a date moves by whole months; this is 1.5 months")
    #expect(Self.shown("2025-01-31 + 0.5 years") == "error: a date moves by whole years; this is 0.5 years")
    #expect(Self.shown("2025-01-31 + 1.5 trading days").hasPrefix("error: a date moves by whole trading days"))
    #expect(Self.shown("1 month in days").hasPrefix("error: cannot show `months` in `days`"))
    #expect(Self.shown("2030-01-02 + 1 trading day") == "error: trading days are known only from 2023 to 2026")
    #expect(Self.shown("is_trading_day(2030-01-02)") == "error: trading days are known only from 2023 to 2026")
    // A weekend is known in any year.
    #expect(Self.shown("is_trading_day(2030-01-05)") == "false")
  }

  /// The exchange calendar agrees with the real closes: over the dates the price data cover,
  /// a date has a row exactly when the calendar says the market was open.
  @Test func everyTradingDayOfTheCalendarHasAClose() throws {
    var interpreter = Self.session()
    guard case .value(.series(let closes), _)? = interpreter.run("nvda.close").last else {
      Issue.record("no nvda.close")
      return
    }
    let first = try #require(closes.days.first)
    let last = try #require(closes.days.last)
    let withData = Set(closes.days)
    var holidaysSeen = 0
    for day in first...last {
      let date = TapeDate(daysSinceEpoch: Int(day))
      let open = try #require(USMarketCalendar.isTradingDay(date) as Bool?)
      #expect(open == withData.contains(day), "\(date.iso): calendar says open \(open)")
      if !open && date.isoWeekday < 6 { holidaysSeen += 1 }
    }
    // Christmas, New Year's Day, the day of mourning, Martin Luther King Jr. Day, Washington's Birthday.
    #expect(holidaysSeen == 5)
  }

  @Test func aMissingDateSaysWhyThereIsNoRow() {
    #expect(
      Self.shown("nvda.close[2025-01-09]")
        == "error: `nvda.close` has no value on 2025-01-09 (a Thursday: US markets were closed for the National Day of Mourning for President Jimmy Carter)"
    )
    #expect(
      Self.shown("nvda.close[2025-01-25]")
        == "error: `nvda.close` has no value on 2025-01-25 (a Saturday: US markets are closed at weekends)")
  }

  // MARK: Positions and open ranges

  @Test func seriesAndTablesTakePositionsAndOpenRanges() throws {
    #expect(Self.shown("nvda.close[-1]") == Self.shown("last(nvda.close)"))
    #expect(Self.shown("nvda.close[0]") == Self.shown("first(nvda.close)"))
    #expect(Self.shown("nvda[-1].close") == Self.shown("last(nvda.close)"))
    #expect(Self.shown("len(nvda.close[-20..])") == "20")
    #expect(Self.shown("len(nvda[-20..])") == "20")
    #expect(Self.shown("nvda.close[-20..][0]") == Self.shown("nvda.close[40]"))
    #expect(Self.shown("len(nvda.close[..2025-01-24])") == Self.shown("len(nvda.close[2024-12-02..2025-01-24])"))
    #expect(Self.shown("len(returns(nvda.close)[..2025-01-24])") == "35")
    #expect(Self.shown("first(nvda.close[2025-01-25..])") == Self.shown("nvda.close[2025-01-27]"))
    #expect(Self.shown("len(nvda.close[..])") == "60")
    #expect(Self.shown("len(nvda.close[2 .. 4])") == "3")
    #expect(Self.shown("last(nvda.close, 20)") == Self.shown("nvda.close[-20..]"))
    #expect(Self.shown("first(nvda.close, 20)") == Self.shown("nvda.close[..19]"))
    #expect(Self.shown("len(first(nvda.close, 100))") == "60")
    #expect(Self.shown("first(nvda.close, 0)") == "error: expected a whole number of at least 1")
    #expect(Self.shown("[1, 2, 3, 4][-2..]") == "[3, 4]")
    #expect(Self.shown("[1, 2, 3, 4][..1]") == "[1, 2]")
    #expect(Self.shown("nvda.close[60]") == "error: index 60 is out of range")
    #expect(Self.shown("nvda.close[\"a\"]") == "error: expected a date or a whole-number position, found a string")
    #expect(Self.shown("nvda.close[4..2]").hasPrefix("error: "))
  }

  // MARK: Windows

  /// The one-pass reductions agree with the function applied to each window.
  @Test(arguments: ["mean", "sum", "min", "max", "stdev", "first", "last"])
  func rollingInOnePassMatchesTheFunctionOnEachWindow(_ reduction: String) throws {
    for window in ["20", "3", "1 month", "10 days"] {
      let fast = try #require(Self.series("rolling(nvda.close, \(window), \(reduction))"))
      let slow = try #require(Self.series("rolling(nvda.close, \(window), w => \(reduction)(w))"))
      #expect(fast.days == slow.days, "\(reduction) over \(window)")
      for (a, b) in zip(fast.values, slow.values) {
        #expect(abs(a - b) <= 1e-9 * max(1, abs(b)), "\(reduction) over \(window): \(a) vs \(b)")
      }
      #expect(fast.unit == slow.unit)
    }
  }

  @Test func rollingWindowsEndAtEachPoint() throws {
    let means = try #require(Self.series("rolling(nvda.close, 20, mean)"))
    #expect(means.count == 41)
    #expect(Self.shown("rolling(nvda.close, 20, mean)[0]") == Self.shown("mean(nvda.close[0..19])"))
    let monthly = try #require(Self.series("rolling(nvda.close, 1 month, mean)"))
    // The first full month ends on 2025-01-02: the window after 2024-12-02 through it.
    #expect(monthly.days.first.map { TapeDate(daysSinceEpoch: Int($0)).iso } == "2025-01-02")
    #expect(Self.shown("rolling(nvda.close, 61, mean)") == "error: a window of 61 points is longer than `nvda.close`, which has 60")
    #expect(Self.shown("rolling(nvda.close, 0, mean)") == "error: expected a whole number of at least 1")
    #expect(
      Self.shown("rolling([1, 2, 3], 1 month, mean)")
        == "error: a list has positions, not dates, so its windows are counts of items")
    #expect(Self.shown("rolling(nvda.close, $5, mean)").hasPrefix("error: a window is a number of points or a span of time"))
    #expect(Self.shown("rolling(nvda.close, 3, w => \"x\")").hasPrefix("error: `lambda` must return a number"))
  }

  /// The 20-day volatility before and after the shock, each one line with no date worked out.
  @Test func volatilityBeforeAndAfterTheShock() throws {
    let before = Self.number("volatility(returns(nvda.close)[..2025-01-26][-20..])")
    let after = Self.number("volatility(returns(nvda.close)[2025-01-27..][..19])")
    // The same, from the rolling series on the day before 27 January.
    let rolled = Self.number("rolling(returns(nvda.close), 20, volatility)[2025-01-24]")
    #expect(abs(before - rolled) < 1e-12)
    let stdev = Self.number("stdev(returns(nvda.close)[-39..-20]) * sqrt(252)")
    let shifted = Self.number("volatility(returns(nvda.close)[..2025-01-31][-20..])")
    #expect(abs(stdev - shifted) < 1e-12)
    #expect(after > before)
  }

  @Test func lagAndLogReturns() throws {
    #expect(Self.shown("lag([1, 2, 3])") == "[1, 2]")
    #expect(Self.shown("lag([1, 2, 3], -1)") == "[2, 3]")
    #expect(Self.shown("lag(nvda.close)[2025-01-27]") == Self.shown("nvda.close[2025-01-24]"))
    #expect(Self.shown("lag([1, 2, 3], 3)") == "error: a lag of 3 points leaves nothing of a series of 3")
    let log = Self.number("log_returns(nvda.close)[2025-01-27]")
    #expect(abs(log - Self.number("ln(nvda.close[2025-01-27] / nvda.close[2025-01-24])")) < 1e-15)
    #expect(Self.shown("log_returns([1, -1])").hasPrefix("error: "))
  }

  // MARK: Resampling

  @Test func resamplingDatesEachPeriodAtItsEnd() throws {
    let months = try #require(Self.series("resample(nvda.close, \"month\", last)"))
    #expect(months.dates.map(\.iso) == ["2024-12-31", "2025-01-31", "2025-02-28"])
    #expect(Self.shown("resample(nvda.close, \"month\")[2025-01-31]") == Self.shown("nvda.close[2025-01-31]"))
    #expect(Self.shown("resample(nvda.close, \"month\", first)[2025-01-31]") == Self.shown("nvda.close[2025-01-02]"))
    #expect(
      Self.shown("resample(nvda.volume, \"month\", sum)[2025-02-28]")
        == Self.shown("sum(nvda.volume[2025-02-01..2025-02-28])"))
    #expect(
      Self.shown("resample(nvda.close, \"week\", max)[2025-01-26]")
        == Self.shown("max(nvda.close[2025-01-20..2025-01-26])"))
    #expect(
      Self.shown("resample(nvda.close, \"quarter\", mean)[2025-03-31]")
        == Self.shown("mean(nvda.close[2025-01-01..2025-03-31])"))
    #expect(
      Self.shown("resample(nvda.close, \"month\", w => stdev(w))[2025-01-31]")
        == Self.shown("stdev(nvda.close[2025-01-01..2025-01-31])"))
    #expect(Self.shown("resample(nvda.close, \"fortnight\", last)") == "error: unknown period `fortnight`")
  }

  // MARK: Prices or returns

  /// `beta`, `correlation` and `volatility` give one answer whether given prices or returns.
  @Test(arguments: ["beta", "correlation"])
  func pairStatisticsAgreeOnPricesAndReturns(_ function: String) {
    let prices = Self.number("\(function)(nvda.close, qqq.close)")
    let returns = Self.number("\(function)(returns(nvda.close), returns(qqq.close))")
    let mixed = Self.number("\(function)(returns(nvda.close), qqq.close)")
    let percent = Self.number("\(function)(pct_change(nvda.close), pct_change(qqq.close))")
    #expect(abs(prices - returns) < 1e-12)
    #expect(abs(prices - mixed) < 1e-12)
    #expect(abs(prices - percent) < 1e-12)
    // Computed by hand from the aligned closes.
    let manual = Self.number(
      """
      ra = returns(nvda.close)
      rb = returns(qqq.close)
      ma = mean(ra)
      mb = mean(rb)
      cov = sum((ra - ma) * (rb - mb))
      \(function == "beta" ? "cov / sum((rb - mb) * (rb - mb))" : "cov / sqrt(sum((ra - ma) * (ra - ma)) * sum((rb - mb) * (rb - mb)))")
      """)
    #expect(abs(prices - manual) < 1e-9)
  }

  @Test func volatilityAgreesOnPricesAndReturns() {
    let prices = Self.number("volatility(nvda.close)")
    let returns = Self.number("volatility(returns(nvda.close))")
    let manual = Self.number("stdev(returns(nvda.close)) * sqrt(252)")
    #expect(abs(prices - returns) < 1e-12)
    #expect(abs(prices - manual) < 1e-12)
    let logs = Self.number("volatility(log_returns(nvda.close))")
    #expect(abs(logs - Self.number("stdev(log_returns(nvda.close)) * sqrt(252)")) < 1e-12)
  }

  @Test func returnsAreNeverDifferencedAgainSilently() {
    #expect(Self.shown("beta([0.01, -0.02, 0.03], [0.01, 0.02, -0.01])").hasPrefix("error: `beta` reads the list as prices"))
    #expect(Self.shown("correlation(nvda.close, [1, 2])").hasPrefix("error: "))
    #expect(
      Self.shown("returns(returns(nvda.close))")
        == "error: `returns(nvda.close)` already holds returns; `returns` of it would be returns of returns")
    #expect(Self.shown("cumulative(returns(nvda.close))").hasPrefix("error: "))
    // A series of returns from elsewhere is refused as prices until marked.
    let typed = "r = dated([2025-01-27, 2025-01-28, 2025-01-29], [0.02, -0.02, 0.02])\n"
    #expect(Self.shown(typed + "volatility(r)").hasPrefix("error: `volatility` reads `series` as prices"))
    #expect(Self.shown(typed + "volatility(as_returns(r))") == Self.shown("volatility([100, 102, 99.96, 101.9592])"))
    // Excess returns stay returns; a scaled return too.
    let excess = Self.number("volatility(returns(nvda.close) - returns(qqq.close))")
    #expect(abs(excess - Self.number("stdev(returns(nvda.close) - returns(qqq.close)) * sqrt(252)")) < 1e-12)
  }

  // MARK: Charts

  @Test func eventsMarkOnlyTheBuiltInMarketData() throws {
    func text(_ input: String) throws -> String {
      var interpreter = Self.session()
      guard case .value(.figure(let figure), _)? = interpreter.run(input).last else {
        Issue.record("`\(input)` is not a chart: \(Self.shown(input))")
        return ""
      }
      return figure.rendered(.standard)
    }
    #expect(try text("chart(nvda.close)").contains("│ a: "))
    #expect(try text("chart(nvda.close)").contains("NVDA closes at 118.42"))
    // Apple's chart shows the market's events, not NVIDIA's own.
    let apple = try text("chart(aapl.close)")
    #expect(apple.contains("DeepSeek overtakes ChatGPT"))
    #expect(!apple.contains("NVDA closes"))
    #expect(try text("chart(nvda.close * 1200 shares + amd.close * 800 shares)").contains("│ a: "))
    #expect(try !text("chart(nvda.close, {events: false})").contains("│ a: "))
    let typed = "chart(dated([2025-01-24, 2025-01-27, 2025-01-28], [$10, $11, $12], \"revenue\"))"
    #expect(try !text(typed).contains("│ a: "))
    let combined = try text("chart(nvda.close * 1200 shares + amd.close * 800 shares)")
    #expect(combined.hasPrefix("nvda.close * 1,200 shares + amd.close * 800 shares (USD)"))
    #expect(try text("chart(nvda.close / qqq.close)").hasPrefix("nvda.close / qqq.close\n"))
    let rebased = try text("chart(nvda.close, ixic.close, {rebase: true})")
    #expect(rebased.hasPrefix("nvda.close, ixic.close (rebased to 100)"))
    #expect(Self.shown("chart(nvda.close, {colour: true})").hasPrefix("error: "))
    #expect(
      Self.shown("chart(dated([2025-01-02, 2025-01-03], [0, 1], \"flat\"), {rebase: true})")
        == "error: `flat` cannot be rebased to 100: it is empty or starts at 0")
  }

  /// The issue's case: a monthly revenue CSV over the same dates as the timeline has no markers.
  @Test func aChartOfALoadedFileHasNoEventMarkers() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write(
      "revenue.csv", "date,revenue\n2024-12-31,100\n2025-01-31,110\n2025-02-28,120\n")
    var interpreter = Self.session()
    guard case .value(.figure(let figure), _)? = interpreter.run("chart(load(\"\(path)\").revenue)").last else {
      Issue.record("no chart of the loaded file")
      return
    }
    let text = figure.rendered(.standard)
    #expect(text.hasPrefix("revenue"))
    #expect(!text.contains("│ a: "))
    #expect(!text.contains("DeepSeek"))
  }
}

/// The one-pass fixed windows against the plain computation of each window, over a series long
/// enough to pass several of the points where the running sums are recomputed.
struct FixedWindowTests {
  /// A random walk of prices from a fixed seed (xorshift), the same on every run.
  static let values: ContiguousArray<Double> = {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var price = 100.0
    return ContiguousArray((0..<10_000).map { _ in
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      price *= 1 + (Double(state >> 11) / Double(1 << 53) - 0.5) * 0.06
      return price
    })
  }()

  static func plain(_ kind: Builtins.Reduction.Fast, _ window: ArraySlice<Double>) -> Double {
    let mean = window.reduce(0, +) / Double(window.count)
    switch kind {
    case .sum: return window.reduce(0, +)
    case .mean: return mean
    case .min: return window.min() ?? .nan
    case .max: return window.max() ?? .nan
    case .first: return window.first ?? .nan
    case .last: return window.last ?? .nan
    case .stdev:
      return (window.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(window.count - 1)).squareRoot()
    }
  }

  @Test(arguments: [Builtins.Reduction.Fast.sum, .mean, .min, .max, .stdev, .first, .last])
  func matchesEachWindowComputedAlone(_ kind: Builtins.Reduction.Fast) throws {
    for size in [2, 20, 5_000] {
      let result = try #require(FixedWindow.reduce(kind, Self.values, size: size))
      #expect(result.count == Self.values.count - size + 1)
      for start in stride(from: 0, to: result.count, by: 31) {
        let window = Self.values[start..<(start + size)]
        let expected = Self.plain(kind, window)
        // Rounding grows with the size of the values, not of the result (a small deviation of
        // large prices): the bound is relative to the window's largest value.
        let scale = max(1, window.map { abs($0) }.max() ?? 1)
        #expect(abs(result[start] - expected) <= 1e-9 * scale, "\(kind) \(size) at \(start)")
      }
    }
    #expect(FixedWindow.reduce(kind, Self.values, size: 10_001) == nil)
  }
}

/// A month is a calendar unit, not a duration: where a duration is wanted the error says so.
struct CalendarIsNotADurationTests {
  @Test func cagrOverMonthsAsksForYearsOrDays() {
    var interpreter = Interpreter.standard()
    guard case .error(let diagnostic)? = interpreter.run("cagr($100, $121, 18 months)").last else {
      Issue.record("18 months was taken as a duration")
      return
    }
    #expect(diagnostic.message == "`cagr` expects `years` to be a duration, found `months`")
    #expect(diagnostic.help?.contains("write the span in years or days") == true)
    guard case .value(let value, _)? = interpreter.run("cagr($100, $121, 2 years)").last else {
      Issue.record("cagr over years failed")
      return
    }
    #expect(value.display == "10.00%")
  }
}
