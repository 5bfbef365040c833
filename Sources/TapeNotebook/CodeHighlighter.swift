import TapeCore

/// A line of Tape code divided into runs by what Tape's own lexer makes of it, for colouring:
/// the HTML export wraps each run in a `<span>`, and the editor grammars in `editors/` are
/// tested to give every bundled line the same categories.
///
///     CodeHighlighter.runs("x = $5  # cash")
///     // "x" plain, "=" operator, "$5" money, "# cash" comment
public enum CodeHighlighter {
  /// What a run is, by token kind. Names (variables, functions, units, a lone `$`) and spaces
  /// have no category.
  public enum Category: String, Sendable, CaseIterable {
    case comment, string, number, money, date, keyword, `operator`, punctuation, invalid

    /// The class of its `<span>` in HTML, short as Pygments' are.
    public var htmlClass: String {
      switch self {
      case .comment: "t-com"
      case .string: "t-str"
      case .number: "t-num"
      case .money: "t-money"
      case .date: "t-date"
      case .keyword: "t-kw"
      case .operator: "t-op"
      case .punctuation: "t-punct"
      case .invalid: "t-err"
      }
    }
  }

  /// A stretch of the line, in UTF-8 offsets.
  public struct Run: Sendable, Equatable {
    public var range: Range<Int>
    public var category: Category?
  }

  /// The runs of `line` (one line of a file: comments and strings end with it), in order,
  /// covering the whole line.
  public static func runs(_ line: String) -> [Run] {
    let bytes = Array(line.utf8)
    // Lexed as a line of a file, with its line end: a `\` before it continues the statement.
    var lexer = Lexer(SourceFile(id: SourceID(0), name: "<highlight>", text: line + "\n"))
    var runs: [Run] = []
    var position = 0
    func addGap(upTo end: Int) {
      guard position < end else { return }
      // Between tokens there is only space, a `\` continuing the line, or a comment.
      if let hash = bytes[position..<end].firstIndex(of: UInt8(ascii: "#")) {
        if position < hash { runs.append(Run(range: position..<hash, category: nil)) }
        runs.append(Run(range: hash..<end, category: .comment))
      } else {
        runs.append(Run(range: position..<end, category: nil))
      }
      position = end
    }
    for token in lexer.tokens() {
      // The line end added above (or skipped after a `\`) ends the line.
      guard token.span.start < bytes.count else { break }
      let span = token.span.start..<min(token.span.end, bytes.count)
      addGap(upTo: span.lowerBound)
      guard !span.isEmpty else { continue }
      runs.append(Run(range: span, category: category(of: token.kind)))
      position = span.upperBound
    }
    addGap(upTo: bytes.count)
    return runs
  }

  static func category(of kind: TokenKind) -> Category? {
    switch kind {
    case .number, .percent: .number
    case .money: .money
    case .date: .date
    case .string: .string
    case .identifier, .newline, .endOfInput: nil
    case .keyword: .keyword
    case .symbol(let symbol): isPunctuation(symbol) ? .punctuation : .operator
    case .invalid: .invalid
    }
  }

  static func isPunctuation(_ symbol: Symbol) -> Bool {
    switch symbol {
    case .leftParen, .rightParen, .leftBracket, .rightBracket, .leftBrace, .rightBrace, .comma, .colon, .dot, .semicolon:
      true
    case .plus, .minus, .star, .slash, .caret, .dotDot, .equal, .equalEqual, .bangEqual, .less, .lessEqual, .greater,
      .greaterEqual, .percent, .fatArrow, .arrow, .bar:
      false
    }
  }

  /// `line` as HTML: each run escaped, and each run with a category in a `<span>` of its class.
  static func html(_ line: String) -> String {
    let bytes = Array(line.utf8)
    var html = ""
    for run in runs(line) {
      let text = HTMLDocument.escaped(String(decoding: bytes[run.range], as: UTF8.self))
      if let category = run.category {
        html += "<span class=\"\(category.htmlClass)\">\(text)</span>"
      } else {
        html += text
      }
    }
    return html
  }
}
