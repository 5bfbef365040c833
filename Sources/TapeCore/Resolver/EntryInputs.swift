/// What an entry reads, noted by the resolver as it resolves each name, so `why` has it without
/// walking the formula again: the globals and datasets it names, and its reads of built-in data.
struct EntryInputs: Sendable {
  /// Each global or dataset name as it was resolved, with where; put in order only when `why`
  /// asks. `ans` is not noted: it changes with every entry.
  var uses: [(name: String, start: Int)] = []
  /// The longest chains of `.field`, `[date]` and `[a..b]` that start at a dataset's name (and
  /// a dataset's bare name), in the order resolved; the code keeps the value of each chain as
  /// the `number`th entry of its `ReadLog`.
  var reads: [DatasetRead] = []

  /// Each name once, in the order it first appears in the formula's text (the resolver resolves
  /// a call's arguments before its callee, so the order of resolving is not the text's).
  var names: [String] {
    var names: [String] = []
    for use in uses.sorted(by: { $0.start < $1.start }) where !names.contains(use.name) {
      names.append(use.name)
    }
    return names
  }
}

/// One read of built-in data inside a formula: where it is and the dataset it starts at.
struct DatasetRead: Sendable, Equatable {
  var span: Span
  var dataset: String
  /// Whether the code keeps its value: not for a bare dataset name (its value, the whole table,
  /// is not shown on a line), nor for a read that depends on a lambda's parameter (it has a
  /// value per call).
  var keepsValue: Bool
}
