import TapeCore

/// One topic of `help`: a function, a unit, a concept of the language or a REPL command. Builtins,
/// units, concepts and (later) stdlib functions all become this one model, which `help`, tab
/// completion and the reference docs read.
public struct HelpEntry: Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case function, unit, concept, command, dataset

    /// The heading for a group of entries of this kind: "Functions".
    public var plural: String {
      switch self {
      case .function: "Functions"
      case .unit: "Units"
      case .concept: "Concepts"
      case .command: "Commands"
      case .dataset: "Datasets"
      }
    }
  }

  /// A line of Tape and what Tape shows for it. The examples of one entry run in order in one
  /// fresh session, so a later example may use a name an earlier one binds. `yields` has one line
  /// per statement: a value's display (`$2.923T`), `name = value` for a binding, the signature for
  /// a declaration (`unit GPU`), and `error: message` for an error. Tests run every one.
  public typealias Example = Builtin.Example

  /// The name `help` is asked for and shown under: `round`, `share`, `USD`, `percent`, `:vars`, `nvda`.
  public let name: String
  public let kind: Kind
  /// Other names that find this entry: `shares` for `share`, `$` for `USD`, `%` for `percent`.
  public let aliases: [String]
  /// One line, no final newline.
  public let summary: String
  /// For builtin functions, the typed signature and a line for each note the types leave out
  /// (see `init(builtin:)`); for stdlib functions, the signature and definition. For commands,
  /// how to type it. Nil for units and concepts.
  public let signature: String?
  /// A paragraph or a few, separated by blank lines; lines starting with `- ` are list items.
  public let explanation: String
  public let examples: [Example]
  /// Names of related entries, each one `HelpIndex.lookup` finds.
  public let seeAlso: [String]

  public init(
    name: String, kind: Kind, aliases: [String] = [], summary: String, signature: String? = nil,
    explanation: String = "", examples: [Example] = [], seeAlso: [String] = []
  ) {
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.summary = summary
    self.signature = signature
    self.explanation = explanation
    self.examples = examples
    self.seeAlso = seeAlso
  }

  /// Every name that finds this entry: its name, then its aliases.
  public var names: [String] { [name] + aliases }
}

extension HelpEntry {
  /// The entry for a builtin function, from its declaration (the single source of truth). Its
  /// signature is the typed one, then what the types do not say, a line each:
  ///
  ///     round(x: quantity, digits?: number) -> same dimension as x
  ///       digits: a whole number from -15 to 15
  ///       result: in the unit of x
  public init(builtin: Builtin) {
    self.init(
      name: builtin.name, kind: .function, summary: builtin.summary,
      signature: ([builtin.signature.notation] + builtin.notes.map { "  \($0.parameter ?? "result"): \($0.text)" })
        .joined(separator: "\n"),
      explanation: builtin.details, examples: builtin.examples,
      seeAlso: builtin.seeAlso.isEmpty ? ["functions"] : builtin.seeAlso)
  }
}

extension Builtin {
  /// What the signature's types do not say, for help and the reference: each parameter's note
  /// with its name, then the result's (with no name).
  public var notes: [(parameter: String?, text: String)] {
    parameters.filter { !$0.note.isEmpty }.map { ($0.name, $0.note) } + (resultNote.isEmpty ? [] : [(nil, resultNote)])
  }
}
