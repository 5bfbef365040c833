import Testing
import TapeCore
import TapeLibrary

/// `dated`, `first`, `last`, `prev`, `at`, and the list reductions given a series.
struct SeriesAccessTests {
  @Test func firstAndLastAreTheEndPointsWithUnitAndSources() {
    var session = SeriesSession()
    #expect(session.shown("first(nv.close)") == "$142.62/share")
    #expect(session.shown("last(nv.close)") == "$128.99/share")
    #expect(session.sources("first(nv.close)") == ["test/nv-prices"])
    #expect(session.shown("first(nv.close[2025-01-27..2025-01-31])") == "$118.42/share")
    #expect(session.shown("last([1 day, 36 hours])") == "36 hours")
    #expect(session.shown("first([\"a\", 2])") == "\"a\"")
  }

  @Test func emptySeriesAndListsAreErrorsNotCrashes() {
    var session = SeriesSession()
    let empty = session.error("first(empty)")
    #expect(empty.message == "`first` needs a point; `empty` has 0")
    #expect(empty.at == "empty")
    #expect(session.error("last([])").message == "`last` of an empty list is undefined")
    #expect(session.error("mean([])").message == "`mean` of an empty list is undefined")
    #expect(session.error("first(nv.close[2025-02-01..2025-02-28])").message.contains("has 0"))
    for function in ["median", "stdev", "argmin", "argmax", "cumulative", "drawdown", "max_drawdown", "rank", "mean", "min", "max"] {
      #expect(session.error("\(function)(empty)").message.hasPrefix("`\(function)` needs"), "\(function)")
    }
    #expect(session.shown("sum(empty)") == "0")
    #expect(session.shown("len(empty)") == "0")
    #expect(session.shown("sort(empty)") == "[]")
  }

  @Test func wrongKindsPointAtTheArgument() {
    var session = SeriesSession()
    let number = session.error("first(nv.close) + last(3)")
    #expect(number.message == "`last` expects `x` to be a series, a list, a table or a record, found a plain number")
    #expect(number.at == "3")
    let table = session.error("correlation(nv, nv.close)")
    #expect(table.message == "`correlation` expects `a` to be a series or a list of numbers, found a table")
    #expect(table.help == "pick one column, as in `nv.close`")
    #expect(table.at == "nv")
    let date = session.error("at(nv.close, 5)")
    #expect(date.message == "`at` expects `date` to be a date, found a plain number")
    #expect(date.help == "write a date as YYYY-MM-DD, as in `2025-01-27`")
    #expect(date.at == "5")
    #expect(session.error("prev([1, 2], 2025-01-27)").message == "`prev` expects `s` to be a series, found a list")
    #expect(session.error("prev([1, 2], 2025-01-27)").help == "a list has no dates; make a series with `dated(dates, [1, 2])`")
    #expect(session.error("prev(nv, 2025-01-27)").message == "`prev` expects `s` to be a series, found a table")
    #expect(session.error("prev(nv, 2025-01-27)").help == "pick one column, as in `nv.close`")
  }

  @Test func prevIsTheLastValueBeforeTheDate() {
    var session = SeriesSession()
    #expect(session.shown("prev(nv.close, 2025-01-27)") == "$142.62/share")
    // A Sunday and a date after the data both have a previous trading day.
    #expect(session.shown("prev(nv.close, 2025-01-26)") == "$142.62/share")
    #expect(session.shown("prev(nv.close, 2025-03-01)") == "$128.99/share")
    #expect(session.sources("prev(nv.close, 2025-01-28)") == ["test/nv-prices"])
    let none = session.error("prev(nv.close, 2025-01-24)")
    #expect(none.message == "`nv.close` has no date before 2025-01-24")
    #expect(none.help == "its first date is 2025-01-24")
    #expect(none.at == "2025-01-24")
  }

  /// `nvda[-1]` showed a record without its date: a row taken by position did not say which day
  /// it was. A row shows its date; rows in a list show it as a column; arithmetic on two rows
  /// belongs to neither date.
  @Test func aTableRowShowsItsDate() {
    var session = SeriesSession()
    #expect(session.shown("nv[-1]") == "{close: $128.99/share} (2025-01-28)")
    #expect(session.shown("nv[0]") == "{close: $142.62/share} (2025-01-24)")
    let rows = session.shown("[nv[0], nv[-1]]")
    #expect(rows.hasPrefix("date        close (USD/share)"))
    #expect(rows.contains("2025-01-24") && rows.contains("2025-01-28"))
    #expect(session.shown("nv[-1] / nv[0]") == "{close: 0.904431}")
    #expect(session.shown("nv[-1].close") == "$128.99/share")
    // `first` and `last` of a table are its end rows, dated as `nv[0]` and `nv[-1]` are.
    #expect(session.shown("last(nv)") == "{close: $128.99/share} (2025-01-28)")
    #expect(session.shown("first(nv)") == "{close: $142.62/share} (2025-01-24)")
  }

