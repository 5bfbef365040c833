import TapeCore

/// Compares a notebook with its replay: Tape's doctest. A notebook fails when an output changed,
/// when a file it read changed, when an entry failed without `# expect error`, or when an entry
/// marked so gave a result.
public enum Verifier {
  /// A file whose pin differs between the record and the replay.
  public struct DataChange: Sendable, Equatable {
    public var path: String
    /// The recorded pin; nil when the notebook did not pin the file.
    public var recorded: DataPin?
    /// The pin now; nil when the replay no longer read the file.
    public var now: DataPin?

    public init(path: String, recorded: DataPin?, now: DataPin?) {
      self.path = path
      self.recorded = recorded
      self.now = now
    }

    /// `data changed: portfolio.csv` with the sizes and checksums, one line each.
    public var described: String {
      let path = path.escapingControlCharacters
      return switch (recorded, now) {
      case (let recorded?, let now?):
        "data changed: \(path)\n  recorded \(recorded.summary)\n  now      \(now.summary)\n"
      case (nil, let now?): "data not pinned: \(path) (\(now.summary)); `tape run --update` pins it\n"
      case (let recorded?, nil): "data no longer read: \(path) (recorded \(recorded.summary))\n"
      case (nil, nil): "data changed: \(path)\n"
      }
    }
  }

  public struct Report: Sendable {
    /// The number of entries whose output changed.
    public var mismatches: Int
    /// A unified diff of the file (recorded) against the replay (actual), pins left out; empty
    /// when the outputs agree.
    public var diff: String
    public var dataChanges: [DataChange]
    /// Entries that failed without `# expect error`.
    public var unexpectedFailures: [Replayer.EntryResult]
    /// Entries marked `# expect error` that gave a result.
    public var missedExpectedErrors: [Replayer.EntryResult]

    public var passed: Bool {
      mismatches == 0 && dataChanges.isEmpty && unexpectedFailures.isEmpty && missedExpectedErrors.isEmpty
    }

    /// What went wrong besides the diff, one line (or a few) per problem, naming the entries.
    public var problems: String {
      var text = dataChanges.map(\.described).joined()
      for entry in unexpectedFailures + missedExpectedErrors { text += "line \(entry.described)\n" }
      return text
    }
  }

  public static func verify(recorded: SessionFile, replay: Replayer.Replay, file: String) -> Report {
    let replayed = replay.session
    let mismatches = zip(recorded.entries, replayed.entries).filter { $0.output != $1.output }.count
    var diff = ""
    if mismatches > 0 {
      diff = UnifiedDiff.rendered(
        old: SessionPrinter.printed(comparable(recorded)), new: SessionPrinter.printed(comparable(replayed)),
        oldName: "\(file) (recorded)", newName: "\(file) (replayed)")
    }
    return Report(
      mismatches: mismatches, diff: diff, dataChanges: dataChanges(recorded: recorded, replayed: replayed),
      unexpectedFailures: replay.results.filter(\.failedUnexpectedly),
      missedExpectedErrors: replay.results.filter(\.missedExpectedError))
  }

  /// The notebook as the diff shows it: `\n` line ends and no pins, which are compared apart.
  static func comparable(_ session: SessionFile) -> SessionFile {
    var session = session
    session.lineEnding = .lineFeed
    session.hasByteOrderMark = false
    for index in session.blocks.indices {
      if case .entry(var entry) = session.blocks[index] {
        entry.pins = []
        session.blocks[index] = .entry(entry)
      }
    }
    return session
  }

  /// Pins compared by path, in the order the notebook first read each file.
  static func dataChanges(recorded: SessionFile, replayed: SessionFile) -> [DataChange] {
    let before = recorded.entries.flatMap(\.pins)
    let after = replayed.entries.flatMap(\.pins)
    var paths: [String] = []
    for pin in before + after where !paths.contains(pin.path) { paths.append(pin.path) }
    return paths.compactMap { path in
      let old = before.last { $0.path == path }
      let new = after.last { $0.path == path }
      guard old != new else { return nil }
      return DataChange(path: path, recorded: old, now: new)
    }
  }
}

extension Replayer.EntryResult {
  /// `21: `price + shares` failed, and is not marked `# expect error``, after the file's name.
  public var described: String {
    let firstInputLine = firstInputLine.escapingControlCharacters
    if missedExpectedError { return "\(line): `\(firstInputLine)` is marked `# expect error` but gave a result" }
    let how = interrupted ? "was interrupted" : "failed"
    return "\(line): `\(firstInputLine)` \(how), and is not marked `# expect error`"
  }
}
