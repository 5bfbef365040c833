extension Interpreter {
  /// Takes in `files` as running them would, but without running them: each becomes a source,
  /// named by its path and with the ID running it would give it, and each of `names`, the
  /// globals their definitions bind, gets its slot. Their values come from `bound()` the first
  /// time an entry names one of them (`Environment.bindDeferred`), so a session that never calls
  /// them never parses or compiles them. `bound` must return this interpreter's environment
  /// after running exactly `files`, in order, each under its path: the values' code reads its
  /// globals by those slots and its errors point into those sources.
  public mutating func deferRunning(
    _ files: [(path: String, text: String)], binding names: [String], bound: @escaping @Sendable () -> Environment
  ) {
    for file in files { _ = sources.add(name: file.path, text: file.text) }
    environment.deferBinding(DeferredGlobals(names: names, bound: bound))
  }
}
