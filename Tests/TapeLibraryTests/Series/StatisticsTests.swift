import Testing
import TapeCore
import TapeLibrary

/// `median`, `stdev`, `argmin`, `argmax`, `correlation`, `beta`, `rank`, `sort`, `top`.
struct StatisticsTests {
  @Test func medianAndStdevKeepTheUnit() {
    var session = SeriesSession()
    #expect(session.shown("median(nv.close)") == "$128.99/share")
    #expect(session.shown("median(bench)") == "$100.49/share")  // (99.99 + 100.9899) / 2 = 100.48995
    let mean = (142.62 + 118.42 + 128.99) / 3
    let squares = [142.62, 118.42, 128.99].map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
    #expect(abs(session.number("stdev(nv.close)") - (squares / 2).squareRoot()) < 1e-12)
    #expect(session.shown("stdev(nv.close)") == "$12.13/share")
    #expect(session.sources("stdev(nv.close)") == ["test/nv-prices"])
    #expect(session.shown("stdev(flat)") == "0")
    #expect(session.error("stdev([1])").message == "`stdev` needs at least 2 points; the list has 1")
    #expect(session.shown("median([3%, 1%, 2%])") == "2.00%")
  }

  @Test func argminAndArgmaxGiveDatesForSeriesAndPositionsForLists() {
    var session = SeriesSession()
    #expect(session.shown("argmin(nv.close)") == "2025-01-27")
    #expect(session.shown("argmax(nv.close)") == "2025-01-24")
    #expect(session.shown("argmax(bench)") == "2025-01-27")
    #expect(session.shown("argmin(flat)") == "2025-01-24")  // ties: the earliest date
    #expect(session.shown("argmax([1, 3, 3])") == "1")
    #expect(session.shown("nv.close[argmin(nv.close)]") == "$118.42/share")
  }

  @Test func correlationIsPearsonOfReturnsOnSharedDates() {
    var session = SeriesSession()
    // nv and bench share 01-24, 01-27, 01-28: their returns between shared dates are correlated.
    let ra = [118.42 / 142.62 - 1, 128.99 / 118.42 - 1]
    let rb = [101.0 / 100 - 1, 99.99 / 101 - 1]
    let (ma, mb) = ((ra[0] + ra[1]) / 2, (rb[0] + rb[1]) / 2)
    let cov = zip(ra, rb).map { ($0 - ma) * ($1 - mb) }.reduce(0, +)
    let va = ra.map { ($0 - ma) * ($0 - ma) }.reduce(0, +)
    let vb = rb.map { ($0 - mb) * ($0 - mb) }.reduce(0, +)
    #expect(abs(session.number("correlation(nv.close, bench)") - cov / (va * vb).squareRoot()) < 1e-12)
    #expect(session.sources("correlation(nv.close, bench)") == ["test/bench", "test/nv-prices"])
    #expect(session.shown("correlation(nv.close, nv.close * 2)") == "1")
    #expect(session.shown("correlation([100, 110, 99], [100, 95, 99.75])") == "-1")
    let gappy = session.error("correlation(nv.close, gappy)")
    #expect(gappy.message == "`correlation` needs at least 3 shared dates; `nv.close` and `gappy` share 2")
    let few = session.error("correlation(nv.close, bench[2025-01-29..2025-01-29])")
    #expect(few.message == "`correlation` needs at least 3 shared dates; `nv.close` and `bench` share 0")
    let constant = session.error("correlation(nv.close, flat)")
    #expect(constant.message == "`flat` does not vary over the shared points, so `correlation` is undefined")
    #expect(constant.at == "flat")
    let mixed = session.error("correlation(nv.close, [1, 2, 3])")
    #expect(mixed.message == "expected a series, like the first argument, found a list")
    #expect(mixed.at == "[1, 2, 3]")
    #expect(session.error("correlation([1, 2], [1, 2, 3])").message == "lists of different lengths (2 and 3)")
    #expect(session.error("correlation(nv.close, empty)").message == "`correlation` needs a point; `empty` has 0")
  }

  @Test func betaRegressesReturnsOnAlignedDates() {
    var session = SeriesSession()
    // Shared dates 01-24, 01-27, 01-28: returns are taken between shared dates only.
    let ra = [118.42 / 142.62 - 1, 128.99 / 118.42 - 1]
    let rb = [101.0 / 100 - 1, 99.99 / 101 - 1]
    let (ma, mb) = ((ra[0] + ra[1]) / 2, (rb[0] + rb[1]) / 2)
    let cov = zip(ra, rb).map { ($0 - ma) * ($1 - mb) }.reduce(0, +)
    let vb = rb.map { ($0 - mb) * ($0 - mb) }.reduce(0, +)
    #expect(abs(session.number("beta(nv.close, bench)") - cov / vb) < 1e-9)
    #expect(abs(session.number("beta(bench, bench)") - 1) < 1e-12)
    #expect(session.sources("beta(nv.close, bench)") == ["test/bench", "test/nv-prices"])
    #expect(session.shown("beta(flat, nv.close)") == "0")
    let few = session.error("beta(nv.close, gappy)")
    #expect(few.message == "`beta` needs at least 3 shared dates; `nv.close` and `gappy` share 2")
    let constant = session.error("beta(nv.close, flat)")
    #expect(constant.message == "`flat` does not vary over the shared points, so `beta` is undefined")
  }

  @Test func rankSortAndTop() {
    var session = SeriesSession()
    guard case .series(let ranks)? = session.value("rank(nv.close)") else { return }
    #expect(ranks.values == [1, 3, 2])
    #expect(ranks.days == SeriesFixtures.nv.days)
    #expect(session.shown("rank([5, 7, 5, 1])") == "[2, 1, 2, 4]")
    #expect(
      session.shown("sort(nv.close)") == """
        date        value (USD/share)
        ──────────  ─────────────────
        2025-01-27            $118.42
        2025-01-28            $128.99
        2025-01-24            $142.62
        """)
    #expect(session.shown("sort([3, 1, 2])") == "[1, 2, 3]")
    guard case .series(let top)? = session.value("top(nv.close, 2)") else { return }
    #expect(top.days == SeriesFixtures.days(["2025-01-24", "2025-01-28"]))
    #expect(top.values == [142.62, 128.99])
    #expect(top.provenance == Provenance(SeriesFixtures.pricesCitation))
    #expect(session.shown("len(top(nv.close, 10))") == "3")
    #expect(session.shown("top([1, 5, 3, 5], 3)") == "[5, 5, 3]")
    #expect(session.shown("top(change(nv.close) * -1, 1)[2025-01-27]") == "$24.20/share")
    let zero = session.error("top(nv.close, 0)")
    #expect(zero.message == "expected a whole number of at least 1")
    #expect(zero.at == "0")
    #expect(session.error("top(nv.close, 1.5)").at == "1.5")
  }
}
