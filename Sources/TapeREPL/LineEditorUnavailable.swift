/// The REPL could not open libedit, which it loads only when it reads a terminal.
public struct LineEditorUnavailable: Error, Equatable {
  public let library: String
  /// The dynamic loader's reason.
  public let reason: String

  public var message: String {
    "error: the interactive prompt needs libedit (`\(library)`), which could not be loaded: \(reason)\n"
      + "  = help: install it (Debian and Ubuntu: `apt install libedit2`), or give Tape its entries through a pipe, `tape -e`, or `tape run FILE`\n"
  }
}
