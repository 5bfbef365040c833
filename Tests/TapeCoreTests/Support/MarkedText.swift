import Testing

@testable import TapeCore

/// Source text with emoji position markers (`1️⃣`, `2️⃣`, ... `🔟`), as swift-format's test support
/// writes them: the markers are removed and each one's position is kept as a UTF-8 offset into
/// the remaining text, so a test can say where a diagnostic must start without counting bytes.
///
///     let marked = MarkedText("$5 1️⃣+ 3 shares")
///     marked.text          // "$5 + 3 shares"
///     marked["1️⃣"]         // 3
struct MarkedText {
  /// The text with every marker removed.
  let text: String
  /// UTF-8 offset of each marker in `text`.
  let markers: [String: Int]

  init(_ marked: String) {
    var text = ""
    var markers: [String: Int] = [:]
    for character in marked {
      if MarkedText.isMarker(character) {
        let name = String(character)
        precondition(markers[name] == nil, "marker \(name) appears twice in \(marked)")
        markers[name] = text.utf8.count
      } else {
        text.append(character)
      }
    }
    self.text = text
    self.markers = markers
  }

  /// The offset of a marker; a missing marker is a mistake in the test itself.
  subscript(marker: String) -> Int {
    guard let offset = markers[marker] else {
      preconditionFailure("marker \(marker) is not in the marked text")
    }
    return offset
  }

  /// Keycap digits (`1️⃣` is "1", U+FE0F, U+20E3) and `🔟`.
  static func isMarker(_ character: Character) -> Bool {
    if character == "🔟" { return true }
    let scalars = Array(character.unicodeScalars)
    return scalars.count == 3 && ("0"..."9").contains(scalars[0]) && scalars[1] == "\u{FE0F}"
      && scalars[2] == "\u{20E3}"
  }
}

/// Runs `marked` (after `setup`, in the same session) and checks that it reports an error whose
/// message is `message` and whose primary span starts at `marker` in the text without markers.
/// When `endsAt` names a second marker, the primary span must end there too; `label`, `help` and
/// `secondary` (markers where secondary labels start) are checked when given.
func assertDiagnostic(
  _ marked: String,
  message: String,
  at marker: String = "1️⃣",
  endsAt endMarker: String? = nil,
  label: String? = nil,
  help: String?? = nil,
  secondary: [String]? = nil,
  setup: String? = nil,
  natives: [NativeFunction] = [],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let source = MarkedText(marked)
  var interpreter = Interpreter(natives: natives)
  if let setup {
    for outcome in interpreter.run(setup, name: "<setup>") {
      if case .error(let diagnostic) = outcome {
        Issue.record("setup failed: \(diagnostic.message)", sourceLocation: sourceLocation)
        return
      }
    }
  }
  let outcomes = interpreter.run(source.text)
  let diagnostics = outcomes.compactMap { outcome -> Diagnostic? in
    if case .error(let diagnostic) = outcome { return diagnostic }
    return nil
  }
  guard let diagnostic = diagnostics.first else {
    Issue.record(
      "expected an error in \(source.text), got \(outcomes.map(describe))", sourceLocation: sourceLocation)
    return
  }
  let expectedSource = interpreter.sources.files.last?.id
  #expect(diagnostic.message == message, sourceLocation: sourceLocation)
  #expect(
    diagnostic.span.source == expectedSource, "the error points into another source", sourceLocation: sourceLocation)
  #expect(
    diagnostic.span.start == source[marker],
    "error starts at \(caretLine(source.text, diagnostic.span.start)), expected \(caretLine(source.text, source[marker]))",
    sourceLocation: sourceLocation)
  if let endMarker {
    #expect(
      diagnostic.span.end == source[endMarker], "primary span ends at \(diagnostic.span.end)",
      sourceLocation: sourceLocation)
  }
  if let label {
    #expect(diagnostic.primary.text == label, sourceLocation: sourceLocation)
  }
  if let help {
    #expect(diagnostic.help == help, sourceLocation: sourceLocation)
  }
  if let secondary {
    #expect(diagnostic.secondary.map(\.span.start) == secondary.map { source[$0] }, sourceLocation: sourceLocation)
  }
}

/// The text with a `|` inserted at a UTF-8 offset, for readable failure messages.
func caretLine(_ text: String, _ offset: Int) -> String {
  let bytes = Array(text.utf8)
  let clamped = min(max(offset, 0), bytes.count)
  return String(decoding: bytes[..<clamped], as: UTF8.self) + "|" + String(decoding: bytes[clamped...], as: UTF8.self)
}
