/// What went wrong with labelled values (records keyed by name, tables' columns), with its
/// message beside it: `EvalError.labels` carries one.
public enum LabelProblem: Sendable, Equatable {
  /// `closes[d] / other[d]`: two records or tables combined key by key whose keys differ.
  case keysDiffer(onlyLeft: [String], onlyRight: [String], tables: Bool)
  /// `r["tsla"]` where `r` has no such key; `available` are its keys.
  case noSuchKey(String, available: [String])
  /// `sum({a: $1, b: "x"})`, `sort(rows, r => r.name)`: a field that is not a number or quantity.
  case notAQuantity(key: String, found: ValueKind)
  /// `sort(rows, r => r.change)` where a record lacks what the key function reads, or where
  /// the items of the list are not records.
  case notRecords(found: ValueKind)
  /// `join(a, b)` where both tables have a column of the same name.
  case columnsClash([String])
  /// `with_column(t, "x", s)` where `t` already has a column `x`.
  case columnExists(String)
  /// `select(t, [])`, `table({})`: a table must keep at least one column.
  case noColumns
  /// `join(a, b)`, `compare(...)`: the tables share no date.
  case noDateInCommon
  /// `filter(t, row => ...)` whose function returned something other than a boolean.
  case conditionNotBoolean(found: ValueKind)
  /// A function applied to every column that did not return a number, quantity or series.
  case columnResult(function: String, column: String, found: ValueKind)
  /// `compare({a: 1})`: a key whose value is not a series or price table.
  case notAColumn(key: String, found: ValueKind)
  /// `sort(rows)` of records without a function that says what to sort them by.
  case needsKey(example: String)
  /// `write_csv(x, ...)` of a value that is not a table, a record or a list of records.
  case notTabular(found: ValueKind)

  var message: String {
    switch self {
    case .keysDiffer(let onlyLeft, let onlyRight, let tables):
      let what = tables ? "columns" : "keys"
      var parts: [String] = []
      if !onlyLeft.isEmpty { parts.append(Self.listed(onlyLeft) + " only on the left") }
      if !onlyRight.isEmpty { parts.append(Self.listed(onlyRight) + " only on the right") }
      return "the \(what) differ: " + parts.joined(separator: "; ")
    case .noSuchKey(let key, _): return "no key `\(key)`"
    case .notAQuantity(let key, let found): return "`\(key)` is \(found.description), not a number or quantity"
    case .notRecords(let found): return "expected a list of records, found \(found.description) among the items"
    case .columnsClash(let names): return "both tables have the column\(names.count == 1 ? "" : "s") " + Self.listed(names)
    case .columnExists(let name): return "the table already has a column `\(name)`"
    case .noColumns: return "a table needs at least one column"
    case .noDateInCommon: return "these have no date in common"
    case .conditionNotBoolean(let found): return "the condition returned \(found.description), not true or false"
    case .columnResult(let function, let column, let found):
      return "`\(function)` of column `\(column)` gave \(found.description), not a number or series"
    case .notTabular(let found): return "cannot write \(found.description) as CSV"
    case .notAColumn(let key, let found): return "`\(key)` is \(found.description), not a series or price table"
    case .needsKey: return "records need a function that says what to order them by"
    }
  }

  var label: String {
    switch self {
    case .keysDiffer: "combined key by key"
    case .noSuchKey: "unknown key"
    case .conditionNotBoolean: "this function"
    default: "this argument"
    }
  }

  var notes: [String] {
    switch self {
    case .noSuchKey(_, let available) where !available.isEmpty:
      ["keys: " + Self.listed(available)]
    case .keysDiffer:
      ["records combine key by key, as series combine date by date"]
    default: []
    }
  }

  var help: String? {
    switch self {
    case .noSuchKey(let key, let available):
      Suggestion.closest(to: key, among: available).map { "did you mean `\($0)`?" }
    case .keysDiffer(_, _, let tables):
      tables
        ? "choose the same columns on both sides with `select(t, [\"a\", \"b\"])`"
        : "choose the same keys on both sides with `select(r, [\"a\", \"b\"])`"
    case .columnsClash: "rename one side's columns first, or `select` the columns to keep"
    case .conditionNotBoolean: "compare inside it, as in `row => row.close > $120/share`"
    case .notRecords: "give a list of records, such as `[{name: \"a\", x: 1}]`"
    case .notTabular: "write a table, a record, or a list of records"
    case .needsKey(let example): "give one after the list, as in `sort(rows, \(example))`"
    default: nil
    }
  }

  /// `` `a`, `b` `` and, past eight, how many more.
  static func listed(_ names: [String]) -> String {
    let shown = names.prefix(8).map { "`\($0)`" }.joined(separator: ", ")
    return names.count > 8 ? shown + " and \(names.count - 8) more" : shown
  }

  func diagnostic(at span: Span) -> Diagnostic {
    Diagnostic(message, at: span, label: label, notes: notes, help: help)
  }
}
