import Synchronization

/// A session's file-read policy and the log of the files it read, shared by reference: natives
/// that read files get it in their `CallContext` while they run and add to the log, which the
/// `Interpreter` hands out with `takeFilesRead()`.
///
/// Why a class: the log is written from inside evaluation, through natives that see only their
/// call context, and a value cannot be written back from there. It is `Sendable` through the
/// `Mutex`; an `Interpreter` copies it before writing when another copy shares it, so sessions
/// copied from one another never see each other's policy or reads.
public final class FileAccess: Sendable {
  private struct State {
    var policy: FileReadPolicy
    var reads: [FileRead] = []
  }

  private let state: Mutex<State>

  public init(policy: FileReadPolicy = .workingDirectory) {
    state = Mutex(State(policy: policy))
  }

  /// A new one with the same policy and log.
  func copy() -> FileAccess {
    let copy = FileAccess(policy: policy)
    let reads = state.withLock { $0.reads }
    copy.state.withLock { $0.reads = reads }
    return copy
  }

  /// The rules for the next read.
  public var policy: FileReadPolicy {
    get { state.withLock { $0.policy } }
    set { state.withLock { $0.policy = newValue } }
  }

  /// Adds a file that was read to the log.
  public func record(_ read: FileRead) {
    state.withLock { $0.reads.append(read) }
  }

  /// The files read since the last call, in the order they were read; the log is left empty.
  public func takeReads() -> [FileRead] {
    state.withLock { state in
      defer { state.reads = [] }
      return state.reads
    }
  }
}
