/// "Did you mean" suggestions: the closest candidate by edit distance, offered only when the
/// distance is small for the length of the name.
public enum Suggestion {
  public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    let lowered = name.lowercased()
    // A unique longer name that starts with what was typed (`:hist` -> `:history`) is the
    // likeliest meaning, however far it is by edits.
    if name.count >= 3 {
      let extensions = Set(candidates.filter { $0.count > name.count && $0.lowercased().hasPrefix(lowered) })
      if extensions.count == 1, let only = extensions.first { return only }
    }
    let limit = name.count <= 3 ? 1 : name.count <= 6 ? 2 : 3
    var best: (String, Int)? = nil
    // Sorted, so a tie always goes the same way whatever order the names were stored in.
    // Names whose lengths differ by more than the limit cannot be close; skipping them without
    // the edit table keeps a name a megabyte long from taking seconds per candidate.
    let length = lowered.count
    for candidate in Set(candidates).sorted() where candidate != name && abs(candidate.count - length) <= limit {
      let distance = editDistance(lowered, candidate.lowercased())
      if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    return best?.0
  }

  /// Damerau-Levenshtein distance (optimal string alignment): a swap of two letters costs 1.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
