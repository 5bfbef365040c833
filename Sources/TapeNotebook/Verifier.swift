/// Compares a notebook with its replay: Tape's doctest.
public enum Verifier {
  public struct Report: Sendable {
    /// The number of entries whose output changed.
    public var mismatches: Int
    /// A unified diff of the file (recorded) against the replay (actual); empty when they agree.
    public var diff: String
    public var passed: Bool { mismatches == 0 }
  }

  public static func verify(recorded: SessionFile, replayed: SessionFile, file: String) -> Report {
    let mismatches = zip(recorded.entries, replayed.entries).filter { $0.output != $1.output }.count
    guard mismatches > 0 else { return Report(mismatches: 0, diff: "") }
    let diff = UnifiedDiff.rendered(
      old: SessionPrinter.printed(recorded), new: SessionPrinter.printed(replayed), oldName: "\(file) (recorded)",
      newName: "\(file) (replayed)")
    return Report(mismatches: mismatches, diff: diff)
  }
}
