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
}
