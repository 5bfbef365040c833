#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs work on a thread with a large stack. The evaluator walks trees recursively; a deep (but
/// legal) recursion in a user function must end in Tape's own depth error, never in a stack
/// overflow, and the main thread's 8 MB is not enough for that. A POSIX thread, not Foundation's
/// `Thread`, which would link the full Foundation library and cost start-up (docs/performance.md).
public enum LargeStack {
  public static let size = 512 << 20

  public static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Result {
    let box = ResultBox<Result>()
    let job = Job { box.value = work() }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, size)
    #if canImport(Darwin)
      var thread: pthread_t?
    #else
      var thread = pthread_t()
    #endif
    // The thread owns one retain of the job and releases it when the job is done.
    let context = Unmanaged.passRetained(job).toOpaque()
    guard pthread_create(&thread, &attributes, { LargeStack.runJob($0) }, context) == 0 else {
      // No thread (address space or a thread limit exhausted): run here. `StackGuard` reads this
      // thread's own bounds, so deep recursion still ends in Tape's depth error, only sooner.
      Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
      return value(of: box)
    }
    // Signals sent to the process (Ctrl-C, a resize, SIGTERM) must reach the worker: libedit's
    // read returns on them only in the thread blocked in it. The worker was created with the
    // old mask, so blocking them here leaves the worker as the only thread that takes them.
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&blocked, signal) }
    pthread_sigmask(SIG_BLOCK, &blocked, nil)
    #if canImport(Darwin)
      if let thread { pthread_join(thread, nil) }
    #else
      pthread_join(thread, nil)
    #endif
    return value(of: box)
  }

  /// The thread's entry point: a C function, so it cannot capture anything and finds its job
  /// through `context`.
  private static func runJob(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let context else { preconditionFailure("a large-stack thread always gets its job") }
    // A parent may have started Tape with these signals blocked (the mask survives exec; a test
    // runner's `Process` does): Ctrl-C sent to `tape check` then stayed pending while the
    // notebook ran on. This thread takes them, so they act: by default they end the process.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblocked, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
    return nil
  }

  private static func value<Value>(of box: ResultBox<Value>) -> Value {
    guard let value = box.value else { preconditionFailure("the job always stores a result") }
    return value
  }
}

/// The work handed to the thread, without the generic result type a C entry point cannot carry.
private final class Job: @unchecked Sendable {
  let body: () -> Void
  init(_ body: @escaping () -> Void) { self.body = body }
}

/// Hands the worker's result back; written once by the worker before the thread ends, read once
/// after `pthread_join`, so the accesses never overlap.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
  var value: Value?
}
