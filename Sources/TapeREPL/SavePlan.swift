import TapeCore
import TapeNotebook

/// What `:save` writes of a session's transcript: entries that failed or were interrupted are
/// left out (an entry marked `# expect error` stays), and an entry that failed in part is kept
/// and marked `# expect error`, since later entries may read what it bound.
struct SavePlan {
  var blocks: [SessionFile.Block] = []
  var leftOutFailed: [String] = []
  var leftOutInterrupted: [String] = []
  var marked: [String] = []

  init(transcript: [SessionFile.Block], statuses: [Int: EntryStatus]) {
    for (index, block) in transcript.enumerated() {
      guard case .entry(let entry) = block, let status = statuses[index], status.failures > 0 else {
        blocks.append(block)
        continue
      }
      let name = entry.input.first ?? ""
      if status.interrupted {
        leftOutInterrupted.append(name)
      } else if entry.expectsError {
        blocks.append(block)
      } else if status.failedInPart {
        blocks.append(.entry(entry.markedAsExpectingError))
        marked.append(name)
      } else {
        leftOutFailed.append(name)
      }
    }
  }

  /// `; left out 2 entries that failed (`$5 + 3 shares`, `foo`)`, or empty when all was kept.
  var summary: String {
    func listed(_ inputs: [String]) -> String {
      let shown = inputs.prefix(3).map { "`\($0.escapingControlCharacters)`" }.joined(separator: ", ")
      return inputs.count > 3 ? shown + " and \(inputs.count - 3) more" : shown
    }
    func entries(_ count: Int) -> String { count == 1 ? "1 entry" : "\(count) entries" }
    var parts: [String] = []
    if !leftOutFailed.isEmpty { parts.append("left out \(entries(leftOutFailed.count)) that failed (\(listed(leftOutFailed)))") }
    if !leftOutInterrupted.isEmpty {
      parts.append("left out \(entries(leftOutInterrupted.count)) stopped by Ctrl-C (\(listed(leftOutInterrupted)))")
    }
    if !marked.isEmpty {
      parts.append("marked \(entries(marked.count)) that failed in part `# expect error` (\(listed(marked)))")
    }
    return parts.isEmpty ? "" : "; " + parts.joined(separator: "; ") + "; your history keeps every entry"
  }
}
