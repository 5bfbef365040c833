import TapeCore
import TapeLibrary

extension EntryRunner {
  /// `help NAME` for a function the session defined (not the standard library's own) that no
  /// help entry documents: its typed signature. Nil for anything else.
  static func sessionFunctionHelp(_ topic: String, in interpreter: Interpreter) -> String? {
    let name = topic.trimmingSpaces
    guard case .function(.user(let function))? = interpreter.environment.value(of: name), function.name == name,
      let value = interpreter.environment.value(of: name), !StdlibLoader.isStandardBinding(name: name, value: value)
    else { return nil }
    let declares = function.signature == nil ? "; it declares no types, so it takes any arguments" : ""
    return "\(name) — a function defined in this session\(declares)\n\n  \(function.declaration)".escapingControlCharacters
  }
}
