import TapeCore
import TapeLibrary
import TapeNotebook

extension JSONLinesSession {
  /// The names Tab completes at the prompt, from this session: what the REPL's Completer is
  /// given (`REPLSession.completionContext`), for the same answers in a notebook front end.
  var completionContext: CompletionContext {
    CompletionContext(environment: interpreter.environment, helpTopics: HelpIndex.standard.topics, commands: [])
  }

  /// What the word before the cursor can become (Tape's `Completer`), and the scalars it
  /// replaces. A file name is not completed here: the front end knows its own files.
  func complete(_ code: String, cursor: Int?) -> Reply {
    let (scalars, cursor) = Self.scalars(of: code, cursor: cursor)
    let lineStart = scalars[..<cursor].lastIndex(of: "\n").map { $0 + 1 } ?? 0
    let wordStart = Self.wordStart(in: scalars, before: cursor, from: lineStart)
    let line = String(String.UnicodeScalarView(scalars[lineStart..<cursor]))
    let prefix = String(String.UnicodeScalarView(scalars[lineStart..<wordStart]))
    let word = String(String.UnicodeScalarView(scalars[wordStart..<cursor]))
    var matches: [String] = []
    if case .candidates(let candidates) = Completer(context: completionContext).complete(
      line: line, wordStart: prefix.utf8.count, word: word)
    {
      matches = candidates
    }
    return Reply(ok: true, matches: matches, cursorStart: wordStart, cursorEnd: cursor)
  }

  /// Help on the name under the cursor (`help NAME`), or the value of a name this session bound.
  func inspect(_ code: String, cursor: Int?) -> Reply {
    let (scalars, cursor) = Self.scalars(of: code, cursor: cursor)
    let start = Self.wordStart(in: scalars, before: cursor, from: 0)
    var end = cursor
    while end < scalars.count, Self.isNameScalar(scalars[end]) { end += 1 }
    let name = String(String.UnicodeScalarView(scalars[start..<end]))
    guard !name.isEmpty else { return Reply(ok: true, found: false) }
    if let binding = interpreter.environment.bindings.last(where: { $0.name == name }) {
      return Reply(ok: true, found: true, text: "\(name) = \(binding.value.display)")
    }
    let index = HelpIndex.standard
    guard case .entry = index.lookup(name) else { return Reply(ok: true, found: false) }
    return Reply(ok: true, found: true, text: index.text(for: name))
  }

  /// `code` as Unicode scalars, and the cursor clamped into it (the end when absent).
  static func scalars(of code: String, cursor: Int?) -> ([Unicode.Scalar], Int) {
    let scalars = Array(code.unicodeScalars)
    return (scalars, min(max(cursor ?? scalars.count, 0), scalars.count))
  }

  /// Where the name that ends at `cursor` starts (at `cursor` when none does).
  static func wordStart(in scalars: [Unicode.Scalar], before cursor: Int, from lineStart: Int) -> Int {
    var start = cursor
    while start > lineStart, isNameScalar(scalars[start - 1]) { start -= 1 }
    return start
  }

  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
      || (!scalar.isASCII && scalar.properties.isAlphabetic)
  }
}
