import TapeCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The valuation models that have no answer at some inputs: the IRR (no rate, or several), the
/// Gordon growth perpetuity (growth at or above the rate), the reverse DCF (no growth fits) and
/// multiples of a negative figure. Each refuses in finance terms instead of returning a number
/// that looks like an answer; the arithmetic around them lives in `stdlib/*.tape`.
extension Builtins {
  static let valuation: [Builtin] = [irr, irrs, gordon, twoStageValue, twoStageGrowth, multiple]

  /// Why a valuation model has no answer, beside the words that say it.
  enum Refusal: LibraryProblem {
    // Amounts and rates as figures, worded by `message` (as every `LibraryProblem`).
    case noRate(outlay: Quantity)
    case severalRates([Double])
    case growthNotBelowRate(growth: Double, rate: Double)
    case notWholeYears(Quantity)
    case noImpliedGrowth(value: Quantity, lowest: Quantity, highest: Quantity)
    case negativeBase(Quantity)
    case multipleOfNonPositive(Quantity)
    case negativeChangeBase(Quantity)
    case noCashFlows
    case notARatePair

    var message: String {
      switch self {
      case .noRate(let outlay):
        "no IRR: no discount rate makes these flows worth the outlay of \(shown(outlay))"
      case .severalRates(let rates):
        "these flows have \(rates.count) IRRs, \(rates.map(percentText).joined(separator: " and ")): the IRR does not rank them"
      case .growthNotBelowRate(let growth, let rate):
        "the Gordon growth model needs growth below the discount rate; growth \(percentText(growth)) is not below \(percentText(rate))"
      case .notWholeYears(let years):
        "`\(shown(years))` is not a whole number of years: the model has one cash flow at the end of each year"
      case .noImpliedGrowth(let value, let lowest, let highest):
        "no growth rate gives \(shown(value)): from -99% to 1000% a year the value runs from \(shown(lowest)) to \(shown(highest))"
      case .negativeBase(let flow):
        "implied growth of a negative cash flow (\(shown(flow))) is not meaningful: growing a loss lowers the value"
      case .multipleOfNonPositive(let figure):
        "a multiple of \(shown(figure)) is not meaningful (NM): the figure it divides by must be positive"
      case .negativeChangeBase(let base):
        "a percentage change from \(shown(base)) is not meaningful: from a negative base the sign reads backwards"
      case .noCashFlows:
        "an IRR needs at least one cash flow"
      case .notARatePair:
        "expected two rates, `[rate, terminal_growth]`"
      }
    }

    /// Most refusals are about the inputs together, and point at the whole call.
    var label: String {
      switch self {
      case .noCashFlows, .notARatePair, .negativeBase, .multipleOfNonPositive, .negativeChangeBase: "this argument"
      case .growthNotBelowRate: "growth not below the rate"
      default: "no meaningful answer for these inputs"
      }
    }

    var help: String? {
      switch self {
      case .noRate:
        "the flows never pay back the outlay at any rate above -100% (or never change sign); judge the project by `npv` at your cost of capital"
      case .severalRates:
        "the flows change sign more than once; `irrs` lists every rate, and the NPV at your cost of capital decides (Brealey-Myers-Allen, ch. 5)"
      case .growthNotBelowRate:
        "a perpetuity growing as fast as its discount rate has no finite value: lower the terminal growth (long-run GDP growth, 2-3%) or check the rate"
      case .notWholeYears:
        "write `5 years`; for a part year, discount the flows yourself with `npv`"
      case .noImpliedGrowth:
        "check the value's unit (total or per share) and the cash flow's"
      case .noCashFlows:
        nil
      case .notARatePair:
        "call `growth_value` or `implied_growth`, which pass them"
      case .negativeBase:
        "start from a positive cash flow, such as a normalised year's"
      case .multipleOfNonPositive:
        "textbooks report it as NM; compare on another figure (sales, `ps`) or on the earnings yield"
      case .negativeChangeBase:
        "report the change itself with `change` (for rates, `pp_change` in points)"
      }
    }

    func error(at span: Span) -> EvalError { .library(AnyLibraryProblem(self), at: span) }
  }

  static func percentText(_ rate: Double) -> String { Value.quantity(Quantity(rate, format: .percent)).display }

  /// An amount in a refusal's words, as Tape shows it.
  static func shown(_ amount: Quantity) -> String { Value.quantity(amount).display }

  /// NPV at `rate` of `-outlay` now and `flows[t-1]` at the end of year t: the polynomial in
  /// 1 / (1 + rate) whose positive roots are the IRRs.
  static func netValue(_ outlay: Double, _ flows: [Double], rate: Double) -> Double {
    let discount = 1 / (1 + rate)
    var factor = 1.0
    var sum = -outlay
    for flow in flows {
      factor *= discount
      sum += flow * factor
    }
    return sum
  }

