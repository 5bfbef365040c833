#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Tells the evaluator when the thread's stack is nearly used up, so deep recursion in a user
/// function ends in a Tape error instead of a crash, whatever thread the interpreter runs on
/// (the CLI gives it a large one; a test runner's threads are small).
///
/// The bounds are looked up on the first check, not when an evaluator is made: glibc's
/// `pthread_getattr_np` costs a system call, and most statements call no function at all.
struct StackGuard {
  /// The lowest stack address evaluation may reach; 0 when the bounds are unknown.
  private var floor: UInt?

  /// Room kept free below the limit for the frames an error report itself needs.
  static let reserve: UInt = 256 << 10

  /// True while the current frame sits above the floor.
  mutating func hasRoom() -> Bool {
    let floor = self.floor ?? StackGuard.currentFloor()
    self.floor = floor
    return StackGuard.isAbove(floor)
  }

  @inline(never)
  static func isAbove(_ floor: UInt) -> Bool {
    guard floor != 0 else { return true }
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) > floor }
  }

  static func currentFloor() -> UInt {
    if let lowest = SwitchedStack.lowestAddress { return lowest + StackGuard.reserve }
    #if os(Linux)
      var attributes = pthread_attr_t()
      var base: UnsafeMutableRawPointer? = nil
      var size = 0
      if threadAttributes(pthread_self(), &attributes) == 0 {
        pthread_attr_getstack(&attributes, &base, &size)
        pthread_attr_destroy(&attributes)
      }
      return base.map { UInt(bitPattern: $0) + StackGuard.reserve } ?? 0
    #elseif canImport(Darwin)
      let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
      return top - UInt(pthread_get_stacksize_np(pthread_self())) + StackGuard.reserve
    #else
      return 0
    #endif
  }
}

#if os(Linux)
  /// glibc's `pthread_getattr_np` is declared only under `_GNU_SOURCE`, which Swift's Glibc module
  /// does not set; the symbol itself is always there.
  @_silgen_name("pthread_getattr_np")
  private func threadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif
