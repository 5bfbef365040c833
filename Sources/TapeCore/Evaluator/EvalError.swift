/// A problem found while computing a value. Each case carries what the message needs.
public enum EvalError: Error, Sendable, Equatable {
  /// `$5 + 3 shares`: operands of different dimensions.
  case mismatchedUnits(op: BinaryOperator, left: ValueKind, right: ValueKind, spans: OperatorSpansData)
  /// `$100 + 10%`: a percentage added to an amount.
  case percentAddedToAmount(op: BinaryOperator, amount: ValueKind, percentOnLeft: Bool, spans: OperatorSpansData)
  case divisionByZero(at: Span, divisor: Span)
  case notFinite(at: Span)
  /// `(-1)^0.5`
  case notARealNumber(at: Span)
  case unitExponentNotWhole(unit: Unit, at: Span)
  case noSuchField(String, available: [String], at: Span)
  case indexOutOfRange(index: Int, count: Int, at: Span)
  case lengthsDiffer(left: Int, right: Int, at: Span)
  case notCallable(found: ValueKind, at: Span)
  case wrongArgumentCount(function: String, expected: Int, found: Int, at: Span)
  /// `$5 in shares`; `isCurrency` when both sides are money, which Tape never converts on its own.
  case cannotConvert(from: ValueKind, to: Unit, at: Span, isCurrency: Bool)
  case percentOfQuantity(unit: Unit, at: Span)
  /// `d1 * d2`, `d + $5`: arithmetic a date cannot take.
  case dateArithmetic(DateProblem, at: Span)
  case recursionTooDeep(function: String, depth: Int, at: Span)
  case interrupted(at: Span)
  case notYetDefined(String, at: Span)
  /// `nvda.close[2025-01-25]`, a Saturday.
  case noDataOnDate(
    date: TapeDate, series: String, calendar: TradingCalendar?, before: TapeDate?, after: TapeDate?, at: Span)
  /// A built-in's own complaint about an argument.
  indirect case badArgument(ArgumentProblem, at: Span)
  /// An error inside a Tape function (a stdlib one such as `dcf`, or the user's): reported at
  /// the outermost call, `call`, with the innermost function and the error where it happened.
  indirect case insideCall(EvalError, outermost: String, innermost: String, call: Span)
  /// `sqrt($4)`: argument number `argument` does not fit the type its parameter declares in
  /// `signature`; found before the function runs, and reported at the argument.
  case argumentMismatch(TypeMismatch, argument: Int, signature: Signature, at: Span)
  /// `fn f(x) -> percent = x` then `f($5)`: the body returned something other than the declared
  /// result; reported at the call.
  case resultMismatch(TypeMismatch, signature: Signature, at: Span)
  /// An argument a function's body cannot take although it passed the function's declared
  /// signature: the declaration and the body disagree, a bug in Tape rather than in the call.
  case undeclaredArgument(at: Span)
  /// `not 5`, `if $3 then …`: a value of another kind where the operation needs `expected`.
  case unexpectedKind(expected: Expected, found: ValueKind, at: Span)
  /// `[1] + "a"`: two operands of kinds the operation cannot take together.
  case unexpectedOperands(expected: Expected, left: ValueKind, right: ValueKind, at: Span)
  /// An operator the operation does not take (`^` between series).
  case unexpectedOperator(expected: Expected, found: String, at: Span)
  /// `bars({a: $1, b: "x"})`: a record holding a field of another kind than `expected`.
  case unexpectedField(expected: Expected, found: ValueKind, at: Span)
  /// `median([$1, 2 shares])`: a list whose items are not all in the first item's dimension.
  case mixedUnits(first: Unit, found: Unit, at: Span)
  /// `corr(series, [1, 2])`: one argument a list and the other a series.
  case listAndSeries(firstIsList: Bool, at: Span)
  /// `xs[3..1]`, `s[2025-02-01..2025-01-01]`: a range that ends before it starts.
  case rangeReversed(byDates: Bool, at: Span)
  /// `first([])`: a function that needs an item, given an empty list.
  case emptyList(function: String, at: Span)
  /// `ln(0)`, `sqrt(-1)`: a number outside what the function is defined for.
  case outOfDomain(Domain, at: Span)
  /// `round(x, 2.5)`, `moving_avg(s, 0)`: a number that must be whole and within bounds.
  case notAWholeNumber(WholeNumber, at: Span)
  /// `stdev(s[d..d])`: fewer points than `function` needs.
  case tooFewPoints(function: String, minimum: Int, found: Int, in: Points, at: Span)
  /// `pct_change([0, 1])`: a change measured from a point that is 0.
  case zeroBase(Points, place: Place, function: String, at: Span)
  /// `drawdown([1, -1])`: a point that is 0 or negative where only positive values make sense.
  case notPositive(Points, place: Place, function: String, at: Span)
  /// `ratio(a, b)` where `b` is 0 at `place`.
  case ratioByZero(place: Place, at: Span)
  /// `corr(a, b)` where one is 0 on a shared date, so its return from there is undefined.
  case zeroOnSharedDate(Points, at: Span)
  /// `corr(a, b)` where one does not vary over the shared points.
  case constant(Points, function: String, at: Span)
  /// A list or record nested deeper than `ValueWalk.depthLimit`, met while comparing, combining
  /// or converting it (a value built by recursion; a literal that deep is a parse error).
  case valueNestedTooDeeply(limit: Int, at: Span)
  /// A figure or a rate the built-in market data does not hold (`MarketDataError`).
  case marketData(MarketDataError, at: Span)
  /// Records and tables combined or chosen by their labels (see `LabelProblem`).
  case labels(LabelProblem, at: Span)
  /// `write_csv(t, "out.csv")` that did not write (see `FileWriteProblem`).
  case fileWrite(FileWriteProblem, at: Span)
  /// Windows, resampling and the prices-or-returns convention (`EvalError+TimeSeries`).
  case timeSeries(TimeSeriesProblem, at: Span)
  /// A refusal whose words live in the library that defines it (see `LibraryProblem`).
  case library(AnyLibraryProblem, at: Span)

