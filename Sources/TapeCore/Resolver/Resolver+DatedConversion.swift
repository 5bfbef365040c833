extension NativeFunction {
  /// The built-in that `x in USD at DATE` calls as `fx_convert(x, "USD", DATE)`: the exchange
  /// rates are data of the library, not of the language.
  public static let datedConversionName = "fx_convert"
}

extension Resolver where Builder: Emitter {
  /// `€100 in USD at 2025-01-27`: a call of the library's `fx_convert` with the currency's code,
  /// or, when the target is no currency or the session has no rates, code that reports it.
  mutating func datedConversion(
    _ code: Builder.Code, _ value: Expr, _ target: ResolvedTarget, _ conversion: ConversionTarget, date: Expr,
    in environment: Environment
  ) throws(ResolveError) -> Builder.Code {
    let dateCode = try resolve(date, in: environment)
    let call = CallContext(
      span: value.span.through(date.span), argumentSpans: [value.span, conversion.span, date.span])
    var currency: String? = nil
    if case .unit(let unit) = target, unit.factors.count == 1, unit.factors[0].exponent == 1,
      let definition = unit.currency
    {
      currency = definition.name
    }
    guard let currency, let native = environment.natives[NativeFunction.datedConversionName] else {
      let error: MarketDataError =
        currency == nil ? .notACurrency(target: Resolver.describe(target)) : .noExchangeRates
      let failing = NativeFunction(name: NativeFunction.datedConversionName, arity: 3...3, signature: "") {
        _, _ throws(EvalError) in throw EvalError.marketData(error, at: conversion.span)
      }
      return emitter.callNative(failing, [code, emitter.constant(.string(""), conversion.span), dateCode], call)
    }
    return emitter.callNative(native, [code, emitter.constant(.string(currency), conversion.span), dateCode], call)
  }

  /// A conversion target as the user wrote it, for messages.
  static func describe(_ target: ResolvedTarget) -> String {
    switch target {
    case .percent: "%"
    case .full: "full"
    case .scaled(let scale): scale.rawValue
    case .unit(let unit): unit.described(plural: true)
    }
  }
}
