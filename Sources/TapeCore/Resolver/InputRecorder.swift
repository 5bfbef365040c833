/// The globals and datasets a binding's formula reads, noted by the resolver as it resolves each
/// name, so `why` has them without a second walk over the formula on every binding.
final class InputRecorder {
  private(set) var uses = RecordedInputs()
  private(set) var readsDataset = false

  func record(_ name: String, at span: Span, isDataset: Bool) {
    uses.uses.append((name, span.start))
    if isDataset { readsDataset = true }
  }

  var names: [String] { uses.names }
}

/// The names a formula read, each with where it was read; kept as recorded, and put in order
/// only when `why` asks.
struct RecordedInputs: Sendable {
  var uses: [(name: String, start: Int)] = []

  /// Each name once, in the order it first appears in the formula's text (the resolver resolves
  /// a call's arguments before its callee, so the order of recording is not the text's).
  var names: [String] {
    var names: [String] = []
    for use in uses.sorted(by: { $0.start < $1.start }) where !names.contains(use.name) {
      names.append(use.name)
    }
    return names
  }
}
