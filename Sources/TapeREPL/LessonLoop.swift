import TapeCore
import TapeLibrary
import TapeNotebook

/// `tape lesson N`: walks a student through a lesson. Shows the prose and worked entries up to
/// each exercise, then reads answers until one is right or the student asks for the answer.
/// All judging is `LessonWalkthrough`'s; this loop reads and prints.
public struct LessonLoop {
  /// Reads one line after showing a prompt.
  public typealias ReadLine = (_ prompt: String) -> LineEditor.Input

  var walkthrough: LessonWalkthrough
  let usesColor: Bool
  /// What to suggest when the lesson ends (`tape lesson 2`), if there is a next one.
  let next: String?

  public init(_ walkthrough: LessonWalkthrough, usesColor: Bool, next: String?) {
    self.walkthrough = walkthrough
    self.usesColor = usesColor
    self.next = next
  }

  static let instructions =
    "Answer with a Tape expression. Or type `hint`, `answer` (to see it), `help TOPIC`; Ctrl-D stops."

  /// Runs the lesson to its end or until the student stops; returns whether it was finished.
  @discardableResult
  public mutating func run(readLine: ReadLine, output: (String) -> Void, errors: (String) -> Void) -> Bool {
    var explained = false
    while true {
      show(walkthrough.advance(), output: output, errors: errors)
      if walkthrough.isFinished { return true }
      if !explained {
        output(dim(Self.instructions) + "\n")
        explained = true
      }
      while walkthrough.isWaitingForAnswer {
        guard let answer = readAnswer(readLine) else {
          output("\nStopped. `tape lesson` lists the lessons; start this one again any time.\n")
          return false
        }
        switch answer.trimmingSpaces {
        case "": continue
        case "answer", "show", "skip":
          show(walkthrough.reveal(), output: output, errors: errors)
        case "hint":
          if let hint = walkthrough.nextHint() {
            output(dim("hint: ") + hint.escapingControlCharacters + "\n")
          } else {
            output("No more hints: type `answer` to see the lesson's answer.\n")
          }
        case "quit", "exit", ":quit", ":q":
          output("Stopped. `tape lesson` lists the lessons; start this one again any time.\n")
          return false
        case let text where text == "help" || text.hasPrefix("help ") || text.hasPrefix(":help"):
          let topic = text.hasPrefix(":help") ? text.dropFirst(5) : text.dropFirst(4)
          output(REPLCommands.help(topic: String(topic).trimmingSpaces) + "\n")
        default:
          show(walkthrough.attempt(answer), output: output, errors: errors)
        }
      }
    }
  }

  /// One answer, continued over lines while a bracket is open; nil at Ctrl-D.
  func readAnswer(_ readLine: ReadLine) -> String? {
    var entry: String? = nil
    // Each line is lexed once as it comes, as in the REPL, so a long pasted answer stays linear.
    var completeness = InputCompleteness.Entry()
    while true {
      let prompt = promptText(entry == nil ? "answer>" : "  ...")
      switch readLine(prompt) {
      case .line(let line):
        entry = entry.map { $0 + "\n" + line } ?? line
        completeness.add(line: line)
        if let complete = entry, !completeness.isIncomplete { return complete }
      case .interrupted:
        entry = nil
        completeness = InputCompleteness.Entry()
      case .endOfInput: return entry
      }
    }
  }

  /// Prints events. Everything in them comes from a lesson file or the student's answers, so it is
  /// escaped (`escapingControlCharacters`) before any colour is added.
  func show(_ events: [LessonWalkthrough.Event], output: (String) -> Void, errors: (String) -> Void) {
    for event in events {
      switch event {
      case .prose(let text):
        let text = text.escapingControlCharacters
        output(heading(text).map(bold) ?? text)
        output("\n")
      case .entry(let input, let printed):
        let lines = input.map(\.escapingControlCharacters)
        output(Prompt.primary(color: false) + lines.joined(separator: "\n" + Prompt.continuation(color: false)) + "\n")
        output(printed.escapingControlCharacters)
      case .exercise(_, let question):
        let lines = question.map(\.escapingControlCharacters)
        output(lines.map { heading($0).map(bold) ?? $0 }.joined(separator: "\n") + "\n")
      case .printed(let text):
        errors(text.escapingControlCharacters)
      case .correct(let display):
        output(styled("✓ Right:", code: "1;32") + " \(display.escapingControlCharacters)\n")
      case .wrong(let reason, let hint):
        output(styled("✗ Not yet:", code: "1;31") + " \(reason.escapingControlCharacters)\n")
        if let hint { output(dim("hint: ") + hint.escapingControlCharacters + "\n") }
      case .finished(let solved, let total):
        var text = "\n" + bold("End of the lesson.")
        if total > 0 { text += " You solved \(solved) of \(total) exercise\(total == 1 ? "" : "s") yourself." }
        if let next { text += " Next: `\(next)`." }
        output(text + "\n")
      }
    }
  }

  /// Colour escapes wrapped in `\u{1}`...`\u{2}` so libedit knows they take no room.
  func promptText(_ text: String) -> String {
    usesColor ? "\u{1}\u{1B}[1;33m\u{2}\(text)\u{1}\u{1B}[0m\u{2} " : text + " "
  }

  /// The text of a Markdown heading (`## The loss` → `The loss`), or nil for other prose.
  func heading(_ text: String) -> String? {
    guard text.hasPrefix("#") else { return nil }
    return String(text.drop { $0 == "#" }).trimmingSpaces
  }

  func bold(_ text: String) -> String { styled(text, code: "1") }
  func dim(_ text: String) -> String { styled(text, code: "2") }
  func styled(_ text: String, code: String) -> String {
    usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