  public var span: Span {
    switch self {
    case .mismatchedUnits(_, _, _, let spans), .percentAddedToAmount(_, _, _, let spans): spans.operatorSpan
    case .divisionByZero(let span, _), .notFinite(let span), .notARealNumber(let span),
      .unitExponentNotWhole(_, let span), .noSuchField(_, _, let span), .indexOutOfRange(_, _, let span),
      .lengthsDiffer(_, _, let span), .notCallable(_, let span), .wrongArgumentCount(_, _, _, let span),
      .cannotConvert(_, _, let span, _), .percentOfQuantity(_, let span), .dateArithmetic(_, let span),
      .recursionTooDeep(_, _, let span), .interrupted(let span), .notYetDefined(_, let span),
      .noDataOnDate(_, _, _, _, _, let span),
      .badArgument(_, let span), .insideCall(_, _, _, let span):
      span
    case .argumentMismatch(_, _, _, let span), .undeclaredArgument(let span), .resultMismatch(_, _, let span):
      span
    case .unexpectedKind(_, _, let span), .unexpectedOperands(_, _, _, let span), .unexpectedOperator(_, _, let span),
      .unexpectedField(_, _, let span), .mixedUnits(_, _, let span), .listAndSeries(_, let span):
      span
    case .rangeReversed(_, let span), .emptyList(_, let span), .outOfDomain(_, let span), .notAWholeNumber(_, let span),
      .tooFewPoints(_, _, _, _, let span), .zeroBase(_, _, _, let span), .notPositive(_, _, _, let span),
      .ratioByZero(_, let span), .zeroOnSharedDate(_, let span), .constant(_, _, let span):
      span
    case .valueNestedTooDeeply(_, let span), .marketData(_, let span): span
    case .labels(_, let span), .fileWrite(_, let span): span
    case .timeSeries(_, let span): span
    case .library(_, let span): span
    }
  }
}

/// The spans of a binary operation, public so errors can carry them.
public struct OperatorSpansData: Sendable, Equatable {
  public var operatorSpan: Span
  public var left: Span
  public var right: Span
}

