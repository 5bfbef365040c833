/// Splits CSV bytes into rows of fields, one row at a time, without making a string per field.
/// It reads exactly as CSV.swift's `CSVReader(string:hasHeaderRow: false)` did, quirks included,
/// at a fraction of the cost (that reader decoded one Unicode scalar at a time through a
/// type-erased iterator and built each field scalar by scalar, which was 40% of loading a
/// 1,000,000-row file):
///
/// - a field ends at `,`; a row at `\n`, `\r\n` or a lone `\r`; the text at its end;
/// - a field that starts with `"` is quoted: `""` inside it is one `"`, and it ends at a `"`
///   followed by `,`, a line break or the end. A `"` followed by anything else is kept and the
///   character after it is dropped (`"ab"cd` reads `ab"d`). A quote that is never closed runs to
///   the end of the text;
/// - a `"` inside an unquoted field is an ordinary character;
/// - an empty line is a row of one empty field.
///
/// Every special character is ASCII, so splitting valid UTF-8 on bytes splits it on characters.
/// The bytes may come a chunk at a time (`load` reads a large file that way): a row that runs
/// past the end of a chunk that is not the last is reported as `incomplete`, and the caller scans
/// it again from its start once more bytes follow it.
struct CSVRowScanner {
  /// A field of the row scanned last: a range of the scanned bytes, or of `unquoted` for a
  /// quoted field (its quotes taken off and `""` made one `"`).
  struct Field {
    var start: Int
    var end: Int
    var isUnquoted: Bool
  }

  /// What `scanRow` found.
  enum Outcome {
    /// A whole row; the next one starts at `next`.
    case row(next: Int)
    /// The bytes end inside a row (or where a line break or quote needs the byte after it) and
    /// more may follow.
    case incomplete
    /// No bytes are left.
    case end
  }

  private(set) var fields: [Field] = []
  /// The contents of the row's quoted fields, one after the other.
  private(set) var unquoted: [UInt8] = []
  /// Line breaks (`\n`, `\r\n` or a lone `\r`) inside the quoted fields of the row scanned
  /// last, so a caller can count the file's lines without searching every field.
  private(set) var lineBreaksInRow = 0

  /// Scans the row starting at `start`. `isLast` says that no bytes follow `bytes`.
  mutating func scanRow(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, isLast: Bool) -> Outcome {
    fields.removeAll(keepingCapacity: true)
    unquoted.removeAll(keepingCapacity: true)
    lineBreaksInRow = 0
    guard start < bytes.count else { return isLast ? .end : .incomplete }
    var position = start
    while true {
      let ending =
        position < bytes.count && bytes[position] == CSVRowScanner.quote
        ? quotedField(bytes, &position, isLast: isLast) : plainField(bytes, &position, isLast: isLast)
      switch ending {
      case .field: continue
      case .row: return .row(next: position)
      case .incomplete: return .incomplete
      }
    }
  }

  /// The bytes of field `index` of the row scanned last; `bytes` are the ones scanned.
  func withField<Result>(
    _ index: Int, in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let field = fields[index]
    if field.isUnquoted {
      return unquoted.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[field.start..<field.end])) }
    }
    return body(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
  }

  /// Whether the row scanned last is a blank line: one empty field.
  var isBlankRow: Bool { fields.count == 1 && fields[0].start == fields[0].end }

  private enum Ending { case field, row, incomplete }

  /// A field not in quotes, from `position`.
  private mutating func plainField(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int, isLast: Bool) -> Ending {
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == CSVRowScanner.comma {
        fields.append(Field(start: start, end: position, isUnquoted: false))
        position += 1
        return .field
      }
      if byte == CSVRowScanner.lineFeed || byte == CSVRowScanner.carriageReturn {
        let end = position
        if byte == CSVRowScanner.carriageReturn {
          // `\r\n` is one break: the byte after `\r` must be seen.
          guard position + 1 < bytes.count || isLast else { return .incomplete }
          position += position + 1 < bytes.count && bytes[position + 1] == CSVRowScanner.lineFeed ? 2 : 1
        } else {
          position += 1
        }
        fields.append(Field(start: start, end: end, isUnquoted: false))
        return .row
      }
      position += 1
    }
    guard isLast else { return .incomplete }
    fields.append(Field(start: start, end: position, isUnquoted: false))
    return .row
  }

  /// A field in quotes, `position` on its opening quote.
  private mutating func quotedField(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int, isLast: Bool) -> Ending {
    position += 1
    let start = unquoted.count
    func finish(_ ending: Ending) -> Ending {
      fields.append(Field(start: start, end: unquoted.count, isUnquoted: true))
      return ending
    }
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      guard byte == CSVRowScanner.quote else {
        // A `\r` is a break of its own unless a `\n` follows it; when it ends the bytes, either
        // none follow (`isLast`) or the row is incomplete and scanned again, counted again.
        if byte == CSVRowScanner.lineFeed
          || (byte == CSVRowScanner.carriageReturn
            && (position == bytes.count || bytes[position] != CSVRowScanner.lineFeed))
        {
          lineBreaksInRow += 1
        }
        unquoted.append(byte)
        continue
      }
      guard position < bytes.count else { break }
      let after = bytes[position]
      position += 1
      switch after {
      case CSVRowScanner.lineFeed:
        return finish(.row)
      case CSVRowScanner.carriageReturn:
        guard position < bytes.count || isLast else { return .incomplete }
        if position < bytes.count, bytes[position] == CSVRowScanner.lineFeed { position += 1 }
        return finish(.row)
      case CSVRowScanner.comma:
        return finish(.field)
      default:
        // `""` is one quote; after any other character the quote stays and that character goes.
        // A multi-byte character is dropped whole, as the scalar reader dropped one scalar.
        unquoted.append(CSVRowScanner.quote)
        if after >= 0xC0 {
          let continuation = CSVRowScanner.continuationCount(after)
          guard position + continuation <= bytes.count || isLast else { return .incomplete }
          position += min(continuation, bytes.count - position)
        }
      }
    }
    // The bytes end inside the quotes, or right after a quote whose next byte decides.
    guard isLast else { return .incomplete }
    return finish(.row)
  }

  /// The continuation bytes after a UTF-8 lead byte.
  private static func continuationCount(_ lead: UInt8) -> Int { lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1 }

  static let comma = UInt8(ascii: ",")
  static let quote = UInt8(ascii: "\"")
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
}
