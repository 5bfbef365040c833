extension EvalError {
  /// A built-in's complaint about an argument, as data: what the message needs and nothing
  /// worded. Its text is in `diagnostic`, in one `switch`.
  public enum ArgumentProblem: Sendable, Equatable {
    /// `change(s, d)`, `market_move(t, d)` where `series` has no point before `date`; `first` is
    /// its first date; `toMeasureMove` when the point was needed as the start of a move.
    case noDateBefore(series: String, date: TapeDate, first: TapeDate?, toMeasureMove: Bool)
    /// `market_cap(t, d)` for a table without a `shares` attribute.
    case noSharesAttribute(table: String)
    /// `market_cap(s, d)` for a bare price series.
    case sharesNeeded
    /// Shares outstanding as a series that starts after `date`.
    case noShareCount(series: String, date: TapeDate, first: TapeDate?)
    /// `ratio(a, b)` with `a` and `b` in different dimensions.
    case ratioDimensions(Unit, Unit)
    /// `map(series, f)` where `f` returned something other than a number.
    case mapNeedsNumber(found: ValueKind)
    /// `map(series, f)` where `f` returned `found` after returning `first` for an earlier point.
    case mapChangedUnit(first: Unit, found: Unit)
    /// `filter(xs, f)` where `f` returned something other than a boolean.
    case filterNeedsBoolean(found: ValueKind)
    /// A built-in that calls functions, run where no function can be called.
    case cannotCallFunctions
    /// `chart(a, b)` with `b` in another dimension than `a`.
    case chartUnits(first: Unit, found: Unit)
    /// `chart(t)` for a table with no `close` column; `firstColumn` is one to suggest.
    case tableWithoutClose(table: String, firstColumn: String?)
    /// `series([d2, d1], …)`: `date` comes after `previous` in the list.
    case datesNotAscending(date: TapeDate, previous: TapeDate)
    /// `series(dates, values, "")`.
    case emptySeriesName
    /// `pct_change($5)`.
    case pctChangeOfOneQuantity
    /// `pct_change(s, x)`.
    case pctChangeSecondArgument
    /// `beta(a, b)`, `correlation(a, b)` with fewer than `minimum` points in common.
    case tooFewShared(function: String, minimum: Int, a: Points, b: Points, found: Int)
    /// `compare(a, b)` where no date is in every series.
    case noSharedDates
  }

  func argumentDiagnostic(_ problem: ArgumentProblem, at span: Span) -> Diagnostic {
    func firstDate(_ first: TapeDate?) -> String? { first.map { "its first date is \($0.iso)" } }
    // A unit in words after "in" or "returned": "`USD/share`", or "plain numbers" for none.
    func inWords(_ unit: Unit) -> String { unit.isNone ? "plain numbers" : "`\(unit.described(plural: true))`" }
    switch problem {
    case .noDateBefore(let series, let date, let first, let toMeasureMove):
      let purpose = toMeasureMove ? " to measure the move from" : ""
      return Diagnostic(
        "`\(series)` has no date before \(date.iso)\(purpose)", at: span, label: "this argument",
        help: firstDate(first).map { toMeasureMove ? $0 + "; pick a later date" : $0 })
    case .noSharesAttribute(let table):
      return Diagnostic(
        "`\(table)` has no `shares` attribute", at: span, label: "this argument",
        help: "give shares outstanding as the third argument, as in `market_cap(t, date, 24.4B shares)`")
    case .sharesNeeded:
      return Diagnostic(
        "a price series needs shares outstanding", at: span, label: "this argument",
        help: "give them as the third argument, as in `market_cap(s, date, 24.4B shares)`")
    case .noShareCount(let series, let date, let first):
      return Diagnostic(
        "`\(series)` has no share count on or before \(date.iso)", at: span, label: "this argument",
        help: firstDate(first))
    case .ratioDimensions(let a, let b):
      return Diagnostic(
        "`ratio` needs both sides in one dimension; found \(inWords(a)) and \(inWords(b))", at: span, label: "this argument",
        help: "for a rate between different units, divide with `/`")
    case .mapNeedsNumber(let found):
      return Diagnostic(
        "`map` over a series needs a function that returns a number or quantity", at: span,
        label: "returns \(found.description)", help: "to keep only some points, use `filter`")
    case .mapChangedUnit(let first, let found):
      return Diagnostic(
        "the function returned \(inWords(found)) after \(inWords(first))", at: span, label: "this argument")
    case .filterNeedsBoolean(let found):
      return Diagnostic(
        "`filter` needs a function that returns true or false", at: span, label: "returns \(found.description)",
        help: "compare inside it, as in `x => x > 0`")
    case .cannotCallFunctions:
      return Diagnostic("this function cannot call functions here", at: span, label: "this argument")
    case .chartUnits(let first, let found):
      return Diagnostic(
        "a chart's series share one unit; this one is in \(inWords(found))", at: span, label: "this argument",
        notes: ["the first series is in \(inWords(first))"],
        help: "chart series in different units separately, or divide by a first value to compare growth")
    case .tableWithoutClose(let table, let firstColumn):
      return Diagnostic(
        "expected a series, found a table", at: span, label: "this argument",
        help: "pick one column, as in `\(table).\(firstColumn ?? "close")`")
    case .datesNotAscending(let date, let previous):
      return Diagnostic(
        "the dates must ascend: \(date.iso) comes after \(previous.iso)", at: span, label: "this argument",
        help: "list each date once, earliest first")
    case .emptySeriesName:
      return Diagnostic(
        "the name of a series cannot be empty", at: span, label: "this argument",
        help: "write a name such as `\"close\"`")
    case .pctChangeOfOneQuantity:
      return Diagnostic(
        "`pct_change` of one quantity is undefined", at: span, label: "this argument",
        help: "give the old and the new value, as in `pct_change($142.62, $118.42)`")
    case .pctChangeSecondArgument:
      return Diagnostic(
        "`pct_change` of a series or list takes no second argument", at: span, label: "this argument",
        help: "for the change between two dates, use `pct_change(s[OLD], s[NEW])`")
    case .tooFewShared(let function, let minimum, let a, let b, let found):
      // Lists line up by position, so they have points in common; series share dates.
      let (what, verb) = a == .list ? ("points in common", "have") : ("shared dates", "share")
      return Diagnostic(
        "`\(function)` needs at least \(minimum) \(what); \(a) and \(b) \(verb) \(found)", at: span,
        label: "this argument")
    case .noSharedDates:
      return Diagnostic("these series have no date in common", at: span, label: "this argument")
    }
  }
}
