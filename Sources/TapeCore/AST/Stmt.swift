/// One statement: an expression to show, a binding, a function or a unit declaration.
public struct Stmt: Sendable, Equatable {
  public indirect enum Kind: Sendable, Equatable {
    case expression(Expr)
    /// `price = $118.42/share`
    case binding(name: String, nameSpan: Span, value: Expr)
    /// `fn pe(price, eps) = price / eps`
    case function(name: String, nameSpan: Span, parameters: [Parameter], body: Expr)
    /// `unit GPU`, or `unit month = 30 days` for a unit defined by another.
    case unit(name: String, nameSpan: Span, definition: Expr?)
    /// `why x`: how a value was computed and the sources of every input.
    case why(Expr)
    /// `sources`: every source behind the built-in data.
    case sources
    /// `datasets`: what is built in.
    case datasets
  }

  public struct Parameter: Sendable, Equatable {
    public var name: String
    public var span: Span
  }

  public var kind: Kind
  public var span: Span
}
