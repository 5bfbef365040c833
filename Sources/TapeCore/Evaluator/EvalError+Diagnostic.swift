// The words of each evaluation error, beside the cases of `EvalError.swift`.

extension EvalError {
  /// The diagnostic for this error; `sources` lets a suggestion quote what the user wrote.
  public func diagnostic(in sources: SourceMap) -> Diagnostic {
    func text(_ span: Span) -> String { sources[span.source]?.text(of: span) ?? "…" }
    switch self {
    case .mismatchedUnits(let op, let leftKind, let rightKind, let spans):
      let (left, right) = (leftKind.description, rightKind.description)
      let verb = op == .add ? "add" : "compare"
      let message = op == .subtract ? "cannot subtract \(right) from \(left)" : "cannot \(verb) \(left) and \(right)"
      var notes: [String] = []
      var help: String? = nil
      if let leftCode = BuiltinUnits.currencyCode(of: leftKind), let rightCode = BuiltinUnits.currencyCode(of: rightKind) {
        notes.append("Tape never converts between currencies on its own")
        help = "convert with a rate you state: `\(text(spans.right)) * RATE \(leftCode)/\(rightCode)`, where RATE is \(leftCode) per \(rightCode)"
      }
      return Diagnostic(
        message, at: spans.operatorSpan, label: "\(left) \(op.rawValue) \(right)",
        secondary: [.init(spans.left, left), .init(spans.right, right)], notes: notes, help: help)
    case .percentAddedToAmount(let op, let amountKind, let percentOnLeft, let spans):
      let amountText = text(percentOnLeft ? spans.right : spans.left)
      let percentText = text(percentOnLeft ? spans.left : spans.right)
      let sign = op == .add ? "+" : "-"
      let (amount, percent) = (amountKind.description, ValueKind.percentage.description)
      let (moved, onto) = percentOnLeft ? (amount, percent) : (percent, amount)
      let message = op == .add ? "cannot add \(moved) to \(onto)" : "cannot subtract \(moved) from \(onto)"
      return Diagnostic(
        message, at: spans.operatorSpan, label: "ambiguous percentage",
        secondary: [.init(spans.left, ""), .init(spans.right, "")],
        notes: ["a percentage is a ratio; Tape does not guess what it is a percentage of"],
        help: "did you mean `\(amountText) * (1 \(sign) \(percentText))`?")
    case .divisionByZero(let span, let divisor):
      return Diagnostic("division by zero", at: span, label: "divisor is zero", secondary: [.init(divisor, "")])
    case .notFinite(let span):
      return Diagnostic(
        "the result is too large to represent", at: span, label: "overflows",
        notes: ["Tape computes with 64-bit floating point (about 1.8e308 at most)"])
    case .notARealNumber(let span):
      return Diagnostic(
        "the result is not a real number", at: span, label: "undefined here",
        notes: ["a negative number has no real root or fractional power"])
    case .unitExponentNotWhole(let unit, let span):
      return Diagnostic(
        "cannot raise `\(unit.described(plural: true))` to a fractional power", at: span, label: "exponent is not a whole number",
        help: "divide out the unit first, then raise the plain number")
    case .noSuchField(let name, let available, let span):
      let suggestion = Suggestion.closest(to: name, among: available)
      return Diagnostic(
        "no field `\(name)`", at: span, label: "unknown field",
        notes: available.isEmpty ? [] : ["fields: " + available.map { "`\($0)`" }.joined(separator: ", ")],
        help: suggestion.map { "did you mean `\($0)`?" })
    case .indexOutOfRange(let index, let count, let span):
      return Diagnostic(
        "index \(index) is out of range", at: span, label: "out of range",
        notes: [count == 0 ? "the list is empty" : "valid indexes are 0 to \(count - 1)"])
    case .lengthsDiffer(let left, let right, let span):
      return Diagnostic(
        "lists of different lengths (\(left) and \(right))", at: span, label: "element-wise needs equal lengths")
    case .notCallable(let found, let span):
      return Diagnostic("cannot call \(found.description)", at: span, label: "not a function")
    case .wrongArgumentCount(let function, let expected, let found, let span):
      return Diagnostic(
        "`\(function)` takes \(expected) argument\(expected == 1 ? "" : "s"), found \(found)", at: span,
        label: "called here")
    case .cannotConvert(let fromKind, let toUnit, let span, let isCurrency):
      let (from, to) = (fromKind.description, ValueKind.quantity(toUnit).description)
      var help: String? = nil
      if isCurrency, let fromCode = BuiltinUnits.currencyCode(of: fromKind),
        let toCode = BuiltinUnits.currencyCode(of: .quantity(toUnit))
      {
        help =
          "convert at a dated reference rate, as in `x in \(toCode) at 2025-01-27`, or multiply by a rate you state: `x * RATE \(toCode)/\(fromCode)`"
      }
      return Diagnostic(
        "cannot show \(from) in \(to)", at: span, label: "different dimensions",
        notes: isCurrency ? ["Tape never converts between currencies on its own"] : [], help: help)
    case .percentOfQuantity(let unit, let span):
      return Diagnostic(
        "cannot show `\(unit.described(plural: true))` as a percentage", at: span, label: "only ratios can be percentages",
        help: "divide by another amount in the same unit first, as in `(new - old) / old in %`")
    case .dateArithmetic(let problem, let span):
      return dateDiagnostic(problem, at: span)
    case .recursionTooDeep(let function, let depth, let span):
      return Diagnostic(
        "`\(function)` recursed too deeply (\(depth) calls)", at: span, label: "in this call",
        help: "check that the recursion reaches its base case")
    case .interrupted(let span):
      var diagnostic = Diagnostic("interrupted", at: span, label: "stopped by Ctrl-C; the session goes on")
      diagnostic.isInterruption = true
      return diagnostic
    case .notYetDefined(let name, let span):
      return Diagnostic("`\(name)` has no value yet", at: span, label: "used before it was bound")
    case .noDataOnDate(let date, let series, let calendar, let before, let after, let span):
      let nearest = [before.map { "`\($0.iso)` before" }, after.map { "`\($0.iso)` after" }].compactMap { $0 }
      // Why there is no row, when the data's own calendar knows; otherwise only the weekday.
      let reason =
        switch (calendar, USMarketCalendar.closure(on: date)) {
        case (.usEquities, .weekend(let weekday)): "a \(weekday): US markets are closed at weekends"
        case (.usEquities, .holiday(let name)): "a \(date.weekdayName): US markets were closed for \(name)"
        case (.ecbReferenceRates, .weekend(let weekday)): "a \(weekday): the ECB publishes no reference rates at weekends"
        default: "a \(date.weekdayName)"
        }
      let previous = calendar == .usEquities ? "the previous trading day" : "the previous date with data"
      return Diagnostic(
        "`\(series)` has no value on \(date.iso) (\(reason))", at: span, label: "not a date in the data",
        notes: nearest.isEmpty ? [] : ["nearest dates with data: " + nearest.joined(separator: ", ")],
        help: before.map { "for \(previous) use `\($0.iso)`" })
    case .badArgument(let problem, let span):
      return argumentDiagnostic(problem, at: span)
    case .insideCall(let inner, let outermost, let innermost, let call):
      let underlying = inner.diagnostic(in: sources)
      var diagnostic = Diagnostic(
        underlying.message, at: call,
        label: outermost == "lambda" ? "in the lambda this call runs" : "in this call to `\(outermost)`", notes: underlying.notes,
        help: underlying.help)
      diagnostic.origin = Diagnostic.Origin(
        function: innermost, primary: underlying.primary, secondary: underlying.secondary)
      return diagnostic
    case .argumentMismatch(let mismatch, let argument, let signature, let span):
      let parameter = signature.parameterIndex(ofArgument: argument).map { signature.parameters[$0].name } ?? "?"
      return Diagnostic(
        mismatch.message(function: signature.function, parameter: parameter, parameters: signature.parameterNames),
        at: span, label: mismatch.label, notes: ["signature: `\(signature.notation)`"],
        help: mismatch.help(argument: text(span)))
    case .resultMismatch(let mismatch, let signature, let span):
      return Diagnostic(
        mismatch.resultMessage(function: signature.function, parameters: signature.parameterNames), at: span,
        label: "returned \(mismatch.found.description)", notes: ["signature: `\(signature.notation)`"],
        help: "the body computes something other than the declared result: fix the body or the type after `->`")
    case .undeclaredArgument(let span):
      return Diagnostic(
        "this argument passed the function's declared types but its body cannot take it", at: span,
        label: "this argument", notes: ["the function's declaration and its body disagree: this is a bug in Tape"])
    case .unexpectedKind(let expected, let found, let span):
      return Diagnostic("expected \(expected), found \(found.description)", at: span, label: "this is \(found.description)")
    case .unexpectedOperands(let expected, let left, let right, let span):
      let found = "\(left.description) and \(right.description)"
      return Diagnostic("expected \(expected), found \(found)", at: span, label: "this is \(found)")
    case .unexpectedOperator(let expected, let op, let span):
      return Diagnostic("expected \(expected), found `\(op)`", at: span, label: "this is `\(op)`")
    case .unexpectedField(let expected, let found, let span):
      let field = "a field holding \(found.description)"
      return Diagnostic("expected \(expected), found \(field)", at: span, label: "this is \(field)")
    case .mixedUnits(let first, let found, let span):
      let other = "`\(found.described(plural: true))` among them"
      return Diagnostic(
        "expected a list in one unit (`\(first.described(plural: true))`), found \(other)", at: span,
        label: "this is \(other)")
    case .listAndSeries(let firstIsList, let span):
      let (expected, found) = firstIsList ? ("a list", "a series") : ("a series", "a list")
      return Diagnostic(
        "expected \(expected), like the first argument, found \(found)", at: span, label: "this is \(found)")
    case .rangeReversed(let byDates, let span):
      return Diagnostic(
        "the range ends before it starts", at: span, label: "this argument",
        help: byDates ? "write the earlier date first" : "write the lower position first")
    case .emptyList(let function, let span):
      return Diagnostic("`\(function)` of an empty list is undefined", at: span, label: "this argument")
    case .outOfDomain(let domain, let span):
      let message =
        switch domain {
        case .positiveForLogarithm: "the logarithm needs a positive number"
        case .nonNegativeForSquareRoot: "cannot take the square root of a negative number"
        }
      return Diagnostic(message, at: span, label: "this argument")
    case .notAWholeNumber(let whole, let span):
      let message =
        switch whole {
        case .atLeastOne: "expected a whole number of at least 1"
        case .digits: "`digits` must be a whole number from -15 to 15"
        }
      return Diagnostic(message, at: span, label: "this argument")
    case .tooFewPoints(let function, let minimum, let found, let points, let span):
      let what = minimum == 1 ? "a point" : "at least \(minimum) points"
      return Diagnostic(
        "`\(function)` needs \(what); \(points) has \(found)", at: span, label: "this argument",
        help: points == .list ? nil : "check the dates of the slice it was taken from")
    case .zeroBase(let points, let place, let function, let span):
      return Diagnostic(
        "\(points) is 0 \(place), so `\(function)` from it is undefined", at: span, label: "this argument")
    case .notPositive(let points, let place, let function, let span):
      return Diagnostic(
        "\(points) is not positive \(place), so `\(function)` is undefined", at: span, label: "this argument",
        help: "drawdowns are measured on prices or portfolio values")
    case .ratioByZero(let place, let span):
      return Diagnostic("`b` is 0 \(place), so the ratio there is undefined", at: span, label: "this argument")
    case .zeroOnSharedDate(let points, let span):
      return Diagnostic(
        "\(points) is 0 on a shared date, so its return from there is undefined", at: span, label: "this argument")
    case .constant(let points, let function, let span):
      return Diagnostic(
        "\(points) does not vary over the shared points, so `\(function)` is undefined", at: span,
        label: "this argument")
    case .library(let problem, let span):
      return Diagnostic(problem.problem.message, at: span, label: problem.problem.label, help: problem.problem.help)
    case .timeSeries(let problem, let span):
      return timeSeriesDiagnostic(problem, at: span)
    case .valueNestedTooDeeply(let limit, let span):
      return Diagnostic(
        "value nested more than \(limit) levels deep", at: span, label: "too deep here",
        notes: ["Tape walks lists and records to the parser's nesting limit"])
    case .marketData(let error, let span):
      return error.diagnostic(at: span)
    case .labels(let problem, let span):
      return problem.diagnostic(at: span)
    case .fileWrite(let problem, let span):
      return problem.diagnostic(at: span)
    }
  }

  /// This error as seen from a call to `function` at `span`: the call becomes where it is
  /// reported, the innermost function and place are kept. Ctrl-C and a too-deep recursion are
  /// about the whole entry, not one call, and pass through unchanged.
  func insideCall(to function: String, at span: Span) -> EvalError {
    switch self {
    case .interrupted, .recursionTooDeep: self
    case .insideCall(let inner, _, let innermost, _): .insideCall(inner, outermost: function, innermost: innermost, call: span)
    default: .insideCall(self, outermost: function, innermost: function, call: span)
    }
  }
}

extension BuiltinUnits {
  /// The currency code of an amount such as `EUR`, or nil when it is not money alone.
  static func currencyCode(of kind: ValueKind) -> String? {
    guard case .quantity(let unit) = kind else { return nil }
    let name = unit.described(plural: true)
    return currencies.contains { $0.0 == name } ? name : nil
  }
}
