import TapeCore

/// A lesson: a notebook whose prose marks some entries as exercises. Read as a notebook it is an
/// ordinary `.session` file (`tape check` verifies every answer); `tape lesson` walks through it,
/// showing the prose and worked entries and asking the student for each exercise's answer.
///
///     # ## Exercise 1
///     # What was NVIDIA's market cap at the close of 27 January 2025?
///     # Hint: market cap = price * shares.
///     # Tolerance: 1%
///     > nvda.close[2025-01-27] * nvda.shares
///     $2.889T
///
/// A prose line starting with `Exercise` (after any `#` or `*` of Markdown) opens an exercise;
/// the entry after it is the answer. Inside an exercise, prose lines starting with `Hint:` are
/// hints shown after a wrong answer, and `Tolerance: 1%` sets how close a numeric answer must be
/// (default 0.5%). See docs/session-format.md, "Lessons".
public struct Lesson: Sendable {
  public enum Step: Sendable {
    /// A line of prose (Markdown, without the `# `).
    case prose(String)
    case blank
    /// An entry shown with its output, as a worked example.
    case worked(SessionFile.Entry)
    case exercise(Exercise)
  }

  public struct Exercise: Sendable {
    /// The prose that opens it, the `Exercise` line included.
    public var question: [String]
    public var hints: [String]
    /// The relative difference accepted for a numeric answer (0.005 is 0.5%).
    public var tolerance: Double
    /// The entry whose value is the expected answer.
    public var answer: SessionFile.Entry
    /// The precision the question asks for, in the answer's unit (`0.01` for cents, `0.1` for one
    /// decimal): when set, an answer must round to the expected one at that step, whatever the
    /// relative tolerance.
    public var precision: Double? = nil
    /// The mistakes the lesson expects, each recognised by its value and answered by its feedback.
    public var mistakes: [Mistake] = []
  }

  /// `Mistake: ni / (1 + 10%)^5 -> you discounted net income, not free cash flow`: an expression
  /// that computes a wrong answer the lesson anticipates, and what to tell a student who gives it.
  public struct Mistake: Sendable, Equatable {
    public var expression: String
    public var feedback: String
  }

  public static let defaultTolerance = 0.005

  /// The first line of prose, without Markdown heading marks.
  public var title: String
  public var steps: [Step]
  /// The notebook the lesson was read from, for `tape check`.
  public var session: SessionFile

  public var exercises: [Exercise] {
    steps.compactMap { if case .exercise(let exercise) = $0 { exercise } else { nil } }
  }

  /// Reads the lesson structure out of a notebook. Fails, naming the line, when an exercise has
  /// no answer entry or a tolerance cannot be read.
  public init(_ session: SessionFile, file: String) throws(SessionError) {
    self.session = session
    var steps: [Step] = []
    var open:
      (question: [String], hints: [String], tolerance: Double, line: Int, precision: Double?, mistakes: [Mistake])? = nil
    var line = 1
    for block in session.blocks {
      defer { line += block.lineCount }
      switch block {
      case .prose(let text):
        let plain = Self.withoutMarkup(text)
        if plain.hasPrefix("Exercise") {
          if let open { throw SessionError(file: file, line: open.line, column: 1, message: "this exercise has no answer entry (`> ...`) before the next exercise") }
          open = ([text], [], Self.defaultTolerance, line, nil, [])
        } else if open != nil, plain.hasPrefix("Hint:") {
          open?.hints.append(String(plain.dropFirst("Hint:".count)).trimmingSpaces)
        } else if open != nil, plain.hasPrefix("Tolerance:") {
          let written = String(plain.dropFirst("Tolerance:".count)).trimmingSpaces
          guard let tolerance = Self.percentage(written) else {
            throw SessionError(file: file, line: line, column: 1, message: "cannot read the tolerance `\(written)`: write a percentage such as `1%`")
          }
          open?.tolerance = tolerance
        } else if open != nil, plain.hasPrefix("Precision:") {
          let written = String(plain.dropFirst("Precision:".count)).trimmingSpaces
          guard let precision = Self.step(written) else {
            throw SessionError(file: file, line: line, column: 1, message: "cannot read the precision `\(written)`: write a positive step such as `0.01`, `0.1%` or `1B`")
          }
          open?.precision = precision
        } else if open != nil, plain.hasPrefix("Mistake:") {
          let written = String(plain.dropFirst("Mistake:".count)).trimmingSpaces
          guard let mistake = Self.mistake(written) else {
            throw SessionError(file: file, line: line, column: 1, message: "cannot read the mistake `\(written)`: write `Mistake: <expression> -> <feedback>`")
          }
          open?.mistakes.append(mistake)
        } else if open != nil {
          open?.question.append(text)
        } else {
          steps.append(.prose(text))
        }
      case .blank:
        if open == nil { steps.append(.blank) }
      case .entry(let entry):
        if let exercise = open {
          steps.append(
            .exercise(
              Exercise(
                question: exercise.question, hints: exercise.hints, tolerance: exercise.tolerance, answer: entry,
                precision: exercise.precision, mistakes: exercise.mistakes)))
          open = nil
        } else {
          steps.append(.worked(entry))
        }
      }
    }
    if let open { throw SessionError(file: file, line: open.line, column: 1, message: "this exercise has no answer entry (`> ...`) after it") }
    self.steps = steps
    let firstProse = steps.lazy.compactMap { if case .prose(let text) = $0 { Self.withoutMarkup(text) } else { nil } }
    title = firstProse.first { !$0.isEmpty } ?? file
  }

  /// `## **Exercise 1.**` → `Exercise 1.`: Markdown headings and emphasis do not hide a marker.
  static func withoutMarkup(_ text: String) -> String {
    String(text.drop { $0 == "#" || $0 == "*" || $0 == " " || $0 == "_" })
  }

  /// `0.01`, `0.1%` or `1B` as a positive step in the answer's unit (`0.1%` is 0.001, `1B` 1e9).
  static func step(_ text: String) -> Double? {
    if let percent = percentage(text) { return percent > 0 ? percent : nil }
    let scales: [Character: Double] = ["k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]
    let scale = text.last.flatMap { scales[$0] }
    guard let number = Double(scale == nil ? text : String(text.dropLast())), number > 0, number.isFinite else { return nil }
    return number * (scale ?? 1)
  }

  /// `expression -> feedback`, split at the first ` -> `.
  static func mistake(_ text: String) -> Mistake? {
    let characters = Array(text)
    let arrow = Array(" -> ")
    guard characters.count > arrow.count,
      let start = (0...(characters.count - arrow.count)).first(where: { Array(characters[$0..<$0 + arrow.count]) == arrow })
    else { return nil }
    let expression = String(characters[..<start]).trimmingSpaces
    let feedback = String(characters[(start + arrow.count)...]).trimmingSpaces
    guard !expression.isEmpty, !feedback.isEmpty else { return nil }
    return Mistake(expression: expression, feedback: feedback)
  }

  /// `1%` or `0.5 %` as a fraction.
  static func percentage(_ text: String) -> Double? {
    guard text.hasSuffix("%"), let number = Double(String(text.dropLast()).trimmingSpaces), number >= 0, number.isFinite else { return nil }
    return number / 100
  }
}

extension SessionFile.Block {
  /// How many lines of the file the block takes.
  var lineCount: Int {
    switch self {
    case .prose, .blank: 1
    case .entry(let entry): entry.input.count + entry.output.count
    }
  }
}
