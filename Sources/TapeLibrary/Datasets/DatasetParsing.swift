import TapeCore

/// Reading the fields of the embedded data files. The files are checked by the tests, so a field
/// that does not read is a broken build, not a user's mistake.
enum DatasetParsing {
  /// `2025-01-27` as a date.
  static func date(_ text: String, in path: String) -> TapeDate {
    let parts = text.trimmedSpaces.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      let date = TapeDate(year: year, month: month, day: day)
    else { preconditionFailure("\(path): `\(text)` is not a YYYY-MM-DD date") }
    return date
  }

  /// A number as written (`118.42`, `818830900`).
  static func number(_ text: String, in path: String) -> Double {
    guard let value = Double(text.trimmedSpaces), value.isFinite else {
      preconditionFailure("\(path): `\(text)` is not a number")
    }
    return value
  }

  /// A quantity in the unit a data file names (`USD_million`).
  static func quantity(_ text: String, unit written: String, in path: String, provenance: Provenance) -> Quantity {
    guard let unit = SourceUnit(written) else { preconditionFailure("\(path): unknown unit `\(written)`") }
    guard let quantity = unit.quantity(text, provenance: provenance) else {
      preconditionFailure("\(path): `\(text)` is not a number")
    }
    return quantity
  }

  /// `text` trimmed and ending with a full stop, to join notes into one paragraph.
  static func sentence(_ text: String) -> String {
    let trimmed = text.trimmedSpaces
    return trimmed.hasSuffix(".") ? trimmed : trimmed + "."
  }

  /// A name as Tape can read it after a dot: `New Zealand` is `new_zealand`, `9M FY2025` is
  /// `9m_fy2025`; letters lower-cased, runs of anything else one `_`.
  static func snakeCase(_ text: String) -> String {
    var name = ""
    var pendingUnderscore = false
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        if pendingUnderscore, !name.isEmpty { name.append("_") }
        pendingUnderscore = false
        name.append(character)
      } else {
        pendingUnderscore = true
      }
    }
    return name
  }
}
