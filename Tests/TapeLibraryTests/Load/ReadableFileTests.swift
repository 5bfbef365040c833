import Foundation
import TapeCore
import Testing

@testable import TapeLibrary

/// `load` under a `FileReadPolicy`: relative paths from the base folder, and a confined session
/// reading only inside its folder and the places allowed, whatever path leads out of it.
struct ReadableFileTests {
  /// A notebook's folder holding `p.csv` and `data/q.csv`, beside an `outside` folder holding
  /// `secret.csv`, all in a temporary directory.
  struct Layout {
    let directory: TemporaryDirectory
    let notebook: String
    let outside: String
    let secret: String
    static let csv = "date,close\n2025-01-24,1\n2025-01-27,2\n"

    init() throws {
      directory = try TemporaryDirectory()
      for folder in ["notebook/data", "outside"] {
        try FileManager.default.createDirectory(
          at: directory.url.appendingPathComponent(folder), withIntermediateDirectories: true)
      }
      notebook = directory.url.appendingPathComponent("notebook").path
      outside = directory.url.appendingPathComponent("outside").path
      try directory.write("notebook/p.csv", Self.csv)
      try directory.write("notebook/data/q.csv", Self.csv)
      secret = try directory.write("outside/secret.csv", Self.csv)
    }

    var confined: FileReadPolicy { .confined(to: notebook, named: "the notebook's folder") }
  }

  /// `input` run in a fresh session under `policy`: the value or the error, and the files read.
  static func run(_ input: String, under policy: FileReadPolicy) -> (
    value: Value?, message: String?, help: String?, reads: [FileRead]
  ) {
    var interpreter = Interpreter(natives: BuiltinRegistry.natives)
    interpreter.fileReadPolicy = policy
    let outcome = interpreter.run(input).last
    let reads = interpreter.takeFilesRead()
    switch outcome {
    case .value(let value, _): return (value, nil, nil, reads)
    case .error(let diagnostic): return (nil, diagnostic.message, diagnostic.help, reads)
    default: return (nil, nil, nil, reads)
    }
  }

  static let outsideMessage = "only files inside the notebook's folder may be read"

