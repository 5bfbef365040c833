import CStackSwitch
import TapeCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs work on a large stack. The evaluator walks trees recursively; a deep (but legal)
/// recursion in a user function must end in Tape's own depth error, never in a stack overflow,
/// and the main thread's 8 MB is not enough for that.
///
/// The calling thread is switched to a stack of 512 MB mapped for the purpose
/// (`tape_run_on_stack`), which `SwitchedStack` declares to the evaluator's `StackGuard`. A
/// second thread with that stack, as before, cost `echo 1+1 | tape` a twentieth of its time on
/// an idle machine and milliseconds on a loaded one, where the new thread waited to be
/// scheduled (docs/performance.md). Where the switch cannot be made (Darwin), the work runs on a
/// POSIX thread with a large stack.
public enum LargeStack {
  public static let size = 512 << 20

  /// Unmapped pages at the bottom of the stack: running past the end faults instead of writing
  /// into whatever lies below. `StackGuard` keeps evaluation 256 KB above them.
  static let guardSize = 64 << 10

  public static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Result {
    if let result = onSwitchedStack(work) { return result }
    return onThread(work)
  }

  /// Runs `work` on the calling thread switched to a new stack; nil when no stack could be
  /// mapped or the switch could not be made (then `work` has not run).
  static func onSwitchedStack<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Result? {
    // MAP_NORESERVE: only the pages the work touches take memory, as with a thread's stack.
    let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
    guard let mapped, mapped != MAP_FAILED else { return nil }
    defer { munmap(mapped, size) }
    guard mprotect(mapped, guardSize, PROT_NONE) == 0 else { return nil }
    let lowest = mapped + guardSize
    var result: Result?
    let switched = withUnsafeMutablePointer(to: &result) { pointer -> Bool in
      let address = UnsafeMutableRawPointer(pointer)
      let job = Job {
        LargeStack.unblockTerminatingSignals()
        let value = SwitchedStack.run(lowestAddress: lowest) { work() }
        address.assumingMemoryBound(to: Result?.self).pointee = value
      }
      let context = Unmanaged.passRetained(job).toOpaque()
      guard tape_run_on_stack(lowest, size - guardSize, { LargeStack.runSwitchedJob($0) }, context) == 0 else {
        Unmanaged<Job>.fromOpaque(context).release()
        return false
      }
      return true
    }
    return switched ? result : nil
  }

  /// The switched stack's entry point: a C function, so it cannot capture anything and finds its
  /// job through `context`.
  private static func runSwitchedJob(_ context: UnsafeMutableRawPointer?) {
    guard let context else { preconditionFailure("a switched stack always gets its job") }
    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
  }

  /// A parent may have started Tape with these signals blocked (the mask survives exec; a test
  /// runner's `Process` does): Ctrl-C sent to `tape check` then stayed pending while the
  /// notebook ran on. The work takes them, so they act: by default they end the process.
  static func unblockTerminatingSignals() {
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblocked, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// Runs `work` on a new POSIX thread with a large stack (not Foundation's `Thread`, which would
  /// link the full Foundation library) and waits for it.
  static func onThread<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Result {
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
    unblockTerminatingSignals()
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