  /// Every rate above -100% at which the NPV is zero, lowest first: the discount factor
  /// x = 1 / (1 + r) is scanned on a logarithmic grid from 1e-8 to 1e4 (rates from -99.99% to
  /// ten billion percent), and each change of sign is narrowed by bisection. A root where the
  /// NPV touches zero without crossing is not found.
  static func internalRates(outlay: Double, flows: [Double]) -> [Double] {
    func value(_ x: Double) -> Double { netValue(outlay, flows, rate: 1 / x - 1) }
    let steps = 6000
    let (low, high) = (-8.0, 4.0)
    var rates: [Double] = []
    var previousX = pow10(low)
    var previous = value(previousX)
    if previous == 0 { rates.append(1 / previousX - 1) }
    for step in 1...steps {
      let x = pow10(low + (high - low) * Double(step) / Double(steps))
      let current = value(x)
      if current == 0 {
        rates.append(1 / x - 1)
      } else if previous != 0, (previous < 0) != (current < 0) {
        var (a, b, valueA) = (previousX, x, previous)
        for _ in 0..<200 {
          let middle = (a + b) / 2
          let valueMiddle = value(middle)
          if (valueMiddle < 0) == (valueA < 0) { (a, valueA) = (middle, valueMiddle) } else { b = middle }
        }
        rates.append(1 / ((a + b) / 2) - 1)
      }
      (previousX, previous) = (x, current)
    }
    return rates.sorted()
  }

  static func pow10(_ exponent: Double) -> Double { pow(10, exponent) }

  /// The outlay and flows of `irr` and `irrs`, in one unit.
  static func outlayAndFlows(_ arguments: [Value], _ call: CallContext) throws(EvalError) -> (
    outlay: Double, flows: [Double], provenance: Provenance
  ) {
    let outlay = try quantity(arguments, 0, call)
    let flows = try quantities(arguments, 1, call)
    guard let first = flows.first else {
      throw Refusal.noCashFlows.error(at: call.argumentSpan(1))
    }
    guard first.dimension == outlay.dimension else {
      throw EvalError.mixedUnits(first: outlay.unit, found: first.unit, at: call.argumentSpan(1))
    }
    let provenance = flows.reduce(outlay.provenance) { $0.union($1.provenance) }
    return (outlay.converted(to: first.unit).value, flows.map(\.value), provenance)
  }

  static let irr = Builtin(
    name: "irr", topic: .market,
    parameters: [
      .init("outlay", .quantity, "paid today (t = 0)"),
      .init("cash_flows", .list(of: .quantity), "one at the end of each year, t = 1..n, in the outlay's dimension"),
    ],
    returns: .percent, resultNote: "an error when there is no rate or several",
    summary: "Internal rate of return: the rate at which the year-end flows are worth exactly the outlay.",
    examples: [
      .init("irr($250, [$100, $100, $100])", yields: "9.70%"),
      .init("irr($100, [$20000])", yields: "19,900.00%"),
    ],
    details: """
      The rate r with -outlay + c1 / (1 + r) + ... + cn / (1 + r)^n = 0 (Brealey-Myers-Allen, \
      Principles of Corporate Finance, ch. 5; CFA curriculum, Corporate Issuers, "Capital \
      Investments"): t = 0 is today, the flows come at the ends of years 1..n. Every rate above \
      -100% is searched. When none gives zero (`irr(-$100, [$50, $60])`, flows that never change \
      sign) the answer is an error, not a number at the edge of the search; when several do \
      (`irr($100, [$230, -$132])`: 10% and 20%) the error names them and `irrs` returns them: \
      with flows that change sign more than once the IRR does not rank projects, and the NPV at \
      the cost of capital decides.
      """,
    seeAlso: ["irrs", "npv", "net_present_value"]
  ) { arguments, call throws(EvalError) in
    let (outlay, flows, provenance) = try outlayAndFlows(arguments, call)
    let rates = internalRates(outlay: outlay, flows: flows)
    guard rates.count == 1, let rate = rates.first else {
      if rates.isEmpty {
        throw Refusal.noRate(outlay: try quantity(arguments, 0, call)).error(at: call.span)
      }
      throw Refusal.severalRates(rates).error(at: call.span)
    }
    return try finite(Quantity(rate, format: .percent, provenance: provenance), call)
  }

  static let irrs = Builtin(
    name: "irrs", topic: .market,
    parameters: [
      .init("outlay", .quantity, "paid today (t = 0)"),
      .init("cash_flows", .list(of: .quantity), "one at the end of each year, t = 1..n"),
    ],
    returns: .list(of: .percent), resultNote: "lowest first; empty when there is none",
    summary: "Every internal rate of return of the flows: several when they change sign more than once.",
    examples: [
      .init("irrs($100, [$230, -$132])", yields: "[10.00%, 20.00%]"),
      .init("irrs(-$100, [$50, $60])", yields: "[]"),
    ],
    details: """
      The rates `irr` looks for, all of them (Brealey-Myers-Allen, ch. 5, "multiple rates of \
      return"). A mine that costs money to close, or a loan drawn and repaid in stages, can have \
      two; the NPV at the cost of capital, not the IRR, says whether to invest.
      """,
    seeAlso: ["irr", "npv"]
  ) { arguments, call throws(EvalError) in
    let (outlay, flows, provenance) = try outlayAndFlows(arguments, call)
    return .list(internalRates(outlay: outlay, flows: flows).map { .quantity(Quantity($0, format: .percent, provenance: provenance)) })
  }

  static let gordon = Builtin(
    name: "gordon", topic: .market,
    parameters: [
      .init("next_cash_flow", .quantity, "the flow one year from now"),
      .init("rate", .percent, "the discount rate"),
      .init("growth", .percent, "below the rate"),
    ],
    returns: .sameDimension(as: 0), resultNote: "an error when growth is not below the rate",
    summary: "Gordon growth perpetuity: a flow growing at `growth` for ever, worth next_cash_flow / (rate - growth).",
    examples: [.init("gordon($102, 10%, 2%)", yields: "$1,275.00")],
    details: """
      The value one year before `next_cash_flow` of that flow growing at `growth` a year for ever \
      (Gordon 1962; Brealey-Myers-Allen, ch. 4; Damodaran, Investment Valuation, ch. 12). The \
      model holds only when growth is below the rate: at or above it the perpetuity has no finite \
      value, and Tape refuses rather than return a negative or infinite number. The terminal \
      value of `dcf` and `growth_value`, and the dividend discount model `ddm`.
      """,
    seeAlso: ["dcf", "ddm", "growth_value"]
  ) { arguments, call throws(EvalError) in
    let flow = try quantity(arguments, 0, call)
    let (rate, growth) = (try quantity(arguments, 1, call), try quantity(arguments, 2, call))
    guard growth.value < rate.value else {
      throw Refusal.growthNotBelowRate(
        growth: growth.value, rate: rate.value
      ).error(at: call.argumentSpan(2))
    }
    var value = flow
    value.value = flow.value / (rate.value - growth.value)
    value.provenance = flow.provenance.union(rate.provenance).union(growth.provenance)
    return try finite(value, call)
  }

  /// The value of `flow` grown at `growth` for `years` whole years, then at `terminal` for ever.
  static func growthValue(_ flow: Double, growth: Double, rate: Double, years: Int, terminal: Double) -> Double {
    var sum = 0.0
    var grown = flow
    var discount = 1.0
    for _ in 0..<years {
      grown *= 1 + growth
      discount *= 1 + rate
      sum += grown / discount
    }
    return sum + grown * (1 + terminal) / (rate - terminal) / discount
  }

