import Testing

@testable import TapeCore

struct SignatureTests {
  static let round = Signature(
    "round", [.init("x", .quantity), .init("digits", .number)], optionalCount: 1, returns: .sameDimension(as: 0))
  static let compare = Signature(
    "compare", [.init("a", .series), .init("b", .series), .init("more", .series)], optionalCount: 1, repeatsLast: true,
    returns: .table)

  @Test func notationMarksOptionalAndRepeatedParameters() {
    #expect(Self.round.notation == "round(x: quantity, digits?: number) -> same dimension as x")
    #expect(Self.compare.notation == "compare(a: series, b: series, more...: series) -> table")
    #expect(Self.compare.names == "compare(a, b, more...)")
    #expect(Signature("f", [.init("x", .any)]).notation == "f(x: any)")
  }

  @Test func theFirstArgumentThatDoesNotFitIsReported() throws {
    let found = try #require(Self.round.mismatch(in: [.number(1), .string("2")]))
    #expect(found.argument == 1)
    #expect(found.mismatch == .kind(expected: .number, found: .string, fix: nil))
    #expect(Self.round.mismatch(in: [.number(1), .number(2)]) == nil)
    #expect(Self.round.mismatch(in: [.number(1)]) == nil)
  }

  @Test func repeatedArgumentsAreCheckedAgainstTheLastParameter() throws {
    let series = Value.series(Series(name: "s", days: [0], values: [1]))
    let found = try #require(Self.compare.mismatch(in: [series, series, series, .number(4)]))
    #expect(found.argument == 3)
    #expect(Self.compare.parameterIndex(ofArgument: 3) == 2)
    #expect(Self.round.parameterIndex(ofArgument: 2) == nil)
  }

  /// The error a builtin throws for a mismatch: at the argument, naming the function and the
  /// parameter, with the typed signature and the fix.
  @Test func theDiagnosticPointsAtTheArgumentAndGivesTheFix() throws {
    var sources = SourceMap()
    let source = sources.add(name: "<input>", text: "cagr($100, $200, 5)")
    let cagr = Signature(
      "cagr", [.init("start", .money), .init("end", .money), .init("years", .duration)], returns: .percent)
    let dollars = Unit(UnitDefinition.currency("USD", symbol: "$"))
    let arguments: [Value] = [.quantity(Quantity(100, dollars)), .quantity(Quantity(200, dollars)), .number(5)]
    let found = try #require(cagr.mismatch(in: arguments))
    #expect(found.argument == 2)
    let span = Span(source: source.id, start: 17, end: 18)
    let error = EvalError.argumentMismatch(found.mismatch, argument: found.argument, signature: cagr, at: span)
    let diagnostic = error.diagnostic(in: sources)
    #expect(error.span == span)
    #expect(diagnostic.message == "`cagr` expects `years` to be a duration, found a plain number")
    #expect(diagnostic.primary == Diagnostic.Label(span, "this is a plain number"))
    #expect(diagnostic.notes == ["signature: `cagr(start: money, end: money, years: duration) -> percent`"])
    #expect(diagnostic.help == "write `5 years`")
  }
}
