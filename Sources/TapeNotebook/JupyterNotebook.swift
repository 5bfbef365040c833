import TapeCore

/// An exported notebook as a Jupyter notebook (nbformat 4.5): the title and prose as Markdown
/// cells, each entry a code cell with its outputs: results as `execute_result` (a table also as
/// HTML), errors as `error`, charts as `display_data` with the SVG (`image/svg+xml`) beside the
/// text drawing. The kernel named is Tape's (jupyter/), so the notebook reruns in Jupyter.
/// Written as Jupyter writes a notebook (keys sorted, one-space indent), so saving it from
/// Jupyter changes little.
enum JupyterNotebook {
  /// The version of nbformat written; 4.5 gives every cell an id.
  static let minorVersion = 5

  static func rendered(_ pieces: [Exporter.Piece]) -> String {
    var cells: [JSON] = []
    var executionCount = 0
    func cellID() -> JSON { .string("cell-\(cells.count + 1)") }
    for piece in pieces {
      switch piece {
      case .title(let text):
        cells.append(markdown(["# " + text], id: cellID()))
      case .prose(let lines):
        var lines = Array(lines.drop { $0.isEmpty })
        while lines.last?.isEmpty == true { lines.removeLast() }
        if !lines.isEmpty { cells.append(markdown(lines, id: cellID())) }
      case .entries(let entries):
        for entry in entries {
          executionCount += 1
          cells.append(
            .object([
              ("cell_type", .string("code")),
              ("execution_count", .number(executionCount)),
              ("id", cellID()),
              ("metadata", .object([])),
              ("outputs", .array(entry.output.map { output($0, executionCount: executionCount) })),
              ("source", multiline(entry.input)),
            ]))
        }
      }
    }
    let notebook = JSON.object([
      ("cells", .array(cells)),
      (
        "metadata",
        .object([
          ("kernelspec", .object([("display_name", .string("Tape")), ("language", .string("tape")), ("name", .string("tape"))])),
          (
            "language_info",
            .object([
              ("file_extension", .string(".tape")), ("mimetype", .string("text/x-tape")), ("name", .string("tape")),
            ])
          ),
        ])
      ),
      ("nbformat", .number(4)),
      ("nbformat_minor", .number(minorVersion)),
    ])
    return notebook.rendered(indent: 0) + "\n"
  }

  static func markdown(_ lines: [String], id: JSON) -> JSON {
    .object([("cell_type", .string("markdown")), ("id", id), ("metadata", .object([])), ("source", multiline(lines))])
  }

  static func output(_ part: Exporter.OutputPart, executionCount: Int) -> JSON {
    switch part.kind {
    case .result:
      var data: [(String, JSON)] = []
      if let html = part.html { data.append(("text/html", multiline(html.split(separator: "\n").map(String.init)))) }
      data.append(("text/plain", multiline(part.lines)))
      return .object([
        ("data", .object(data)), ("execution_count", .number(executionCount)), ("metadata", .object([])),
        ("output_type", .string("execute_result")),
      ])
    case .error:
      // `<notebook>:6:4: error: cannot add ...`: the message follows `error: `.
      let header = part.lines.first ?? ""
      let message = header.firstRange(of: "error: ").map { String(header[$0.upperBound...]) } ?? header
      return .object([
        ("ename", .string("error")), ("evalue", .string(message)), ("output_type", .string("error")),
        ("traceback", .array(part.lines.map(JSON.string))),
      ])
    case .drawing(let svg):
      return .object([
        (
          "data",
          .object([
            ("image/svg+xml", multiline(svg.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))),
            ("text/plain", multiline(part.lines)),
          ])
        ),
        ("metadata", .object([])), ("output_type", .string("display_data")),
      ])
    }
  }

  /// Text as Jupyter stores it: a list of lines, each but the last ending with a newline.
  static func multiline(_ lines: [String]) -> JSON {
    .array(lines.enumerated().map { .string($0.offset == lines.count - 1 ? $0.element : $0.element + "\n") })
  }

  /// The JSON the notebook is made of, written with Jupyter's layout.
  indirect enum JSON {
    case string(String)
    case number(Int)
    case array([JSON])
    /// Keys in the order given; the writers above give them sorted, as Jupyter does.
    case object([(String, JSON)])

    func rendered(indent: Int) -> String {
      let inner = String(repeating: " ", count: indent + 1)
      let outer = String(repeating: " ", count: indent)
      switch self {
      case .string(let text): return JSONOutcome.string(text)
      case .number(let number): return String(number)
      case .array(let items):
        guard !items.isEmpty else { return "[]" }
        return "[\n" + items.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + outer + "]"
      case .object(let fields):
        guard !fields.isEmpty else { return "{}" }
        return "{\n"
          + fields.map { inner + JSONOutcome.string($0.0) + ": " + $0.1.rendered(indent: indent + 1) }.joined(separator: ",\n")
          + "\n" + outer + "}"
      }
    }
  }
}
