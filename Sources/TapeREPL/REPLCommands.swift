import TapeCore
import TapeLibrary

/// The REPL's `:commands`. Each is a line in `all`, with the text `:help` shows.
enum REPLCommands {
  struct Command {
    let name: String
    let summary: String
  }

  static let all: [Command] = [
    Command(name: ":help", summary: "show the tour, or help on a topic (`:help round`); same as `help`"),
    Command(name: ":vars", summary: "list your names with their values and units"),
    Command(name: ":units", summary: "list the units Tape knows, built in and declared"),
    Command(name: ":history", summary: "list the entries of your history"),
    Command(name: ":clear", summary: "clear the screen"),
    Command(name: ":quit", summary: "leave Tape (Ctrl-D on an empty line does the same)"),
    Command(
      name: ":set",
      summary: "show or change a display setting: `:set` lists them, `:set digits 4`, `:set decimal_separator \",\"`"),
    Command(name: ":copy", summary: "put the last result's plain value on the clipboard (through the terminal, OSC 52)"),
    Command(name: ":save", summary: "save the session as a notebook: `:save analysis.session`"),
    Command(
      name: ":load",
      summary: "run a notebook's inputs in this session (`:load sessions/deepseek-shock.session`), or load a library of definitions (`:load mylib.tape`)"),
  ]

  static var names: [String] { all.map(\.name) }

  static func run(_ line: String, session: REPLSession, history: [String]) -> [REPLSession.Output] {
    let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
    let name = parts[0]
    let argument = parts.count > 1 ? parts[1].trimmingSpaces : ""
    switch name {
    case ":help", ":h": return [.text(help(topic: argument, index: session.helpIndex))]
    case ":vars": return [.text(variables(session.interpreter.environment))]
    case ":units": return [.text(units(session.interpreter.environment))]
    case ":history": return [.text(listing(history))]
    case ":clear": return [.clearScreen]
    case ":quit", ":q", ":exit": return [.quit]
    case ":save": return session.save(to: argument)
    case ":copy":
      guard let value = session.lastValue else { return [.error("error: nothing to copy yet; `:copy` copies the last result\n")] }
      let text = value.plainText
      return [.clipboard(text), .text("copied `\(text.escapingControlCharacters)`")]
    default:
      let suggestion = Suggestion.closest(to: name, among: names)
      let help = suggestion.map { "\n  = help: did you mean `\($0)`?" } ?? "\n  = help: `:help` lists the commands"
      return [.error("error: unknown command `\(name.escapingControlCharacters)`\(help)\n")]
    }
  }

  /// `text(for:)` gives the tour for an empty topic, and shows a user library's help escaped.
  static func help(topic: String, index: HelpIndex = .standard) -> String {
    index.text(for: topic)
  }

  static func variables(_ environment: Environment) -> String {
    let bindings = environment.bindings.filter {
      $0.name != "ans" && !StdlibLoader.isStandardBinding(name: $0.name, value: $0.value)
    }
    guard !bindings.isEmpty else { return "no names yet; bind one with `name = value`\n" }
    let width = bindings.map(\.name.count).max() ?? 0
    return bindings.map { name, value in
      let padded = name + String(repeating: " ", count: width - name.count)
      return "\(padded) = \(oneLine(value))" + dimensionNote(value)
    }.joined(separator: "\n") + "\n"
  }

  /// The value on one line: a table or series as its summary, a long display cut short.
  static func oneLine(_ value: Value) -> String {
    if value.isBig { return value.summary }
    let text = value.display
    guard text.contains("\n") || text.count > 120 else { return text }
    let flat: String
    switch value {
    case .record(let record): flat = "record of \(record.names.count) keys: " + record.names.prefix(8).joined(separator: ", ")
    case .list(let items): flat = "list of \(items.count) items"
    default: flat = text.split(separator: "\n").first.map(String.init) ?? ""
    }
    return flat.count > 120 ? String(flat.prefix(119)) + "…" : flat
  }

  static func dimensionNote(_ value: Value) -> String {
    guard case .quantity(let quantity) = value, !quantity.unit.isNone else { return "" }
    return "   [\(quantity.dimension.described)]"
  }

  static func units(_ environment: Environment) -> String {
    var byDefinition: [String: (UnitDefinition, [String])] = [:]
    for (name, definition) in environment.units {
      byDefinition[definition.name, default: (definition, [])].1.append(name)
    }
    let rows = byDefinition.values.sorted {
      ($0.0.dimension.described, $0.0.factor) < ($1.0.dimension.described, $1.0.factor)
    }
    return rows.map { definition, names in
      "\(names.sorted().joined(separator: ", "))\(size(of: definition))   [\(definition.dimension.described)]"
    }.joined(separator: "\n") + "\n"
  }

  /// ` = 7 days` for a unit defined as a multiple of a base unit; empty for base units.
  static func size(of definition: UnitDefinition) -> String {
    guard definition.factor != 1 else { return "" }
    let powers = definition.dimension.powers
    if powers.count == 1, powers[0].exponent == 1 {
      let base = UnitDefinition(name: powers[0].base, plural: powers[0].base + "s")
      return " = " + Quantity(definition.factor, Unit(base)).display
    }
    return " = \(Quantity(definition.factor).display) \(definition.dimension.described)"
  }

  static func listing(_ history: [String]) -> String {
    guard !history.isEmpty else { return "the history is empty\n" }
    let width = String(history.count).count
    return history.enumerated().map { index, entry in
      let number = String(index + 1)
      // An entry was typed or pasted, and can hold control characters: shown escaped.
      return String(repeating: " ", count: width - number.count) + number + "  "
        + entry.escapingControlCharacters.replacingEvery("\n", with: "\n" + String(repeating: " ", count: width + 2))
    }.joined(separator: "\n") + "\n"
  }
}
