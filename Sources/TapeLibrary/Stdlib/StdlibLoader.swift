#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import TapeCore

/// One file of the standard library written in Tape: `stdlib/valuation.tape` and its text.
public struct StdlibFile: Sendable {
  /// The path from the package root, which is also the source name its errors show.
  public let path: String
  public let text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}

/// A function of the standard library: where it is defined, its definition as written, and the
/// help entry its doc comment makes.
public struct StdlibFunction: Sendable {
  public let name: String
  /// `stdlib/valuation.tape`
  public let path: String
  /// The line of `fn`, counting from 1.
  public let line: Int
  /// The `fn` line and its indented continuation lines as written, with their comments.
  public let definition: String
  /// The typed signature as `help` shows it, `pe(price: quantity, eps: same dimension as price)
  /// -> number` (`Signature.notation`); for a function that declares no types, its names alone.
  public let signature: String
  /// Nil when the function has no doc comment, which `StdlibTests` rejects.
  public let entry: HelpEntry?
}

/// Loads the standard library (`stdlib/*.tape`, docs/stdlib.md) into a session and turns its doc
/// comments into help entries.
///
/// A doc comment is the run of `##` lines directly above a `fn` line:
///
///     ## Price-to-earnings ratio: how many years of today's earnings the share price pays for.
///     ##
///     ## pe = price / eps. Both are money per share, so the ratio is a plain number.
///     ## >>> pe($118.42/share, $2.94/share)
///     ## 40.2789
///     fn pe(price: quantity, eps: price) -> number = price / eps
///
/// The first line is the summary; the lines up to the first `>>>` are the details (a bare `##`
/// separates paragraphs); each `## >>> input` is an example, and the `##` lines after it, up to
/// the next `>>>`, are what Tape shows for it. A line starting with a single `#` is an ordinary
/// comment and ends a doc comment.
public enum StdlibLoader {
  /// The environment variable naming a folder to load `*.tape` from instead of the embedded copy,
  /// so a developer sees an edit without `make data` and a rebuild.
  public static let pathVariable = "TAPE_STDLIB_PATH"

  /// The files every session loads: from the folder `TAPE_STDLIB_PATH` names when it is set,
  /// otherwise the copy embedded in the binary. In name order.
  public static let files: [StdlibFile] = folderFiles ?? embedded

  /// The files of the folder `TAPE_STDLIB_PATH` names; nil when it is not set or cannot be read.
  static let folderFiles: [StdlibFile]? = {
    // `getenv`, not `ProcessInfo`, whose first use copies the whole environment at start-up.
    if let value = getenv(pathVariable), case let folder = String(cString: value), !folder.isEmpty {
      do {
        return try files(inFolder: folder)
      } catch {
        writeToStandardError("tape: \(pathVariable)=\(folder): \(FileErrorReason.text(for: error))\n")
      }
    }
    return nil
  }()

  /// The files of `stdlib/` as they were when `make data` last ran.
  public static var embedded: [StdlibFile] {
    EmbeddedStdlib.files.map { StdlibFile(path: $0.path, text: $0.text) }
  }

