import TapeCore

/// The number of fiscal years between two period ends, counted as years rather than as days over
/// 365, so a growth rate between fiscal years does not depend on the 52- and 53-week years.
extension Builtins {
  /// Why two periods are not a whole number of fiscal years apart.
  enum FiscalYearsRefusal: LibraryProblem {
    case noPeriodEnd
    case notAfter(start: TapeDate, end: TapeDate)
    case notWholeYears(days: Int)

    var message: String {
      switch self {
      case .noPeriodEnd:
        "a period needs a `period_end` date, as `nvda_fundamentals.fy2025` has"
      case .notAfter(let start, let end):
        "the end period (\(end.iso)) is not after the start (\(start.iso))"
      case .notWholeYears(let days):
        "\(days) days between the period ends is not a whole number of fiscal years"
      }
    }

    var help: String? {
      switch self {
      case .noPeriodEnd: "give two fiscal-year records or their year-end dates"
      case .notAfter: "give the earlier period first"
      case .notWholeYears: "compare fiscal years with fiscal years; for other dates use `end - start` (365-day years)"
      }
    }

    func error(at span: Span) -> EvalError { .library(AnyLibraryProblem(self), at: span) }
  }

  /// The unit `year` (365 days), as the language writes `3 years`.
  static let yearUnit = Unit(UnitDefinition(name: "year", plural: "years", dimension: Dimension(base: "day"), factor: 365))

  /// A period's end: a date, or a record's `period_end`.
  static func periodEnd(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> TapeDate {
    switch arguments[index] {
    case .date(let date): return date
    case .record(let record):
      if let position = record.names.firstIndex(of: "period_end"), case .date(let date) = record.values[position] {
        return date
      }
      throw FiscalYearsRefusal.noPeriodEnd.error(at: call.argumentSpan(index))
    default: throw undeclared(index, call)
    }
  }

  static let fiscalYears = Builtin(
    name: "fiscal_years", topic: .dates,
    parameters: [
      .init("start", .oneOf([.record, .date]), "a fiscal period (a record with `period_end`) or its end date"),
      .init("end", .oneOf([.record, .date]), "a later period of the same fiscal calendar"),
    ],
    returns: .duration, resultNote: "a whole number of years",
    summary: "The whole fiscal years from one period's end to another's: FY2022 to FY2025 is 3 years.",
    examples: [
      .init("fiscal_years(2022-01-30, 2025-01-26)", yields: "3 years")
    ],
    details: """
      Growth between fiscal periods counts fiscal years, not days over 365 (CFA curriculum, \
      Quantitative Methods, "Rates and Returns": the CAGR compounds once a period). NVIDIA's years \
      end on the last Sunday of January, so some have 53 weeks: 2022-01-30 to 2025-01-26 is 1,092 \
      days, 2.99 years of 365 days, which give a revenue CAGR of 69.50%; \
      `fiscal_years(nvda_fundamentals.fy2022, nvda_fundamentals.fy2025)` gives 3 years and \
      69.25% (`help cagr`). The days between \
      the ends are rounded to whole years of 365.2425 days; more than ten days off a whole year \
      is an error, since the periods are then not of one fiscal calendar.
      """,
    seeAlso: ["cagr", "year", "dates"]
  ) { arguments, call throws(EvalError) in
    let (start, end) = (try periodEnd(arguments, 0, call), try periodEnd(arguments, 1, call))
    let days = end.daysSinceEpoch - start.daysSinceEpoch
    guard days > 0 else { throw FiscalYearsRefusal.notAfter(start: start, end: end).error(at: call.argumentSpan(1)) }
    let years = (Double(days) / 365.2425).rounded()
    guard years >= 1, Swift.abs(Double(days) - years * 365.2425) <= 10 else {
      throw FiscalYearsRefusal.notWholeYears(days: days).error(at: call.argumentSpan(1))
    }
    return .quantity(Quantity(years, yearUnit))
  }
}
