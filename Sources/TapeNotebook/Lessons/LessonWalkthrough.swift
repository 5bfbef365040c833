import TapeCore

/// A lesson in progress, without the terminal: it runs the worked entries, stops at each
/// exercise, judges the student's attempts and moves on. `tape lesson` (TapeREPL's `LessonLoop`)
/// does the reading and printing.
///
/// The student's attempts run in a copy of the lesson's session, so a name they bind cannot
/// break a later step; once an exercise is solved or shown, the lesson's own answer entry runs
/// in the lesson's session, so later steps may use what it binds.
public struct LessonWalkthrough {
  /// Something to show the student, in order.
  public enum Event: Equatable, Sendable {
    /// A line of prose (Markdown, without the `# `); empty for a blank line.
    case prose(String)
    /// An entry the lesson runs: its input lines and what Tape printed.
    case entry(input: [String], output: String)
    /// An exercise's question; `number` counts from 1.
    case exercise(number: Int, question: [String])
    /// What an attempt printed when it was not an answer (an error, a declaration, a report).
    case printed(String)
    case correct(String)
    case wrong(reason: String, hint: String?)
    /// The lesson ended: exercises solved without being shown the answer, out of all.
    case finished(solved: Int, of: Int)
  }

  public let lesson: Lesson
  let file: String
  var interpreter: Interpreter
  /// Where the next `advance` resumes in `lesson.steps`.
  var position = 0
  /// The exercise waiting for an answer, with the student's session and the expected value.
  var pending: (exercise: Lesson.Exercise, student: Interpreter, expected: Value?, hintsGiven: Int, mistakes: [(value: Value, feedback: String)])?
  var exerciseCount = 0
  public private(set) var solved = 0
  /// Numbers the student's attempts, so an error names `<answer:3>`.
  var attemptCount = 0

  public init(_ lesson: Lesson, file: String, interpreter: Interpreter) {
    self.lesson = lesson
    self.file = file
    self.interpreter = interpreter
  }

  /// Whether an exercise is waiting for an answer.
  public var isWaitingForAnswer: Bool { pending != nil }
  public var isFinished: Bool { pending == nil && position >= lesson.steps.count }

  /// Shows prose and runs worked entries up to the next exercise (its question included) or the
  /// end of the lesson.
  public mutating func advance() -> [Event] {
    guard pending == nil else { return [] }
    var events: [Event] = []
    while position < lesson.steps.count {
      let step = lesson.steps[position]
      position += 1
      switch step {
      case .prose(let text): events.append(.prose(text))
      case .blank: events.append(.prose(""))
      case .worked(let entry): events.append(.entry(input: entry.input, output: run(entry, in: &interpreter)))
      case .exercise(let exercise):
        exerciseCount += 1
        var probe = interpreter
        let expected = Self.lastValue(of: exercise.answer, in: &probe, file: file)
        let mistakes = exercise.mistakes.compactMap { mistake -> (value: Value, feedback: String)? in
          var copy = interpreter
          return Self.value(of: mistake.expression, in: &copy).map { ($0, mistake.feedback) }
        }
        pending = (exercise, interpreter, expected, 0, mistakes)
        events.append(.exercise(number: exerciseCount, question: exercise.question))
        return events
      }
    }
    events.append(.finished(solved: solved, of: exerciseCount))
    return events
  }

  /// Judges one attempt at the waiting exercise. A value (or a binding's value) is compared with
  /// the answer; anything else (an error, `fn ...`) is printed and the exercise keeps waiting.
  public mutating func attempt(_ input: String) -> [Event] {
    guard var current = pending else { return [] }
    attemptCount += 1
    var answer: Value? = nil
    var printed = ""
    // A value or a binding is the answer, judged below; what else the attempt printed is shown.
    Self.attemptRunner.run(
      input, name: "<answer:\(attemptCount)>", in: &current.student,
      onOutcome: { outcome in
        switch outcome {
        case .value(let value, _), .binding(_, let value, _): answer = value
        case .error: answer = nil
        default: break
        }
      }
    ) { output in
      switch output.kind {
      case .value, .binding, .figure: break
      case .declaration, .report, .error, .help: printed += output.text
      }
    }
    pending = current
    guard let answer else { return printed.isEmpty ? [] : [.printed(printed)] }
    guard let expected = current.expected else {
      return [.printed(printed), .wrong(reason: "this exercise's own answer does not run; type `answer` to see it", hint: nil)]
    }
    let exercise = current.exercise
    switch AnswerCheck.verdict(answer, expected: expected, tolerance: exercise.tolerance, precision: exercise.precision) {
    case .correct:
      solved += 1
      let sameAsTyped = current.exercise.answer.source.trimmingSpaces == input.trimmingSpaces
      let lessonAnswer = finishExercise()
      return [.correct(answer.display)] + (sameAsTyped ? [] : [lessonAnswer])
    case .wrong(let reason):
      // A mistake the lesson names is answered with its own words, before the generic reason.
      let named = current.mistakes.first {
        AnswerCheck.verdict(answer, expected: $0.value, tolerance: exercise.tolerance, precision: exercise.precision) == .correct
      }
      return [.wrong(reason: "`\(answer.display)`: \(named?.feedback ?? reason)", hint: nextHint())]
    }
  }

  /// The waiting exercise's next hint, each given once, in the lesson's order; nil when none
  /// is left.
  public mutating func nextHint() -> String? {
    guard var current = pending, current.hintsGiven < current.exercise.hints.count else { return nil }
    defer {
      current.hintsGiven += 1
      pending = current
    }
    return current.exercise.hints[current.hintsGiven]
  }

  /// Shows the waiting exercise's answer (it does not count as solved) and moves past it.
  public mutating func reveal() -> [Event] {
    guard pending != nil else { return [] }
    return [finishExercise()]
  }

  /// Runs the lesson's answer entry in the lesson's session and returns it as an entry event.
  mutating func finishExercise() -> Event {
    guard let current = pending else { return .prose("") }
    pending = nil
    let entry = current.exercise.answer
    return .entry(input: entry.input, output: run(entry, in: &interpreter))
  }

  /// What an entry prints, rendered as in a notebook; a REPL command in a lesson is refused.
  func run(_ entry: SessionFile.Entry, in interpreter: inout Interpreter) -> String {
    EntryRunner.notebook.run(entry.source, name: file, firstLine: entry.line, in: &interpreter).printed
  }

  /// A student's answer is Tape: `help`, `hint` and the like are the lesson loop's.
  static let attemptRunner = EntryRunner(commands: .none)

  /// The value of one line of Tape, or nil when it is an error or no value.
  static func value(of source: String, in interpreter: inout Interpreter) -> Value? {
    var last: Value? = nil
    attemptRunner.run(
      source, name: "<mistake>", in: &interpreter,
      onOutcome: { outcome in
        switch outcome {
        case .value(let value, _), .binding(_, let value, _): last = value
        default: break
        }
      }, output: { _ in })
    return last
  }

  /// The value an exercise's answer entry ends with, or nil when it has none.
  static func lastValue(of entry: SessionFile.Entry, in interpreter: inout Interpreter, file: String) -> Value? {
    var last: Value? = nil
    EntryRunner.notebook.run(
      entry.source, name: file, firstLine: entry.line, in: &interpreter,
      onOutcome: { outcome in
        switch outcome {
        case .value(let value, _), .binding(_, let value, _): last = value
        case .error: last = nil
        default: break
        }
      }, output: { _ in })
    return last
  }
}
