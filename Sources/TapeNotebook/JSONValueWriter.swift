import Synchronization
import TapeCore

/// A value written as JSON within a size, as it is shown within one (`Value.displayedTextLimit`):
/// `dup(1, 36)` (2^36 numbers in lists of two) wrote gigabytes, and `load` of 10 million records
/// hundreds of megabytes.
///
/// Past `textLimit` characters, or once Ctrl-C was pressed, each list or column still open ends
/// with the string `"…"` and each record with the member `"…": "…"`, so the text stays valid JSON,
/// and the outcome's object says `"truncated": true`. Lists and records nested past the display's
/// depth limit are written `"[…]"` and `"{…}"`, as they are shown.
struct JSONValueWriter {
  /// Characters of JSON a value may take: enough for every column of years of daily data (a
  /// program reading JSON wants every figure), far below what would exhaust memory.
  static let textLimit = 1_000_000
  /// Items written between two looks at the Ctrl-C flag.
  static let itemsBetweenPolls = 4096

  private(set) var text = ""
  /// Whether something was left out: the limit was reached or Ctrl-C pressed.
  private(set) var isTruncated = false
  private let limit: Int
  private var itemsUntilPoll = JSONValueWriter.itemsBetweenPolls

  init(limit: Int = JSONValueWriter.textLimit) { self.limit = limit }

  /// Whether another item may be written; false (from then on) past the limit or after Ctrl-C.
  /// The flag is left set for the front end, as the display leaves it.
  private mutating func hasRoom() -> Bool {
    if isTruncated { return false }
    itemsUntilPoll -= 1
    if itemsUntilPoll <= 0 {
      itemsUntilPoll = JSONValueWriter.itemsBetweenPolls
      if Interrupt.requested.load(ordering: .relaxed) { isTruncated = true }
    }
    if text.utf8.count > limit { isTruncated = true }
    return !isTruncated
  }

  mutating func write(_ value: Value, depth: Int = 0) {
    switch value {
    case .list where depth >= Value.displayedDepthLimit: text += JSONOutcome.string("[…]")
    case .record where depth >= Value.displayedDepthLimit: text += JSONOutcome.string("{…}")
    case .quantity(let quantity): text += JSONOutcome.number(quantity.value)
    case .bool(let flag): text += flag ? "true" : "false"
    case .date(let date): text += JSONOutcome.string(date.iso)
    case .string(let string): text += JSONOutcome.string(string)
    case .list(let items): writeArray(items) { writer, item in writer.write(item, depth: depth + 1) }
    case .record(let record):
      writeObject(record.names.indices) { writer, index in
        writer.text += JSONOutcome.string(record.names[index]) + ": "
        writer.write(record.values[index], depth: depth + 1)
      }
    case .function, .figure: text += JSONOutcome.string(value.display)
    case .series(let series):
      text += "{\"dates\": "
      writeArray(series.days) { writer, day in writer.text += JSONOutcome.string(TapeDate(daysSinceEpoch: Int(day)).iso) }
      text += ", \"values\": "
      writeArray(series.values) { writer, number in writer.text += JSONOutcome.number(number) }
      text += ", \"unit\": " + (series.unit.isNone ? "null" : JSONOutcome.string(series.unit.described)) + "}"
    case .table(let table):
      text += "{\"dates\": "
      writeArray(table.days) { writer, day in writer.text += JSONOutcome.string(TapeDate(daysSinceEpoch: Int(day)).iso) }
      for column in table.columns {
        text += ", " + JSONOutcome.string(column.name) + ": "
        writeArray(column.values) { writer, number in writer.text += JSONOutcome.number(number) }
      }
      text += "}"
    }
  }

  /// `[a, b, …]`: the items while there is room, then `"…"`.
  private mutating func writeArray<Items: Collection>(_ items: Items, item: (inout JSONValueWriter, Items.Element) -> Void) {
    text += "["
    var isFirst = true
    for element in items {
      if !isFirst { text += ", " }
      guard hasRoom() else {
        text += JSONOutcome.string("…")
        break
      }
      item(&self, element)
      isFirst = false
    }
    text += "]"
  }

  /// `{"a": 1, "b": 2, "…": "…"}`: the members while there is room.
  private mutating func writeObject(_ members: Range<Int>, member: (inout JSONValueWriter, Int) -> Void) {
    text += "{"
    for index in members {
      if index > members.lowerBound { text += ", " }
      guard hasRoom() else {
        text += JSONOutcome.string("…") + ": " + JSONOutcome.string("…")
        break
      }
      member(&self, index)
    }
    text += "}"
  }
}
