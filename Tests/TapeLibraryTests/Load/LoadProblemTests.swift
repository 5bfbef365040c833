import Foundation
import TapeCore
import Testing

@testable import TapeLibrary

/// `load`'s problems are data (`LoadProblem`) and their words are written beside the cases:
/// these pin the words of the cases no file in `LoadErrorTests` reaches, and that every case
/// reads as Tape's messages do at `load`'s argument.
struct LoadProblemTests {
  static let day = TapeDate(year: 2025, month: 1, day: 27)!

  /// Each case with payloads a load would carry.
  static let problems: [LoadProblem] = [
    .interrupted, .emptyPath, .noBuiltinFile(name: "x.csv"),
    .cannotRead(path: "p.csv", reason: .noDiskReads), .cannotRead(path: "p\u{0}.csv", reason: .nulInPath),
    .cannotRead(path: "~/p.csv", reason: .homeFolderConfined(baseFolder: "the notebook's folder", hasAllowed: true)),
    .cannotRead(
      path: "l.csv", reason: .outsideAllowed(linkTarget: "/x.csv", resolved: "/x.csv", baseFolder: "f", hasAllowed: false)),
    .cannotRead(path: "p.csv", reason: .missing(baseFolder: "f")), .cannotRead(path: "p.csv", reason: .folderPermissionDenied),
    .cannotRead(path: "p.csv", reason: .permissionDenied), .cannotRead(path: "p.csv", reason: .directory),
    .cannotRead(path: "p.csv", reason: .notRegularFile), .cannotRead(path: "p.csv", reason: .waitsForData),
    .cannotRead(path: "p.csv", reason: .system(code: EIO)), .empty(path: "p.csv"),
    .lineTooLong(path: "p.csv", line: 1, maximumBytes: 16 << 20), .otherEncoding(path: "p.csv", encoding: .utf16),
    .notUTF8(path: "p.csv", line: 2, offset: 10), .unnamedHeaderColumn(path: "p.csv", line: 1, column: 2),
    .headerWithoutName(path: "p.csv", line: 1, column: 2, written: "--"),
    .duplicateColumnName(path: "p.csv", line: 1, first: 2, second: 3, name: "close"),
    .fieldCount(path: "p.csv", line: 3, found: 1, expected: 2), .unclosedQuote(path: "p.csv", line: 3),
    .noRows(path: "p.csv"), .emptyCell(path: "p.csv", line: 3, column: "close"),
    .cellMismatch(path: "p.csv", line: 3, column: "close", text: "n/a", expected: .number),
    .cellMismatch(path: "p.csv", line: 3, column: "yield", text: "x", expected: .percentage(fromHeader: true)),
    .repeatedDate(path: "p.csv", line: 3, column: "date", date: day, otherLine: 2),
    .dateOutOfOrder(path: "p.csv", line: 4, column: "date", date: day, previousLine: 3, previousDate: day),
  ]

  @Test(arguments: problems) func everyProblemReadsAsTapesMessagesDoAtTheArgument(problem: LoadProblem) {
    var sources = SourceMap()
    let source = sources.add(name: "<input>", text: #"load("p.csv")"#)
    let span = Span(source: source.id, start: 5, end: 12)
    let diagnostic = EvalError.library(AnyLibraryProblem(problem), at: span).diagnostic(in: sources)
    #expect(diagnostic.span == span)
    #expect(diagnostic.message == problem.message)
    #expect(diagnostic.help == problem.help)
    #expect(diagnostic.message.first.map { !$0.isUppercase } == true || problem == .noBuiltinFile(name: "x.csv"))
    #expect(!diagnostic.message.hasSuffix("."))
    #expect(problem.isInterruption == (problem == .interrupted))
  }

  /// The reasons no test file reaches (root reads every file; /proc/kmsg may be missing).
  @Test func reasonsAFileCannotBeReadThatNoFileHereShows() {
    func words(_ reason: LoadProblem.FileReason) -> (String, String?) {
      let problem = LoadProblem.cannotRead(path: "p.csv", reason: reason)
      return (problem.message, problem.help)
    }
    #expect(words(.noDiskReads) == ("cannot read `p.csv`: no file on disk may be read here", nil))
    #expect(
      words(.folderPermissionDenied)
        == ("cannot read `p.csv`: permission denied", "check the permissions of the folders on its path"))
    #expect(words(.permissionDenied) == ("cannot read `p.csv`: permission denied", "check the file's permissions"))
    #expect(
      words(.waitsForData)
        == (
          "cannot read `p.csv`: it is a special file that waits for data, not a file of data",
          "save the data to a CSV file and load that"
        ))
    #expect(words(.system(code: ENOENT)) == ("cannot read `p.csv`: \(String(cString: strerror(ENOENT)))", nil))
    #expect(
      words(.outsideAllowed(linkTarget: nil, resolved: "/a b.csv", baseFolder: "f", hasAllowed: true))
        == (
          "cannot read `p.csv`: only files inside f or the places allowed with `--allow-read` may be read",
          "allow it with `--allow-read '/a b.csv'` (or a folder holding it)"
        ))
  }

  @Test func anEmptyPath() {
    let result = loadSession(#"load("")"#)
    #expect(result.message == "the path is empty")
    #expect(result.help == #"give the path of a CSV file: `load("prices.csv")`"#)
  }

  @Test func noFileOnDiskWithoutAPolicy() {
    #expect(throws: LoadProblem.cannotRead(path: "p.csv", reason: .noDiskReads)) {
      try CSVLoader.load("p.csv", under: nil)
    }
  }

  @Test func aCellThatIsNotAPercentageInAColumnOfThem() throws {
    let (path, message, help) = try LoadErrorTests.error("y.csv", "name,yield (%)\na,4.5\nb,n/a\n")
    #expect(message == "\(path):3: column `yield` has `n/a`, not a percentage")
    #expect(help == "the header says the column holds percentages, such as `12.5`")
    let (path2, message2, help2) = try LoadErrorTests.error("z.csv", "name,g\na,1%\nb,2%\nc,x\n")
    #expect(message2 == "\(path2):4: column `g` has `x`, not a percentage")
    #expect(help2 == "the rest of the column are percentages, such as `12.5%`")
  }
}
