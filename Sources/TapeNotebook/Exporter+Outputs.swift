import TapeCore

extension Exporter {
  /// Consecutive output lines of one entry that one kind of outcome printed: an entry such as
  /// `chart(nvda.close); 1/0; "done"` prints a chart, an error and a result, in that order, and
  /// the HTML shows each as what it is (the chart as SVG) without losing the others.
  struct OutputPart: Equatable {
    enum Kind: Equatable {
      case result
      case error
      /// A chart: the part's lines are its text drawing, `svg` the same chart for HTML.
      case drawing(svg: String)
    }

    var kind: Kind
    var lines: [String]
    /// The same part as an HTML table, for a part that is one table or series (`TableHTML`).
    var html: String? = nil
  }

  /// `recorded` (an entry's replayed output lines, without the record's `\` escapes) divided
  /// into parts by the outputs that printed them (`EntryRunner`'s, as the replay printed them);
  /// `figures` are the entry's charts, in order, one for each `.figure` output. Should the two
  /// ever disagree, the whole record is one part, so no line is lost: only a chart's SVG would be.
  /// `tables` holds, output by output, a table's HTML (or nil); a part with HTML stands alone.
  static func outputParts(
    _ outputs: [EntryRunner.Output], figures: [Figure], tables: [String?] = [], recorded: [String]
  ) -> [OutputPart] {
    var parts: [OutputPart] = []
    var figures = figures[...]
    for (index, output) in outputs.enumerated() {
      let html = index < tables.count ? tables[index] : nil
      let kind: OutputPart.Kind
      switch output.kind {
      case .error: kind = .error
      case .figure:
        // `spark` and `bar` have no SVG: their text is shown as a result.
        let svg = figures.popFirst()?.svg ?? ""
        kind = svg.isEmpty ? .result : .drawing(svg: svg)
      case .value, .binding, .declaration, .report, .help: kind = .result
      }
      let text = output.text
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if text.hasSuffix("\n") { lines.removeLast() }
      if let last = parts.last, last.kind == kind, kind == .result || kind == .error, last.html == nil, html == nil {
        parts[parts.count - 1].lines += lines
      } else {
        parts.append(OutputPart(kind: kind, lines: lines, html: html))
      }
    }
    // The record leaves out the empty lines at the end of an entry's output.
    while let last = parts.last, last.lines.last?.isEmpty ?? true {
      if last.lines.isEmpty { parts.removeLast() } else { parts[parts.count - 1].lines.removeLast() }
    }
    guard parts.flatMap(\.lines) == recorded else {
      guard !recorded.isEmpty else { return [] }
      return [OutputPart(kind: recorded.first?.contains(": error: ") == true ? .error : .result, lines: recorded)]
    }
    return parts
  }
}