  @Test func aRelativePathIsReadFromTheBaseFolder() throws {
    let layout = try Layout()
    let policy = FileReadPolicy.unconfined(readingFrom: layout.notebook, named: "the notebook's folder")
    let result = Self.run(#"load("data/q.csv").close[2025-01-27]"#, under: policy)
    #expect(result.value?.display == "2")
    #expect(try result.value?.provenance().citations.first?.documents == ["data/q.csv (read 37 bytes)"])
  }

  @Test func aMissingRelativeFileNamesTheBaseFolder() throws {
    let layout = try Layout()
    let result = Self.run(#"load("nope.csv")"#, under: layout.confined)
    #expect(result.message == "cannot read `nope.csv`: no such file")
    #expect(result.help == "a relative path is read from the notebook's folder")
  }

  @Test func confinedReadsInsideItsFolderAndCitesTheFileFromThere() throws {
    let layout = try Layout()
    for path in ["p.csv", "./data/../p.csv", "\(layout.notebook)/p.csv"] {
      let result = Self.run(#"load("\#(path)").close[2025-01-24]"#, under: layout.confined)
      #expect(result.value?.display == "1", "\(path)")
      #expect(try result.value?.provenance().citations.first?.documents == ["p.csv (read 37 bytes)"], "\(path)")
    }
  }

  @Test func confinedRefusesAnAbsolutePathOutside() throws {
    let layout = try Layout()
    let result = Self.run(#"load("/etc/passwd")"#, under: layout.confined)
    #expect(result.message == "cannot read `/etc/passwd`: \(Self.outsideMessage)")
    #expect(result.help == "allow it with `--allow-read /etc/passwd` (or a folder holding it)")
    #expect(result.reads.isEmpty)
  }

  @Test func confinedRefusesAMissingFileOutsideAsOutsideWithoutSayingWhetherItExists() throws {
    let layout = try Layout()
    let result = Self.run(#"load("\#(layout.outside)/nothing-here.csv")"#, under: layout.confined)
    #expect(result.message == "cannot read `\(layout.outside)/nothing-here.csv`: \(Self.outsideMessage)")
  }

  @Test func confinedRefusesDotDotOutOfTheFolder() throws {
    let layout = try Layout()
    let result = Self.run(#"load("../outside/secret.csv")"#, under: layout.confined)
    #expect(result.message == "cannot read `../outside/secret.csv`: \(Self.outsideMessage)")
    #expect(result.help == "allow it with `--allow-read \(layout.secret)` (or a folder holding it)")
  }

  @Test func confinedRefusesALinkInsideThatLeadsOutside() throws {
    let layout = try Layout()
    try FileManager.default.createSymbolicLink(atPath: layout.notebook + "/link.csv", withDestinationPath: layout.secret)
    try FileManager.default.createSymbolicLink(atPath: layout.notebook + "/away", withDestinationPath: layout.outside)
    let result = Self.run(#"load("link.csv")"#, under: layout.confined)
    #expect(result.message == "cannot read `link.csv` (a link to `\(layout.secret)`): \(Self.outsideMessage)")
    #expect(result.help == "allow it with `--allow-read \(layout.secret)` (or a folder holding it)")
    let throughFolder = Self.run(#"load("away/secret.csv")"#, under: layout.confined)
    #expect(throughFolder.message?.hasSuffix(Self.outsideMessage) == true)
    let missingThroughFolder = Self.run(#"load("away/missing.csv")"#, under: layout.confined)
    #expect(missingThroughFolder.message?.hasSuffix(Self.outsideMessage) == true)
  }

  @Test func aLinkInsideThatStaysInsideIsRead() throws {
    let layout = try Layout()
    try FileManager.default.createSymbolicLink(atPath: layout.notebook + "/same.csv", withDestinationPath: "data/q.csv")
    let result = Self.run(#"load("same.csv").close[2025-01-24]"#, under: layout.confined)
    #expect(result.value?.display == "1")
  }

  @Test func confinedRefusesTheHomeFolderWithoutLookingAtIt() throws {
    let layout = try Layout()
    for path in ["~/.ssh/id_ed25519", "~"] {
      let result = Self.run(#"load("\#(path)")"#, under: layout.confined)
      #expect(result.message == "cannot read `\(path)`: \(Self.outsideMessage)")
      #expect(
        result.help
          == "`~` (a home folder) is not read here; copy the file into the notebook's folder, or allow its folder with `--allow-read` and write its full path"
      )
    }
  }

  @Test func anAllowedFolderOrFileIsRead() throws {
    let layout = try Layout()
    for allowed in [layout.outside, layout.secret] {
      let policy = FileReadPolicy.confined(to: layout.notebook, named: "the notebook's folder", allowing: [allowed])
      let result = Self.run(#"load("../outside/secret.csv").close[2025-01-27]"#, under: policy)
      #expect(result.value?.display == "2", "allowing \(allowed)")
      // Outside the base folder, the citation keeps the absolute path.
      #expect(try result.value?.provenance().citations.first?.documents == ["\(layout.secret) (read 37 bytes)"])
      #expect(Self.run(#"load("p.csv")"#, under: policy).value != nil)
    }
    let policy = FileReadPolicy.confined(to: layout.notebook, named: "the notebook's folder", allowing: [layout.secret])
    try layout.directory.write("outside/other.csv", Layout.csv)
    let other = Self.run(#"load("../outside/other.csv")"#, under: policy)
    #expect(
      other.message
        == "cannot read `../outside/other.csv`: only files inside the notebook's folder or the places allowed with `--allow-read` may be read"
    )
  }

  @Test func unconfinedReadsOutsideTheBaseFolderByItsAbsolutePath() throws {
    let layout = try Layout()
    let policy = FileReadPolicy.unconfined(readingFrom: layout.notebook, named: "the notebook's folder")
    let result = Self.run(#"load("../outside/secret.csv").close[2025-01-27]"#, under: policy)
    #expect(result.value?.display == "2")
    #expect(try result.value?.provenance().citations.first?.documents == ["\(layout.secret) (read 37 bytes)"])
  }

  @Test func tapesOwnFilesAreReadInEveryMode() throws {
    let layout = try Layout()
    let result = Self.run(#"load("tape:prices/NVDA.csv").close[2025-01-27]"#, under: layout.confined)
    #expect(result.value?.display == "118.42")
    #expect(result.reads.isEmpty)
  }

  @Test func eachLoadIsLogged() throws {
    let layout = try Layout()
    let policy = FileReadPolicy.confined(to: layout.notebook, named: "the notebook's folder", allowing: [layout.outside])
    let result = Self.run(
      #"[load("p.csv"), load("./data/q.csv"), load("../outside/secret.csv"), load("tape:macro/gdp.csv")]"#,
      under: policy)
    #expect(result.value != nil)
    #expect(
      result.reads == [
        FileRead(path: "p.csv", relativePath: "p.csv", absolutePath: layout.notebook + "/p.csv", byteCount: 37),
        FileRead(
          path: "./data/q.csv", relativePath: "data/q.csv", absolutePath: layout.notebook + "/data/q.csv", byteCount: 37),
        FileRead(path: "../outside/secret.csv", relativePath: nil, absolutePath: layout.secret, byteCount: 37),
      ])
  }

  @Test func aFailedLoadIsNotLogged() throws {
    let layout = try Layout()
    try layout.directory.write("notebook/bad.csv", "date,close\n2025-01-24,1,2\n")
    #expect(Self.run(#"load("bad.csv")"#, under: layout.confined).reads.isEmpty)
  }

  @Test func aPolicySetAfterAFunctionIsDefinedHoldsInsideIt() throws {
    let layout = try Layout()
    var interpreter = Interpreter.standard()
    _ = interpreter.run(#"fn read(p) = load(p)"#)
    let before = interpreter.run(#"read("\#(layout.secret)")"#).last
    guard case .value = before else { Issue.record("unconfined read failed: \(String(describing: before))"); return }
    interpreter.fileReadPolicy = layout.confined
    for input in [#"read("\#(layout.secret)")"#, #"map(["\#(layout.secret)"], load)"#] {
      guard case .error(let diagnostic) = interpreter.run(input).last else {
        Issue.record("\(input) was read")
        continue
      }
      #expect(interpreter.rendered(diagnostic).contains(Self.outsideMessage), "\(input)")
    }
  }

  @Test func eachStandardSessionHasItsOwnPolicy() throws {
    let layout = try Layout()
    var confined = Interpreter.standard()
    confined.fileReadPolicy = layout.confined
    #expect(Interpreter.standard().fileReadPolicy == .workingDirectory)
    #expect(confined.fileReadPolicy == layout.confined)
  }

  @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
    let layout = try Layout()
    let fifo = layout.notebook + "/pipe.csv"
    try #require(mkfifo(fifo, 0o600) == 0)
    let result = Self.run(#"load("pipe.csv")"#, under: layout.confined)
    #expect(result.message == "cannot read `pipe.csv`: it is not a regular file (a device, a pipe or a socket)")
  }

  /// /proc/kmsg is a "regular file" whose reads wait for the kernel to log; `tape check` once
  /// hung on it. Only root may open it, so elsewhere there is nothing to try. (Opened without
  /// blocking, a read takes whatever messages are waiting, as any reader of it would.)
  @Test(.enabled(if: access("/proc/kmsg", R_OK) == 0), .timeLimit(.minutes(1)))
  func procKmsgIsRefusedWithoutWaiting() {
    let result = Self.run(#"load("/proc/kmsg")"#, under: .workingDirectory)
    #expect(result.message?.hasPrefix("cannot read `/proc/kmsg`") == true)
  }
}

extension ReadableFileTests {
  @Test func aPathHoldingANulIsRefused() throws {
    let layout = try Layout()
    // Tape strings have no escapes: the NUL is in the source text itself.
    let result = Self.run("load(\"p.csv\u{0}.txt\")", under: layout.confined)
    #expect(result.message == #"cannot read `p.csv\0.txt`: a path cannot hold a NUL character"#)
  }
}
