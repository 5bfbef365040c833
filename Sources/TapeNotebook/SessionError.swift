import TapeCore

/// A `.session` file that cannot be read as a notebook.
public struct SessionError: Error, Sendable, Equatable {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String
  public var help: String?

  /// `deepseek.session:3:1: error: ...` with the help line, as the CLI prints it.
  public var rendered: String {
    "\(file):\(line):\(column): error: \(message)\n" + (help.map { "  = help: \($0)\n" } ?? "")
  }
}
