import TapeCore

/// Turns a notebook into a document for people who do not have Tape: Markdown, one
/// standalone HTML file (no network, no scripts), or a Jupyter notebook (`.ipynb`). The notebook is replayed so the document
/// shows fresh outputs, every line of them, and text cannot leave its place: inputs and outputs
/// stay inside their code block, control characters are shown escaped
/// (`escapingControlCharacters`), HTML is escaped.
public enum Exporter {
  public enum Format: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    /// A Jupyter notebook (nbformat 4): prose as Markdown cells, each entry a code cell.
    case ipynb
  }

  /// One piece of the document, in notebook order.
  enum Piece {
    /// The notebook's first line of prose, shown as the document's heading.
    case title(String)
    case prose([String])
    /// Consecutive entries, shown together as one cell.
    case entries([Cell])
  }

  struct Cell {
    var input: [String]
    /// The entry's output, outcome by outcome; the lines of all parts are the record's lines.
    var output: [OutputPart]
  }

  public static func exported(
    _ session: SessionFile, file: String, format: Format, interpreter: inout Interpreter
  ) -> String {
    var outputs: [Int: [EntryRunner.Output]] = [:]
    var figures: [Int: [Figure]] = [:]
    // A table's HTML, by block and output: the runner hands over each outcome just before
    // what it prints.
    var tables: [Int: [String?]] = [:]
    var lastTable: String? = nil
    let replayed = Replayer.replayed(
      session, interpreter: &interpreter,
      onOutcome: { block, outcome in
        if case .value(.figure(let figure), _) = outcome { figures[block, default: []].append(figure) }
        switch outcome {
        case .value(let value, _), .binding(_, let value, _): lastTable = format == .ipynb ? TableHTML.html(value) : nil
        case .declaration, .report, .error: lastTable = nil
        }
      },
      onOutput: { block, output in
        outputs[block, default: []].append(output)
        tables[block, default: []].append(output.kind == .value || output.kind == .binding ? lastTable : nil)
        lastTable = nil
      })
    var pieces: [Piece] = []
    for (index, block) in replayed.blocks.enumerated() {
      switch block {
      case .prose(let text) where pieces.isEmpty && !text.isEmpty:
        pieces.append(.title(String(text.drop { $0 == "#" || $0 == " " }).escapingControlCharacters))
      case .prose(let text):
        let text = text.escapingControlCharacters
        if case .prose(let lines)? = pieces.last {
          pieces[pieces.count - 1] = .prose(lines + [text])
        } else {
          pieces.append(.prose([text]))
        }
      case .blank:
        if case .prose(let lines)? = pieces.last { pieces[pieces.count - 1] = .prose(lines + [""]) }
      case .entry(let entry):
        let recorded = entry.output.map { $0.hasPrefix("\\") ? String($0.dropFirst()) : $0 }
        var output = outputParts(
          outputs[index, default: []], figures: figures[index, default: []], tables: tables[index, default: []], recorded: recorded)
        for part in output.indices { output[part].lines = output[part].lines.map(\.escapingControlCharacters) }
        let cell = Cell(input: entry.input.map(\.escapingControlCharacters), output: output)
        if case .entries(let cells)? = pieces.last {
          pieces[pieces.count - 1] = .entries(cells + [cell])
        } else {
          pieces.append(.entries([cell]))
        }
      }
    }
    switch format {
    case .markdown: return markdown(pieces)
    case .html: return HTMLDocument.rendered(pieces, title: (title(of: session) ?? file).escapingControlCharacters)
    case .ipynb: return JupyterNotebook.rendered(pieces)
    }
  }

  static func title(of session: SessionFile) -> String? {
    for block in session.blocks {
      if case .prose(let text) = block, !text.isEmpty {
        return String(text.drop { $0 == "#" || $0 == " " })
      }
    }
    return nil
  }

  static func markdown(_ pieces: [Piece]) -> String {
    var out: [String] = []
    for piece in pieces {
      switch piece {
      case .title(let text):
        out += ["# " + text, ""]
      case .prose(let lines):
        let text = lines.drop { $0.isEmpty }
        guard !text.isEmpty else { continue }
        out += text
        out.append("")
      case .entries(let cells):
        var code: [String] = []
        for cell in cells {
          code += cell.input.enumerated().map { ($0.offset == 0 ? "> " : "| ") + $0.element }
          code += cell.output.flatMap(\.lines)
        }
        let fence = fence(around: code)
        out += [fence] + code + [fence, ""]
      }
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  /// A code fence longer than any run of backticks in `lines` (at least three), so no line of
  /// an input or output can close the block early (CommonMark: a closing fence is at least as
  /// long as the opening one) and what follows it be read as Markdown or raw HTML.
  static func fence(around lines: [String]) -> String {
    var longest = 0
    for line in lines {
      var run = 0
      for byte in line.utf8 {
        run = byte == UInt8(ascii: "`") ? run + 1 : 0
        longest = max(longest, run)
      }
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }
}
