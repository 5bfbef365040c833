import Testing
import TapeCore
import TapeNotebook

/// Notebooks from other editors and systems: line ends, byte-order marks, other encodings.
struct NotebookLineEndTests {
  @Test(arguments: [LineEnding.lineFeed, .carriageReturnLineFeed, .carriageReturn])
  func everyLineEndReadsAsOneAndIsWrittenBack(_ ending: LineEnding) throws {
    let text = ["# n", "> a = 1", "a = 999", "> a + 1", "2", ""].joined(separator: ending.rawValue)
    let session = try SessionParser.parse(text, file: "w.session")
    #expect(session.entries.count == 2)
    #expect(session.entries[0].input == ["a = 1"])
    #expect(session.entries[0].output == ["a = 999"])
    #expect(session.lineEnding == ending)
    #expect(SessionPrinter.printed(session) == text)
  }

  /// The tester's reproduction: a CRLF notebook with a wrong record passed as "0 entries".
  @Test func aWrongRecordInACRLFNotebookFails() throws {
    let recorded = try SessionParser.parse("# n\r\n> a = 1\r\na = 999\r\n", file: "w.session")
    var interpreter = Interpreter()
    let replay = Replayer.replay(recorded, interpreter: &interpreter)
    let report = Verifier.verify(recorded: recorded, replay: replay, file: "w.session")
    #expect(recorded.entries.count == 1)
    #expect(report.mismatches == 1)
    #expect(report.diff.contains("\n-a = 999\n+a = 1\n"), "the diff shows lines, not carriage returns")
    #expect(SessionPrinter.printed(replay.session) == "# n\r\n> a = 1\r\na = 1\r\n")
  }

  @Test func aByteOrderMarkIsSkippedAndKept() throws {
    let text = "\u{FEFF}# title\n> 1 + 1\n2\n"
    let session = try SessionParser.parse(text, file: "b.session")
    #expect(session.hasByteOrderMark)
    #expect(session.blocks.first == .prose("title"))
    #expect(SessionPrinter.printed(session) == text)
  }

  @Test func decodingDropsAUTF8ByteOrderMark() throws {
    let decoded = try TextFileDecoding.decoded([0xEF, 0xBB, 0xBF] + Array("> 1\n".utf8))
    #expect(decoded == TextFileDecoding.Decoded(text: "> 1\n", hasByteOrderMark: true))
  }

  @Test func utf16IsRefusedWithTheEncodingNamed() {
    #expect(throws: TextFileDecoding.Problem.self) { try TextFileDecoding.decoded([0xFF, 0xFE, 0x3E, 0x00]) }
    do {
      _ = try TextFileDecoding.decoded([0xFE, 0xFF, 0x00, 0x3E])
    } catch {
      #expect(error.line == 1)
      #expect(error.message.contains("UTF-16"))
      #expect(error.help.contains("iconv"))
    }
  }

  @Test func aNULByteOrLatin1IsRefusedAtItsLine() {
    do {
      _ = try TextFileDecoding.decoded(Array("> 1\r\n> 2\r\n".utf8) + [0x3E, 0x00, 0x31])
      Issue.record("a NUL byte was accepted")
    } catch {
      #expect(error.line == 3)
      #expect(error.message.contains("NUL"))
    }
    do {
      _ = try TextFileDecoding.decoded(Array("# ok\r# caf".utf8) + [0xE9])
      Issue.record("Latin-1 was accepted")
    } catch {
      #expect(error.line == 2, "a lone CR ends a line too")
      #expect(error.message.contains("not valid UTF-8"))
    }
  }

  @Test func lineEndingsSplitAndNormalise() {
    #expect(LineEnding.lines(of: "a\r\nb\rc\nd") == ["a", "b", "c", "d"])
    #expect(LineEnding.lines(of: "a\r\n") == ["a", ""])
    #expect(LineEnding.normalized("a\r\nb\rc") == "a\nb\nc")
    #expect(LineEnding.first(in: "no end") == .lineFeed)
    #expect(LineEnding.first(in: "x\r") == .carriageReturn)
  }
}

/// Errors recorded in a notebook name `<notebook>`, not its file, so a copy still matches.
struct NotebookDiagnosticNameTests {
  @Test func recordedErrorsNameTheNotebookNotItsFile() throws {
    let session = try SessionParser.parse("> $5 + 3 shares  # expect error\n", file: "shock.session")
    var interpreter = Interpreter()
    let replayed = Replayer.replayed(session, interpreter: &interpreter)
    #expect(replayed.entries[0].output.first == "<notebook>:1:4: error: cannot add `USD` and `shares`")
  }
}

/// `# expect error`: an entry that fails on purpose.
struct ExpectedErrorTests {
  func report(_ text: String) throws -> Verifier.Report {
    let recorded = try SessionParser.parse(text, file: "n.session")
    var interpreter = Interpreter()
    return Verifier.verify(recorded: recorded, replay: Replayer.replay(recorded, interpreter: &interpreter), file: "n.session")
  }

