import Testing
import TapeCore
import TapeLibrary

/// `market_cap`, `loss`, `ratio`, `compare`.
struct MarketTests {
  @Test func marketCapIsCloseTimesSharesWithBothSources() {
    var session = SeriesSession()
    guard case .quantity(let cap)? = session.value("market_cap(nv, 2025-01-27)") else { return }
    #expect(abs(cap.value - 118.42 * 24.4e9) < 1)
    #expect(cap.unit == SeriesFixtures.usd)
    #expect(cap.provenance.citations.map(\.key) == ["test/nv-prices", "test/nv-shares"])
    #expect(session.shown("market_cap(nv, 2025-01-27)") == "$2.889T")
    #expect(session.shown("market_cap(nv, 2025-01-27, 24.49B shares)") == "$2.900T")
    #expect(session.shown("market_cap(nv.close, 2025-01-24, 24.4B shares)") == "$3.480T")
    #expect(session.shown("market_cap(bare, 2025-01-27, 1B shares)") == "$118.4B")
  }

  @Test func marketCapErrors() {
    var session = SeriesSession()
    let weekend = session.error("market_cap(nv, 2025-01-25)")
    #expect(weekend.message == "`nv` has no value on 2025-01-25 (a Saturday: US markets are closed at weekends)")
    #expect(weekend.at == "2025-01-25")
    let noShares = session.error("market_cap(bare, 2025-01-27)")
    #expect(noShares.message == "no share count for `bare` in the data")
    #expect(noShares.at == "bare")
    #expect(session.error("market_cap(nv.close, 2025-01-27)").message == "a price series needs shares outstanding")
    let badShares = session.error("market_cap(nv, 2025-01-27, $5)")
    #expect(badShares.message == "`market_cap` expects `shares` to be a quantity in `shares`, a series or a record, found `USD`")
    #expect(badShares.at == "$5")
    let notPrice = session.error("market_cap(bench / bench, 2025-01-27, 1 share)")
    #expect(notPrice.message == "expected prices in money per share, found a series")
    #expect(session.error("market_cap(3, 2025-01-27)").at == "3")
  }

  @Test func sharesMayBeADatedSeriesOrARecord() {
    var session = SeriesSession()
    let shares = "dated([2024-11-15, 2025-02-21], [24490M shares, 24.4B shares])"
    #expect(session.shown("market_cap(nv, 2025-01-27, \(shares))") == session.shown("market_cap(nv, 2025-01-27, 24490M shares)"))
    #expect(session.error("market_cap(nv, 2025-01-27, dated([2025-02-21], [24.4B shares]))").message
      == "`series` has no share count on or before 2025-01-27")
    #expect(session.shown("market_cap(nv, 2025-01-27, {as_of: 2025-02-21, value: 24.4B shares})") == "$2.889T")
  }

  @Test func lossIsTheOneDayChangeInMarketValue() {
    var session = SeriesSession()
    guard case .quantity(let loss)? = session.value("loss(nv, 2025-01-27)") else { return }
    #expect(abs(loss.value - (118.42 - 142.62) * 24.4e9) < 1)
    #expect(loss.unit == SeriesFixtures.usd)
    #expect(loss.provenance.citations.map(\.key) == ["test/nv-prices", "test/nv-shares"])
    #expect(session.shown("loss(nv, 2025-01-27)") == "-$590.5B")
    #expect(abs(session.number("loss(nv, 2025-01-28)") - (128.99 - 118.42) * 24.4e9) < 1)
    #expect(
      session.number("loss(nv, 2025-01-27)")
        == session.number("market_cap(nv, 2025-01-27) - market_cap(nv, 2025-01-24)"))
    let first = session.error("loss(nv, 2025-01-24)")
    #expect(first.message == "`nv` has no date before 2025-01-24 to measure the move from")
    #expect(session.error("loss(nv, 2025-01-26)").message == "`nv` has no value on 2025-01-26 (a Sunday: US markets are closed at weekends)")
  }

  @Test func ratioIsAPlainNumberOfOneDimension() {
    var session = SeriesSession()
    #expect(session.shown("ratio($589B, $287B)") == "2.05226")
    #expect(session.shown("ratio($589B, $287B) in %") == "205.23%")
    #expect(session.shown("ratio(1 day, 12 hours)") == "2")
    let dimension = session.error("ratio($5, 2 shares)")
    #expect(dimension.message == "`ratio` needs both sides in one dimension; found `USD` and `shares`")
    #expect(dimension.at == "2 shares")
    #expect(session.error("ratio($5, $0)").message == "division by zero")
    guard case .series(let series)? = session.value("ratio(nv.close, bench)") else { return }
    let expected = [142.62 / 100, 118.42 / 101, 128.99 / 99.99]
    #expect(zip(series.values, expected).allSatisfy { abs($0 - $1) < 1e-15 })
    #expect(series.unit.isNone)
    #expect(series.provenance.citations.map(\.key) == ["test/bench", "test/nv-prices"])
    #expect(session.shown("ratio(nv.close, $100/share)[2025-01-24]") == "1.4262")
    #expect(session.shown("ratio($100/share, nv.close)[2025-01-27]") == session.shown("100 / 118.42"))
    #expect(session.shown("ratio([1, 2], [4, 8])") == "[0.25, 0.25]")
    #expect(session.error("ratio(nv.close, $1)").message.hasPrefix("`ratio` needs both sides in one dimension"))
  }

  @Test func compareLaysSeriesSideBySideOnSharedDates() throws {
    var session = SeriesSession()
    guard case .table(let table)? = session.value("compare(nv, bench, gappy)") else { return }
    #expect(table.days == SeriesFixtures.days(["2025-01-24", "2025-01-28"]))
    #expect(table.columns.map(\.name) == ["nv", "bench", "gappy"])
    #expect(table.columns.map(\.values) == [[142.62, 128.99], [100, 99.99], [1, 2]])
    #expect(table.columns[0].unit == SeriesFixtures.usdPerShare)
    #expect(try Value.table(table).provenance().citations.map(\.key) == ["test/bench", "test/nv-prices"])
    #expect(
      session.shown("compare(nv.close, bench)") == """
        date        nv.close (USD/share)  bench (USD/share)
        ──────────  ────────────────────  ─────────────────
        2025-01-24               $142.62            $100.00
        2025-01-27               $118.42            $101.00
        2025-01-28               $128.99             $99.99
        """)
    guard case .table(let twice)? = session.value("compare(bench, bench)") else { return }
    #expect(twice.columns.map(\.name) == ["bench", "bench 2"])
    #expect(session.error("compare(nv.close, 3)").at == "3")
    #expect(session.error("compare(gappy, bench[2025-01-29..2025-01-29])").message == "these series have no date in common")
    // One argument must be a record of series (`compare({a: s, b: t})`); one series is too few.
    #expect(session.error("compare(nv)").message.contains("takes 2 arguments, found 1"))
  }
}
