// The grammar, loosest binding first (docs/grammar.md holds the same text):
//
//   program     = { separator } [ statement { separator { separator } statement } ] ;
//   separator   = ";" | NEWLINE ;
//   statement   = "fn" NAME "(" [ NAME { "," NAME } ] ")" "=" expression
//               | "unit" NAME [ "=" expression ]
//               | "why" expression | "sources" | "datasets"
//               | NAME "=" expression
//               | expression ;
//   expression  = choice [ "in" target ] ;
//   target      = "%" | unit_expr ;
//   choice      = "if" choice "then" choice "else" choice | or ;
//   or          = and { "or" and } ;
//   and         = not { "and" not } ;
//   not         = "not" not | comparison ;
//   comparison  = sum [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) sum ] ;
//   sum         = product { ( "+" | "-" ) product } ;
//   product     = unary { ( "*" | "/" ) unary } ;
//   unary       = ( "-" | "+" ) unary | quantity ;
//   quantity    = power { unit_term } ;                 (* 24.68B shares *)
//   unit_term   = NAME [ "^" [ "-" ] NUMBER ] ;
//   power       = postfix [ "^" exponent ] ;
//   exponent    = ( "-" | "+" ) exponent | power ;
//   postfix     = primary { "(" [ arguments ] ")" | "." NAME | "[" expression [ ".." expression ] "]" } ;
//   primary     = NUMBER | PERCENT | MONEY | DATE | STRING | "true" | "false" | NAME
//               | "(" expression ")" | "[" [ items ] "]" | "{" [ fields ] "}" | lambda ;
//   lambda      = ( NAME | "(" [ NAME { "," NAME } ] ")" ) "=>" choice ;
//   unit_expr   = unit_factor { ( "*" | "/" ) unit_factor } ;
//   unit_factor = NAME [ "^" [ "-" ] NUMBER ] | "(" unit_expr ")" | NUMBER ;
//
// Inside brackets, and after an operator that needs a right operand, newlines are skipped, so a
// long expression can continue on the next line.

/// Turns tokens into statements one at a time, so an interpreter can evaluate each statement
/// before the next is parsed, and a broken statement costs only itself.
public struct Parser {
  let tokens: [Token]
  var position = 0
  /// How many brackets are open; inside any, newlines do not end the statement.
  var bracketDepth = 0
  var expressionDepth = 0
  static let maximumDepth = 256

  public init(tokens: [Token]) {
    self.tokens = tokens
  }

  public init(_ file: SourceFile) {
    var lexer = Lexer(file)
    self.init(tokens: lexer.tokens())
  }

  /// True when only separators remain.
  public mutating func isAtEnd() -> Bool {
    skipSeparators()
    return current.kind == .endOfInput
  }

  /// The next statement, or the error that stopped it. After an error the parser has skipped to
  /// the next separator, ready for the next statement.
  public mutating func nextStatement() -> Result<Stmt, ParseError>? {
    guard !isAtEnd() else { return nil }
    bracketDepth = 0
    expressionDepth = 0
    do throws(ParseError) {
      let statement = try statement()
      switch current.kind {
      case .newline, .endOfInput, .symbol(.semicolon):
        return .success(statement)
      case .invalid(let error):
        throw ParseError.invalidToken(error)
      case .symbol(.equal):
        throw ParseError.invalidAssignmentTarget(at: statement.span)
      default:
        throw ParseError.unexpectedAfterStatement(found: current.kind, at: current.span)
      }
    } catch {
      synchronize()
      return .failure(error)
    }
  }

  /// Skips to the end of the broken statement: the next `;` or newline outside brackets is where
  /// the user most likely meant it to end.
  mutating func synchronize() {
    bracketDepth = 0
    while true {
      switch tokens[position].kind {
      case .endOfInput: return
      case .newline, .symbol(.semicolon):
        position += 1
        return
      default: position += 1
      }
    }
  }

  mutating func skipSeparators() {
    while case .newline = tokens[position].kind { position += 1 }
    while case .symbol(.semicolon) = tokens[position].kind {
      position += 1
      while case .newline = tokens[position].kind { position += 1 }
    }
  }

  // MARK: Token access

  /// The current token; inside brackets newlines are invisible.
  var current: Token {
    mutating get {
      if bracketDepth > 0 { skipNewlines() }
      return tokens[position]
    }
  }

  mutating func skipNewlines() {
    while case .newline = tokens[position].kind { position += 1 }
  }

  mutating func advance() -> Token {
    let token = current
    if token.kind != .endOfInput { position += 1 }
    return token
  }

  mutating func check(_ symbol: Symbol) -> Bool { current.kind == .symbol(symbol) }

  mutating func check(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

  mutating func match(_ symbol: Symbol) -> Token? { check(symbol) ? advance() : nil }

  mutating func match(_ keyword: Keyword) -> Token? { check(keyword) ? advance() : nil }

  mutating func expect(_ symbol: Symbol, _ what: String) throws(ParseError) -> Token {
    if let token = match(symbol) { return token }
    throw failure(expected: what)
  }

  mutating func expect(_ keyword: Keyword) throws(ParseError) -> Token {
    if let token = match(keyword) { return token }
    throw failure(expected: "`\(keyword.rawValue)`")
  }

  /// The error for an unexpected current token; lexer errors take precedence.
  mutating func failure(expected what: String) -> ParseError {
    if case .invalid(let error) = current.kind { return .invalidToken(error) }
    return .expected(what, found: current.kind, at: current.span)
  }

  mutating func identifier(_ what: String) throws(ParseError) -> (String, Span) {
    if case .identifier(let name) = current.kind {
      let token = advance()
      return (name, token.span)
    }
    throw failure(expected: what)
  }
}
