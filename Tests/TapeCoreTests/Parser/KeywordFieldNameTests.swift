import Testing

@testable import TapeCore

/// A CSV column may be named `if`, `then` or `true`; after `.` any keyword is a field name, so
/// such a field can be read (`.if` was a parse error).
@Suite struct KeywordFieldNameTests {
  /// `row()`: a record whose fields are named like keywords, as `load` makes from such headers.
  static let row = NativeFunction(name: "row", arity: 0...0, signature: "row()") { _, _ throws(EvalError) in
    let names = Keyword.allCases.map(\.rawValue)
    return .record(Record(names: names, values: names.indices.map { .quantity(Quantity(Double($0))) }))
  }

  @Test(arguments: Keyword.allCases.map(\.rawValue))
  func aKeywordAfterADotIsAFieldName(keyword: String) {
    let index = Keyword.allCases.map(\.rawValue).firstIndex(of: keyword) ?? -1
    #expect(result("row().\(keyword)", natives: [KeywordFieldNameTests.row]) == "\(index)")
  }

  @Test func keywordFieldsWorkInsideExpressions() {
    let natives = [KeywordFieldNameTests.row]
    #expect(result("r = row()\nif r.if == 2 then r.then + r.true else 0", natives: natives) == "12")
    #expect(result("row().nothing", natives: natives).hasPrefix("error: "))
  }

  @Test func aLineEndingInAKeywordFieldIsComplete() {
    #expect(!InputCompleteness.isIncomplete("r.if"))
    #expect(!InputCompleteness.isIncomplete("x = r.then"))
    #expect(InputCompleteness.isIncomplete("x = if r.if then"))
  }
}
