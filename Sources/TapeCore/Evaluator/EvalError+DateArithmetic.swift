extension EvalError {
  /// Arithmetic a date cannot take, as data; its text is in `dateDiagnostic`.
  public enum DateProblem: Sendable, Equatable {
    /// `d1 + d2`, `d1 * d2`: an operator other than `-` or a comparison between two dates.
    case twoDates(operator: BinaryOperator)
    /// `2025-01-27 + $5`: a shift by something that is not a duration.
    case notADuration(found: ValueKind, subtracting: Bool)
    /// `2025-01-27 + 1.5 days`.
    case notWholeDays(Double)
    /// A shift past the years 1 to 9999.
    case outsideCalendar
    /// `2025-01-27 + 1.5 months`: calendar units and trading days move a date in whole steps.
    case notWholeCalendarSteps(Double, unit: String)
    /// Trading days counted outside the years the exchange calendar lists.
    case outsideExchangeCalendar
  }

  func dateDiagnostic(_ problem: DateProblem, at span: Span) -> Diagnostic {
    switch problem {
    case .twoDates(let op):
      let verb =
        switch op {
        case .add: "add"
        case .multiply: "multiply"
        case .divide: "divide"
        case .power: "raise"
        default: "compare"
        }
      return Diagnostic(
        "cannot \(verb) two dates", at: span, label: "here", help: "subtract two dates to get the days between them")
    case .notADuration(let found, let subtracting):
      return Diagnostic(
        subtracting ? "cannot subtract \(found.description) from a date" : "cannot add \(found.description) to a date",
        at: span, label: "here",
        help: subtracting ? "subtract a duration, as in `2025-01-27 - 7 days`" : "add a duration, as in `2025-01-27 + 7 days`")
    case .notWholeDays(let days):
      return Diagnostic(
        "a date moves by whole days; this is \(NumberText.significant(days)) days", at: span, label: "here")
    case .outsideCalendar:
      return Diagnostic("the date falls outside the years 1 to 9999", at: span, label: "here")
    case .notWholeCalendarSteps(let count, let unit):
      return Diagnostic(
        "a date moves by whole \(unit); this is \(NumberText.significant(count)) \(unit)", at: span, label: "here",
        help: "months, quarters, years and trading days move a date in whole steps; add days for a fixed length")
    case .outsideExchangeCalendar:
      let years = USMarketCalendar.coveredYears
      return Diagnostic(
        "trading days are known only from \(years.lowerBound) to \(years.upperBound)", at: span, label: "here",
        notes: ["the exchange calendar is \(USMarketCalendar.source)"],
        help: "count calendar days instead, as in `+ 7 days`")
    }
  }
}
