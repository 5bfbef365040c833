import TapeCore
import TapeLibrary

extension EntryRunner {
  /// `help NAME` for a name the session bound itself (not the standard library's binding): a
  /// function's typed signature, and, when the name hides a documented function or dataset, which
  /// one it hides, since the entry no longer describes what the name does. Nil when the session
  /// did not bind the name, and for a session value that hides nothing (help has nothing to say).
  static func sessionDefinitionHelp(_ topic: String, in interpreter: Interpreter, documented: HelpLookup) -> String? {
    let name = topic.trimmingSpaces
    guard let value = interpreter.environment.value(of: name), !StdlibLoader.isStandardBinding(name: name, value: value)
    else { return nil }
    var hidden: HelpEntry? = nil
    if case .entry(let entry) = documented {
      // A library's own `##` comment documents the session's definition: that entry stands.
      guard case .entry(let standard) = HelpIndex.standard.lookup(name), standard.name == entry.name,
        standard.summary == entry.summary
      else { return nil }
      guard entry.kind == .function || entry.kind == .dataset else { return nil }
      hidden = entry
    }
    let hides = hidden.map { "\n\nIt hides the standard library's `\(name)` for the rest of this session:\n  \($0.summary)" } ?? ""
    if case .function(.user(let function)) = value, function.name == name {
      let declares = function.signature == nil ? "; it declares no types, so it takes any arguments" : ""
      return "\(name) — a function defined in this session\(declares)\n\n  \(function.declaration)\(hides)".escapingControlCharacters
    }
    guard hidden != nil else { return nil }
    return "\(name) — a value defined in this session: \(value.summary)\(hides)".escapingControlCharacters
  }
}
