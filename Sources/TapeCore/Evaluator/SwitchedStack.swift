#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The stack a thread runs on when it is not the one the thread was made with: the CLI runs its
/// work on the main thread switched to a large stack of its own (`LargeStack` in TapeREPL), and
/// the thread's attributes, which `StackGuard` otherwise reads, still describe the main stack.
public enum SwitchedStack {
  /// Runs `body` with `lowestAddress` declared as the bottom of the calling thread's current
  /// stack, so deep recursion in it ends in Tape's depth error above that address.
  public static func run<Result>(lowestAddress: UnsafeMutableRawPointer, _ body: () -> Result) -> Result {
    let previous = pthread_getspecific(key)
    pthread_setspecific(key, lowestAddress)
    defer { pthread_setspecific(key, previous) }
    return body()
  }

  /// The bottom of the stack the calling thread was switched to; nil on its own stack.
  static var lowestAddress: UInt? {
    pthread_getspecific(key).map { UInt(bitPattern: $0) }
  }

  /// One slot per thread: a thread on its own stack has none set.
  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()
}
