import TapeCore
import TapeLibrary
import Testing

@testable import TapeNotebook

/// `EntryRunner`: one entry sorted, run and rendered the same way for every front end; the
/// front ends differ only in the runner's settings.
struct EntryRunnerTests {
  static let prompt = EntryRunner(commands: .carriedOut, help: .standard)
  static let pipe = EntryRunner(commands: .none, help: .standard)
  static let library = EntryRunner(commands: .none)

  @Test(arguments: [
    ("", EntryRunner.Kind.blank),
    ("  \t ", .blank),
    ("help", .help(topic: "")),
    ("  help  round ", .help(topic: "round")),
    (":save a.session", .command(":save a.session")),
    (" :vars ", .command(":vars")),
    ("quit", .command("quit")),
    ("exit", .command("exit")),
    ("quit + 1", .code),
    ("helpful = 1", .code),
    ("1 + 1", .code),
  ])
  func thePromptSortsOutHelpAndCommands(_ text: String, _ kind: EntryRunner.Kind) {
    #expect(Self.prompt.kind(of: text) == kind)
  }

  @Test(arguments: [
    (":save ~/.bashrc", EntryRunner.Kind.refused(command: ":save")),
    ("  :load x.session", .refused(command: ":load")),
    ("help round", .refused(command: "help")),
    ("quit", .refused(command: "quit")),
    ("quit + 1", .code),
    ("1 + 1", .code),
  ])
  func aNotebookRefusesREPLCommands(_ text: String, _ kind: EntryRunner.Kind) {
    #expect(EntryRunner.notebook.kind(of: text) == kind)
  }

  @Test(arguments: [
    ("help", EntryRunner.Kind.help(topic: "")),
    (" help round", .help(topic: "round")),
    ("\u{00A0}help", .help(topic: "")),
    (":save x", .code),
    ("quit", .code),
    ("1 + 1", .code),
  ])
  func aPipeAnswersHelpAndRunsTheRestAsTape(_ text: String, _ kind: EntryRunner.Kind) {
    #expect(Self.pipe.kind(of: text) == kind)
  }

  @Test func aLibraryHasNoHelpAndNoCommands() {
    #expect(Self.library.kind(of: "help") == .code)
    #expect(Self.library.kind(of: ":save x") == .code)
  }

