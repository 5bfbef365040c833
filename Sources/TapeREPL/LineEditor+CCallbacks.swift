@preconcurrency import CEditline
import Synchronization
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libedit calls completion through plain C function pointers that cannot capture anything, so
/// the active completer and its current candidates must live in one global slot. This is the
/// only global mutable state in Tape; the `Mutex` makes it safe, and `LineEditor` installs and
/// removes it.
enum CompletionSlot {
  struct State: @unchecked Sendable {
    // `Completer` holds a closure over the session; it is used only on the REPL thread.
    var completer: Completer?
    var candidates: [String] = []
    var next = 0
  }

  static let state = Mutex(State())

  static func install(_ completer: Completer) {
    state.withLock { $0 = State(completer: completer) }
  }

  static func remove() {
    state.withLock { $0 = State() }
  }
}

/// libedit's hook: decide what the word under the cursor can become.
let tapeAttemptedCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<
  UnsafeMutablePointer<CChar>?
>? = { text, start, _ in
  let word = text.map { String(cString: $0) } ?? ""
  let line = tape_line_buffer().map { String(cString: $0) } ?? ""
  let request = CompletionSlot.state.withLock { state -> Completer.Result? in
    guard let completer = state.completer else { return nil }
    let result = completer.complete(line: line, wordStart: Int(start), word: word)
    if case .candidates(let candidates) = result {
      state.candidates = candidates
      state.next = 0
    }
    return result
  }
  switch request {
  case .files:
    // Fall back to libedit's own file-name completion.
    tape_set_attempted_completion_over(0)
    return nil
  case .candidates:
    tape_set_attempted_completion_over(1)
    // No space after a completed word: what comes next is as often `(`, `.` or `[` as a space.
    tape_set_completion_append_character(0)
    guard let text else { return nil }
    return tape_completion_matches(text, tapeCompletionGenerator)
  case nil:
    tape_set_attempted_completion_over(1)
    return nil
  }
}

/// Hands libedit one candidate per call, as `malloc`ed C strings it will free.
let tapeCompletionGenerator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
  _, _ in
  CompletionSlot.state.withLock { state -> UnsafeMutablePointer<CChar>? in
    guard state.next < state.candidates.count else { return nil }
    let candidate = state.candidates[state.next]
    state.next += 1
    return strdup(candidate)
  }
}
