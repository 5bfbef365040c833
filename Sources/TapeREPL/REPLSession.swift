import TapeCore
import TapeLibrary

/// One interactive session without the terminal: takes an entry (Tape code, `help ...` or a
/// `:command`) and says what to show. `InteractiveLoop` does the reading and printing.
public struct REPLSession {
  /// What an entry produced, in order.
  public enum Output: Equatable, Sendable {
    case result(String)
    case error(String)
    /// Help, listings and notices.
    case text(String)
    case clearScreen
    case quit
  }

  public private(set) var interpreter = Interpreter(natives: BuiltinRegistry.natives)
  var entryNumber = 0
  let diagnosticStyle: DiagnosticStyle

  public init(diagnosticStyle: DiagnosticStyle = .plain) {
    self.diagnosticStyle = diagnosticStyle
  }

  /// Runs one entry. `history` is what `:history` lists.
  public mutating func handle(_ entry: String, history: [String] = []) -> [Output] {
    let trimmed = entry.trimmingSpaces
    if trimmed.isEmpty { return [] }
    if trimmed == "help" || trimmed.hasPrefix("help ") {
      return [.text(REPLCommands.help(topic: String(trimmed.dropFirst(4)).trimmingSpaces))]
    }
    if trimmed.hasPrefix(":") { return REPLCommands.run(trimmed, session: self, history: history) }
    if trimmed == "quit" || trimmed == "exit" { return [.quit] }
    entryNumber += 1
    var outputs: [Output] = []
    let style = diagnosticStyle
    interpreter.run(entry, name: "<input:\(entryNumber)>") { outcome, sources in
      switch outcome {
      case .error(let diagnostic):
        outputs.append(.error(DiagnosticRenderer.rendered(diagnostic, in: sources, style: style)))
      case .report(let text, _):
        outputs.append(.text(text))
      default:
        if let text = OutcomeText.result(outcome) { outputs.append(.result(text)) }
      }
    }
    return outputs
  }

  /// A snapshot of what Tab can complete now.
  public var completionContext: CompletionContext {
    var fields: [String: [String]] = [:]
    for (name, value) in interpreter.environment.bindings {
      if case .record(let record) = value { fields[name] = record.names }
    }
    let names = interpreter.environment.bindings.map(\.name) + interpreter.environment.units.keys
      + interpreter.environment.natives.keys
    return CompletionContext(
      names: names, fields: fields, helpTopics: HelpIndex.standard.topics, commands: REPLCommands.names)
  }
}
