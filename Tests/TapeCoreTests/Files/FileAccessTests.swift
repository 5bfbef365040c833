import Testing

@testable import TapeCore

/// The file-read policy reaches natives that read files when they are called, and the log of
/// files read belongs to one interpreter.
struct FileAccessTests {
  /// `peek()`: the base folder of the policy the call sees, or `none`; declared to read files.
  static let peek = NativeFunction(name: "peek", arity: 0...0, signature: "peek()", readsFiles: true) { _, call in
    .string(call.files?.policy.baseFolder ?? "none")
  }

  /// `note(path)`: records a read of `path` of 7 bytes, as `load` does.
  static let note = NativeFunction(name: "note", arity: 1...1, signature: "note(path)", readsFiles: true) { arguments, call in
    guard case .string(let path) = arguments[0] else { return .bool(false) }
    call.files?.record(FileRead(path: path, relativePath: path, absolutePath: "/base/\(path)", byteCount: 7))
    return .bool(true)
  }

  /// `blind()`: whether a native not declared to read files sees them (it must not).
  static let blind = NativeFunction(name: "blind", arity: 0...0, signature: "blind()") { _, call in
    .bool(call.files != nil)
  }

  static let natives = [peek, note, blind]

  static func last(_ interpreter: inout Interpreter, _ source: String) -> String {
    interpreter.run(source).last.map(describe) ?? "(nothing)"
  }

  @Test func theDefaultReadsAnyFileFromTheWorkingDirectory() {
    let interpreter = Interpreter()
    #expect(interpreter.fileReadPolicy == .workingDirectory)
    #expect(!interpreter.fileReadPolicy.isConfined)
    #expect(interpreter.fileReadPolicy.baseFolder == ".")
    #expect(interpreter.fileReadPolicy.baseFolderName == "the directory Tape was started in")
  }

  @Test func aPolicySetAfterAFunctionIsDefinedHoldsInsideIt() {
    var interpreter = Interpreter(natives: Self.natives)
    _ = interpreter.run("fn f() = peek()\nfn g(x) = [f(), x]")
    #expect(Self.last(&interpreter, "f()") == #"".""#)
    interpreter.fileReadPolicy = .confined(to: "/notebooks/q3", named: "the notebook's folder")
    #expect(Self.last(&interpreter, "f()") == #""/notebooks/q3""#)
    #expect(Self.last(&interpreter, "g(1)") == #"["/notebooks/q3", 1]"#)
    interpreter.fileReadPolicy = .unconfined(readingFrom: "/elsewhere", named: "the library's folder")
    #expect(Self.last(&interpreter, "f()") == #""/elsewhere""#)
  }

  @Test func aFileReadingNativeGivenAsAValueSeesThePolicy() {
    var interpreter = Interpreter(natives: Self.natives)
    _ = interpreter.run("fn call(h) = h()")
    interpreter.fileReadPolicy = .confined(to: "/nb", named: "the notebook's folder")
    #expect(Self.last(&interpreter, "call(peek)") == #""/nb""#)
    #expect(Self.last(&interpreter, "(() => peek())()") == #""/nb""#)
  }

  @Test func onlyNativesThatReadFilesSeeThem() {
    #expect(result("blind()", natives: Self.natives) == "false")
  }

  @Test func theLogIsTakenOnce() {
    var interpreter = Interpreter(natives: Self.natives)
    _ = interpreter.run(#"note("a.csv"); fn twice(p) = [note(p), note(p)]; twice("b.csv")"#)
    let reads = interpreter.takeFilesRead()
    #expect(reads.map(\.path) == ["a.csv", "b.csv", "b.csv"])
    #expect(reads.first == FileRead(path: "a.csv", relativePath: "a.csv", absolutePath: "/base/a.csv", byteCount: 7))
    #expect(interpreter.takeFilesRead().isEmpty)
  }

  @Test func aFileReadInsideAFailingStatementIsStillLogged() {
    var interpreter = Interpreter(natives: Self.natives)
    _ = interpreter.run(#"note("a.csv") + 1"#)
    #expect(interpreter.takeFilesRead().map(\.path) == ["a.csv"])
  }

  @Test func copiesOfAnInterpreterKeepTheirOwnPolicyAndLog() {
    var original = Interpreter(natives: Self.natives)
    _ = original.run(#"fn f() = peek(); note("before.csv")"#)
    var copy = original
    copy.fileReadPolicy = .confined(to: "/copy", named: "the notebook's folder")
    _ = copy.run(#"note("copy.csv")"#)
    #expect(Self.last(&original, "f()") == #"".""#)
    #expect(Self.last(&copy, "f()") == #""/copy""#)
    #expect(original.takeFilesRead().map(\.path) == ["before.csv"])
    #expect(copy.takeFilesRead().map(\.path) == ["before.csv", "copy.csv"])
  }

  @Test func readablePathsAreTheBaseFolderThenTheAllowedOnes() {
    let policy = FileReadPolicy.confined(to: "/nb", named: "the notebook's folder", allowing: ["/data", "/etc/x.csv"])
    #expect(policy.readablePaths == ["/nb", "/data", "/etc/x.csv"])
    #expect(policy.isConfined)
  }
}
