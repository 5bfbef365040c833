import Testing
import TapeCore
import TapeLibrary

/// Every example in every builtin declaration runs and shows exactly what it promises; a builtin
/// without examples fails. Each example runs alone in a fresh interpreter with the builtins and no
/// datasets, as `help` shows it to anyone: an example over a series builds its series with
/// `dated([dates], [values])` (or passes a list, which the series functions also take) rather
/// than naming a dataset.
struct BuiltinExampleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var builtin: String
    var input: String
    var yields: String
    var testDescription: String { "\(builtin): \(input)" }
  }

  static let cases: [Case] = BuiltinRegistry.all.flatMap { builtin in
    builtin.examples.map { Case(builtin: builtin.name, input: $0.input, yields: $0.yields) }
  }

  @Test(arguments: cases)
  func exampleYieldsWhatItsDeclarationSays(_ example: Case) {
    var interpreter = Interpreter(natives: BuiltinRegistry.natives)
    let outcomes = interpreter.run(example.input)
    #expect(outcomes.count == 1)
    guard case .value(let value, _) = outcomes.first else {
      if case .error(let diagnostic) = outcomes.first {
        Issue.record("example failed: \(interpreter.rendered(diagnostic))")
      }
      return
    }
    #expect(value.display == example.yields)
  }

  @Test(arguments: BuiltinRegistry.all.map(\.name))
  func everyBuiltinHasAnExampleAndASummary(_ name: String) throws {
    let builtin = try #require(BuiltinRegistry.named(name))
    #expect(!builtin.examples.isEmpty, "`\(name)` has no example")
    #expect(!builtin.summary.isEmpty, "`\(name)` has no summary")
  }

  @Test func builtinNamesAreUnique() {
    let names = BuiltinRegistry.all.map(\.name)
    #expect(Set(names).count == names.count)
  }
}
