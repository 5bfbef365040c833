/// `why`, `sources` and `datasets`: provenance made visible.
extension Interpreter {
  /// The text a binding was bound to.
  func formula(of derivation: Derivation) -> String {
    sources[derivation.formulaSpan.source]?.text(of: derivation.formulaSpan) ?? ""
  }

  /// The reads of built-in data the resolver noted, each text once (in the order of the
  /// formula's text), with the value it gave when that is short enough to show on a line: a
  /// figure, a date, a flag or a text, not a series or a table.
  func shownReads(_ inputs: EntryInputs, _ log: ReadLog?) -> [ShownRead] {
    var reads: [ShownRead] = []
    for (number, read) in inputs.reads.enumerated().sorted(by: { $0.element.span.start < $1.element.span.start }) {
      let text = sources[read.span.source]?.text(of: read.span) ?? read.dataset
      var shown: String? = nil
      if read.keepsValue, let value = log?.value(number: number) {
        switch value {
        case .quantity, .date, .bool, .string: shown = value.display
        case .list, .record, .function, .series, .table, .figure: break
        }
      }
      if let same = reads.firstIndex(where: { $0.text == text }) {
        // A read in a branch not taken gave nothing; the same text elsewhere may have.
        if reads[same].shown == nil { reads[same].shown = shown }
        continue
      }
      reads.append(ShownRead(text: text, dataset: read.dataset, shown: shown))
    }
    return reads
  }

  /// How `subject` is computed, down to built-in data and typed numbers, then its value and the
  /// sources of every input (every figure of every source, discrepancies included).
  func explanation(of subject: Expr) throws(StatementError) -> String {
    let entry = try resolving { () throws(ResolveError) in try compiled(subject, notingInputs: true) }
    let value = try evaluating { () throws(EvalError) in try run(entry.code) }
    var lines: [String] = []
    var seen: Set<String> = []
    func expand(_ name: String, depth: Int, reads: [ShownRead]) {
      let indent = String(repeating: "  ", count: depth)
      if let dataset = environment.datasets[name], environment.value(of: name) == nil {
        let summary = dataset.summary.prefix { $0 != "." }
        let ofThisDataset = reads.filter { $0.dataset == name }
        if ofThisDataset.isEmpty { lines.append("\(indent)\(name): built-in dataset, \(summary)") }
        for read in ofThisDataset {
          if let shown = read.shown {
            lines.append("\(indent)\(read.text) = \(shown)")
          } else if read.text == name {
            lines.append("\(indent)\(name): built-in dataset, \(summary)")
          } else {
            lines.append("\(indent)\(read.text): from the built-in dataset `\(name)`, \(summary)")
          }
        }
        return
      }
      guard let derivation = environment.derivation(of: name) else {
        if let value = environment.value(of: name) { lines.append("\(indent)\(name) = \(value.display)") }
        return
      }
      let formula = formula(of: derivation)
      guard seen.insert(name).inserted else {
        lines.append("\(indent)\(name) = \(formula)  (see above)")
        return
      }
      let current = environment.value(of: name).map(\.display) ?? ""
      let shown = current.contains("\n") || current == formula ? "" : "  → \(current)"
      lines.append("\(indent)\(name) = \(formula)\(shown)")
      let reads = shownReads(derivation.inputs, derivation.readLog)
      for input in derivation.inputs.names where input != name { expand(input, depth: depth + 1, reads: reads) }
    }
    let subjectText = sources[subject.span.source]?.text(of: subject.span) ?? ""
    if case .name(let name) = subject.kind, environment.derivation(of: name) != nil {
      expand(name, depth: 0, reads: [])
    } else {
      lines.append(subjectText)
      let inputs = entry.inputs ?? EntryInputs()
      let reads = shownReads(inputs, entry.readLog)
      for input in inputs.names { expand(input, depth: 1, reads: reads) }
    }
    let citations = try evaluating { () throws(EvalError) in try value.citedProvenance(at: subject.span) }.citations
    lines.append("= " + value.display.replacingNewlines)
    if citations.isEmpty {
      lines.append("no built-in data: every input was typed in this session")
    } else {
      lines.append("sources:")
      lines += Interpreter.citationLines(citations)
    }
    return lines.joined(separator: "\n")
  }

  static func citationLines(_ citations: [Citation]) -> [String] {
    var lines: [String] = []
    for (number, citation) in citations.enumerated() {
      lines.append("  [\(number + 1)] \(citation.what)")
      for document in citation.documents { lines.append("      \(document)") }
      if let note = citation.note { lines.append("      note: \(note)") }
    }
    return lines
  }

  /// Every document behind the built-in data, each once, with what was taken from it; `why`
  /// gives the full citation (and its notes) for any one result.
  func sourcesReport() -> String {
    let all = environment.datasets.values.sorted { $0.name < $1.name }
      .reduce(Provenance.none) { $0.union((try? $1.load().provenance()) ?? .none) }
    guard !all.isEmpty else { return "no built-in data in this session" }
    var order: [String] = []
    var figures: [String: [String]] = [:]
    for citation in all.citations {
      for document in citation.documents {
        if figures[document] == nil { order.append(document) }
        figures[document, default: []].append(citation.what)
      }
    }
    var lines = ["\(all.citations.count) figures and files from \(order.count) documents:"]
    for document in order {
      let taken = figures[document] ?? []
      lines.append("  " + document)
      let shown = taken.prefix(2).joined(separator: "; ")
      lines.append("      " + shown + (taken.count > 2 ? "; and \(taken.count - 2) more" : ""))
    }
    lines.append("`why x` cites the sources behind a result, with their notes")
    return lines.joined(separator: "\n")
  }

  func datasetsReport() -> String {
    let datasets = environment.datasets.values.sorted { $0.name < $1.name }
    guard !datasets.isEmpty else { return "no datasets are built in to this session" }
    let width = datasets.map(\.name.count).max() ?? 0
    return datasets.map { $0.name + String(repeating: " ", count: width - $0.name.count) + "  " + $0.summary }
      .joined(separator: "\n") + "\n`help NAME` describes one; `why x` cites the sources behind a result"
  }
}

extension String {
  /// Multi-line values (tables) keep their shape under `= `.
  fileprivate var replacingNewlines: String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
  }
}

/// A read of built-in data as `why` shows it: its text, its dataset, and its value when short.
struct ShownRead: Equatable {
  var text: String
  var dataset: String
  var shown: String?
}
