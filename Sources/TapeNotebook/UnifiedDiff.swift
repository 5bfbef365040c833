import TapeCore

/// A unified diff of two texts by lines (longest common subsequence; notebooks are small), with
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
    for hunk in hunks {
      var oldLine = 1
      var newLine = 1
      for edit in edits[..<hunk.lowerBound] {
        switch edit {
        case .same: oldLine += 1; newLine += 1
        case .removed: oldLine += 1
        case .added: newLine += 1
        }
      }
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
    var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var edits: [Edit] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        edits.append(.same(a[i]))
        i += 1
        j += 1
      } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
        edits.append(.removed(a[i]))
        i += 1
      } else {
        edits.append(.added(b[j]))
        j += 1
      }
    }
    return edits
  }
}
