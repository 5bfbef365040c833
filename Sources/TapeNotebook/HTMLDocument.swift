import TapeCore

/// The standalone HTML page of an exported notebook: inline CSS, no scripts, no network, so it
/// opens anywhere and can be mailed as one file. Inputs are coloured by Tape's own lexer
/// (`CodeHighlighter`), so the page highlights exactly what Tape reads.
enum HTMLDocument {
  static func rendered(_ pieces: [Exporter.Piece], title: String) -> String {
    var body: [String] = []
    for piece in pieces {
      switch piece {
      case .title(let text):
        body.append("<h1>" + MarkdownLite.inline(text) + "</h1>")
      case .prose(let lines):
        body.append(MarkdownLite.html(lines))
      case .entries(let cells):
        var html = "<div class=\"cell\">\n"
        for cell in cells {
          html += "<pre class=\"input\">"
          html += cell.input.enumerated().map {
            "<span class=\"prompt\">\($0.offset == 0 ? "&gt;" : "|")</span> " + CodeHighlighter.html($0.element)
          }.joined(separator: "\n")
          html += "</pre>\n"
          // Every part in order: a chart as SVG in place of its text drawing, the rest as text.
          for part in cell.output {
            switch part.kind {
            case .drawing(let svg): html += "<figure>\(svg)</figure>\n"
            case .result: html += "<pre class=\"output\">" + escaped(part.lines.joined(separator: "\n")) + "</pre>\n"
            case .error:
              html += "<pre class=\"output error\">" + escaped(part.lines.joined(separator: "\n")) + "</pre>\n"
            }
          }
        }
        body.append(html + "</div>")
      }
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="tape">
      <title>\(escaped(title))</title>
      <style>
      body { font: 16px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; background: #fff; }
      h1, h2, h3 { line-height: 1.2; }
      code, pre { font: 14px/1.4 ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
      .cell { margin: 1rem 0; border-left: 3px solid #4a7bd0; padding-left: .75rem; }
      pre { margin: 0; padding: .4rem .6rem; white-space: pre; overflow-x: auto; }
      pre.input { background: #f2f5fb; color: #1a3d7c; }
      .prompt { color: #8aa0c8; user-select: none; }
      pre.output { background: #fafafa; }
      pre.error { background: #fdf1f0; color: #a3261b; }
      .t-com { color: #6a737d; font-style: italic; }
      .t-str { color: #0a7d2c; }
      .t-num { color: #0b57d0; }
      .t-money { color: #0b57d0; font-weight: 600; }
      .t-date { color: #8a4baf; }
      .t-kw { color: #b0168a; font-weight: 600; }
      .t-op { color: #555; }
      .t-punct { color: #555; }
      .t-err { color: #a3261b; text-decoration: underline wavy; }
      svg { max-width: 100%; height: auto; }
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  static func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}

/// The little Markdown that notebook prose uses: headings, paragraphs, `code`, **bold**,
/// *emphasis* and `-` lists. Everything else is shown as text, never as raw HTML.
enum MarkdownLite {
  static func html(_ lines: [String]) -> String {
    var out: [String] = []
    var paragraph: [String] = []
    var inList = false
    func flushParagraph() {
      if !paragraph.isEmpty { out.append("<p>" + inline(paragraph.joined(separator: " ")) + "</p>") }
      paragraph = []
    }
    func closeList() {
      if inList { out.append("</ul>") }
      inList = false
    }
    for line in lines {
      if line.trimmingSpaces.isEmpty {
        flushParagraph()
        closeList()
      } else if let level = headingLevel(line) {
        flushParagraph()
        closeList()
        out.append("<h\(level)>" + inline(String(line.dropFirst(level + 1))) + "</h\(level)>")
      } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
        flushParagraph()
        if !inList { out.append("<ul>") }
        inList = true
        out.append("<li>" + inline(String(line.dropFirst(2))) + "</li>")
      } else {
        closeList()
        paragraph.append(line)
      }
    }
    flushParagraph()
    closeList()
    return out.joined(separator: "\n")
  }

  /// `# Title` in prose (written `# # Title` in the file) is a heading.
  static func headingLevel(_ line: String) -> Int? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...3).contains(hashes), line.dropFirst(hashes).hasPrefix(" ") else { return nil }
    return hashes
  }

  static func inline(_ text: String) -> String {
    var out = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "`", let close = text[text.index(after: index)...].firstIndex(of: "`") {
        out += "<code>" + HTMLDocument.escaped(String(text[text.index(after: index)..<close])) + "</code>"
        index = text.index(after: close)
      } else if text[index...].hasPrefix("**"), let close = text[text.index(index, offsetBy: 2)...].firstRange(of: "**") {
        out += "<strong>" + HTMLDocument.escaped(String(text[text.index(index, offsetBy: 2)..<close.lowerBound])) + "</strong>"
        index = close.upperBound
      } else {
        out += HTMLDocument.escaped(String(character))
        index = text.index(after: index)
      }
    }
    return out
  }
}
