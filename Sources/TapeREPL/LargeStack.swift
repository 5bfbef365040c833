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
