import TapeCore

/// Turns a notebook into a document for people who do not have Tape: Markdown, or one
/// standalone HTML file (no network, no scripts). The notebook is replayed so the document
/// shows fresh outputs.
public enum Exporter {
  public enum Format: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
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
    var output: [String]
    var isError: Bool
    /// SVG charts drawn from the entry's values; the HTML shows them in place of the text chart.
    var drawings: [String]
  }

  public static func exported(
    _ session: SessionFile, file: String, format: Format, interpreter: inout Interpreter
  ) -> String {
    var drawings: [Int: [String]] = [:]
    let replayed = Replayer.replayed(session, interpreter: &interpreter) { block, outcome in
      if case .value(.figure(let figure), _) = outcome { drawings[block, default: []].append(figure.svg) }
    }
    var pieces: [Piece] = []
    for (index, block) in replayed.blocks.enumerated() {
      switch block {
      case .prose(let text) where pieces.isEmpty && !text.isEmpty:
        pieces.append(.title(String(text.drop { $0 == "#" || $0 == " " })))
      case .prose(let text):
        if case .prose(let lines)? = pieces.last {
          pieces[pieces.count - 1] = .prose(lines + [text])
        } else {
          pieces.append(.prose([text]))
        }
      case .blank:
        if case .prose(let lines)? = pieces.last { pieces[pieces.count - 1] = .prose(lines + [""]) }
      case .entry(let entry):
        let output = entry.output.map { $0.hasPrefix("\\") ? String($0.dropFirst()) : $0 }
        let cell = Cell(
          input: entry.input, output: output, isError: output.first?.contains(": error: ") == true,
          drawings: drawings[index, default: []].filter { !$0.isEmpty })
        if case .entries(let cells)? = pieces.last {
          pieces[pieces.count - 1] = .entries(cells + [cell])
        } else {
          pieces.append(.entries([cell]))
        }
      }
    }
    switch format {
    case .markdown: return markdown(pieces)
    case .html: return HTMLDocument.rendered(pieces, title: title(of: session) ?? file)
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
        out.append("```")
        for cell in cells {
          out += cell.input.enumerated().map { ($0.offset == 0 ? "> " : "| ") + $0.element }
          out += cell.output
        }
        out.append("```")
        out.append("")
      }
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }
}
