/// The line each row of a CSV file starts on, for errors, without a number per row: rows follow
/// one a line except after a blank line or a quoted line break, so only the rows where that run
/// is broken are kept.
struct CSVRowLines {
  /// Rows that do not start on the line after the previous row's, with their lines, ascending.
  private var breaks: [(row: Int, line: Int32)] = []
  private(set) var count = 0

  var isEmpty: Bool { count == 0 }

  mutating func append(_ line: Int32) {
    if let last = breaks.last, Int(line) == Int(last.line) + (count - last.row) {
      count += 1
      return
    }
    breaks.append((count, line))
    count += 1
  }

  subscript(row: Int) -> Int32 {
    // The last break at or before `row`.
    var low = 0
    var high = breaks.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if breaks[middle].row <= row { low = middle } else { high = middle }
    }
    let start = breaks[low]
    return Int32(clamping: Int(start.line) + (row - start.row))
  }
}
