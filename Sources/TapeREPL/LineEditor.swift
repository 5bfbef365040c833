@preconcurrency import CEditline
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization
import TapeCore

/// Reads lines from the terminal through libedit: Emacs keys, arrows, Ctrl-R search, UTF-8, and
/// Tab completion from a `Completer`. Owns libedit's global state while it exists, so only one
/// may exist at a time.
public final class LineEditor {
  /// What a read produced.
  public enum Input: Equatable {
    case line(String)
    /// Ctrl-C while typing: the line is abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
  }

  /// Opens libedit (see `CEditline`): a missing library is reported, not a crash at start-up.
  public init(completer: Completer, history: [String]) throws(LineEditorUnavailable) {
    if let reason = tape_editline_open() {
      throw LineEditorUnavailable(library: String(cString: tape_editline_library_name()), reason: String(cString: reason))
    }
    // Without a UTF-8 locale libedit drops non-ASCII input such as `€`.
    if setlocale(LC_CTYPE, "") == nil || !String(cString: nl_langinfo(Int32(CODESET))).uppercased().contains("UTF") {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
    CompletionSlot.install(completer)
    tape_set_readline_name("tape")
    tape_use_tape_word_breaks()
    tape_set_completion(tapeAttemptedCompletion)
    tape_stifle_history(Int32(HistoryFile.maximumEntries))
    for entry in history { tape_add_history(entry) }
    InterruptSignal.install()
  }

  deinit {
    CompletionSlot.remove()
  }

  /// Shows `prompt` and reads one line. Colour escapes in the prompt must be wrapped in
  /// `\u{1}`...`\u{2}` (see `Prompt`) so libedit knows they take no room.
  public func readLine(prompt: String) -> Input {
    _ = Interrupt.consume()
    guard let raw = tape_readline(prompt) else {
      return Interrupt.consume() ? .interrupted : .endOfInput
    }
    defer { free(raw) }
    if Interrupt.consume() { return .interrupted }
    return .line(String(cString: raw))
  }

  /// Makes `entry` reachable with the Up arrow in this session.
  public func remember(_ entry: String) {
    tape_add_history(entry)
  }
}

/// Ctrl-C: the handler only records the request. `readline` returns when its read is
/// interrupted, and the evaluator polls the flag between steps.
enum InterruptSignal {
  static func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      Interrupt.requested.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // No SA_RESTART: a blocked read must return so readline can give up.
    sigaction(SIGINT, &action, nil)
    // A parent may have started us with SIGINT blocked (the mask survives exec); unblock it in
    // this thread, the one that reads the terminal.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&unblocked, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }
}