  /// A record too wide for a line (`ai_costs`, a row of `nvda`: 130 characters and more) was one
  /// long line; it shows as keys beside values, headed by the row's date when it has one.
  @Test func aWideRecordShowsAsKeysBesideValues() {
    var session = SeriesSession()
    let wide = session.shown(
      "{first_figure: $118.42/share, second_figure: 24.49B shares, third_figure: 12.5%, a_text: \"NVDA\", when: 2025-01-27}")
    #expect(
      wide == """
        key            value
        ─────────────  ─────────────
        first_figure   $118.42/share
        second_figure  24.49B shares
        third_figure   12.50%
        a_text         NVDA
        when           2025-01-27
        """, "figures among texts and dates are left-aligned, as a text column is")
    #expect(session.shown("{a: $1, b: 2 shares}") == "{a: $1.00, b: 2 shares}")
  }

  @Test func atNamesTheNearestTradingDaysForADateWithoutData() {
    var session = SeriesSession()
    #expect(session.shown("at(nv.close, 2025-01-27)") == "$118.42/share")
    #expect(session.shown("at(nv, 2025-01-27)") == "{close: $118.42/share} (2025-01-27)")
    let weekend = session.error("at(nv.close, 2025-01-25)")
    #expect(weekend.message == "`nv.close` has no value on 2025-01-25 (a Saturday: US markets are closed at weekends)")
    #expect(weekend.notes == ["nearest dates with data: `2025-01-24` before, `2025-01-27` after"])
    #expect(weekend.at == "2025-01-25")
    let early = session.error("at(nv, 2025-01-01)")
    #expect(early.notes == ["nearest dates with data: `2025-01-24` after"])
    #expect(early.message == "`nv` has no value on 2025-01-01 (a Wednesday: US markets were closed for New Year's Day)")
  }

  @Test func datedMakesASeriesFromTypedFigures() {
    var session = SeriesSession()
    guard case .series(let series)? = session.value("dated([2025-01-24, 2025-01-27], [$142.62, 118.42 USD], \"c\")")
    else { return }
    #expect(series.name == "c")
    #expect(series.values == [142.62, 118.42])
    #expect(series.days == SeriesFixtures.days(["2025-01-24", "2025-01-27"]))
    #expect(series.unit == SeriesFixtures.usd)
    let order = session.error("dated([2025-01-27, 2025-01-24], [1, 2])")
    #expect(order.message == "the dates must ascend: 2025-01-24 comes after 2025-01-27")
    #expect(order.at == "[2025-01-27, 2025-01-24]")
    #expect(session.error("dated([2025-01-27, 2025-01-27], [1, 2])").message.hasPrefix("the dates must ascend"))
    let lengths = session.error("dated([2025-01-27], [1, 2])")
    #expect(lengths.message == "lists of different lengths (1 and 2)")
    #expect(lengths.at == "[1, 2]")
    #expect(session.error("dated([1], [1])").message == "`dated` expects `dates` to be a list of dates, found a plain number at position 0")
    let unnamed = session.error("dated([2025-01-27], [1], \"\")")
    #expect(unnamed.message == "the name of a series cannot be empty")
    #expect(unnamed.at == "\"\"")
    #expect(session.error("dated([2025-01-27, 2025-01-28], [$1, 1 share])").message.hasPrefix("expected a list in one unit"))
  }

  @Test func listReductionsAcceptASeries() {
    var session = SeriesSession()
    #expect(session.shown("min(nv.close)") == "$118.42/share")
    #expect(session.shown("max(nv.close)") == "$142.62/share")
    #expect(session.shown("mean(nv.close)") == "$130.01/share")
    #expect(session.shown("sum(nv.close)") == "$390.03/share")
    #expect(session.shown("len(nv.close)") == "3")
    #expect(session.shown("len(nv)") == "3")
    #expect(session.sources("max(nv.close)") == ["test/nv-prices"])
    #expect(session.sources("mean(nv.close)") == ["test/nv-prices"])
    // A table gives one figure per column, keyed by column.
    #expect(session.shown("max(nv).close") == "$142.62/share")
    // Lists behave as before.
    #expect(session.shown("max([1 day, 36 hours])") == "1.5 days")
    #expect(session.shown("sum([])") == "0")
  }
}
