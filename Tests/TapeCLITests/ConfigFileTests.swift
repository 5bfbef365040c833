import Foundation
import Testing

/// `$XDG_CONFIG_HOME/tape/config.toml` and `init.tape`: settings kept between sessions, read by
/// pipes and `-e`, ignored with `--no-config`, never by `tape check`.
struct ConfigFileTests: WritesScratchFiles {
  let directory = ScratchFolder.make("config")

  /// A config folder holding `config` as `tape/config.toml`; its `XDG_CONFIG_HOME`.
  func configHome(_ config: String, initTape: String? = nil) throws -> [String: String] {
    let folder = directory.appendingPathComponent("tape")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    _ = try write(config, "tape/config.toml")
    if let initTape { _ = try write(initTape, "tape/init.tape") }
    return ["XDG_CONFIG_HOME": directory.path]
  }

  @Test func settingsInTheConfigChangeHowResultsShow() throws {
    let environment = try configHome("digits = 4\ndecimal_separator = \",\"\nthousands_separator = \".\"\n")
    let run = try TapeCommandTests().tape(["-e", "118.42 / 2.69", "-e", "1234.5", "-e", "$1234.5"], environment: environment)
    #expect(run.errors == "")
    #expect(run.output == "44,02\n1.235\n$1.234,50\n")
    let piped = try TapeCommandTests().tape([], input: "1234.5\n", environment: environment)
    #expect(piped.output == "1.235\n", "a pipe reads the settings too; input is read with `.` whatever is shown")
  }

  @Test func setWorksInPipesAndExpressions() throws {
    let run = try TapeCommandTests().tape(["--no-config", "-e", ":set digits 3", "-e", "118.42 / 2.69"])
    #expect(run.output == "44\n")
    let piped = try TapeCommandTests().tape(["--no-config"], input: "1/3\n:set decimal_separator \",\"\n1/3\n:set nope 1\n")
    #expect(piped.output == "0.333333\n0,333333\n")
    #expect(piped.errors.hasPrefix("<input>:4:6: error: no setting `nope`"), "\(piped.errors)")
    #expect(piped.status == 1)
  }

  @Test func noConfigIgnoresIt() throws {
    let environment = try configHome("digits = 3\n", initTape: "fn double(x) = 2 * x\n")
    let run = try TapeCommandTests().tape(["--no-config", "-e", "118.42 / 2.69"], environment: environment)
    #expect(run.output == "44.0223\n")
    let withConfig = try TapeCommandTests().tape(["-e", "double(118.42 / 2.69)"], environment: environment)
    #expect(withConfig.output == "88\n", "init.tape loads as a --lib file does")
  }

  @Test func aDamagedConfigIsAnErrorWithItsLineAndTapeStartsWithTheDefaults() throws {
    let environment = try configHome("digits = 4\ncolour = [oops\n")
    let run = try TapeCommandTests().tape(["-e", "118.42 / 2.69"], environment: environment)
    #expect(run.output == "44.0223\n", "the defaults, not half the file")
    #expect(run.errors.hasPrefix("error: \(directory.path)/tape/config.toml:2: config file not read"))
  }

  @Test func anUnknownSettingOrAValueOutOfRangeNamesTheValidOnes() throws {
    let environment = try configHome("digits = 40\ncolor_scheme = \"dark\"\n")
    let run = try TapeCommandTests().tape(["-e", "1/3"], environment: environment)
    #expect(run.output == "0.333333\n")
    #expect(run.errors.contains("config.toml:1: `digits` cannot be `40`; it takes a whole number from 1 to 15"))
    #expect(run.errors.contains("config.toml:2: no setting `color_scheme`; the settings are `digits`, `money_decimals`"))
  }

  @Test func aNotebookSavedUnderOneConfigPassesCheckUnderAnother() throws {
    let notebook = try write("> 118.42 / 2.69\n44.0223\n> :set digits 3\n> 1/3\n0.333\n", "n.session")
    let commaConfig = try configHome("digits = 9\ndecimal_separator = \",\"\n")
    let check = try TapeCommandTests().tape(["check", notebook], environment: commaConfig)
    #expect(check.status == 0, "\(check.output)\(check.errors)")
  }
}
