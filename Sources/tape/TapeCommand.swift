import ArgumentParser
import TapeCore
import TapeREPL

/// `tape`: the analyst's calculator that knows the market.
@main
struct TapeCommand: ParsableCommand {
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
      """,
    version: TapeVersion.current
  )

  @Option(name: [.short, .customLong("expression")], help: "Evaluate EXPR and print the result (repeatable).")
  var expressions: [String] = []

  @Flag(help: "Print one JSON object per result: value, unit and display text.")
  var json = false

  mutating func run() throws {
    let (expressions, json) = (self.expressions, self.json)
    let code = LargeStack.run { CommandLineFrontEnd.run(expressions: expressions, json: json) }
    if code != 0 { throw ExitCode(code) }
  }
}