  /// The whole number of years in a duration argument.
  static func wholeYears(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> Int {
    let years = try quantity(arguments, index, call)
    let count = years.baseValue / 365
    guard count >= 0, count <= 1000, Swift.abs(count - count.rounded()) < 1e-9 else {
      throw Refusal.notWholeYears(years).error(at: call.argumentSpan(index))
    }
    return Int(count.rounded())
  }

  /// `[growth, terminal_growth]` or `[rate, terminal_growth]`: two rates passed as one list, so
  /// that the builtins behind `growth_value` and `implied_growth` take four arguments.
  static func ratePair(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> (Double, Double, Provenance) {
    let items = try list(arguments, index, call)
    guard items.count == 2, case .quantity(let first) = items[0], case .quantity(let second) = items[1],
      first.unit.isNone, second.unit.isNone
    else {
      throw Refusal.notARatePair.error(at: call.argumentSpan(index))
    }
    return (first.value, second.value, first.provenance.union(second.provenance))
  }

  static let twoStageValue = Builtin(
    name: "two_stage_value", topic: .market,
    parameters: [
      .init("cash_flow", .quantity, "this year's flow, the base that grows"),
      .init("growths", .list(of: .percent), "`[growth, terminal_growth]`"),
      .init("rate", .percent, "the discount rate"),
      .init("years", .duration, "a whole number of years, 0 or more"),
    ],
    returns: .sameDimension(as: 0),
    summary: "The value behind `growth_value`: two growth rates, one for `years`, then one for ever.",
    examples: [.init("two_stage_value($100, [5%, 2%], 10%, 0 years)", yields: "$1,275.00")],
    details: """
      `growth_value(cash_flow, growth, rate, years, terminal_growth)` is \
      `two_stage_value(cash_flow, [growth, terminal_growth], rate, years)`; see `help growth_value`. \
      A part year is refused, and so is a terminal growth not below the rate.
      """,
    seeAlso: ["growth_value", "implied_growth", "gordon"]
  ) { arguments, call throws(EvalError) in
    let flow = try quantity(arguments, 0, call)
    let (growth, terminal, growthSources) = try ratePair(arguments, 1, call)
    let rate = try quantity(arguments, 2, call)
    let years = try wholeYears(arguments, 3, call)
    guard terminal < rate.value else {
      throw Refusal.growthNotBelowRate(growth: terminal, rate: rate.value)
        .error(at: call.argumentSpan(1))
    }
    var value = flow
    value.value = growthValue(flow.value, growth: growth, rate: rate.value, years: years, terminal: terminal)
    value.provenance = flow.provenance.union(growthSources).union(rate.provenance)
    return try finite(value, call)
  }

  static let twoStageGrowth = Builtin(
    name: "two_stage_growth", topic: .market,
    parameters: [
      .init("value", .quantity, "a price or a market value"),
      .init("cash_flow", .sameDimension(as: 0), "this year's flow, positive"),
      .init("rates", .list(of: .percent), "`[rate, terminal_growth]`"),
      .init("years", .duration, "a whole number of years"),
    ],
    returns: .percent, resultNote: "an error when no growth gives the value",
    summary: "The search behind `implied_growth`: the growth for `years` at which `two_stage_value` is `value`.",
    examples: [.init("two_stage_growth($1100, $100, [10%, 0%], 1 year)", yields: "10.00%")],
    details: """
      `implied_growth(value, cash_flow, rate, years, terminal_growth)` is \
      `two_stage_growth(value, cash_flow, [rate, terminal_growth], years)`; see `help implied_growth`.
      """,
    seeAlso: ["implied_growth", "growth_value"]
  ) { arguments, call throws(EvalError) in
    let target = try quantity(arguments, 0, call)
    let flow = try quantity(arguments, 1, call)
    let (rate, terminal, rateSources) = try ratePair(arguments, 2, call)
    let years = try wholeYears(arguments, 3, call)
    guard terminal < rate else {
      throw Refusal.growthNotBelowRate(growth: terminal, rate: rate).error(at: call.argumentSpan(2))
    }
    guard flow.value > 0 else { throw Refusal.negativeBase(flow).error(at: call.argumentSpan(1)) }
    let wanted = target.converted(to: flow.unit).value
    func value(_ growth: Double) -> Double {
      growthValue(flow.value, growth: growth, rate: rate, years: years, terminal: terminal)
    }
    var (low, high) = (-0.99, 10.0)
    let (lowest, highest) = (value(low), value(high))
    guard lowest <= wanted, wanted <= highest else {
      var (shownLow, shownHigh) = (flow, flow)
      (shownLow.value, shownHigh.value) = (lowest, highest)
      throw Refusal.noImpliedGrowth(
        value: target, lowest: shownLow, highest: shownHigh
      ).error(at: call.argumentSpan(0))
    }
    for _ in 0..<200 {
      let middle = (low + high) / 2
      if value(middle) < wanted { low = middle } else { high = middle }
    }
    let provenance = target.provenance.union(flow.provenance).union(rateSources)
    return try finite(Quantity((low + high) / 2, format: .percent, provenance: provenance), call)
  }

  static let multiple = Builtin(
    name: "multiple", topic: .market,
    parameters: [
      .init("value", .quantity, "a price or a value"),
      .init("figure", .sameDimension(as: 0), "positive: earnings, book value, sales, EBITDA"),
    ],
    returns: .number, resultNote: "an error (NM) when the figure is zero or negative",
    summary: "A valuation multiple, value / figure, refused (not meaningful) when the figure is not positive.",
    examples: [.init("multiple($118.42/share, $2.94/share)", yields: "40.2789")],
    details: """
      The ratio behind `pe`, `pb`, `ps` and `ev_multiple`. A multiple of negative earnings or \
      negative book value is reported as NM, not meaningful (Damodaran, Investment Valuation, \
      ch. 17; CFA curriculum, Equity Valuation, "Market-Based Valuation"): -118 does not mean \
      cheap.
      """,
    seeAlso: ["pe", "pb", "ps", "ev_multiple"]
  ) { arguments, call throws(EvalError) in
    let value = try quantity(arguments, 0, call)
    let figure = try quantity(arguments, 1, call)
    guard figure.value > 0 else {
      throw Refusal.multipleOfNonPositive(figure).error(at: call.argumentSpan(1))
    }
    return try finite(
      Quantity(value.converted(to: figure.unit).value / figure.value, provenance: value.provenance.union(figure.provenance)), call)
  }
}
