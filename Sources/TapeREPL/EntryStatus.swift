import TapeCore

/// How one REPL entry went, kept for `:save`: whether its statements failed, all or some, and
/// whether Ctrl-C stopped it.
struct EntryStatus: Sendable, Equatable {
  var failures = 0
  var successes = 0
  var interrupted = false

  mutating func note(_ outcome: Outcome) {
    if case .error(let diagnostic) = outcome {
      failures += 1
      if diagnostic.isInterruption { interrupted = true }
    } else {
      successes += 1
    }
  }

  var failedEntirely: Bool { failures > 0 && successes == 0 }
  var failedInPart: Bool { failures > 0 && successes > 0 }
}
