/// A refusal defined by a library built on TapeCore (the valuation models of TapeLibrary, for
/// one): its cases and their words live together in that library, and `EvalError.library`
/// carries it, so the core needs no case per model.
public protocol LibraryProblem: Sendable {
  /// The error's one line, lowercase, code in backticks.
  var message: String { get }
  /// What to do instead, when there is something to suggest.
  var help: String? { get }
  /// The words under the caret: "this argument" unless the problem says otherwise (a valuation
  /// model refused for its inputs as a whole points at the call).
  var label: String { get }
}

extension LibraryProblem {
  public var label: String { "this argument" }
}

/// A `LibraryProblem` inside `EvalError`, which is `Equatable`: two are equal when they say the
/// same thing. The typed problem stays reachable (`problem as? Refusal`) for tests.
public struct AnyLibraryProblem: Sendable, Equatable {
  public let problem: any LibraryProblem

  public init(_ problem: any LibraryProblem) { self.problem = problem }

  public static func == (left: AnyLibraryProblem, right: AnyLibraryProblem) -> Bool {
    left.problem.message == right.problem.message && left.problem.help == right.problem.help
      && left.problem.label == right.problem.label
  }
}
