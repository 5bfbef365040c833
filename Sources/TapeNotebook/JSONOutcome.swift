import TapeCore

/// `--json` output: one object per outcome that has a result, so scripts read values without
/// parsing the display text.
///
///     {"value": 2922605600000, "unit": "USD", "display": "$2.923T"}
///     {"error": "cannot add `USD` and `shares`", "line": 1, "column": 4, "source": "<input>"}
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
    var fields = [("value", json(value))]
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

  /// A value as JSON. Lists and records nested past the display's depth limit (256, the parser's)
  /// are written as the string `"[…]"` or `"{…}"`, as they are shown: a value built by recursion
  /// a million levels deep must not exhaust the stack while it is encoded.
  static func json(_ value: Value, depth: Int = 0) -> String {
    switch value {
    case .list where depth >= Value.displayedDepthLimit: string("[…]")
    case .record where depth >= Value.displayedDepthLimit: string("{…}")
    case .quantity(let quantity): number(quantity.value)
    case .bool(let flag): flag ? "true" : "false"
    case .date(let date): string(date.iso)
    case .string(let text): string(text)
    case .list(let items): "[" + items.map { json($0, depth: depth + 1) }.joined(separator: ", ") + "]"
    case .record(let record):
      object(zip(record.names, record.values).map { ($0, json($1, depth: depth + 1)) })
    case .function, .figure: string(value.display)
    case .series(let series):
      object([
        ("dates", "[" + series.dates.map { string($0.iso) }.joined(separator: ", ") + "]"),
        ("values", "[" + series.values.map(number).joined(separator: ", ") + "]"),
        ("unit", series.unit.isNone ? "null" : string(series.unit.described)),
      ])
    case .table(let table):
      object(
        [("dates", "[" + table.days.map { string(TapeDate(daysSinceEpoch: Int($0)).iso) }.joined(separator: ", ") + "]")]
          + table.columns.map { ($0.name, "[" + $0.values.map(number).joined(separator: ", ") + "]") })
    }
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
