import TapeCore

/// A `.session` file that cannot be read as a notebook.
public struct SessionError: Error, Sendable, Equatable {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String
  public var help: String?

  /// `deepseek.session:3:1: error: ...` with the help line, as the CLI prints it. The message can
  /// quote the file (`cannot read the tolerance ...`), so it is shown escaped, as is the path.
  public var rendered: String {
    let text = "\(file):\(line):\(column): error: \(message)\n" + (help.map { "  = help: \($0)\n" } ?? "")
    return text.escapingControlCharacters
  }
}
