import Testing
import TapeCore
import TapeLibrary

/// A built-in's complaint is data (`EvalError.ArgumentProblem`, `EvalError.DateProblem`) and its
/// words are written beside the case: these pin the words through real calls, and that every
/// case reads as Tape's messages do.
@Suite struct ArgumentProblemTests {
  /// Each case once, with payloads a call would carry.
  static let problems: [EvalError.ArgumentProblem] = {
    let day = TapeDate(year: 2025, month: 1, day: 27)!
    let earlier = TapeDate(year: 2025, month: 1, day: 24)!
    let usd = Unit(UnitDefinition.currency("USD", symbol: "$"))
    return [
      .noDateBefore(series: "nv.close", date: day, first: earlier, toMeasureMove: false),
      .noDateBefore(series: "nv.close", date: day, first: day, toMeasureMove: true),
      .noSharesAttribute(table: "bare"), .sharesNeeded, .noShareCount(series: "shares", date: day, first: nil),
      .ratioDimensions(usd, .none), .mapNeedsNumber(found: .string), .mapChangedUnit(first: usd, found: .none),
      .filterNeedsBoolean(found: .plainNumber), .cannotCallFunctions, .chartUnits(first: usd, found: .none),
      .tableWithoutClose(table: "t", firstColumn: "eps"), .datesNotAscending(date: earlier, previous: day),
      .emptySeriesName, .pctChangeOfOneQuantity, .pctChangeSecondArgument,
      .tooFewShared(function: "beta", minimum: 3, a: .list, b: .list, found: 2), .noSharedDates,
    ]
  }()

  @Test(arguments: problems) func everyMessageReadsAsTapesDo(problem: EvalError.ArgumentProblem) {
    var sources = SourceMap()
    let source = sources.add(name: "<input>", text: "f(x)")
    let span = Span(source: source.id, start: 2, end: 3)
    let error = EvalError.badArgument(problem, at: span)
    let diagnostic = error.diagnostic(in: sources)
    #expect(error.span == span)
    #expect(diagnostic.span == span)
    #expect(diagnostic.message.first.map { !$0.isUppercase } == true)
    #expect(!diagnostic.message.hasSuffix("."))
  }

  @Test func functionArgumentsSayWhatTheFunctionReturned() {
    var session = SeriesSession()
    let map = session.error(#"map(nv.close, p => "x")"#)
    #expect(map.message == "`map` over a series needs a function that returns a number or quantity")
    #expect(map.at == #"p => "x""#)
    let filter = session.error("filter([1, 2], x => x)")
    #expect(filter.message == "`filter` needs a function that returns true or false")
    #expect(filter.help == "compare inside it, as in `x => x > 0`")
    guard case .error(let diagnostic)? = session.interpreter.run("filter([1, 2], x => x)").first else {
      Issue.record("`filter` with a number-returning function did not fail")
      return
    }
    #expect(diagnostic.primary.text == "returns a plain number")
  }

  @Test func lineChartsOfTwoUnitsNameBoth() {
    var session = SeriesSession()
    let chart = session.error("chart(nv.close, gappy)")
    #expect(chart.message == "a chart's series share one unit; this one is in plain numbers")
    #expect(chart.at == "gappy")
    #expect(chart.notes == ["the first series is in `USD/share`"])
  }

  @Test func listsHavePointsInCommonAndSeriesShareDates() {
    var session = SeriesSession()
    #expect(session.error("beta([1, 2], [3, 4])").message == "`beta` needs at least 3 points in common; the list and the list have 2")
    #expect(session.error("beta(nv.close, gappy)").message == "`beta` needs at least 3 shared dates; `nv.close` and `gappy` share 2")
  }

  @Test func datesTakeWholeDaysOfDurationOnly() {
    var session = SeriesSession()
    let product = session.error("2025-01-27 * 2025-01-24")
    #expect(product.message == "cannot multiply two dates")
    #expect(product.help == "subtract two dates to get the days between them")
    #expect(session.error("2025-01-27 + $5").message == "cannot add `USD` to a date")
    #expect(session.error("2025-01-27 - 5%").message == "cannot subtract a percentage from a date")
    #expect(session.error("2025-01-27 + 1.5 days").message == "a date moves by whole days; this is 1.5 days")
    #expect(session.error("2025-01-27 + 9000000 days").message == "the date falls outside the years 1 to 9999")
  }
}
