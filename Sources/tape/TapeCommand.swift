import ArgumentParser
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
import TapeNotebook
import TapeREPL

/// `tape`: the analyst's calculator that knows the market.
@main
struct TapeCommand: ParsableCommand {
  /// ArgumentParser exits with 64 (EX_USAGE) on a usage error; Tape promises 2, like most Unix
  /// tools, so scripts can tell bad usage (2) from a failed calculation (1).
  static func main() {
    // A pipe or the REPL: nothing to parse. ArgumentParser's first use looks up type metadata
    // at run time, which was a third of the start-up of `echo 1+1 | tape`.
    if CommandLine.argc == 1 {
      let code = LargeStack.run { CommandLineFrontEnd.run(expressions: [], json: false) }
      exitProcess(Terminal.exitCode(after: code))
    }
    // `tape --version` also gives the dates of the built-in data, which takes reading the dataset
    // catalogue (a millisecond): worked out only when asked, not for every `tape -e`.
    if CommandLine.arguments.dropFirst() == ["--version"] {
      Terminal.write(TapeVersion.described + "\n", to: 1)
      exitProcess(0)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
      exitProcess(Terminal.exitCode(after: 0))
    } catch {
      let code = exitCode(for: error)
      if let exit = error as? ExitCode { exitProcess(Terminal.exitCode(after: exit.rawValue)) }
      guard code == .validationFailure else { exit(withError: error) }
      Terminal.write(fullMessage(for: error) + "\n", to: 2)
      exitProcess(2)
    }
  }

  static let configuration = CommandConfiguration(
    commandName: "tape",
    abstract: "The analyst's calculator that knows the market.",
    discussion: """
      With a terminal on standard input, starts an interactive session. With a pipe or a file on \
      standard input, evaluates each line and prints each result.

      Examples:
        tape -e '$118.42/share * 24.68B shares'
        tape --json -e '(118.42 - 142.62) / 142.62 in %'
        echo '589B / 142.62' | tape
        tape --lib margins.tape -e 'gross_margin($130.5B, $32.64B)'
      """,
    version: TapeVersion.current,
    subcommands: [RunNotebooks.self, CheckNotebooks.self, ExportNotebook.self, StartLesson.self, ServeSession.self]
  )

  @Option(name: [.short, .customLong("expression")], parsing: .unconditionalSingleValue, help: "Evaluate an expression and print its result (repeatable).")
  var expressions: [String] = []

  @Flag(help: "Print one JSON object per result: value, unit and display text.")
  var json = false

  @Option(name: .customLong("lib"), help: ArgumentHelp("Load a library of Tape definitions first (repeatable).", valueName: "file.tape"),
    completion: .file(extensions: ["tape"]))
  var libraries: [String] = []

  @OptionGroup var reads: ReadPermissions

  @Flag(help: "Ignore the config file and init.tape in $XDG_CONFIG_HOME/tape (~/.config/tape): show results with the default settings.")
  var noConfig = false

  @Flag(help: "List the REPL's autosave journals (newest first); with --pick, restore one as a notebook.")
  var recover = false

  @Option(help: "With --recover: the journal to restore (1 = newest).")
  var pick: Int?

  @Option(
    help: "With --recover --pick: the notebook file to write, never an existing one (default: recovered.session).",
    completion: .file(extensions: ["session"]))
  var to: String?

  mutating func run() throws {
    if recover {
      let (pick, to) = (self.pick, self.to)
      let code = Recovery.run(
        pick: pick, destination: to, environment: ProcessInfo.processInfo.environment,
        output: { Terminal.write($0, to: 1) }, errors: { Terminal.write($0, to: 2) })
      if code != 0 { throw ExitCode(code) }
      return
    }
    let (expressions, json, libraries, allowedReads) = (self.expressions, self.json, self.libraries, self.reads.allowedReads)
    let useConfig = !noConfig
    let code = LargeStack.run {
      CommandLineFrontEnd.run(
        expressions: expressions, json: json, libraries: libraries, allowedReads: allowedReads, useConfig: useConfig)
    }
    if code != 0 { throw ExitCode(code) }
  }
}

/// `--allow-read PATH`, on `tape` and on each subcommand that replays a notebook. After a
/// subcommand's name ArgumentParser fills the root command's copy (the first command declaring
/// the name), so a subcommand reads both; its own copy makes its help list the option.
struct ReadPermissions: ParsableArguments {
  @Option(
    name: .customLong("allow-read"),
    help: ArgumentHelp(
      "Let notebooks, libraries and lessons read this file or folder outside their own folder (repeatable).",
      valueName: "path"),
    completion: .file())
  var allowedReads: [String] = []
}

/// The C library's `exit`, which `ParsableCommand.exit(withError:)` hides inside a command.
private func exitProcess(_ code: Int32) -> Never {
  exit(code)
}

