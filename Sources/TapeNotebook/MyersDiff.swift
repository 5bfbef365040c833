/// The shortest edit script between two sequences of lines, in memory linear in their length:
/// Myers' O(ND) algorithm with its linear-space refinement (the middle snake, then each half),
/// as in E. Myers, "An O(ND) Difference Algorithm and Its Variations" (1986), section 4b, in the
/// form of Neil Fraser's `diff_bisect`. `tape check` of a 20,000-line notebook with one changed
/// output built a 20,000 by 20,000 table before (3 GB).
enum MyersDiff {
  enum Edit: Equatable {
    case same(Int, Int)
    case removed(Int)
    case added(Int)
  }

  /// Edits turning `a` into `b`, as indexes into them, in order.
  static func edits(_ a: [String], _ b: [String]) -> [Edit] {
    // Lines become numbers once, so the inner loops compare integers.
    var numbers: [String: Int] = [:]
    func number(_ line: String) -> Int {
      if let known = numbers[line] { return known }
      numbers[line] = numbers.count
      return numbers.count - 1
    }
    let x = a.map(number)
    let y = b.map(number)
    var result: [Edit] = []
    result.reserveCapacity(max(a.count, b.count))
    diff(x, 0..<x.count, y, 0..<y.count, into: &result)
    return result
  }

  private static func diff(_ a: [Int], _ aRange: Range<Int>, _ b: [Int], _ bRange: Range<Int>, into result: inout [Edit]) {
    var (aLow, aHigh, bLow, bHigh) = (aRange.lowerBound, aRange.upperBound, bRange.lowerBound, bRange.upperBound)
    // The common start and end are kept as they are, which is most of a notebook.
    while aLow < aHigh, bLow < bHigh, a[aLow] == b[bLow] {
      result.append(.same(aLow, bLow))
      aLow += 1
      bLow += 1
    }
    var suffix = 0
    while aLow < aHigh - suffix, bLow < bHigh - suffix, a[aHigh - suffix - 1] == b[bHigh - suffix - 1] { suffix += 1 }
    aHigh -= suffix
    bHigh -= suffix
    if aLow == aHigh {
      for j in bLow..<bHigh { result.append(.added(j)) }
    } else if bLow == bHigh {
      for i in aLow..<aHigh { result.append(.removed(i)) }
    } else if let (i, j) = middle(a, aLow..<aHigh, b, bLow..<bHigh) {
      diff(a, aLow..<i, b, bLow..<j, into: &result)
      diff(a, i..<aHigh, b, j..<bHigh, into: &result)
    } else {
      for i in aLow..<aHigh { result.append(.removed(i)) }
      for j in bLow..<bHigh { result.append(.added(j)) }
    }
    for k in 0..<suffix { result.append(.same(aHigh + k, bHigh + k)) }
  }

  /// Where the middle snake of the shortest edit script starts, as absolute indexes; nil when
  /// the two ranges share nothing worth a split.
  private static func middle(_ a: [Int], _ aRange: Range<Int>, _ b: [Int], _ bRange: Range<Int>) -> (Int, Int)? {
    let (aStart, bStart) = (aRange.lowerBound, bRange.lowerBound)
    let (n, m) = (aRange.count, bRange.count)
    let maxD = (n + m + 1) / 2
    let offset = maxD
    // Two more than the furthest diagonal, so `offset + 1` exists even for one line against one.
    let length = 2 * maxD + 2
    var forward = [Int](repeating: -1, count: length)
    var backward = [Int](repeating: -1, count: length)
    forward[offset + 1] = 0
    backward[offset + 1] = 0
    let delta = n - m
    // With an odd delta the paths meet while extending forward, else while extending backward.
    let meetsForward = delta % 2 != 0
    var (k1Start, k1End, k2Start, k2End) = (0, 0, 0, 0)
    for d in 0..<maxD {
      for k1 in stride(from: -d + k1Start, through: d - k1End, by: 2) {
        let k1Offset = offset + k1
        var x1 =
          k1 == -d || (k1 != d && forward[k1Offset - 1] < forward[k1Offset + 1])
          ? forward[k1Offset + 1] : forward[k1Offset - 1] + 1
        var y1 = x1 - k1
        while x1 < n, y1 < m, a[aStart + x1] == b[bStart + y1] {
          x1 += 1
          y1 += 1
        }
        forward[k1Offset] = x1
        if x1 > n {
          k1End += 2
        } else if y1 > m {
          k1Start += 2
        } else if meetsForward {
          let k2Offset = offset + delta - k1
          if k2Offset >= 0, k2Offset < length, backward[k2Offset] != -1, x1 >= n - backward[k2Offset] {
            return (aStart + x1, bStart + y1)
          }
        }
      }
      for k2 in stride(from: -d + k2Start, through: d - k2End, by: 2) {
        let k2Offset = offset + k2
        var x2 =
          k2 == -d || (k2 != d && backward[k2Offset - 1] < backward[k2Offset + 1])
          ? backward[k2Offset + 1] : backward[k2Offset - 1] + 1
        var y2 = x2 - k2
        while x2 < n, y2 < m, a[aStart + n - x2 - 1] == b[bStart + m - y2 - 1] {
          x2 += 1
          y2 += 1
        }
        backward[k2Offset] = x2
        if x2 > n {
          k2End += 2
        } else if y2 > m {
          k2Start += 2
        } else if !meetsForward {
          let k1Offset = offset + delta - k2
          if k1Offset >= 0, k1Offset < length, forward[k1Offset] != -1 {
            let x1 = forward[k1Offset]
            let y1 = offset + x1 - k1Offset
            if x1 >= n - x2 { return (aStart + x1, bStart + y1) }
          }
        }
      }
    }
    return nil
  }
}
