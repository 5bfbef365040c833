import TapeCore

/// How one entry went, whoever ran it: whether its statements failed, all or some, and whether
/// Ctrl-C stopped it. `:save` leaves out what failed or was interrupted, `tape check` names an
/// entry that failed without `# expect error`, and a pipe's exit code says whether anything failed.
public struct EntryStatus: Sendable, Equatable {
  public var failures = 0
  public var successes = 0
  public var interrupted = false

  public init() {}

  public mutating func note(_ outcome: Outcome) {
    if case .error(let diagnostic) = outcome {
      failures += 1
      if diagnostic.isInterruption { interrupted = true }
    } else {
      successes += 1
    }
  }

  public var failed: Bool { failures > 0 }
  public var failedEntirely: Bool { failures > 0 && successes == 0 }
  public var failedInPart: Bool { failures > 0 && successes > 0 }
}