/// `tape run FILE...`: replay notebooks and print them with fresh outputs.
struct RunNotebooks: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Replay notebooks and print them with fresh outputs.")

  @Flag(help: "Rewrite each file's recorded outputs in place (atomically).")
  var update = false

  @OptionGroup var reads: ReadPermissions
  @ParentCommand var root: TapeCommand
  var readablePaths: [String] { root.reads.allowedReads + reads.allowedReads }

  @Argument(help: "The .session files to replay.", completion: .file(extensions: ["session"]))
  var files: [String]

  func run() throws {
    let (files, update, allowedReads) = (self.files, self.update, self.readablePaths)
    let code = LargeStack.run {
      NotebookCommands.run(
        files: files, update: update, allowedReads: allowedReads, output: { Terminal.write($0, to: 1) }, errors: { Terminal.write($0, to: 2) })
    }
    if code != 0 { throw ExitCode(code) }
  }
}

/// `tape check FILE...`: replay notebooks and compare every recorded output.
struct CheckNotebooks: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Replay notebooks and verify every recorded output; exit 1 on a difference.")

  @OptionGroup var reads: ReadPermissions
  @ParentCommand var root: TapeCommand
  var readablePaths: [String] { root.reads.allowedReads + reads.allowedReads }

  @Argument(help: "The .session files to verify.", completion: .file(extensions: ["session"]))
  var files: [String]

  func run() throws {
    let (files, allowedReads) = (self.files, self.readablePaths)
    let code = LargeStack.run {
      NotebookCommands.check(files: files, allowedReads: allowedReads, output: { Terminal.write($0, to: 1) }, errors: { Terminal.write($0, to: 2) })
    }
    if code != 0 { throw ExitCode(code) }
  }
}

extension Exporter.Format: ExpressibleByArgument {}

/// `tape export FILE --format md|html|ipynb [--output OUT]`.
struct ExportNotebook: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export a notebook as Markdown, one standalone HTML file or a Jupyter notebook.")

  @Option(help: "md, html or ipynb.")
  var format: Exporter.Format

  @Option(name: [.short, .long], help: "The file to write (default: standard output).", completion: .file())
  var output: String?

  @OptionGroup var reads: ReadPermissions
  @ParentCommand var root: TapeCommand
  var readablePaths: [String] { root.reads.allowedReads + reads.allowedReads }

  @Argument(help: "The .session file to export.", completion: .file(extensions: ["session"]))
  var file: String

  func run() throws {
    let (file, format, destination, allowedReads) = (self.file, self.format, self.output, self.readablePaths)
    let code = LargeStack.run {
      NotebookCommands.export(
        file: file, format: format, destination: destination, allowedReads: allowedReads, output: { Terminal.write($0, to: 1) },
        errors: { Terminal.write($0, to: 2) })
    }
    if code != 0 { throw ExitCode(code) }
  }
}

/// `tape lesson [N|FILE]`: list the lessons, or walk through one.
struct StartLesson: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lesson", abstract: "List the valuation lessons, or walk through one interactively.",
    discussion: """
      Examples:
        tape lesson                  list the lessons
        tape lesson 1                walk through lesson 1: prose, worked examples, exercises
        tape lesson mine.session     a lesson of your own (see docs/session-format.md)
      """)

  @OptionGroup var reads: ReadPermissions
  @ParentCommand var root: TapeCommand
  var readablePaths: [String] { root.reads.allowedReads + reads.allowedReads }

  @Argument(help: "A lesson number from the list, or a .session file.", completion: .file(extensions: ["session"]))
  var lesson: String?

  func run() throws {
    let (lesson, allowedReads) = (self.lesson, self.readablePaths)
    let code = LargeStack.run {
      guard let lesson else { return LessonCommands.list(output: { Terminal.write($0, to: 1) }) }
      return LessonCommands.start(lesson, allowedReads: allowedReads, output: { Terminal.write($0, to: 1) }, errors: { Terminal.write($0, to: 2) })
    }
    if code != 0 { throw ExitCode(code) }
  }
}

/// `tape serve`: one session for another program, over JSON lines.
struct ServeSession: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Run one session for another program (the Jupyter kernel, an editor): JSON lines in and out.",
    discussion: """
      Reads one JSON request a line from standard input and writes one JSON reply a line to standard \
      output, in order, until standard input ends. Requests: execute (run code), complete (Tab \
      completion), inspect (help on a name), version. The protocol is in docs/jupyter.md.

      Example:
        echo '{"id": 1, "op": "execute", "code": "$118.42/share * 24.68B shares"}' | tape serve
      """)

  func run() throws {
    let code = LargeStack.run { JSONLinesSession.serve() }
    if code != 0 { throw ExitCode(code) }
  }
}
