// The grammar, loosest binding first (docs/grammar.md holds the same text):
//
//   program     = { separator } [ statement { separator { separator } statement } ] ;
//   separator   = ";" | NEWLINE ;
//   statement   = "fn" NAME "(" [ parameter { "," parameter } ] ")" [ "->" type ] "=" expression
//               | "unit" NAME [ "=" expression ]
//               | "why" expression | "sources" | "datasets"
//               | NAME "=" expression
//               | expression ;
//   parameter   = NAME [ ":" type ] ;
//   type        = unit_expr { "|" unit_expr } ;          (* money, percent, USD/share, old *)
//   expression  = choice [ "in" target [ "at" choice ] ] ;  (* €100 in USD at 2025-01-27 *)
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
//   unit_term   = NAME [ "^" [ "-" ] NUMBER ] ;            (* "trading day(s)" is one unit name *)
//   power       = postfix [ "^" exponent ] ;
//   exponent    = ( "-" | "+" ) exponent | power ;
//   postfix     = primary { "(" [ arguments ] ")" | "." NAME | "[" index "]" } ;
//   index       = expression | [ expression ] ".." [ expression ] ;   (* s[-1], s[-20..], s[..2025-01-24] *)
//   primary     = NUMBER | PERCENT | MONEY | DATE | STRING | "true" | "false" | NAME
//               | "(" expression ")" | "[" [ items ] "]" | "{" [ fields ] "}" | lambda ;
//   lambda      = ( NAME | "(" [ NAME { "," NAME } ] ")" ) "=>" choice ;
//   unit_expr   = unit_factor { ( "*" | "/" ) unit_factor } ;
//   unit_factor = NAME [ "^" [ "-" ] NUMBER ] | "(" unit_expr ")" | NUMBER ;
//
// Inside brackets, and after an operator that needs a right operand, newlines are skipped, so a
// long expression can continue on the next line. `at` is a word only after a conversion's target
// (a currency, converted at that date's exchange rate); elsewhere it is a name like any other.

