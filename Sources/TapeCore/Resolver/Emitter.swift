/// What the resolver builds each node with, once its names are resolved: in a session the
/// `Compiler`, whose code is closures that run; in the tests a tree for the tree-walking evaluator
/// they compare the closures with. The resolver decides everything about names, units and calls;
/// an emitter only puts the resolved pieces together.
///
/// The spans are the ones errors point at: an operator's operands without brackets around the
/// whole, a field's base as its operators cover it (`Resolver.errorSpan`).
protocol Emitter {
  associatedtype Code

  func constant(_ value: Value, _ span: Span) -> Code
  /// A global's slot, read when the code runs (a function's own slot is empty while its body is
  /// resolved). `now` is its value when the code will run only once, right after it is built,
  /// against these same globals (a top-level entry, outside its lambdas): the compiler may take
  /// it as a constant.
  func global(slot: Int, name: String, now: Value?, _ span: Span) -> Code
  /// A parameter: the frame's `index`th value (a lambda's captured values come first).
  func local(_ index: Int, _ span: Span) -> Code
  func unary(_ op: UnaryOperator, _ operand: Code, _ spans: OperatorSpans) -> Code
  /// Every binary operator, `and` and `or` (which stop early) included.
  func binary(_ op: BinaryOperator, _ left: Code, _ right: Code, _ spans: OperatorSpans) -> Code
  /// A call of a built-in whose argument count the resolver has checked.
  func callNative(_ native: NativeFunction, _ arguments: [Code], _ call: CallContext) -> Code
  /// A call of whatever `callee` gives when it runs: a user function, a lambda, a built-in held
  /// in a variable, or a value that cannot be called.
  func callValue(_ callee: Code, _ arguments: [Code], _ call: CallContext) -> Code
  func field(_ base: Code, name: String, baseSpan: Span, nameSpan: Span) -> Code
  /// `base[index]`: a list's element by position, or a series' or table's by date.
  func index(_ base: Code, _ index: Code, baseSpan: Span, indexSpan: Span, _ span: Span) -> Code
  /// A nil end is open: the container's first or last point.
  func slice(
    _ base: Code, from: Code?, through: Code?, baseSpan: Span, fromSpan: Span, throughSpan: Span, _ span: Span
  ) -> Code
  func list(_ items: [Code], _ span: Span) -> Code
  func record(names: [String], values: [Code], _ span: Span) -> Code
  func ifThenElse(_ condition: Code, _ whenTrue: Code, _ whenFalse: Code, conditionSpan: Span) -> Code
  /// `if n < 2 then ... else ...`: a choice on a comparison, the condition's operator and operands
  /// given apart, so the compiler can choose without making a boolean in between.
  func ifThenElse(
    comparing op: BinaryOperator, _ left: Code, _ right: Code, _ spans: OperatorSpans, then whenTrue: Code,
    else whenFalse: Code, conditionSpan: Span
  ) -> Code
  func conversion(_ value: Code, _ target: ResolvedTarget, _ spans: OperatorSpans) -> Code
  /// Makes a function that captures the first `captureCount` values of the current frame.
  func lambda(parameters: [String], captureCount: Int, body: Code, _ span: Span) -> Code
  /// `code`, whose value is also kept as the `number`th read of built-in data (`nvda.close[d]`),
  /// for `why`.
  mutating func datasetRead(_ code: Code, number: Int) -> Code
}
