import TapeCore
import TapeLibrary
import Testing

@testable import TapeNotebook

/// `:set` in a notebook: allowed (it only changes how results show), applied to the entries after
/// it, and the only settings a notebook replays with, so it shows the same on every machine.
struct SettingCommandTests {
  @Test func aNotebookSortsSetAsASettingNotARefusedCommand() {
    #expect(EntryRunner.notebook.kind(of: ":set digits 4") == .setting("digits 4"))
    #expect(EntryRunner.notebook.kind(of: "  :set  ") == .setting(""))
    #expect(EntryRunner.notebook.kind(of: ":save a.session") == .refused(command: ":save"))
    #expect(EntryRunner.notebook.kind(of: ":settle") == .refused(command: ":settle"))
  }

  @Test func setChangesTheDigitsOfTheEntriesAfterIt() {
    var interpreter = Interpreter.standard()
    let runner = EntryRunner.notebook
    #expect(runner.run("118.42 / 2.69", name: "n", in: &interpreter).printed == "44.0223\n")
    #expect(runner.run(":set digits 4", name: "n", in: &interpreter).printed == "")
    #expect(runner.run("118.42 / 2.69", name: "n", in: &interpreter).printed == "44.02\n")
    #expect(runner.run(":set decimal_separator \",\"", name: "n", in: &interpreter).printed == "")
    #expect(runner.run("1234.5 + 0.25", name: "n", in: &interpreter).printed == "1.235\n", "input still reads `.`")
    #expect(runner.run(":set digits", name: "n", in: &interpreter).printed == "digits = 4\n")
  }

  @Test func aBadSettingIsAnErrorAtItsWord() {
    var interpreter = Interpreter.standard()
    let run = EntryRunner.notebook.run(":set precision 4", name: "n.session", firstLine: 3, in: &interpreter)
    #expect(run.status.failed)
    #expect(run.printed.hasPrefix("n.session:3:6: error: no setting `precision`; the settings are `digits`"))
    let value = EntryRunner.notebook.run(":set digits 40", name: "n.session", in: &interpreter)
    #expect(value.printed.hasPrefix("n.session:1:13: error: `digits` cannot be `40`; it takes a whole number from 1 to 15"))
  }

  @Test func setAloneListsTheSettings() {
    var interpreter = Interpreter.standard()
    #expect(EntryRunner.notebook.run(":set", name: "n", in: &interpreter).printed.hasPrefix("digits = 6\nmoney_decimals = auto\n"))
  }

  @Test func aNotebookReplaysWithTheDefaultsWhateverTheInterpreterHadBefore() throws {
    let session = try SessionParser.parse("> 1/3\n0.333333\n> :set digits 3\n> 1/3\n0.333\n", file: "n.session")
    var interpreter = Interpreter.standard()
    interpreter.displaySettings.digits = 9
    let replay = Replayer.replay(session, interpreter: &interpreter)
    #expect(replay.results.allSatisfy { !$0.failedUnexpectedly })
    #expect(SessionPrinter.printed(replay.session) == "> 1/3\n0.333333\n> :set digits 3\n> 1/3\n0.333\n")
  }

  @Test func jsonKeepsEveryDigit() {
    var interpreter = Interpreter.standard()
    let runner = EntryRunner(commands: .none, format: .json)
    let printed = runner.run("118.42 / 2.69", name: "n", in: &interpreter).printed
    #expect(printed.contains("\"display\": \"44.0223048327138\""), "\(printed)")
  }
}