  /// `help NAME` for a function the session defined, which no help entry documents, shows the
  /// signature it declares; one a help entry documents keeps its entry.
  @Test func helpForASessionFunctionShowsItsTypedSignature() {
    var interpreter = Interpreter.standard()
    let ran = Self.prompt.run(
      "fn my_pe(price: USD/share, eps: USD/share) -> number = price / eps", name: "<input>", in: &interpreter)
    #expect(ran.outputs.map(\.text) == ["fn my_pe(price: USD/share, eps: USD/share) -> number\n"])
    let help = Self.prompt.run("help my_pe", name: "<input>", in: &interpreter)
    #expect(
      help.outputs.map(\.text) == [
        "my_pe — a function defined in this session\n\n  fn my_pe(price: USD/share, eps: USD/share) -> number\n"
      ])
    _ = Self.prompt.run("fn loose(a, b) = a", name: "<input>", in: &interpreter)
    #expect(
      Self.prompt.run("help loose", name: "<input>", in: &interpreter).printed
        == "loose — a function defined in this session; it declares no types, so it takes any arguments\n\n  fn loose(a, b)\n")
    #expect(Self.prompt.run("help round", name: "<input>", in: &interpreter).printed.hasPrefix("round — "))
    #expect(Self.prompt.run("help nothing_here", name: "<input>", in: &interpreter).printed.hasPrefix("no help for"))
  }

  /// After `fn pe(...)` redefines the standard library's `pe`, `help pe` showed the standard
  /// entry, which no longer describes what `pe` does.
  @Test func helpForARedefinedStandardNameShowsTheSessionsDefinition() {
    var interpreter = Interpreter.standard()
    _ = Self.prompt.run("fn pe(p, e) = p / e * 2", name: "<input>", in: &interpreter)
    let help = Self.prompt.run("help pe", name: "<input>", in: &interpreter).printed
    #expect(help.hasPrefix("pe — a function defined in this session; it declares no types"))
    #expect(help.contains("  fn pe(p, e)\n"))
    #expect(help.contains("It hides the standard library's `pe` for the rest of this session:\n  Price-to-earnings ratio"))
    _ = Self.prompt.run("nvda = 3", name: "<input>", in: &interpreter)
    let dataset = Self.prompt.run("help nvda", name: "<input>", in: &interpreter).printed
    #expect(dataset.hasPrefix("nvda — a value defined in this session: 3\n\nIt hides the standard library's `nvda`"))
    // A session value that hides nothing has no entry, as before.
    _ = Self.prompt.run("margin = 3", name: "<input>", in: &interpreter)
    #expect(Self.prompt.run("help margin", name: "<input>", in: &interpreter).printed.hasPrefix("no help for"))
  }

  @Test func outputsComeInOrderWithTheirKindsAndANewline() {
    var interpreter = Interpreter.standard()
    let ran = EntryRunner.notebook.run(
      "x = 2; x * 3; fn f(a) = a; 1/0; why x", name: "<notebook>", in: &interpreter)
    #expect(ran.outputs.map(\.kind) == [.binding, .value, .declaration, .error, .report])
    #expect(ran.outputs.allSatisfy { $0.text.hasSuffix("\n") })
    #expect(ran.outputs.prefix(3).map(\.text) == ["x = 2\n", "6\n", "fn f(a)\n"])
    #expect(ran.outputs[3].text.hasPrefix("<notebook>:1:29: error: division by zero\n"))
    #expect(ran.printed == ran.outputs.map(\.text).joined())
    #expect((ran.status.failures, ran.status.successes, ran.status.interrupted) == (1, 4, false))
    #expect(ran.status.failedInPart)
  }

  @Test func errorsNameTheSourceAndItsFirstLine() {
    var interpreter = Interpreter.standard()
    let ran = EntryRunner.notebook.run("$5 + 3 shares", name: "<notebook>", firstLine: 14, in: &interpreter)
    #expect(ran.printed.hasPrefix("<notebook>:14:4: error: cannot add `USD` and `shares`\n"))
    #expect(ran.status.failedEntirely)
  }

  @Test func aRefusedCommandFailsAtItsLineAndRunsNothing() {
    var interpreter = Interpreter.standard()
    var outcomes = 0
    let status = EntryRunner.notebook.run(
      ":save ~/.bashrc", name: "<notebook>", firstLine: 3, in: &interpreter, onOutcome: { _ in outcomes += 1 }
    ) { output in
      #expect(output.kind == .error)
      #expect(output.text.hasPrefix("<notebook>:3:1: error: `:save` is a REPL command; a notebook runs only Tape expressions\n"))
    }
    #expect(outcomes == 0)
    #expect(status.failedEntirely && !status.interrupted)
  }

  @Test func helpIsAnsweredFromTheIndexGiven() {
    var interpreter = Interpreter.standard()
    let ran = Self.pipe.run("help round", name: "<input>", in: &interpreter)
    #expect(ran.outputs == [.init(kind: .help, text: HelpIndex.standard.text(for: "round") + "\n")])
    #expect(ran.status == EntryStatus())
  }

  @Test func aCommandAtThePromptIsLeftToTheCaller() {
    var interpreter = Interpreter.standard()
    #expect(Self.prompt.run(":vars", name: "<input:1>", in: &interpreter).outputs.isEmpty)
    #expect(Self.prompt.run("   ", name: "<input:1>", in: &interpreter).outputs.isEmpty)
  }

  @Test func textLexedAheadRunsAsTheSameEntry() {
    var interpreter = Interpreter.standard()
    let lexed = interpreter.lexed("2 * 3; 1/0", name: "<input>", firstLine: 7)
    var outputs: [EntryRunner.Output] = []
    let status = Self.pipe.run(lexed, in: &interpreter) { outputs.append($0) }
    #expect(outputs.map(\.kind) == [.value, .error])
    #expect(outputs.first?.text == "6\n")
    #expect(outputs.last?.text.hasPrefix("<input>:7:9: error: division by zero") == true)
    #expect(status.failedInPart)
  }

  @Test func jsonWritesOneObjectALineAndNoDeclarations() {
    var interpreter = Interpreter.standard()
    var runner = Self.pipe
    runner.format = .json
    let ran = runner.run("fn f(a) = a; 2; 1/0", name: "<input>", in: &interpreter)
    #expect(ran.outputs.map(\.kind) == [.value, .error])
    #expect(ran.outputs.first?.text == "{\"value\": 2, \"unit\": null, \"display\": \"2\"}\n")
    #expect(ran.outputs.last?.text.hasPrefix("{\"error\": \"division by zero\"") == true)
  }

  @Test func chartsAreDrawnInTheContextGiven() {
    var interpreter = Interpreter.standard()
    var runner = Self.prompt
    runner.figureContext = Figure.Context(width: 40, height: 8, isASCII: true)
    let narrow = runner.run("chart(nvda.close)", name: "<input:1>", in: &interpreter).outputs
    let recorded = EntryRunner.notebook.run("chart(nvda.close)", name: "<notebook>", in: &interpreter).outputs
    #expect(narrow.map(\.kind) == [.figure] && recorded.map(\.kind) == [.figure])
    #expect(narrow != recorded)
    #expect(narrow.first?.text.split(separator: "\n").allSatisfy { $0.count <= 40 } == true)
  }

  @Test func lineDropsOnlyTheFinalNewline() {
    #expect(EntryRunner.Output(kind: .value, text: "6\n").line == "6")
    #expect(EntryRunner.Output(kind: .report, text: "a\r\n").line == "a\r")
    #expect(EntryRunner.Output(kind: .help, text: "tour\n\n").line == "tour\n")
  }
}
