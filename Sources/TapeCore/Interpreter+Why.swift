/// `why`, `sources` and `datasets`: provenance made visible.
extension Interpreter {
  /// Where a binding's formula is and the names it used (as the resolver resolved them), recorded
  /// when it is bound; its text is cut from the sources only when `why` asks.
  func derivation(of expr: Expr, inputs: RecordedInputs, readsDataset: Bool) -> Derivation {
    // Most bindings read no built-in data; only those that do pay for a walk over the formula.
    Derivation(formulaSpan: expr.span, recordedInputs: inputs, reads: readsDataset ? datasetReads(in: expr) : [])
  }

  /// The text a binding was bound to.
  func formula(of derivation: Derivation) -> String {
    sources[derivation.formulaSpan.source]?.text(of: derivation.formulaSpan) ?? ""
  }

  /// The longest chains of `.field`, `[date]` and `[a..b]` that start at a dataset's name, each
  /// with the value it gives, so `why` can say `nvda.close[2025-01-27] = $118.42/share` rather
  /// than only that `nvda` was used.
  func datasetReads(in expr: Expr) -> [DatasetRead] {
    var reads: [DatasetRead] = []
    func root(of expr: Expr) -> String? {
      switch expr.kind {
      case .name(let name): environment.value(of: name) == nil && environment.datasets[name] != nil ? name : nil
      case .field(let base, _, _), .index(let base, _), .slice(let base, _, _): root(of: base)
      default: nil
      }
    }
    func visit(_ expr: Expr) {
      if let dataset = root(of: expr) {
        let text = sources[expr.span.source]?.text(of: expr.span) ?? dataset
        guard !reads.contains(where: { $0.text == text }) else { return }
        var shown: String? = nil
        // Only single figures are shown: formatting a series or table here would cost more than
        // the binding itself, and `why` could not show it on a line anyway.
        if case .name = expr.kind {} else if let value = try? evaluate(expr) {
          switch value {
          case .quantity, .date, .bool, .string: shown = value.display
          default: break
          }
        }
        reads.append(DatasetRead(text: text, dataset: dataset, shown: shown))
        return
      }
      switch expr.kind {
      case .withUnit(let value, _), .conversion(let value, _): visit(value)
      default: expr.forEachChild(visit)
      }
    }
    visit(expr)
    return reads
  }

  /// Globals and datasets an expression mentions, in order of first use.
  func collectNames(_ expr: Expr, into names: inout [String]) {
    func visit(_ expr: Expr) {
      switch expr.kind {
      case .name(let name):
        let isInput = environment.value(of: name) != nil || environment.datasets[name] != nil
        if isInput, name != "ans", !names.contains(name) { names.append(name) }
      // The unit side of `24.4B shares` or `x in USD` names units, not inputs.
      case .withUnit(let value, _), .conversion(let value, _): visit(value)
      default: expr.forEachChild(visit)
      }
    }
    visit(expr)
  }

  /// How `subject` is computed, down to built-in data and typed numbers, then its value and the
  /// sources of every input (every figure of every source, discrepancies included).
  func explanation(of subject: Expr) throws -> String {
    let value = try evaluate(subject)
    var lines: [String] = []
    var seen: Set<String> = []
    func expand(_ name: String, depth: Int, reads: [DatasetRead]) {
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
      for input in derivation.inputs where input != name { expand(input, depth: depth + 1, reads: derivation.reads) }
    }
    let subjectText = sources[subject.span.source]?.text(of: subject.span) ?? ""
    if case .name(let name) = subject.kind, environment.derivation(of: name) != nil {
      expand(name, depth: 0, reads: [])
    } else {
      lines.append(subjectText)
      var inputs: [String] = []
      collectNames(subject, into: &inputs)
      let reads = datasetReads(in: subject)
      for input in inputs { expand(input, depth: 1, reads: reads) }
    }
    lines.append("= " + value.display.replacingNewlines)
    let citations = value.provenance.citations
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
      .reduce(Provenance.none) { $0.union($1.load().provenance) }
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