  @Test(arguments: [
    ("$5 + 3 shares  # expect error", true), ("1/0 #Expect Error ", true), ("x # a note # expect error", true),
    ("\"# expect error\"", false), ("1 + 1", false), ("1 # expect errors", false),
  ])
  func theMarkerIsACommentOnAnInputLine(_ line: String, _ marked: Bool) {
    #expect(SessionFile.Entry(input: [line], output: [], line: 1).expectsError == marked)
  }

  @Test func anUnmarkedErrorFailsEvenWhenItsOutputMatches() throws {
    let text = "> 1/0\n<notebook>:1:1: error: division by zero\n  |\n1 | 1/0\n  | ^^^ \n"
    let report = try report(text)
    #expect(report.unexpectedFailures.map(\.line) == [1])
    #expect(!report.passed)
    #expect(report.problems == "line 1: `1/0` failed, and is not marked `# expect error`\n")
  }

  @Test func aMarkedEntryThatGivesAResultFails() throws {
    let report = try report("> 1 + 1  # expect error\n2\n")
    #expect(report.mismatches == 0)
    #expect(report.missedExpectedErrors.map(\.line) == [1])
    #expect(report.problems.contains("is marked `# expect error` but gave a result"))
  }

  @Test func markingAddsTheCommentOnce() {
    let entry = SessionFile.Entry(input: ["a = 1; 1/0"], output: [], line: 1).markedAsExpectingError
    #expect(entry.input == ["a = 1; 1/0  # expect error"])
    #expect(entry.markedAsExpectingError == entry)
  }
}

/// Lines that would be REPL commands are never carried out by a replay.
struct REPLCommandLineTests {
  @Test(arguments: [
    (":save ~/.bashrc", ":save"), ("  :load self.session", ":load"), (":clear", ":clear"), ("quit", "quit"),
    ("exit", "exit"), ("help pe", "help"),
  ])
  func commandsAreRecognised(_ line: String, _ command: String) {
    #expect(REPLCommandLine.command(in: line) == command)
  }

  @Test(arguments: ["quit_ratio = 2", "exits + 1", "1 + 1", "\"x\"", ":"])
  func tapeIsNotACommand(_ line: String) {
    #expect(REPLCommandLine.command(in: line) == nil)
  }

  @Test func aReplayedCommandIsRecordedFailingAtItsLine() throws {
    let session = try SessionParser.parse("# n\n> :save ~/.bashrc\n> 1 + 1\n", file: "evil.session")
    var interpreter = Interpreter()
    let replay = Replayer.replay(session, interpreter: &interpreter)
    #expect(replay.session.entries[0].output.first == "<notebook>:2:1: error: `:save` is a REPL command; a notebook runs only Tape expressions")
    #expect(replay.results.map(\.failed) == [true, false])
    #expect(replay.session.entries[1].output == ["2"], "the notebook goes on")
  }
}

/// `@ data FILE (SIZE bytes, sha256 HEX)` lines.
struct DataPinTests {
  static let hash = String(repeating: "ab", count: 32)

  @Test func aPinRoundTripsAfterItsEntry() throws {
    let text = "> x = load(\"my (old) data.csv\")\nx = [2 records]\n@ data my (old) data.csv (120 bytes, sha256 \(Self.hash))\n"
    let session = try SessionParser.parse(text, file: "n.session")
    #expect(session.entries[0].pins == [DataPin(path: "my (old) data.csv", byteCount: 120, sha256: Self.hash)])
    #expect(session.entries[0].output == ["x = [2 records]"])
    #expect(SessionPrinter.printed(session) == text)
  }

  @Test(arguments: ["@ data x.csv", "@ data x.csv (12 bytes, sha256 abc)", "@ data  (1 bytes, sha256 \(hash))", "@note"])
  func aDamagedPinIsRefusedWithItsLine(_ line: String) {
    do {
      _ = try SessionParser.parse("> 1\n1\n\(line)\n", file: "n.session")
      Issue.record("accepted \(line)")
    } catch {
      #expect(error.line == 3)
    }
  }

  @Test func anOutputLineStartingWithAtIsEscaped() {
    #expect(SessionPrinter.outputLines("@ data x\n") == ["\\@ data x"])
  }

  @Test func aChangedFileIsReportedApartFromOutputs() throws {
    let pin = DataPin(path: "p.csv", byteCount: 10, sha256: Self.hash)
    var recorded = SessionFile(blocks: [.entry(.init(input: ["1"], output: ["1"], line: 1, pins: [pin]))])
    var interpreter = Interpreter()
    let changed = DataPin(path: "p.csv", byteCount: 11, sha256: String(repeating: "cd", count: 32))
    let replay = Replayer.replay(recorded, interpreter: &interpreter, pins: { _ in [changed] })
    let report = Verifier.verify(recorded: recorded, replay: replay, file: "n.session")
    #expect(report.mismatches == 0)
    #expect(report.diff.isEmpty)
    #expect(report.dataChanges == [Verifier.DataChange(path: "p.csv", recorded: pin, now: changed)])
    #expect(report.problems.hasPrefix("data changed: p.csv\n  recorded 10 bytes, sha256 abab"))
    recorded.blocks[0] = .entry(.init(input: ["1"], output: ["1"], line: 1, pins: [changed]))
    #expect(Verifier.verify(recorded: recorded, replay: replay, file: "n.session").passed)
  }
}
