import TapeCore

/// `--json` output: one object per outcome that has a result, so scripts read values without
/// parsing the display text.
///
///     {"value": 2922605600000, "unit": "USD", "display": "$2.923T"}
///     {"error": "cannot add `USD` and `shares`", "line": 1, "column": 4, "source": "<input>"}
///
/// A value past a million characters of JSON is cut short (`JSONValueWriter`) and its object
/// says `"truncated": true`.
public enum JSONOutcome {
  public static func encoded(_ outcome: Outcome, sources: SourceMap) -> String? {
    switch outcome {
    case .value(let value, _):
      return object(valueFields(value))
    case .binding(let name, let value, _):
      return object([("name", string(name))] + valueFields(value))
    case .declaration:
      return nil
    case .report(let text, _):
      return object([("report", string(text))])
    case .error(let diagnostic):
      var fields = [("error", string(diagnostic.message))]
      if let file = sources[diagnostic.span.source] {
        let (line, column) = file.location(of: diagnostic.span.start)
        fields += [("line", String(line)), ("column", String(column)), ("source", string(file.name))]
      }
      if let help = diagnostic.help { fields.append(("help", string(help))) }
      return object(fields)
    }
  }

  static func valueFields(_ value: Value) -> [(String, String)] {
    var writer = JSONValueWriter()
    writer.write(value)
    var fields = [("value", writer.text)]
    if writer.isTruncated { fields.append(("truncated", "true")) }
    if case .quantity(let quantity) = value {
      fields.append(("unit", quantity.unit.isNone ? (quantity.isPercent ? string("%") : "null") : string(quantity.unit.described)))
    }
    switch value {
    case .table(let table):
      fields.append(("columns", "[" + table.columns.map { string($0.name) }.joined(separator: ", ") + "]"))
      fields.append(("units", object(table.columns.map { ($0.name, unitField($0.unit, isPercent: $0.format == .percent)) })))
    case .record(let record):
      fields.append(("columns", "[" + record.names.map(string).joined(separator: ", ") + "]"))
      fields.append(
        (
          "units",
          object(
            zip(record.names, record.values).map { name, value in
              guard case .quantity(let quantity) = value else { return (name, "null") }
              return (name, unitField(quantity.unit, isPercent: quantity.isPercent))
            })
        ))
    default: break
    }
    // Full precision always: a program reading JSON gets every digit Tape keeps.
    fields.append(("display", string(value.display(.fullPrecision))))
    return fields
  }

  /// A unit as JSON: its name, `"%"` for a percentage, `null` for a plain number.
  static func unitField(_ unit: Unit, isPercent: Bool) -> String {
    unit.isNone ? (isPercent ? string("%") : "null") : string(unit.described)
  }

  /// A value as JSON, within `JSONValueWriter.textLimit` (see there for what is left out past it).
  static func json(_ value: Value) -> String {
    var writer = JSONValueWriter()
    writer.write(value)
    return writer.text
  }

  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return value.description.replacingPlusInExponent
  }

  static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
  }

  static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // JSON requires only C0 escaped; DEL, C1 and the bidirectional controls are escaped too,
        // as everywhere Tape writes to a terminal, and read back as the same string.
        if scalar.isTerminalControl {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

extension String {
  fileprivate var replacingPlusInExponent: String {
    String(self.filter { $0 != "+" })
  }
}
