import Testing
import TapeCore

@testable import TapeLibrary

/// The standard library written in Tape: each file loads alone, every function is documented and
/// every example shows what it says, in a session that has loaded only that function's file.
struct StdlibTests {
  static let files = StdlibLoader.embedded

  /// A session with the builtins, the datasets and only `file` of the stdlib.
  static func session(loading file: StdlibFile) -> (Interpreter, [String]) {
    var interpreter = Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
    let errors = StdlibLoader.load([file], into: &interpreter)
    return (interpreter, errors)
  }

  @Test(arguments: files.map(\.path))
  func everyFileLoadsAloneWithoutErrors(_ path: String) throws {
    let file = try #require(Self.files.first { $0.path == path })
    let (_, errors) = Self.session(loading: file)
    #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
  }

  @Test(arguments: files.flatMap(StdlibLoader.functions(in:)).map(\.name))
  func everyFunctionHasADocCommentWithAnExample(_ name: String) throws {
    let function = try #require(StdlibLoader.functions.first { $0.name == name })
    let entry = try #require(function.entry, "\(function.path):\(function.line): `\(name)` has no `##` doc comment")
    #expect(!entry.summary.isEmpty)
    #expect(!entry.examples.isEmpty, "`\(name)` has no `## >>>` example")
    for example in entry.examples {
      #expect(!example.yields.isEmpty, "`\(example.input)` says nothing after it")
    }
  }

  @Test(arguments: files.map(\.path))
  func everyExampleShowsWhatItSaysWithOnlyItsOwnFileLoaded(_ path: String) throws {
    let file = try #require(Self.files.first { $0.path == path })
    for function in StdlibLoader.functions(in: file) {
      var (interpreter, _) = Self.session(loading: file)
      for example in function.entry?.examples ?? [] {
        let outcomes = interpreter.run(example.input)
        let shown = outcomes.map(HelpExampleTests.shown).joined(separator: "\n")
        #expect(shown == example.yields, "\(path), `\(function.name)`: `\(example.input)` shows \(shown), the doc says \(example.yields)")
      }
    }
  }

  @Test func noStdlibFunctionIsABuiltin() {
    let builtins = Set(BuiltinRegistry.all.map(\.name))
    for function in StdlibLoader.functions {
      #expect(!builtins.contains(function.name), "`\(function.name)` is a builtin; a stdlib `fn` cannot redefine it")
    }
  }

  @Test func theStandardSessionHasEveryStdlibFunction() {
    let interpreter = Interpreter.standard()
    for function in StdlibLoader.functions {
      #expect(interpreter.environment.value(of: function.name) != nil, "`\(function.name)` is not loaded")
    }
  }

  @Test func helpShowsAStdlibFunctionWithItsDefinitionAndWhereItIs() throws {
    let entry = try #require(HelpIndex.standard.entry(named: "pe"))
    #expect(entry.kind == .function)
    let signature = try #require(entry.signature)
    #expect(signature.contains("written in Tape, stdlib/valuation.tape:"))
    #expect(signature.hasPrefix("pe(price: quantity, eps: same dimension as price) -> number  written in Tape"))
    #expect(signature.contains("fn pe(price: quantity, eps: price) -> number = multiple(price, eps)"))
    #expect(HelpIndex.standard.text(for: "npv").contains("npv(rate: percent, flows: list)  written in Tape"))
    #expect(HelpIndex.standard.text(for: "npv").contains("fn npv(rate: percent, flows: list) = npv_from(rate, flows, 1)"))
    #expect(HelpIndex.standard.tour.contains("earnings_yield"))
  }

  @Test func docCommentsParseIntoSummaryDetailsAndExamples() {
    let file = StdlibFile(
      path: "stdlib/test.tape",
      text: """
        # an ordinary comment
        ## Doubles it.
        ##
        ## Details, first line
        ## second line.
        ##
        ## Another paragraph.
        ## >>> twice(2)
        ## 4
        ## >>> twice(1)
        ## 2
        fn twice(x) = x * 2   # a note
        fn bare(x) = x
        """)
    let functions = StdlibLoader.functions(in: file)
    #expect(functions.map(\.name) == ["twice", "bare"])
    #expect(functions.map(\.line) == [12, 13])
    #expect(functions[1].entry == nil)
    let entry = functions[0].entry
    #expect(entry?.summary == "Doubles it.")
    #expect(entry?.explanation == "Details, first line\nsecond line.\n\nAnother paragraph.")
    #expect(entry?.examples.map(\.input) == ["twice(2)", "twice(1)"])
    #expect(entry?.examples.map(\.yields) == ["4", "2"])
    #expect(entry?.signature == "twice(x)  written in Tape, stdlib/test.tape:12:\n  fn twice(x) = x * 2   # a note")
  }
}
