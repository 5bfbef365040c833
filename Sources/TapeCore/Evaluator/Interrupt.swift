import Synchronization

/// Ctrl-C during evaluation. A signal handler in the front end sets the flag; the evaluator polls
/// it at every function call and list element, and stops the current entry with `interrupted`.
public enum Interrupt {
  /// Global because a signal handler can reach nothing else; atomic so setting it is safe there.
  public static let requested = Atomic<Bool>(false)

  /// Checks and clears the flag.
  public static func consume() -> Bool {
    // A plain load first: the exchange is a locked instruction, and this runs on every call of
    // a user function while Ctrl-C is almost never pressed.
    requested.load(ordering: .relaxed) && requested.exchange(false, ordering: .relaxed)
  }
}
