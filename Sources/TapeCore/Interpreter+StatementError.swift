/// Why a statement did not run, as data: its names did not resolve or its types did not check
/// (`ResolveError`), or computing a value failed (`EvalError`). The only errors a statement can
/// throw, so `execute` turns every one into its own diagnostic and has no catch-all.
enum StatementError: Error, Sendable, Equatable {
  case resolve(ResolveError)
  case eval(EvalError)
}

extension Interpreter {
  /// `body`'s value, a resolve error thrown as a statement error. Inlined: every statement goes
  /// through these, and as calls they cost about 500 instructions a statement.
  @inline(__always)
  func resolving<T>(_ body: () throws(ResolveError) -> T) throws(StatementError) -> T {
    do { return try body() } catch { throw .resolve(error) }
  }

  /// `body`'s value, an evaluation error thrown as a statement error.
  @inline(__always)
  func evaluating<T>(_ body: () throws(EvalError) -> T) throws(StatementError) -> T {
    do { return try body() } catch { throw .eval(error) }
  }
}
