import Testing
import TapeCore
import TapeLibrary

/// A call whose argument does not fit its parameter's declared type: the error lands on that
/// argument, names the function and the parameter, shows the typed signature and gives the fix.
struct ArgumentCheckTests {
  @Test func aUnitWherePlainNumberIsDeclared() {
    var session = SeriesSession()
    let error = session.error("sqrt($4)")
    #expect(error.message == "`sqrt` expects `x` to be a plain number, found `USD`")
    #expect(error.at == "$4")
    #expect(error.notes == ["signature: `sqrt(x: number) -> number`"])
    #expect(error.help == "divide out the unit first, as in `$4 / $1`")
  }

  @Test func aSeriesWhereOneValueIsDeclaredSuggestsItsLastValue() {
    var session = SeriesSession()
    let error = session.error("round(nv.close, 2)")
    #expect(error.message == "`round` expects `x` to be a number or quantity, found a series in `USD/share`")
    #expect(error.at == "nv.close")
    #expect(error.help == "for its latest value, write `last(nv.close)`")
    #expect(session.shown("round(last(nv.close), 1)") == "$129.00/share")
  }

  @Test func aPlainNumberWhereSharesAreDeclaredSaysWhichUnit() {
    var session = SeriesSession()
    let error = session.error("market_cap(nv.close, 2025-01-27, 24.4B)")
    #expect(error.message.hasPrefix("`market_cap` expects `shares` to be a quantity in `shares`"))
    #expect(error.at == "24.4B")
    #expect(error.help == "write `24.4B shares`")
    #expect(session.shown("market_cap(nv.close, 2025-01-27, 24.4B shares)") == "$2.889T")
  }

  @Test func aPlainNumberLikeMoneySaysWriteDollars() {
    var session = SeriesSession()
    let error = session.error("pct_change($142.62, 118.42)")
    #expect(error.message == "`pct_change` expects `new` to be a quantity in `USD`, like `old`, found a plain number")
    #expect(error.at == "118.42")
    #expect(error.help == "write `$118.42`")
  }

  @Test func aFunctionIsDeclared() {
    var session = SeriesSession()
    let error = session.error("map([1, 2], 2)")
    #expect(error.message == "`map` expects `function` to be a function, found a plain number")
    #expect(error.at == "2")
    #expect(error.help == "pass a function, such as `x => x * 2`")
  }

  @Test func aRepeatedParameterIsNamed() {
    var session = SeriesSession()
    let error = session.error("compare(nv, bench, 3)")
    #expect(error.message == "`compare` expects `more` to be a series or a table, found a plain number")
    #expect(error.at == "3")
    #expect(
      error.notes == ["signature: `compare(a: series | table | record, b?: series | table, more...: series | table) -> table`"])
  }

  @Test func aListItemIsNamedByPosition() {
    var session = SeriesSession()
    let error = session.error("sum([$1, \"two\"])")
    #expect(
      error.message
        == "`sum` expects `list` to be a series, a list of numbers, a table or a record, found a string at position 1")
    #expect(error.at == "[$1, \"two\"]")
  }

  /// A builtin passed as a value is checked the same way when another function calls it.
  @Test func aBuiltinCalledByMapIsCheckedToo() {
    var session = SeriesSession()
    #expect(session.error("map([$4], sqrt)").message == "`sqrt` expects `x` to be a plain number, found `USD`")
    #expect(session.shown("map([4, 9], sqrt)") == "[2, 3]")
  }

  /// Checks about values, not kinds, stay in the body and keep their own messages.
  @Test func valueChecksStayInTheBody() {
    var session = SeriesSession()
    #expect(session.error("sqrt(-1)").message == "cannot take the square root of a negative number")
    #expect(session.error("round(1, 0.5)").message == "`digits` must be a whole number from -15 to 15")
    #expect(session.error("top([1, 2], 0)").message == "expected a whole number of at least 1")
  }
}
