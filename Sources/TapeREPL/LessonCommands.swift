import TapeCore
import TapeLibrary
import TapeNotebook

/// `tape lesson` (list the built-in lessons) and `tape lesson N|FILE` (walk through one).
public enum LessonCommands {
  /// The built-in lessons, one line each, with how to start one.
  public static func list(output: (String) -> Void) -> Int32 {
    var text = "Lessons in valuation basics, on NVIDIA's fall of 27 January 2025:\n\n"
    for entry in LessonCatalog.all {
      let count = entry.lesson.exercises.count
      let title = entry.lesson.title.replacingEvery("Lesson \(entry.number): ", with: "")
      text += "  \(String(entry.number).leftPadded(to: 2))  \(title.rightPadded(to: 44)) \(count) exercise\(count == 1 ? "" : "s")\n"
    }
    text += "\n`tape lesson 1` starts the first. A lesson is a notebook: `tape lesson FILE.session` runs your own.\n"
    output(text)
    return 0
  }

  /// Walks through lesson `choice` (a number from the list, or a `.session` file) reading answers
  /// from the terminal, or line by line from a pipe. Exit code 2 for an unknown lesson, 1 for a
  /// file that cannot be read as one.
  public static func start(
    _ choice: String, allowedReads: [String] = [], output: @escaping (String) -> Void,
    errors: @escaping (String) -> Void
  ) -> Int32 {
    let lesson: Lesson
    let name: String
    var next: String? = nil
    if let number = Int(choice) {
      guard let entry = LessonCatalog.lesson(number: number) else {
        let numbers = LessonCatalog.all.map(\.number)
        let range = numbers.isEmpty ? "none are built in" : "choose \(numbers.min() ?? 1) to \(numbers.max() ?? 1)"
        errors("error: there is no lesson \(number): \(range) (`tape lesson` lists them)\n")
        return 2
      }
      (lesson, name) = (entry.lesson, entry.fileName)
      if LessonCatalog.lesson(number: number + 1) != nil { next = "tape lesson \(number + 1)" }
    } else {
      switch NotebookFiles.read(choice) {
      case .failure(let problem):
        errors(problem.message)
        return 1
      case .success(let session):
        name = PathComponents.lastComponent(of: choice)
        do {
          lesson = try Lesson(session, file: name)
        } catch {
          errors(error.rendered)
          return 1
        }
      }
    }
    // A lesson from a file reads inside its folder; a built-in one has none, and reads from the
    // working directory under the same rule.
    var interpreter = Interpreter.standard()
    interpreter.fileReadPolicy = NotebookReadPolicy.policy(
      forFileAt: Int(choice) == nil ? choice : "./lesson", kind: .lesson, allowing: allowedReads)
    let walkthrough = LessonWalkthrough(lesson, file: name, interpreter: interpreter)
    let interactive = Terminal.isStandardInputInteractive
    var loop = LessonLoop(walkthrough, usesColor: interactive && Terminal.usesColor(fileDescriptor: 1), next: next)
    if interactive {
      let editor: LineEditor
      do {
        editor = try LineEditor(completer: Completer(context: REPLSession().completionContext), history: [])
      } catch {
        errors(error.message)
        return 1
      }
      loop.run(readLine: { editor.readLine(prompt: $0) }, output: output, errors: errors)
    } else {
      // From a pipe the answers are echoed, so the output reads as a transcript.
      loop.run(
        readLine: { prompt in
          guard let line = Swift.readLine() else { return .endOfInput }
          output(prompt + line.escapingControlCharacters + "\n")
          return .line(line)
        }, output: output, errors: errors)
    }
    return 0
  }
}

private extension String {
  func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
  func rightPadded(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