  /// Every `*.tape` file directly in `folder`, in name order, named `stdlib/NAME.tape`.
  public static func files(inFolder folder: String) throws -> [StdlibFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tape") }.sorted()
    return try names.map { name in
      StdlibFile(path: "stdlib/" + name, text: try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
    }
  }

  /// Runs every file in `interpreter`, each under its own source name so an error in a stdlib
  /// function points at its line in `stdlib/NAME.tape`. Returns the errors, rendered; none is
  /// expected (`StdlibTests` checks), and a session goes on without the failed definitions.
  @discardableResult
  public static func load(_ files: [StdlibFile], into interpreter: inout Interpreter) -> [String] {
    var errors: [String] = []
    for file in files {
      interpreter.run(file.text, name: file.path) { outcome, sources in
        if case .error(let diagnostic) = outcome {
          errors.append(DiagnosticRenderer.rendered(diagnostic, in: sources, style: .plain))
        }
      }
    }
    return errors
  }

  /// A session with every builtin, dataset and stdlib function: what `Interpreter.standard()`
  /// returns. The embedded
  /// stdlib is not run here: its files become the session's first sources and its functions'
  /// names their slots, and the functions themselves are taken from `loadedSession` the first
  /// time an entry names one (`Interpreter.deferRunning`), so `echo 1+1 | tape` never parses
  /// them. A folder named by `TAPE_STDLIB_PATH` is run at once, so its errors show at start.
  ///
  /// Made anew for each caller rather than copied from one made once: a copy shares its tables
  /// with the original, so the first name the copy binds (`ans`) copies its table of names, and
  /// copying a dictionary looks up `String`'s `Hashable` conformance through every conformance
  /// in the binary (a seventh of `echo 1+1 | tape`, docs/performance.md). Taking in the
  /// stdlib's sources and names anew costs a few thousand instructions.
  static var standardSession: Interpreter {
    guard folderFiles == nil, let names = embeddedNames else { return loadedSession }
    var interpreter = sessionWithoutStdlib
    // The embedded table as it is, not `files`: an array of another element type is one more
    // generic metadata the runtime makes at start-up.
    interpreter.deferRunning(EmbeddedStdlib.files, binding: names) { loadedSession.environment }
    return interpreter
  }

  /// The names the embedded stdlib's definitions bind (`definedNames`), read once per process.
  private static let embeddedNames: [String]? = definedNames(inTexts: EmbeddedStdlib.files.map(\.text))

  /// Every builtin and dataset, nothing run yet. Their tables, and the declarations behind
  /// them, are made the first time a session looks a name up in them. A new one each time, not
  /// a shared copy: taking in the stdlib's names would then copy its table of names, and copying
  /// a dictionary looks up `String`'s `Hashable` conformance through every conformance in the
  /// binary (a seventh of `echo 1+1 | tape`, docs/performance.md).
  private static var sessionWithoutStdlib: Interpreter {
    Interpreter(builtins: BuiltinTables(natives: { BuiltinRegistry.nativesByName }, datasets: { DatasetRegistry.byName }))
  }

  /// `sessionWithoutStdlib` with every stdlib file run in it: where the functions of
  /// `standardSession` come from, made the first time a session needs one.
  static let loadedSession: Interpreter = {
    var interpreter = sessionWithoutStdlib
    let errors = load(files, into: &interpreter)
    if !errors.isEmpty {
      writeToStandardError("tape: the standard library has errors:\n" + errors.joined(separator: "\n") + "\n")
    }
    return interpreter
  }()

  /// The names the `fn` definitions of `files` bind, in order, read from the lines that start
  /// with `fn NAME(`; nil when a file holds anything else at the start of a line but comments
  /// and indented continuation lines (a binding or a `unit` would have to run), and then the
  /// files are run. `StdlibTests` checks the names against the slots running the files gives.
  static func definedNames(in files: [StdlibFile]) -> [String]? {
    definedNames(inTexts: files.map(\.text))
  }

  /// `definedNames(in:)` over the files' texts.
  static func definedNames(inTexts texts: [String]) -> [String]? {
    var names: [String] = []
    for var text in texts {
      let found = text.withUTF8 { bytes -> Bool in
        guard let base = bytes.baseAddress else { return true }
        var start = 0
        while start < bytes.count {
          // `memchr` finds the line's end: a loop over the bytes was a twentieth of `echo 1+1 | tape`.
          let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
          let end = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
          defer { start = end + 1 }
          switch bytes[start] {
          case UInt8(ascii: "#"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): continue
          default: break
          }
          let line = bytes[start..<end]
          guard line.starts(with: "fn ".utf8), let open = line.firstIndex(of: UInt8(ascii: "(")) else { return false }
          let written = line[(start + 3)..<open]
          let name =
            written.contains(UInt8(ascii: " "))
            ? String(decoding: written.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self) : String(decoding: written, as: UTF8.self)
          guard !name.isEmpty else { return false }
          names.append(name)
        }
        return true
      }
      guard found else { return nil }
    }
    return names
  }

  /// Whether `name = value` is a stdlib function as the session loaded it rather than a name the
  /// user bound, so `:vars` can list only the user's names. A user function with the same name
  /// and parameters as a stdlib one counts as the stdlib's.
  public static func isStandardBinding(name: String, value: Value) -> Bool {
    guard case .function = value, let loaded = loadedSession.environment.value(of: name) else { return false }
    return loaded.display == value.display
  }

  /// The functions of `files` (the loaded standard library), in file and line order.
  public static let functions: [StdlibFunction] = files.flatMap(functions(in:))

  /// The help entries of the loaded standard library, one per documented function.
  public static var entries: [HelpEntry] { functions.compactMap(\.entry) }

  /// Every `fn` of `file` with the doc comment directly above it. A definition may go on over
  /// the indented lines after its `fn` line.
  public static func functions(in file: StdlibFile) -> [StdlibFunction] {
    let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var found: [StdlibFunction] = []
    var doc: [String] = []
    // The file loaded on its own, as every stdlib file must load, for the signatures it declares.
    var session = Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
    session.run(file.text, name: file.path) { _, _ in }
    for (index, line) in lines.enumerated() {
      if line.hasPrefix("##") {
        doc.append(String(line.dropFirst(2).drop { $0 == " " }))
        continue
      }
      defer { if !(line.first?.isWhitespace ?? false) { doc = [] } }
      guard line.hasPrefix("fn "), let open = line.firstIndex(of: "("),
        let close = line[open...].firstIndex(of: ")")
      else { continue }
      let name = String(line[line.index(line.startIndex, offsetBy: 3)..<open]).trimmingSpacesAndTabs
      let continuation = lines[(index + 1)...].prefix { $0.first == " " || $0.first == "\t" }
      let definition = ([line] + continuation).joined(separator: "\n")
      let signature: String
      if case .function(.user(let function)) = session.environment.value(of: name), let typed = function.signature {
        signature = typed.notation
      } else {
        signature = name + line[open...close]
      }
      let location = "\(file.path):\(index + 1)"
      found.append(
        StdlibFunction(
          name: name, path: file.path, line: index + 1, definition: definition, signature: signature,
          entry: doc.isEmpty
            ? nil : entry(name: name, signature: signature, location: location, definition: definition, doc: doc)))
    }
    return found
  }

  /// The help entry of one function from the lines of its doc comment (without `##`).
  static func entry(name: String, signature: String, location: String, definition: String, doc: [String]) -> HelpEntry {
    var details: [String] = []
    var examples: [HelpEntry.Example] = []
    var input: String?
    var yields: [String] = []
    func flush() {
      if let input { examples.append(.init(input, yields: yields.joined(separator: "\n"))) }
      input = nil
      yields = []
    }
    for line in doc.dropFirst() {
      if line.hasPrefix(">>>") {
        flush()
        input = String(line.dropFirst(3).drop { $0 == " " })
      } else if input != nil {
        yields.append(line)
      } else {
        details.append(line)
      }
    }
    flush()
    // Paragraphs: a bare `##` between them; lines of one paragraph are joined when wrapped.
    let explanation = details.split(separator: "", omittingEmptySubsequences: true)
      .map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    return HelpEntry(
      name: name, kind: .function, summary: doc.first ?? "",
      signature: "\(signature)  written in Tape, \(location):\n" + definition.split(separator: "\n").map { "  " + $0 }
        .joined(separator: "\n"),
      explanation: explanation, examples: examples, seeAlso: ["functions"])
  }
}

/// Writes a warning to standard error; TapeLibrary has no terminal of its own, and these are the
/// only messages it prints (the stdlib itself is broken, or `TAPE_STDLIB_PATH` is).
private func writeToStandardError(_ text: String) {
  var bytes = Array(text.utf8)[...]
  while !bytes.isEmpty {
    let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    guard written > 0 else { return }
    bytes = bytes.dropFirst(written)
  }
}
