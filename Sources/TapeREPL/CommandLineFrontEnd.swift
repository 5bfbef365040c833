#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import TapeCore
import TapeLibrary
import TapeNotebook

/// What the `tape` command does once its options are parsed; kept here so the executable stays a
/// thin shell around argument parsing.
public enum CommandLineFrontEnd {
  /// Runs `-e` expressions, or standard input (a pipe, or the interactive loop on a terminal),
  /// after loading the `.tape` `libraries` (`--lib`). Returns the process exit code: 1 when a
  /// library or a statement failed. Unless `useConfig` is false (`--no-config`), the user's
  /// config.toml sets how results show and their init.tape is loaded first, as a `--lib` file.
  public static func run(
    expressions: [String], json: Bool, libraries: [String] = [], allowedReads: [String] = [], useConfig: Bool = true
  ) -> Int32 {
    let output = { (text: String) in Terminal.write(text, to: 1) }
    let errors = { (text: String) in Terminal.write(text, to: 2) }
    let configDirectory = useConfig ? ConfigFile.directory(variable: EnvironmentVariables.value) : nil
    let config = ConfigFile.load(from: configDirectory)
    config.problems.forEach(errors)
    let libraries = (ConfigFile.initLibrary(in: configDirectory).map { [$0] } ?? []) + libraries
    let colour = config.settings.colour
    let style: DiagnosticStyle = colour ?? Terminal.usesColor(fileDescriptor: 2) ? .ansi : .plain
    var session = BatchSession(isJSON: json, diagnosticStyle: style)
    session.interpreter.displaySettings = config.settings
    var libraryFailed = !config.problems.isEmpty
    if !(Terminal.isStandardInputInteractive && !json && expressions.isEmpty) {
      for path in libraries {
        switch LibraryFiles.read(path) {
        case .failure(let problem):
          errors(problem.message)
          libraryFailed = true
        case .success(let text):
          let library = UserLibrary.load(
            path: path, text: text, into: &session.interpreter, style: style,
            readPolicy: NotebookReadPolicy.policy(forFileAt: path, kind: .library, allowing: allowedReads))
          library.errors.forEach(errors)
          libraryFailed = libraryFailed || !library.errors.isEmpty
        }
      }
    }
    if !expressions.isEmpty {
      for expression in expressions { session.run(expression, output: output, errors: errors) }
      KeptUntilExit.keep(session)
      return libraryFailed ? 1 : session.exitCode
    }
    if Terminal.isStandardInputInteractive && !json {
      let environment = ProcessInfo.processInfo.environment
      let history = HistoryFile.standardPath(environment: environment).map(HistoryFile.init(path:))
      var loop = InteractiveLoop(
        usesColor: colour ?? Terminal.usesColor(fileDescriptor: 1), historyFile: history,
        journalDirectory: Recovery.journalDirectory(environment: environment), libraries: libraries,
        allowedReads: allowedReads, settings: config.settings)
      return loop.run(output: output, errors: errors)
    }
    if let reason = FileKind.reasonNotInput(fileDescriptor: 0) {
      errors("error: cannot read standard input: \(reason)\n  = help: give Tape a file of entries with `tape < FILE`, or a notebook with `tape run FILE`\n")
      return 1
    }
    // A pipe or a file: buffered results, flushed before each read and before each error.
    let standardOutput = BufferedOutput(fileDescriptor: 1)
    var lines = StandardInputLines(fileDescriptor: 0, beforeRead: { standardOutput.flush() })
    session.runLines(
      { lines.next() }, output: { standardOutput.write($0) },
      errors: { text in
        standardOutput.flush()
        Terminal.write(text, to: 2)
      })
    standardOutput.flush()
    KeptUntilExit.keep(session)
    return libraryFailed ? 1 : session.exitCode
  }
}
