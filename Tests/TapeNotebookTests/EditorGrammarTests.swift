import Foundation
import TapeCore
import Testing

@testable import TapeNotebook

/// The editor grammars (editors/vscode/syntaxes, for VS Code and GitHub linguist) colour Tape as
/// Tape reads it: every line of every bundled `.tape` and `.session` file gets, character for
/// character, the category Tape's lexer gives it (`CodeHighlighter`, which the HTML export uses).
struct EditorGrammarTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let syntaxes = repository.appendingPathComponent("editors/vscode/syntaxes")

  static let tape: TextMateGrammar = {
    do {
      return try TextMateGrammar(contentsOf: syntaxes.appendingPathComponent("tape.tmLanguage.json"))
    } catch {
      preconditionFailure("tape.tmLanguage.json: \(error)")
    }
  }()
  static let session: TextMateGrammar = {
    do {
      return try TextMateGrammar(contentsOf: syntaxes.appendingPathComponent("tape-session.tmLanguage.json"), including: [tape])
    } catch {
      preconditionFailure("tape-session.tmLanguage.json: \(error)")
    }
  }()

  /// What each scope of source.tape means; nil: a name, shown plain.
  static let categories: [String: CodeHighlighter.Category?] = [
    "comment.line.number-sign.tape": .comment,
    "string.quoted.double.tape": .string,
    "invalid.illegal.unterminated-string.tape": .invalid,
    "constant.other.date.tape": .date,
    "invalid.illegal.date.tape": .invalid,
    "constant.numeric.money.tape": .money,
    "invalid.illegal.currency.tape": .invalid,
    "constant.numeric.tape": .number,
    "invalid.illegal.number.tape": .invalid,
    "keyword.other.declaration.tape": .keyword,
    "keyword.control.conditional.tape": .keyword,
    "keyword.operator.logical.tape": .keyword,
    "keyword.operator.conversion.tape": .keyword,
    "constant.language.boolean.tape": .keyword,
    "keyword.other.command.tape": .keyword,
    "entity.name.function.tape": CodeHighlighter.Category?.none,
    "entity.name.type.tape": CodeHighlighter.Category?.none,
    "keyword.operator.tape": .operator,
    "punctuation.tape": .punctuation,
    "invalid.illegal.character.tape": .invalid,
  ]

  static func files(under folder: String, ending suffix: String) -> [String] {
    let root = repository.appendingPathComponent(folder)
    let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
    return paths.filter { $0.hasSuffix(suffix) }.sorted().map { "\(folder)/\($0)" }
  }

  static func lines(of file: String) throws -> [String] {
    let text = try String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
  }

  /// Where `code`, found at UTF-16 offset `offset` of `line`, is coloured otherwise than the
  /// lexer colours it: nil when they agree on every character that is not a space.
  static func disagreement(code: String, in line: String, at offset: Int, scopes: [[String]]) -> String? {
    var lexed: [Int: CodeHighlighter.Category] = [:]
    for run in CodeHighlighter.runs(code) {
      if let category = run.category { for byte in run.range { lexed[byte] = category } }
    }
    var utf8 = 0
    var utf16 = offset
    for scalar in code.unicodeScalars {
      defer {
        utf8 += String(scalar).utf8.count
        utf16 += String(scalar).utf16.count
      }
      if scalar.properties.isWhitespace { continue }
      let known = scopes[utf16].compactMap { categories[$0] }
      let grammar = known.last ?? nil
      if grammar != lexed[utf8] {
        let rest = String(decoding: Array(code.utf8).dropFirst(utf8).prefix(16), as: UTF8.self)
        return "`\(line)`: at `\(rest)` the lexer says "
          + "\(lexed[utf8]?.rawValue ?? "plain"), the grammar \(grammar?.rawValue ?? "plain") (\(scopes[utf16]))"
      }
    }
    return nil
  }

  @Test func everyScopeHasACategory() {
    for name in Self.tape.scopeNames { #expect(Self.categories[name] != nil, "\(name): add it to EditorGrammarTests.categories") }
  }

  @Test(arguments: files(under: "stdlib", ending: ".tape"))
  func tapeFileIsColouredAsTheLexerReadsIt(file: String) throws {
    for line in try Self.lines(of: file) {
      let problem = Self.disagreement(code: line, in: line, at: 0, scopes: Self.tape.scopes(of: line))
      #expect(problem == nil, "\(file): \(problem ?? "")")
    }
  }

  @Test(arguments: files(under: "sessions", ending: ".session"))
  func notebookIsColouredAsTheLexerReadsIt(file: String) throws {
    for line in try Self.lines(of: file) where !line.isEmpty {
      let scopes = Self.session.scopes(of: line)
      let first = Set(scopes.first ?? [])
      switch line.first {
      case ">", "|":
        let code = String(line.dropFirst(2))
        #expect(first.contains("punctuation.section.input.session.tape"), "\(file): `\(line)`")
        let problem = Self.disagreement(code: code, in: line, at: line.count == 1 ? 1 : 2, scopes: scopes)
        #expect(problem == nil, "\(file): \(problem ?? "")")
      case "#":
        #expect(scopes.allSatisfy { $0.contains("comment.line.prose.session.tape") }, "\(file): prose `\(line)`")
      case "@":
        #expect(scopes.allSatisfy { $0 == ["meta.data-pin.session.tape"] }, "\(file): data pin `\(line)`")
      default:
        let isError = line.contains(": error: ") && !line.hasPrefix(" ")
        let expected = isError ? "message.error.session.tape" : "meta.output.session.tape"
        #expect(scopes.allSatisfy { $0 == [expected] }, "\(file): output `\(line)` should be \(expected)")
      }
    }
  }

  /// One line with every token kind, the errors included.
  @Test(arguments: [
    "fn pe(price, eps) = if price >= 1 then price / eps else 0  # ratio",
    "fn f(x: USD/share | shares, n: number, m: x) -> percent | money = x / n; r = {a: money, b: list}",
    "unit GPU; x = $5 + €2.5M - £1_000 + ¥.5 + 12% + 1.5e3 + 3k + 2025-01-27 - 2024-12-31",
    "ok = not (a == b) and c != d or e <= f < g > h; r = {a: 1, b: [1, 2]}; s = \"a # b\"",
    "why x; sources; datasets; true or false; x in $; y in $/share; z => w; nvda[2025-01-02..2025-01-10]",
    "bad = 12kg + $abc + $-5 + 5% % + 1_ + \"open ! x ^ 2 × 3 @ ~",
    "a.b.c + .5 + x2 + _y + café + 1.2.3 + 10B + 10Bn \\",
    "d = 2025-1-1 + 2025-01-1 + 2025-1-15 + 2025-13-01 + 2025-00-10 + 2025-1-15x + 2025-1-123 + 2025-01-01x",
  ])
  func everyTokenKindIsColouredAsTheLexerReadsIt(line: String) {
    let problem = Self.disagreement(code: line, in: line, at: 0, scopes: Self.tape.scopes(of: line))
    #expect(problem == nil, "\(problem ?? "")")
  }

  /// The grammar's keywords are the lexer's, every one (`Keyword` in Token.swift).
  @Test func keywordsAreTheLexers() {
    for keyword in Keyword.allCases {
      let scopes = Self.tape.scopes(of: keyword.rawValue)
      #expect(scopes.allSatisfy { $0.contains { Self.categories[$0] == .keyword } }, "`\(keyword.rawValue)` is not a keyword")
    }
    let json = (try? String(contentsOf: Self.syntaxes.appendingPathComponent("tape.tmLanguage.json"), encoding: .utf8)) ?? ""
    let listed = json.split(separator: "\"").filter { $0.hasPrefix("\\\\b(?:") }.flatMap {
      $0.dropFirst("\\\\b(?:".count).prefix { $0 != ")" }.split(separator: "|").map(String.init)
    }
    #expect(Set(listed) == Set(Keyword.allCases.map(\.rawValue)))
  }

  @Test func extensionVersionIsTapes() throws {
    let package = try String(contentsOf: Self.repository.appendingPathComponent("editors/vscode/package.json"), encoding: .utf8)
    let version = try String(contentsOf: Self.repository.appendingPathComponent("VERSION"), encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(package.contains("\"version\": \"\(version)\""), "editors/vscode/package.json: run `make version`")
  }

  /// A signature's types are coloured as types: after `->`, after `|`, and a type word after `:`.
  @Test func typesInASignatureAreTypes() {
    let line = "fn f(x: money, y: USD | shares) -> percent = x"
    let scopes = Self.tape.scopes(of: line)
    func scopesOf(_ word: String, after prefix: String) -> [String] {
      let start = line.range(of: prefix + word).map { line.utf16.distance(from: line.startIndex, to: $0.lowerBound) + prefix.utf16.count } ?? 0
      return scopes[start]
    }
    #expect(scopesOf("money", after: ": ").contains("entity.name.type.tape"))
    #expect(scopesOf("shares", after: "| ").contains("entity.name.type.tape"))
    #expect(scopesOf("percent", after: "-> ").contains("entity.name.type.tape"))
    #expect(scopesOf("->", after: " ").contains("keyword.operator.tape"))
    #expect(scopesOf("|", after: " ").contains("keyword.operator.tape"))
  }
}
