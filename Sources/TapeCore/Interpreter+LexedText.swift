/// Text lexed once, ahead of running it: a pipe reader must know whether an entry is complete
/// before it runs it, and lexing it a second time to run it cost a fifth of a scalar script.
public struct LexedText: Sendable {
  let file: SourceFile
  let tokens: [Token]

  public var text: String { file.text }
  public var bytes: [UInt8] { file.bytes }
  /// Where it came from, for an error about it: `<input>` and its first line.
  public var name: String { file.name }
  public var firstLine: Int { file.firstLine }

  /// An open bracket, a trailing operator or `\`: the entry goes on over the next line.
  public var isIncomplete: Bool { InputCompleteness.isIncomplete(file.bytes, tokens: tokens) }
}

extension Interpreter {
  /// Lexes `text` as the next source this interpreter will see, for `run(_:onOutcome:)`.
  public func lexed(_ text: String, name: String = "<input>", firstLine: Int = 1) -> LexedText {
    let file = SourceFile(id: sources.nextID, name: name, text: text, firstLine: firstLine)
    var lexer = Lexer(file)
    return LexedText(file: file, tokens: lexer.tokens())
  }

  /// `run(_:name:firstLine:onOutcome:)` for text lexed by `lexed`.
  public mutating func run(_ lexed: LexedText, onOutcome: (Outcome, SourceMap) -> Void) {
    // Spans name the source by ID; text lexed before another source was added must be redone.
    guard lexed.file.id == sources.nextID else {
      run(lexed.file.text, name: lexed.file.name, firstLine: lexed.file.firstLine, onOutcome: onOutcome)
      return
    }
    sources.add(lexed.file)
    run(Parser(tokens: lexed.tokens), onOutcome: onOutcome)
  }
}
