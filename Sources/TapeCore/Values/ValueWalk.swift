/// The state of one recursive walk over a value (comparing, combining element-wise, converting,
/// showing, encoding): how deep it may go, and when it looks for Ctrl-C.
///
/// A list built by a recursive function can be nested hundreds of thousands of levels deep (a
/// walk of it overflowed even `tape`'s 512 MB stack) or hold millions of items (`==` of two
/// such lists ran for hours and ignored Ctrl-C), so every walk counts its levels and its steps.
public struct ValueWalk: Sendable {
  /// Lists and records nested deeper than this are not walked: the parser's own limit.
  public static let depthLimit = 256
  /// Steps between two looks at the Ctrl-C flag: a look is cheap, but not free in the inner loop.
  static let stepsBetweenPolls = 4096

  private var stepsUntilPoll = ValueWalk.stepsBetweenPolls
  /// Set once Ctrl-C was seen, so every level of the walk stops, not just the one that looked.
  public private(set) var isInterrupted = false

  public init() {}

  /// Counts one step of the walk; true when Ctrl-C was pressed (seen every few thousand steps,
  /// and from then on). Clears the flag, as `Interrupt.consume` does.
  public mutating func stepIsInterrupted() -> Bool {
    if isInterrupted { return true }
    stepsUntilPoll -= 1
    guard stepsUntilPoll <= 0 else { return false }
    stepsUntilPoll = ValueWalk.stepsBetweenPolls
    isInterrupted = Interrupt.consume()
    return isInterrupted
  }
}