/// Turns tokens into statements one at a time, so an interpreter can evaluate each statement
/// before the next is parsed, and a broken statement costs only itself.
public struct Parser {
  let tokens: [Token]
  var position = 0
  /// How many brackets are open; inside any, newlines do not end the statement.
  var bracketDepth = 0
  var expressionDepth = 0
  static let maximumDepth = 256
  /// How tall a statement's tree may be. Brackets are limited by `maximumDepth`; this limits
  /// long chains (`a + b + c ...`, `x.f.g ...`), which nest without recursion here but are
  /// walked recursively by the resolver and evaluator (a 500-term sum is 500 levels).
  static let maximumTreeHeight = 10_000

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
    return currentShape == .endOfInput
  }

  /// The next statement, or the error that stopped it. After an error the parser has skipped to
  /// the next separator, ready for the next statement.
  public mutating func nextStatement() -> Result<Stmt, ParseError>? {
    guard !isAtEnd() else { return nil }
    bracketDepth = 0
    expressionDepth = 0
    let firstToken = position
    do throws(ParseError) {
      let statement = try statement()
      // On the shape: copying the current token out to look at its kind costs its payloads.
      switch currentShape {
      case .newline, .endOfInput, .symbol(.semicolon):
        // Every level of a tree takes at least one token, so only a long statement can be too tall.
        if position - firstToken > Parser.maximumTreeHeight {
          for expr in statement.expressions {
            if let tooDeep = expr.nodeDeeperThan(Parser.maximumTreeHeight) {
              throw ParseError.nestedTooDeeply(limit: Parser.maximumTreeHeight, at: tooDeep.span)
            }
          }
        }
        return .success(statement)
      case .symbol(.equal):
        throw ParseError.invalidAssignmentTarget(at: statement.span)
      default:
        if case .invalid(let error) = current.kind { throw ParseError.invalidToken(error) }
        throw ParseError.unexpectedAfterStatement(found: current.kind, at: currentSpan)
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
      switch tokens[position].shape {
      case .endOfInput: return
      case .newline, .symbol(.semicolon):
        position += 1
        return
      default: position += 1
      }
    }
  }

  mutating func skipSeparators() {
    while tokens[position].shape == .newline { position += 1 }
    while tokens[position].shape == .symbol(.semicolon) {
      position += 1
      while tokens[position].shape == .newline { position += 1 }
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

  @inline(__always)
  mutating func skipNewlines() {
    while tokens[position].shape == .newline { position += 1 }
  }

  /// Moves past the current token and says where it was. Only its place is handed back: the
  /// callers that need its contents read `current` first, and copying whole tokens (payloads
  /// and all) on every step was a tenth of parsing.
  @inline(__always)
  mutating func advance() -> ConsumedToken {
    if bracketDepth > 0 { skipNewlines() }
    let consumed = ConsumedToken(span: tokens[position].span, shape: tokens[position].shape)
    if tokens[position].shape != .endOfInput { position += 1 }
    return consumed
  }

  /// The current token's span, read in place.
  var currentSpan: Span {
    mutating get {
      if bracketDepth > 0 { skipNewlines() }
      return tokens[position].span
    }
  }

  /// The current token's shape; inside brackets newlines are invisible.
  @inline(__always)
  var currentShape: TokenShape {
    mutating get {
      if bracketDepth > 0 { skipNewlines() }
      return tokens[position].shape
    }
  }

  @inline(__always)
  mutating func check(_ symbol: Symbol) -> Bool { currentShape == .symbol(symbol) }

  @inline(__always)
  mutating func check(_ keyword: Keyword) -> Bool { currentShape == .keyword(keyword) }

  @inline(__always)
  mutating func match(_ symbol: Symbol) -> ConsumedToken? { check(symbol) ? advance() : nil }

  @inline(__always)
  mutating func match(_ keyword: Keyword) -> ConsumedToken? { check(keyword) ? advance() : nil }

  mutating func expect(_ symbol: Symbol, _ what: String) throws(ParseError) -> ConsumedToken {
    if let token = match(symbol) { return token }
    throw failure(expected: what)
  }

  mutating func expect(_ keyword: Keyword) throws(ParseError) -> ConsumedToken {
    if let token = match(keyword) { return token }
    throw failure(expected: "`\(keyword.rawValue)`")
  }

  /// The error for an unexpected current token; lexer errors take precedence.
  mutating func failure(expected what: String) -> ParseError {
    if case .invalid(let error) = current.kind { return .invalidToken(error) }
    return .expected(what, found: current.kind, at: currentSpan)
  }

  mutating func identifier(_ what: String) throws(ParseError) -> (String, Span) {
    if case .identifier(let name) = current.kind {
      let token = advance()
      return (name, token.span)
    }
    throw failure(expected: what)
  }

  /// The name after `.`: an identifier or any keyword, so a CSV column named `if`, `then` or
  /// `true` is read as `row.if`, as field access after `.` works in most languages.
  mutating func fieldName() throws(ParseError) -> (String, Span) {
    if case .keyword(let keyword) = current.kind {
      let token = advance()
      return (keyword.rawValue, token.span)
    }
    return try identifier("a field name after `.`")
  }
}

/// A token's kind without its payload: trivially copied and compared.
enum TokenShape: Equatable {
  case symbol(Symbol)
  case keyword(Keyword)
  case identifier
  case newline
  case endOfInput
  /// A string without its closing quote, which ends an entry even inside brackets.
  case unterminatedString
  /// A plain number literal, the commonest operand, read by the parser without copying the token.
  case number
  /// Other literals and invalid text, which the parser reads from the token itself.
  case other

  init(_ kind: TokenKind) {
    switch kind {
    case .symbol(let symbol): self = .symbol(symbol)
    case .keyword(let keyword): self = .keyword(keyword)
    case .identifier: self = .identifier
    case .newline: self = .newline
    case .endOfInput: self = .endOfInput
    case .invalid(.unterminatedString): self = .unterminatedString
    case .number: self = .number
    case .percent, .money, .date, .string, .invalid: self = .other
    }
  }
}

/// Where a token the parser moved past was, and its shape.
struct ConsumedToken {
  let span: Span
  let shape: TokenShape
}
