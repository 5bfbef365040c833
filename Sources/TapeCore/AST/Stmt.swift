/// One statement: an expression to show, a binding, a function or a unit declaration.
public struct Stmt: Sendable, Equatable {
  public indirect enum Kind: Sendable, Equatable {
    case expression(Expr)
    /// `price = $118.42/share`
    case binding(name: String, nameSpan: Span, value: Expr)
    /// `fn pe(price, eps) = price / eps`, `fn cagr(start: quantity, end: start, years: duration) -> percent = ...`
    case function(name: String, nameSpan: Span, parameters: [Parameter], returns: TypeAnnotation?, body: Expr)
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
    /// What a `fn` parameter declares after `:`; nil when it declares nothing (and for a lambda's).
    public var type: TypeAnnotation? = nil
  }

  public var kind: Kind
  public var span: Span
}

/// A type written after a parameter's `:` or a function's `->`, as parsed: alternatives joined
/// by `|`, each a name (`money`, `percent`, an earlier parameter such as `old`) or a unit
/// expression (`USD/share`, `shares`). The interpreter turns it into a `ParameterType` when the
/// function is defined, when the units it names are known.
public struct TypeAnnotation: Sendable, Equatable {
  public var alternatives: [Expr]
  public var span: Span
}
