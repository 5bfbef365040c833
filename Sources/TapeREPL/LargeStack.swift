import Foundation

/// Runs work on a thread with a large stack. The evaluator walks trees recursively; a deep (but
/// legal) recursion in a user function must end in Tape's own depth error, never in a stack
/// overflow, and the main thread's 8 MB is not enough for that.
public enum LargeStack {
  public static let size = 512 << 20

  public static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Result {
    let box = ResultBox<Result>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = work()
      done.signal()
    }
    thread.stackSize = size
    thread.start()
    // Signals sent to the process (Ctrl-C, a resize, SIGTERM) must reach the worker: libedit's
    // read returns on them only in the thread blocked in it. The worker was created with the
    // old mask, so blocking them here leaves the worker as the only thread that takes them.
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&blocked, signal) }
    pthread_sigmask(SIG_BLOCK, &blocked, nil)
    done.wait()
    guard let value = box.value else { preconditionFailure("the worker thread always stores a result") }
    return value
  }
}

/// Hands the worker's result back; written once by the worker before the semaphore is signalled,
/// read once after, so the accesses never overlap.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
  var value: Value?
}
