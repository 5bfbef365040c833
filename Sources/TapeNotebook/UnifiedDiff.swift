import TapeCore

/// A unified diff of two texts by lines (Myers' shortest edit script, in linear memory), with
/// three lines of context and `@@ -line,count +line,count @@` hunk headers.
///
/// The diff goes to a terminal (`tape check`) and its lines are a notebook's, which can hold
/// control characters (a raw escape in a string literal, an output recorded by hand): names and
/// lines are shown escaped. Lines are compared as they are, so a change only an escape would
/// hide still shows.
public enum UnifiedDiff {
  enum Edit: Equatable {
    case same(String)
    case removed(String)
    case added(String)
  }

  public static func rendered(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
    var a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // A final newline ends the last line; it does not start another.
    if a.last == "" { a.removeLast() }
    if b.last == "" { b.removeLast() }
    let edits = self.edits(a, b)
    guard edits.contains(where: { if case .same = $0 { false } else { true } }) else { return "" }
    var out = "--- \(oldName.escapingControlCharacters)\n+++ \(newName.escapingControlCharacters)\n"
    // Positions of changed edits, grouped into hunks that overlap in context.
    let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
    var hunks: [ClosedRange<Int>] = []
    for index in changed {
      let range = max(0, index - context)...min(edits.count - 1, index + context)
      if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
        hunks[hunks.count - 1] = last.lowerBound...range.upperBound
      } else {
        hunks.append(range)
      }
    }
    // Line numbers are counted once along the edits, not again from the top for each hunk.
    var (oldLine, newLine, counted) = (1, 1, 0)
    for hunk in hunks {
      for edit in edits[counted..<hunk.lowerBound] {
        switch edit {
        case .same: oldLine += 1; newLine += 1
        case .removed: oldLine += 1
        case .added: newLine += 1
        }
      }
      counted = hunk.lowerBound
      let slice = edits[hunk]
      let oldCount = slice.filter { if case .added = $0 { false } else { true } }.count
      let newCount = slice.filter { if case .removed = $0 { false } else { true } }.count
      out += "@@ -\(oldLine),\(oldCount) +\(newLine),\(newCount) @@\n"
      for edit in slice {
        switch edit {
        case .same(let line): out += " \(line.escapingControlCharacters)\n"
        case .removed(let line): out += "-\(line.escapingControlCharacters)\n"
        case .added(let line): out += "+\(line.escapingControlCharacters)\n"
        }
      }
    }
    return out
  }

  static func edits(_ a: [String], _ b: [String]) -> [Edit] {
    MyersDiff.edits(a, b).map { edit in
      switch edit {
      case .same(let i, _): .same(a[i])
      case .removed(let i): .removed(a[i])
      case .added(let j): .added(b[j])
      }
    }
  }
}
