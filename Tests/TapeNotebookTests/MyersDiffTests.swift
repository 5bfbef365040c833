import Testing
@testable import TapeNotebook

/// The linear-memory diff gives a shortest edit script that turns one text into the other.
struct MyersDiffTests {
  /// The length of a longest common subsequence, by the quadratic table the diff used before.
  func longestCommon(_ a: [String], _ b: [String]) -> Int {
    var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    return lengths[0][0]
  }

  @Test func randomTextsGetAShortestScriptThatRebuildsThem() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<400 {
      let a = (0..<Int.random(in: 0...30, using: &generator)).map { _ in ["a", "b", "c", "d"].randomElement(using: &generator) ?? "a" }
      let b = (0..<Int.random(in: 0...30, using: &generator)).map { _ in ["a", "b", "c", "d"].randomElement(using: &generator) ?? "a" }
      let edits = MyersDiff.edits(a, b)
      var (old, new): ([String], [String]) = ([], [])
      var changes = 0
      for edit in edits {
        switch edit {
        case .same(let i, let j):
          #expect(a[i] == b[j])
          old.append(a[i])
          new.append(b[j])
        case .removed(let i):
          old.append(a[i])
          changes += 1
        case .added(let j):
          new.append(b[j])
          changes += 1
        }
      }
      #expect(old == a && new == b, "\(a) -> \(b)")
      #expect(changes == a.count + b.count - 2 * longestCommon(a, b), "\(a) -> \(b)")
    }
  }

  @Test func aLongNotebookWithOneChangedLineGivesOneHunk() {
    let old = (0..<20_000).map { "line \($0)" }
    var new = old
    new[10_000] = "changed"
    let diff = UnifiedDiff.rendered(old: old.joined(separator: "\n"), new: new.joined(separator: "\n"), oldName: "a", newName: "b")
    #expect(diff == "--- a\n+++ b\n@@ -9998,7 +9998,7 @@\n line 9997\n line 9998\n line 9999\n-line 10000\n+changed\n line 10001\n line 10002\n line 10003\n")
  }
}
