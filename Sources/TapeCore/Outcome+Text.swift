/// How an outcome reads on the terminal or in a notebook: the result line for values and
/// bindings, the signature for declarations, the text of reports; errors are rendered separately.
public enum OutcomeText {
  /// The text of a successful outcome, or nil for an error.
  public static func result(_ outcome: Outcome, settings: DisplaySettings = .standard) -> String? {
    switch outcome {
    case .value(let value, _): value.display(settings)
    case .binding(let name, let value, _): bindingText(name, value.display(settings))
    // Shown escaped whoever made them: a report quotes inputs and citations (a CSV file's path).
    case .declaration(let text, _): text.escapingControlCharacters
    case .report(let text, _): text.escapingControlCharacters
    case .error: nil
    }
  }

  /// `name = value`; a value shown on several lines (a table) starts on the line below, so its
  /// columns line up under their headers.
  static func bindingText(_ name: String, _ display: String) -> String {
    display.contains("\n") ? "\(name) =\n\(display)" : "\(name) = \(display)"
  }

  /// `name = 1,244.80364275` and a newline for a plain number under a million (where display
  /// groups its digits rather than scaling it), written into the line's one string; with no
  /// name, `1,244.80364275` and a newline, an expression's result.
  static func numberLine(_ name: String?, _ value: Value, settings: DisplaySettings) -> String? {
    guard case .quantity(let quantity) = value, quantity.unit.isNone, quantity.format == .automatic,
      abs(quantity.value) < 1e6, settings.hasStandardSeparators
    else { return nil }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    return withUnsafeMutableBytes(of: &digits) { raw -> String? in
      let digits = raw.bindMemory(to: UInt8.self)
      guard let count = NumberText.writeGroupedSignificant(quantity.value, digits: settings.digits, into: digits) else { return nil }
      let prefixLength = name.map { $0.utf8.count + 3 } ?? 0
      return String(unsafeUninitializedCapacity: prefixLength + count + 1) { line in
        if let name {
          let nameLength = name.utf8.count
          _ = line.initialize(fromContentsOf: name.utf8)
          line[nameLength] = UInt8(ascii: " ")
          line[nameLength + 1] = UInt8(ascii: "=")
          line[nameLength + 2] = UInt8(ascii: " ")
        }
        for index in 0..<count { line[prefixLength + index] = digits[index] }
        line[prefixLength + count] = UInt8(ascii: "\n")
        return prefixLength + count + 1
      }
    }
  }

  /// `result(outcome)` and a newline, made as one string: a pipe writes one of these per entry,
  /// and joining the pieces with `+` made three strings where one will do.
  public static func line(_ outcome: Outcome, settings: DisplaySettings = .standard) -> String? {
    switch outcome {
    case .binding(let name, let value, _):
      if let line = numberLine(name, value, settings: settings) { return line }
      if value.isBig || value.isLabelled { return bindingText(name, value.display(settings)) + "\n" }
      var line = ""
      line.reserveCapacity(name.utf8.count + 24)
      line += name
      line += " = "
      value.appendDisplay(to: &line, settings: settings)
      line += "\n"
      return line
    case .value(let value, _):
      if let line = numberLine(nil, value, settings: settings) { return line }
      var line = ""
      value.appendDisplay(to: &line, settings: settings)
      line += "\n"
      return line
    default:
      guard var line = result(outcome, settings: settings) else { return nil }
      line += "\n"
      return line
    }
  }
}
