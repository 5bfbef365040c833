import TapeCore

extension Interpreter {
  /// A session with everything Tape knows: every builtin, every built-in dataset and every
  /// function of the standard library written in Tape (`stdlib/*.tape`, see `StdlibLoader`). The
  /// REPL, pipes, `-e` and notebooks all start from this, so they agree on what a name means.
  public static func standard() -> Interpreter {
    StdlibLoader.standardSession
  }
}
