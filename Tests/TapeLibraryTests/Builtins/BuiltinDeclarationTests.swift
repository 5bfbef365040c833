import Foundation
import Testing

@testable import TapeCore
@testable import TapeLibrary

/// A builtin's declaration is the truth about it: it is registered, its parameter types cover
/// what its body reads, and its examples return what it declares.
struct BuiltinDeclarationTests {
  /// Every `static let x = Builtin(name: "x", ...)` in Sources/TapeLibrary/Builtins, by Swift name
  /// and Tape name, read from the source text: a declaration left out of the registry's table
  /// would otherwise be a builtin nobody can call and `help` never shows.
  static let declarations: [(swift: String, tape: String, file: String)] = {
    let folder = DataFiles.packageRoot.appendingPathComponent("Sources/TapeLibrary/Builtins")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".swift") }.sorted().flatMap { file in
      let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
      return text.matches(of: #/static let (\w+) = Builtin\(\s*name: "(\w+)"/#).map {
        (String($0.output.1), String($0.output.2), file)
      }
    }
  }()

  @Test func declarationsAreFound() {
    #expect(Self.declarations.count >= 40, "the scan of Sources/TapeLibrary/Builtins found too few declarations")
    #expect(Self.declarations.contains { $0.swift == "pctChange" && $0.tape == "pct_change" })
  }

  @Test func everyDeclaredBuiltinIsRegistered() {
    let registered = Set(BuiltinRegistry.all.map(\.name))
    for declaration in Self.declarations {
      #expect(
        registered.contains(declaration.tape),
        "`\(declaration.tape)` (Builtins.\(declaration.swift), \(declaration.file)) is declared but not in BuiltinRegistry.all")
    }
    #expect(Self.declarations.count == BuiltinRegistry.all.count, "a registered builtin is not declared as `static let`")
  }

  @Test func everyRegisteredBuiltinIsUnderAHelpTopic() {
    let functions = Set(HelpIndex.standard.entries(of: .function).map(\.name))
    let tour = HelpIndex.standard.tour
    let reference = ReferenceDocument.markdown
    for builtin in BuiltinRegistry.all {
      #expect(functions.contains(builtin.name), "`\(builtin.name)` has no function entry in help")
      #expect(tour.contains(builtin.name), "the tour's list of functions leaves out `\(builtin.name)`")
      let group = reference.components(separatedBy: "### \(builtin.topic.rawValue)\n").dropFirst().first ?? ""
      #expect(
        group.components(separatedBy: "\n### ")[0].contains("#### `\(builtin.name)`"),
        "the reference does not list `\(builtin.name)` under \(builtin.topic.rawValue)")
    }
  }

  /// STYLE.md section 3: the Swift declaration is the camelCase twin of the Tape name.
  @Test func theSwiftNameIsTheTwinOfTheTapeName() {
    for declaration in Self.declarations {
      let parts = declaration.tape.split(separator: "_")
      let twin = (parts.first.map(String.init) ?? "") + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
      #expect(declaration.swift == twin, "Builtins.\(declaration.swift) declares `\(declaration.tape)`")
    }
  }

  @Test(arguments: BuiltinRegistry.all.map(\.name))
  func parametersAreWellFormed(_ name: String) throws {
    let builtin = try #require(BuiltinRegistry.named(name))
    let names = builtin.parameters.map(\.name)
    #expect(Set(names).count == names.count, "two parameters share a name")
    #expect(builtin.optionalCount <= builtin.parameters.count)
    for (index, parameter) in builtin.parameters.enumerated() {
      for case .sameDimension(let other) in parameter.type.alternatives {
        #expect(other < index, "`\(parameter.name)` must name an earlier parameter")
      }
    }
    for case .sameDimension(let other) in builtin.returns.alternatives {
      #expect(other < builtin.parameters.count)
    }
  }

  /// The body runs only on arguments that passed the declared types, and must take every one
  /// of them: each builtin is called with every kind of value in every position, and none may
  /// end in `undeclaredArgument`. Where the declaration refuses an argument, the error is the
  /// declared mismatch, at that argument.
  @Test(arguments: BuiltinRegistry.all.map(\.name))
  func theDeclarationCoversTheBody(_ name: String) throws {
    let builtin = try #require(BuiltinRegistry.named(name))
    var session = SeriesSession()
    var values: [String: Value] = [:]
    for (sample, source) in Self.samples {
      guard case .binding(_, let value, _)? = session.interpreter.run("\(sample) = \(source)").first else {
        Issue.record("sample `\(sample) = \(source)` failed")
        return
      }
      values[sample] = value
    }
    let undeclared = EvalError.undeclaredArgument(at: Span(source: SourceID(0), start: 0, end: 0))
      .diagnostic(in: SourceMap()).message
    // Every list of samples from the fewest arguments to one per parameter (a repeated one once).
    var calls: [[String]] = []
    var longer: [[String]] = [[]]
    for length in 0...builtin.parameters.count {
      if length >= builtin.parameters.count - builtin.optionalCount { calls += longer }
      longer = longer.flatMap { call in Self.samples.map { call + [$0.name] } }
    }
    for call in calls {
      let source = "\(name)(\(call.joined(separator: ", ")))"
      let outcome = session.interpreter.run(source).first
      guard case .error(let diagnostic)? = outcome else { continue }
      #expect(diagnostic.message != undeclared, "\(source): the body cannot take what the declaration let through")
      let arguments = call.compactMap { values[$0] }
      if let found = builtin.signature.mismatch(in: arguments),
        let parameter = builtin.signature.parameterIndex(ofArgument: found.argument)
      {
        let expected = found.mismatch.message(
          function: name, parameter: builtin.parameters[parameter].name, parameters: builtin.signature.parameterNames)
        #expect(diagnostic.message == expected, "\(source)")
      }
    }
  }

  /// One value of every kind, by the name a session binds it to.
  static let samples: [(name: String, source: String)] = [
    ("sample_plain", "2"), ("sample_pct", "5%"), ("sample_money", "$5"), ("sample_shares", "3 shares"), ("sample_days", "2 days"),
    ("sample_price", "$118.42/share"), ("sample_flag", "true"), ("sample_day", "2025-01-27"), ("sample_text", #""tape:nope.csv""#),
    ("sample_empty", "[]"), ("sample_numbers", "[1, 2, 3]"), ("sample_amounts", "[$1, $2]"), ("sample_mixed", "[$1, 1 share]"),
    ("sample_texts", #"["a"]"#), ("sample_days_list", "[2025-01-24, 2025-01-27]"), ("sample_fields", "{a: 1}"), ("sample_fn", "x => x"),
    ("sample_closes", Builtins.exampleCloses), ("sample_prices", "nv"), ("sample_picture", "spark([1, 2])"),
  ]

  /// Each example that is one call of its builtin returns a value of the declared result type.
  @Test(arguments: BuiltinRegistry.all.map(\.name))
  func examplesReturnTheDeclaredType(_ name: String) throws {
    let builtin = try #require(BuiltinRegistry.named(name))
    for example in builtin.examples where Self.isOneCall(example.input, of: name) {
      var interpreter = Interpreter(natives: BuiltinRegistry.natives)
      guard case .value(let value, _)? = interpreter.run(example.input).first else { continue }
      #expect(
        builtin.returns.accepts(value),
        "\(example.input) is \(value.kindDescription), not \(builtin.returns.notation(parameters: builtin.signature.parameterNames))")
    }
  }

  /// Whether `input` is `name(...)` and nothing after the closing parenthesis.
  static func isOneCall(_ input: String, of name: String) -> Bool {
    guard input.hasPrefix(name + "(") else { return false }
    var depth = 0
    var inString = false
    for (offset, character) in input.enumerated() {
      if character == "\"" { inString.toggle() }
      if inString { continue }
      if character == "(" { depth += 1 }
      if character == ")" {
        depth -= 1
        if depth == 0 { return offset == input.count - 1 }
      }
    }
    return false
  }

  /// The wrapper checks arguments before the body, and reports at the argument's span.
  @Test func argumentsAreCheckedBeforeTheBodyRuns() throws {
    let builtin = Builtin(
      name: "probe", topic: .arithmetic, parameters: [.init("x", .number), .init("when", .date)], returns: .number,
      summary: "A test builtin.", examples: []
    ) { _, _ throws(EvalError) in
      Issue.record("the body ran on arguments its declaration refuses")
      return .number(0)
    }
    let source = SourceID(7)
    let spans = [Span(source: source, start: 6, end: 8), Span(source: source, start: 10, end: 11)]
    let call = CallContext(span: Span(source: source, start: 0, end: 12), argumentSpans: spans)
    #expect(throws: EvalError.argumentMismatch(
      .kind(expected: .date, found: .plainNumber, fix: .writeDate), argument: 1, signature: builtin.signature, at: spans[1])
    ) {
      try builtin.native.body([.number(1), .number(2)], call)
    }
    #expect(builtin.native.signature == "probe(x: number, when: date) -> number")
  }

  /// A fix that names a function names a builtin Tape has.
  @Test func everyFunctionAFixSuggestsIsABuiltin() {
    let fixes: [TypeMismatch.Fix] = [
      .attachUnit(.none), .divideOutUnit(.none), .takeLastValue, .pickColumn(table: "t", column: "c"), .dateTheList,
      .wrapInList, .writeFunction, .writeDate, .calendarIsNotADuration,
    ]
    for fix in fixes {
      let help = fix.help(argument: "x")
      for match in help.matches(of: #/`(\w+)\(/#) {
        #expect(BuiltinRegistry.named(String(match.output.1)) != nil, "\(help) suggests a function Tape lacks")
      }
    }
  }
}
