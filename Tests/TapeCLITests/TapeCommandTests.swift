import Foundation
import Testing

/// Runs the built `tape` executable end to end: arguments, standard input, exit codes, stdout
/// and stderr kept apart.
struct TapeCommandTests {
  struct Run {
    var status: Int32
    var output: String
    var errors: String
  }

  static let executable: URL = {
    // The test bundle sits in the same build products folder as the executable.
    var directory = Bundle.main.bundleURL
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      directory = bundle.bundleURL.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("tape")
  }()

  func tape(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:], in directory: URL? = nil
  ) throws -> Run {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var processEnvironment = ProcessInfo.processInfo.environment
    processEnvironment["NO_COLOR"] = "1"
    // The tester's own config.toml and init.tape must not change what these tests see.
    processEnvironment["XDG_CONFIG_HOME"] = "/nonexistent/tape-tests-config"
    for (key, value) in environment { processEnvironment[key] = value }
    process.environment = processEnvironment
    let output = Pipe()
    let errors = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = standardInput
    try process.run()
    if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
    try standardInput.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorData, as: UTF8.self))
  }

  @Test func executableWasBuilt() {
    #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "\(Self.executable.path)")
  }

  @Test func expressionPrintsMarketValue() throws {
    let run = try tape(["-e", "$118.42/share * 24.68B shares"])
    #expect(run.status == 0)
    #expect(run.output == "$2.923T\n")
    #expect(run.errors.isEmpty)
  }

  @Test func jsonGivesValueUnitAndDisplay() throws {
    let run = try tape(["--json", "-e", "$118.42/share * 24.68B shares"])
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let value = try #require(object["value"] as? Double)
    // 118.42 USD/share * 24.68e9 shares = 2,922,605,600,000 USD.
    #expect(abs(value - 2_922_605_600_000) <= 1)
    #expect(object["unit"] as? String == "USD")
    #expect(object["display"] as? String == "$2.923T")
  }

  @Test func dimensionErrorExitsOneAndPointsAtOperator() throws {
    let run = try tape(["-e", "$5 + 3 shares"])
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    #expect(run.errors.hasPrefix("<input>:1:4: error: cannot add `USD` and `shares`\n"))
    #expect(run.errors.contains("1 | $5 + 3 shares\n  | -- ^ --------"))
  }

  @Test func percentChangeShowsTwoDecimals() throws {
    let run = try tape(["-e", "(118.42 - 142.62) / 142.62 in %"])
    #expect(run.status == 0)
    #expect(run.output == "-16.97%\n")
  }

  @Test func jsonErrorCarriesLineAndColumn() throws {
    let run = try tape(["--json"], input: "1 + 1\n$5 + 3 shares\n")
    #expect(run.status == 1)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    let error = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
    #expect(error["error"] as? String == "cannot add `USD` and `shares`")
    #expect(error["line"] as? Int == 2)
    #expect(error["column"] as? Int == 4)
  }

  @Test func pipeEvaluatesEachLineAndKeepsGoingAfterAnError() throws {
    let script = """
      price = $118.42/share
      prise * 2
      price * 24.68B shares
      """
    let run = try tape([], input: script)
    #expect(run.status == 1)
    #expect(run.output == "price = $118.42/share\n$2.923T\n")
    #expect(run.errors.hasPrefix("<input>:2:1: error: unknown name `prise`"))
  }

  @Test func pipeJoinsLinesWhileBracketIsOpen() throws {
    let run = try tape([], input: "fn pe(price,\n      eps) =\n  price / eps\npe($118.42, $2.94)\n")
    #expect(run.status == 0)
    #expect(run.output == "40.2789\n")
  }

  @Test func errorsOnLaterLinesReportTheirLine() throws {
    let run = try tape([], input: "1\n2\n(3 +\n4 +)\n")
    #expect(run.status == 1)
    #expect(run.errors.hasPrefix("<input>:4:4: error: expected an expression, found `)`"))
  }

  @Test func unknownOptionIsAUsageError() throws {
    let run = try tape(["--frobnicate"])
    #expect(run.status == 2)
    #expect(run.errors.contains("frobnicate"))
  }

  @Test func versionAndHelp() throws {
    let version = try tape(["--version"])
    #expect(version.status == 0)
    #expect(version.output.first?.isNumber == true)
    let help = try tape(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("USAGE: tape"))
    #expect(help.output.contains("--json"))
  }
}

struct HelpFromTheCommandLineTests {
  @Test func helpWorksWithDashE() throws {
    let run = try TapeCommandTests().tape(["-e", "help round"])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("round — "))
  }
}