extension OperatorSpans {
  var data: OperatorSpansData { OperatorSpansData(operatorSpan: operatorSpan, left: left, right: right) }
}

extension EvalError {
  /// What an operation needed where it found something else, as data; `description` words it
  /// after "expected" ("expected a whole-number index, found a string").
  public enum Expected: Sendable, Equatable, CustomStringConvertible {
    case boolean
    case booleanAfterNot
    /// After a unary operator: `-"a"`.
    case numberAfter(operator: String)
    /// Two operands for a binary operator: `[1] + "a"`.
    case operandsFor(operator: String)
    case plainExponent
    case arithmeticOperator
    case comparison
    case numberToConvert
    case recordWithField(String)
    case listToIndex
    case wholeNumberIndex
    case wholeNumberPosition
    case date
    case seriesOrTableToIndexByDate
    case seriesOrTableToSliceByDates
    /// An end of a series' range: `s[2025-01-24..]`, `s[-20..]`.
    case datePositionOrOpen
    /// The operands of arithmetic on series: `nvda.close + "a"`.
    case seriesAndNumber
    /// The operators arithmetic on series takes.
    case seriesOperator
    case pricesPerShare
    case sharesOutstanding
    case recordOfNumbers
    case number
    /// `r[[1, 2]]`: names of keys or columns, as strings.
    case keyNames
    case recordOrTable

    public var description: String {
      switch self {
      case .boolean: "a boolean (true or false)"
      case .booleanAfterNot: "a boolean after `not`"
      case .numberAfter(let op): "a number after `\(op)`"
      case .operandsFor(let op): "operands that `\(op)` can combine"
      case .plainExponent: "a plain number as exponent"
      case .arithmeticOperator: "an arithmetic operator"
      case .comparison: "a comparison"
      case .numberToConvert: "a number to convert"
      case .recordWithField(let name): "a record with a field `\(name)`"
      case .listToIndex: "a list, series or table to index"
      case .wholeNumberIndex: "a whole-number index"
      case .wholeNumberPosition: "a whole-number position"
      case .date: "a date"
      case .seriesOrTableToIndexByDate: "a series or table to index by date"
      case .seriesOrTableToSliceByDates: "a list, series or table to slice"
      case .datePositionOrOpen: "a date or a whole-number position"
      case .seriesAndNumber: "a series and a number or another series"
      case .seriesOperator: "`+`, `-`, `*` or `/` between series"
      case .pricesPerShare: "prices in money per share"
      case .sharesOutstanding: "shares outstanding, in shares"
      case .recordOfNumbers: "a record of numbers"
      case .number: "a number"
      case .keyNames: "names of keys as strings, such as `[\"nvda\", \"amd\"]`"
      case .recordOrTable: "a record or a table"
      }
    }
  }
}

extension EvalError {
  /// What a built-in computed over: a list, or the series named so. Words it for messages:
  /// "the list", "`nvda.close`".
  public enum Points: Sendable, Equatable, CustomStringConvertible {
    case list
    case series(String)

    public var description: String {
      switch self {
      case .list: "the list"
      case .series(let name): "`\(name)`"
      }
    }
  }

  /// The numbers a function is defined for, where an argument fell outside them.
  public enum Domain: Sendable, Equatable {
    /// `ln`, `log10`.
    case positiveForLogarithm
    /// `sqrt`.
    case nonNegativeForSquareRoot
  }

  /// The whole numbers an argument had to be one of.
  public enum WholeNumber: Sendable, Equatable {
    /// A count, such as a window of points.
    case atLeastOne
    /// `round`'s `digits`, from -15 to 15.
    case digits
  }
}

extension EvalError {
  /// Where a point is, for messages: "on 2025-01-27" in a series, "at position 3" in a list.
  public enum Place: Sendable, Equatable, CustomStringConvertible {
    case date(TapeDate)
    case position(Int)

    public var description: String {
      switch self {
      case .date(let date): "on \(date.iso)"
      case .position(let index): "at position \(index)"
      }
    }
  }
}
