/// How an outcome reads on the terminal or in a notebook: the result line for values and
/// bindings, the signature for declarations, the text of reports; errors are rendered separately.
public enum OutcomeText {
  /// The text of a successful outcome, or nil for an error.
  public static func result(_ outcome: Outcome) -> String? {
    switch outcome {
    case .value(let value, _): value.display
    case .binding(let name, let value, _): "\(name) = \(value.display)"
    case .declaration(let text, _): text
    case .report(let text, _): text
    case .error: nil
    }
  }

  /// `result(outcome)` and a newline, made as one string: a pipe writes one of these per entry,
  /// and joining the pieces with `+` made three strings where one will do.
  public static func line(_ outcome: Outcome) -> String? {
    switch outcome {
    case .binding(let name, let value, _):
      var line = ""
      line.reserveCapacity(name.utf8.count + 24)
      line += name
      line += " = "
      value.appendDisplay(to: &line)
      line += "\n"
      return line
    case .value(let value, _):
      var line = ""
      value.appendDisplay(to: &line)
      line += "\n"
      return line
    default:
      guard var line = result(outcome) else { return nil }
      line += "\n"
      return line
    }
  }
}
