/// What a parameter accepts: the type a builtin declares for each parameter (and, in time, a
/// user function's annotation: `fn pe(price: USD/share, eps: USD/share)`). A call's arguments are
/// checked against these before the function runs (`Signature.mismatch(in:)`), so the error
/// lands on the caller's argument and names the parameter.
///
/// Each type is written two ways: its `notation` in a signature (`number`, `USD/share`,
/// `series | list of quantities`) and its `expectation` in a message ("a plain number").
public indirect enum ParameterType: Sendable, Hashable {
  /// A number without a unit: a count, a ratio. A percentage is one too (`5%` is 0.05).
  case number
  /// Any number or quantity, whatever its unit.
  case quantity
  /// A quantity with the dimension of `unit`, in that unit or another of the same dimension:
  /// `.dimension(of: USD/share)` accepts `$118.42/share`; `.dimension(of: day)` accepts `36 hours`.
  case dimension(of: Unit)
  /// An amount in one currency, any currency: `$5`, `€5`, not `$5/share`.
  case money
  /// A ratio: a percentage or a plain number (`10%` and `0.1` are the same number).
  case percent
  /// A length of time: `5 years`, `36 hours`.
  case duration
  /// A quantity with the dimension of the argument given for parameter `index`, as Numbat's
  /// `fn percentage_change<D: Dim>(old: D, new: D)`; when that argument is not a quantity, any
  /// quantity.
  case sameDimension(as: Int)
  case date
  case string
  case boolean
  /// A list whose every item is of `element` (`.any` for a list of anything).
  case list(of: ParameterType)
  case series
  case table
  case record
  case function
  /// A chart, as `chart` and `spark` return.
  case chart
  case any
  /// Any one of the alternatives: `.oneOf([.series, .list(of: .quantity)])`.
  case oneOf([ParameterType])

  /// How a signature writes it: `number`, `USD/share`, `list of dates`, `series | table`.
  /// `parameters` names the parameters, for `same dimension as old`.
  public func notation(parameters: [String]) -> String {
    switch self {
    case .number: "number"
    case .quantity: "quantity"
    case .dimension(let unit): unit.described(plural: true)
    case .money: "money"
    case .percent: "percent"
    case .duration: "duration"
    case .sameDimension(let index): "same dimension as \(Self.name(of: index, in: parameters))"
    case .date: "date"
    case .string: "string"
    case .boolean: "boolean"
    case .list(.any): "list"
    case .list(let element): "list of \(element.pluralNotation(parameters: parameters))"
    case .series: "series"
    case .table: "table"
    case .record: "record"
    case .function: "function"
    case .chart: "chart"
    case .any: "any"
    case .oneOf(let alternatives):
      // Appended, not `joined`: the generic join was most of a signature's cost at start-up.
      alternatives.indices.reduce(into: "") { text, index in
        if index > 0 { text += " | " }
        text += alternatives[index].notation(parameters: parameters)
      }
    }
  }

  /// The notation for many of them, after `list of`: `numbers`, `quantities`, `dates`.
  func pluralNotation(parameters: [String]) -> String {
    switch self {
    case .number: "numbers"
    case .quantity: "quantities"
    case .percent: "percents"
    case .duration: "durations"
    case .date: "dates"
    case .string: "strings"
    case .boolean: "booleans"
    case .series: "series"
    case .table: "tables"
    case .record: "records"
    case .function: "functions"
    case .chart: "charts"
    case .any: "values"
    case .list: "lists"
    case .dimension, .money, .sameDimension: notation(parameters: parameters)
    case .oneOf: "(\(notation(parameters: parameters)))"
    }
  }

  /// What it asks for in a message: "a plain number", "a series or a list of numbers". A
  /// `sameDimension` is said with what the other argument turned out to be, `reference`:
  /// "a quantity in `USD`, like `old`".
  public func expectation(parameters: [String], reference: ValueKind? = nil) -> String {
    switch self {
    case .number: return "a plain number"
    case .quantity: return "a number or quantity"
    case .dimension(let unit): return "a quantity in `\(unit.described(plural: true))`"
    case .money: return "an amount of money"
    case .percent: return "a percentage"
    case .duration: return "a duration"
    case .sameDimension(let index):
      let like = "like `\(Self.name(of: index, in: parameters))`"
      switch reference {
      case .quantity(let unit): return "a quantity in `\(unit.described(plural: true))`, \(like)"
      case .plainNumber, .percentage: return "a plain number, \(like)"
      default: return "a number or quantity"
      }
    case .date: return "a date"
    case .string: return "a string"
    case .boolean: return "a boolean (true or false)"
    case .list(.any): return "a list"
    case .list(let element): return "a list of \(element.pluralExpectation)"
    case .series: return "a series"
    case .table: return "a table"
    case .record: return "a record"
    case .function: return "a function"
    case .chart: return "a chart"
    case .any: return "any value"
    case .oneOf(let alternatives):
      let said = alternatives.map { $0.expectation(parameters: parameters, reference: reference) }
      return said.count <= 1
        ? said.joined() : said.dropLast().joined(separator: ", ") + " or " + (said.last ?? "")
    }
  }

  /// What a list of them holds, in words: "numbers", "dates".
  var pluralExpectation: String {
    switch self {
    case .number: "plain numbers"
    case .quantity: "numbers"
    case .dimension(let unit): "quantities in `\(unit.described(plural: true))`"
    case .money: "amounts of money"
    case .percent: "percentages"
    case .duration: "durations"
    case .sameDimension: "numbers"
    case .date: "dates"
    case .string: "strings"
    case .boolean: "booleans"
    case .list: "lists"
    case .series: "series"
    case .table: "tables"
    case .record: "records"
    case .function: "functions"
    case .chart: "charts"
    case .any: "values"
    case .oneOf(let alternatives): alternatives.map(\.pluralExpectation).joined(separator: " or ")
    }
  }

  /// The alternatives it is made of: itself, or those of a `oneOf`, flattened.
  public var alternatives: [ParameterType] {
    if case .oneOf(let alternatives) = self { return alternatives.flatMap(\.alternatives) }
    return [self]
  }

  static func name(of index: Int, in parameters: [String]) -> String {
    parameters.indices.contains(index) ? parameters[index] : "parameter \(index)"
  }
}
