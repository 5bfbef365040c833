import TapeCore

extension Interpreter {
  /// A session with everything Tape knows: every builtin and every built-in dataset. The REPL,
  /// pipes, `-e` and notebooks all start from this, so they agree on what a name means.
  public static func standard() -> Interpreter {
    Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
  }
}
