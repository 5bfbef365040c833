import Testing
import TapeCore
import TapeLibrary

/// `change`, `pct_change`, `returns`, `cumulative`, `drawdown`, `max_drawdown`. Expected figures
/// are worked from the input closes by the formula, not copied from the code's output.
struct ReturnsTests {
  @Test func changeIsDayOverDayDifferenceInTheSeriesUnit() throws {
    var session = SeriesSession()
    guard case .series(let change)? = session.value("change(nv.close)") else { return }
    #expect(change.days == SeriesFixtures.days(["2025-01-27", "2025-01-28"]))
    let expected: [Double] = [-24.2, 10.57]  // 118.42 - 142.62, 128.99 - 118.42
    #expect(Array(change.values) == expected)
    #expect(change.unit == SeriesFixtures.usdPerShare)
    #expect(change.provenance == Provenance(SeriesFixtures.pricesCitation))
    #expect(session.shown("change([$142.62, $118.42, $128.99])") == "[-$24.20, $10.57]")
    let short = session.error("change(nv.close[2025-01-24..2025-01-24])")
    #expect(short.message == "`change` needs at least 2 points; `nv.close` has 1")
  }

  @Test func pctChangeOfTwoQuantities() {
    var session = SeriesSession()
    #expect(session.shown("pct_change($142.62, $118.42)") == "-16.97%")
    #expect(abs(session.number("pct_change($142.62, $118.42)") - (118.42 / 142.62 - 1)) < 1e-15)
    #expect(session.shown("pct_change(nv.close[2025-01-24], nv.close[2025-01-27])") == "-16.97%")
    #expect(session.sources("pct_change(nv.close[2025-01-24], nv.close[2025-01-27])") == ["test/nv-prices"])
    #expect(session.shown("pct_change(1 day, 36 hours)") == "50.00%")
    let dimension = session.error("pct_change($1, 2 shares)")
    #expect(dimension.message == "`pct_change` expects `new` to be a quantity in `USD`, like `old`, found `shares`")
    #expect(dimension.at == "2 shares")
    #expect(session.error("pct_change($0, $1)").message == "division by zero")
    #expect(session.error("pct_change($5)").help == "give the old and the new value, as in `pct_change($142.62, $118.42)`")
    #expect(session.error("pct_change(nv.close, 3)").at == "3")
  }

  @Test func pctChangeAndReturnsOfASeries() {
    var session = SeriesSession()
    guard case .series(let pct)? = session.value("pct_change(nv.close)"),
      case .series(let returns)? = session.value("returns(nv.close)")
    else { return }
    let expected = [118.42 / 142.62 - 1, 128.99 / 118.42 - 1]
    #expect(zip(pct.values, expected).allSatisfy { abs($0 - $1) < 1e-15 })
    #expect(pct.values == returns.values)
    #expect(pct.days == SeriesFixtures.days(["2025-01-27", "2025-01-28"]))
    #expect(pct.unit.isNone && returns.unit.isNone)
    #expect(pct.format == .percent && returns.format == .automatic)
    #expect(pct.provenance == Provenance(SeriesFixtures.pricesCitation))
    #expect(session.shown("pct_change(nv.close)[2025-01-28]") == "8.93%")
    #expect(session.shown("returns([100, 110, 99])") == "[0.1, -0.1]")
    let zero = session.error("returns([1, 0, 2])")
    #expect(zero.message == "the list is 0 at position 1, so `returns` from it is undefined")
  }

  @Test func cumulativeIsTheReturnFromTheFirstPoint() {
    var session = SeriesSession()
    guard case .series(let cumulative)? = session.value("cumulative(nv.close)") else { return }
    let expected = [0, 118.42 / 142.62 - 1, 128.99 / 142.62 - 1]
    #expect(zip(cumulative.values, expected).allSatisfy { abs($0 - $1) < 1e-15 })
    #expect(cumulative.days == SeriesFixtures.nv.days)
    #expect(cumulative.format == .percent)
    #expect(session.shown("last(cumulative(nv.close))") == "-9.56%")
    #expect(session.error("cumulative([0, 1])").message == "the list is 0 at position 0, so `cumulative` from it is undefined")
  }

  @Test func drawdownIsTheFallFromTheRunningPeak() {
    var session = SeriesSession()
    guard case .series(let drawdown)? = session.value("drawdown(bench)") else { return }
    // bench: 100, 101, 99.99, 100.9899; the peak is 101 from the second day on.
    let expected = [0, 0, 99.99 / 101 - 1, 100.9899 / 101 - 1]
    #expect(zip(drawdown.values, expected).allSatisfy { abs($0 - $1) < 1e-15 })
    #expect(drawdown.format == .percent)
    #expect(drawdown.provenance == Provenance(SeriesFixtures.benchCitation))
    #expect(abs(session.number("max_drawdown(bench)") - (99.99 / 101 - 1)) < 1e-15)
    #expect(session.shown("max_drawdown(nv.close)") == "-16.97%")
    #expect(session.shown("max_drawdown([1, 2, 3])") == "0.00%")
    #expect(session.sources("max_drawdown(nv.close)") == ["test/nv-prices"])
    let negative = session.error("drawdown(cumulative(nv.close))")
    #expect(negative.message == "`cumulative(nv.close)` is not positive on 2025-01-24, so `drawdown` is undefined")
    #expect(negative.help == "drawdowns are measured on prices or portfolio values")
  }
}
